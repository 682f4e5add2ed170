#!/usr/bin/env bash
# The developers' loop, proved: ./run.sh --db-only (MariaDB and the local keys), then one service in quarkus:dev with
# the environment file it wrote, ready against that database; an edited template shows on the next request (live
# reload). Run by CI after the build (it needs the launcher's jar); leaves the checkout as it found it.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVICE=tasks-service
PORT=${DEV_LOOP_PORT:-18082}
TEMPLATE=$SERVICE/src/main/resources/templates/pages/signIn.html
LOG=$(mktemp -d)
DB_PID=
DEV_PID=
cleanup() {
  git checkout -q -- "$TEMPLATE" 2>/dev/null || true
  [ -n "$DEV_PID" ] && kill -TERM -- "-$DEV_PID" 2>/dev/null || true
  [ -n "$DB_PID" ] && kill -TERM "$DB_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

echo "dev-loop: ./run.sh --db-only"
./run.sh --db-only --no-build > "$LOG/db.log" 2>&1 &
DB_PID=$!
for _ in $(seq 1 120); do
  grep -q "MariaDB and the local keys are up" "$LOG/db.log" && break
  kill -0 "$DB_PID" 2>/dev/null || { cat "$LOG/db.log"; echo "dev-loop: FAILED, --db-only stopped"; exit 1; }
  sleep 1
done
grep -q "MariaDB and the local keys are up" "$LOG/db.log" || { cat "$LOG/db.log"; echo "dev-loop: FAILED, no database"; exit 1; }

echo "dev-loop: ./mvnw quarkus:dev -pl $SERVICE -am (port $PORT)"
set -m
(set -a; . "data/env/$SERVICE.env"; set +a; HTTP_PORT=$PORT exec ./mvnw -B -q quarkus:dev -pl "$SERVICE" -am -Ddebug=false \
  -Dquarkus.console.enabled=false) > "$LOG/dev.log" 2>&1 < /dev/null &
DEV_PID=$!
set +m
ready=
for _ in $(seq 1 300); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready")" = 200 ]; then ready=1; break; fi
  kill -0 "$DEV_PID" 2>/dev/null || break
  sleep 1
done
[ -n "$ready" ] || { tail -40 "$LOG/dev.log"; echo "dev-loop: FAILED, quarkus:dev did not become ready"; exit 1; }
echo "dev-loop: ready; editing $TEMPLATE"
sed -i 's|<h1>登录督查系统</h1>|<h1>登录督查系统（dev-loop）</h1>|' "$TEMPLATE"
for _ in $(seq 1 60); do
  if curl -s "http://127.0.0.1:$PORT/sign-in" | grep -q '登录督查系统（dev-loop）'; then
    echo "dev-loop: OK, the edited template was served after a live reload"
    exit 0
  fi
  sleep 1
done
tail -40 "$LOG/dev.log"
echo "dev-loop: FAILED, the edit did not show"
exit 1
