#!/usr/bin/env bash
# Validates everything in deploy/ that is not Java, offline:
#   1. renders the Kustomize base, the production overlay and the Galera overlay (kubectl kustomize);
#   2. validates every rendered object (and the example Secrets) against the Kubernetes JSON schemas
#      bundled in the npm package kubernetes-models (the MariaDB operator's resources against the CRD schemas in
#      deploy/validate/crds), plus the rules of deploy/validate/validate-k8s.mjs;
#   3. checks deploy/compose/compose.yaml with `docker-compose config -q` (no Docker daemon needed),
#      that it refuses to start while .env.example's secrets are empty, and its content (check-compose.mjs);
#   4. checks that deploy/keycloak/linzhi-realm.json parses, has the five roles and the two mappers;
#   5. lints each service's OpenAPI document (stored by the build) with @redocly/cli at its recommended rules.
# Installs what is missing: kubectl and docker-compose (apt-get), the pinned npm packages (npm ci).
# Idempotent; about a second when the tools are present. Exit status non-zero on the first failing step,
# with every invalid object named.
#   deploy/validate.sh
set -euo pipefail

DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VALIDATE="$DEPLOY/validate"
START=$(date +%s%N)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

die() { echo "deploy/validate.sh: FAILED: $*" >&2; exit 1; }
step() { echo "deploy/validate.sh: $*"; }

# --- tools -------------------------------------------------------------------------------------
source "$DEPLOY/apt-tools.sh"
apt_install kubectl kubectl
apt_install docker-compose docker-compose
command -v node >/dev/null || die "node (>= 18) is missing"
command -v npm >/dev/null || die "npm is missing"

# npm ci only when node_modules is missing or was installed from another package-lock.json.
LOCK_SUM=$(sha256sum "$VALIDATE/package-lock.json" | cut -d' ' -f1)
STAMP="$VALIDATE/node_modules/.installed-from-lock.sha256"
if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$LOCK_SUM" ]]; then
  step "installing the pinned npm packages (npm ci in deploy/validate)"
  (cd "$VALIDATE" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci in deploy/validate failed"
  echo "$LOCK_SUM" > "$STAMP"
fi

# --- 1 + 2: Kubernetes ----------------------------------------------------------------------------
kubectl kustomize "$DEPLOY/k8s/base" > "$WORK/base.yaml" 2> "$WORK/kustomize.err" \
  || die "kubectl kustomize deploy/k8s/base: $(cat "$WORK/kustomize.err")"
kubectl kustomize "$DEPLOY/k8s/overlays/production" > "$WORK/production.yaml" 2> "$WORK/kustomize.err" \
  || die "kubectl kustomize deploy/k8s/overlays/production: $(cat "$WORK/kustomize.err")"
kubectl kustomize "$DEPLOY/k8s/overlays/galera" > "$WORK/galera.yaml" 2> "$WORK/kustomize.err" \
  || die "kubectl kustomize deploy/k8s/overlays/galera: $(cat "$WORK/kustomize.err")"
node "$VALIDATE/validate-k8s.mjs" --secrets "$DEPLOY/k8s/secrets.example.yaml" \
  "base=$WORK/base.yaml" "production=$WORK/production.yaml" "galera=$WORK/galera.yaml" \
  || die "Kubernetes manifests invalid (see INVALID lines above)"

# --- 3: compose -------------------------------------------------------------------------------
COMPOSE="$DEPLOY/compose/compose.yaml"
EXAMPLE="$DEPLOY/compose/.env.example"
# .env.example must carry no secret: every value empty except the two non-secret settings.
if grep -Ev '^[[:space:]]*(#|$)' "$EXAMPLE" | grep -Ev '^(LINZHI_IMAGE_TAG|KEYCLOAK_PORT)=' | grep -Ev '^[A-Z0-9_]+=$' >&2; then
  die "deploy/compose/.env.example must leave every secret empty (lines above)"
fi
# As shipped, compose must refuse to run (required secrets empty) ...
if docker-compose -f "$COMPOSE" --env-file "$EXAMPLE" config -q >/dev/null 2>&1; then
  die "compose.yaml starts with the empty secrets of .env.example: a \${VAR:?} guard is missing"
fi
# ... and with every value filled in it must be valid.
sed -E 's/^([A-Z0-9_]+)=$/\1=validate-dummy-value/' "$EXAMPLE" > "$WORK/compose.env"
docker-compose -f "$COMPOSE" --env-file "$WORK/compose.env" config -q 2> "$WORK/compose.err" \
  || die "docker-compose config: $(cat "$WORK/compose.err")"
docker-compose -f "$COMPOSE" --env-file "$WORK/compose.env" config > "$WORK/compose.resolved.yaml" 2>/dev/null \
  || die "docker-compose config could not resolve compose.yaml"
node "$VALIDATE/check-compose.mjs" "$WORK/compose.resolved.yaml" || die "compose.yaml invalid (see INVALID lines above)"
bash -n "$DEPLOY/compose/mariadb-init/"*.sh || die "syntax error in deploy/compose/mariadb-init"

# --- 4: Keycloak realm ------------------------------------------------------------------------
node "$VALIDATE/check-realm.mjs" "$DEPLOY/keycloak/linzhi-realm.json" || die "Keycloak realm invalid (see INVALID lines above)"

# --- 5: OpenAPI documents -----------------------------------------------------------------------
# Each service stores the document it serves at /q/openapi when it is built
# (quarkus.smallrye-openapi.store-schema-directory); Redocly's recommended rules, no warning allowed
# except the reasoned exceptions in deploy/validate/.redocly.lint-ignore.yaml. Offline: telemetry and
# update checks are switched off.
ROOT="$(dirname "$DEPLOY")"
for service in gazette-service tasks-service subsidy-service; do
  doc="$ROOT/$service/target/openapi/openapi.yaml"
  [[ -f "$doc" ]] || die "$service has no stored OpenAPI document ($doc): build first (./mvnw -B package -DskipTests, or ./mvnw verify)"
  (cd "$VALIDATE" && REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_COLOR=1 \
    node_modules/.bin/redocly lint --config redocly.yaml --format=json --max-problems 1000 "$doc" \
    > "$WORK/lint.json" 2> "$WORK/lint.err") || true
  node "$VALIDATE/check-lint.mjs" "$service" "$WORK/lint.json" || die "$service OpenAPI document is not lint-clean (problems above)"
done

step "OK: deploy/ is valid ($(( ($(date +%s%N) - START) / 1000000 )) ms)"
