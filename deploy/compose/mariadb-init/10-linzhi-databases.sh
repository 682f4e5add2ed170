#!/bin/bash
# Run once by the official MariaDB image on a fresh data volume (/docker-entrypoint-initdb.d).
# One database and one user per service (least privilege), plus Keycloak's database.
# Passwords come from the environment (deploy/compose/.env); they must not contain quotes or backslashes.
set -euo pipefail

for var in GAZETTE_DB_PASSWORD TASKS_DB_PASSWORD SUBSIDY_DB_PASSWORD KEYCLOAK_DB_PASSWORD; do
  value="${!var:-}"
  if [[ -z "$value" || "$value" == *\'* || "$value" == *\\* ]]; then
    echo "10-linzhi-databases.sh: $var is empty or contains a quote/backslash; set it in deploy/compose/.env" >&2
    exit 1
  fi
done

mariadb --protocol=socket -uroot -p"${MARIADB_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS gazette  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS tasks    CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS subsidy  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'gazette'@'%'  IDENTIFIED BY '${GAZETTE_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'tasks'@'%'    IDENTIFIED BY '${TASKS_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'subsidy'@'%'  IDENTIFIED BY '${SUBSIDY_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON gazette.*  TO 'gazette'@'%';
GRANT ALL PRIVILEGES ON tasks.*    TO 'tasks'@'%';
GRANT ALL PRIVILEGES ON subsidy.*  TO 'subsidy'@'%';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
FLUSH PRIVILEGES;
SQL
echo "10-linzhi-databases.sh: databases gazette, tasks, subsidy, keycloak and their users are ready"
