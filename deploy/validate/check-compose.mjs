#!/usr/bin/env node
// Checks the compose file as docker-compose resolved it (`docker-compose config` output):
// every service has a healthcheck; the three services get every setting they read, wait for healthy
// dependencies, and verify tokens against the Keycloak realm linzhi; Keycloak imports the realm in
// production mode (start --import-realm, never start-dev); MariaDB is utf8mb4 on a volume.
//   node check-compose.mjs <resolved-compose.yaml>     exit 0 when valid, 1 otherwise
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const file = process.argv[2];
if (!file) {
  console.error("usage: node check-compose.mjs <resolved-compose.yaml>");
  process.exit(2);
}
const compose = parse(readFileSync(file, "utf8"));
const services = compose?.services ?? {};
const problems = [];
const COMMON = ["HTTP_PORT", "DB_URL", "DB_USER", "DB_PASSWORD", "JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER"];
const EXPECTED = {
  "gazette-service": { port: "8081", db: "gazette", env: ["GAZETTE_SEARCH_INDEX_DIR"], needs: ["mariadb", "keycloak"] },
  "tasks-service": { port: "8082", db: "tasks", env: ["GAZETTE_URL", "SUBSIDY_URL"], needs: ["mariadb", "keycloak", "gazette-service", "subsidy-service"] },
  "subsidy-service": { port: "8083", db: "subsidy", env: ["PERSON_DATA_KEY", "PERSON_LOOKUP_KEY"], needs: ["mariadb", "keycloak"] },
};
const envOf = (s) => {
  const e = s?.environment ?? {};
  if (Array.isArray(e)) return Object.fromEntries(e.map((kv) => [kv.split("=")[0], kv.split("=").slice(1).join("=")]));
  return e;
};

for (const name of ["mariadb", "keycloak", ...Object.keys(EXPECTED)]) {
  if (!services[name]) problems.push(`service ${name} missing`);
}
for (const [name, s] of Object.entries(services)) {
  if (!s.healthcheck?.test || s.healthcheck.disable) problems.push(`${name}: no healthcheck`);
}
for (const [name, exp] of Object.entries(EXPECTED)) {
  const s = services[name];
  if (!s) continue;
  const env = envOf(s);
  for (const k of [...COMMON, ...exp.env]) if (env[k] === undefined || env[k] === "") problems.push(`${name}: environment ${k} missing`);
  if (env.HTTP_PORT !== exp.port) problems.push(`${name}: HTTP_PORT ${env.HTTP_PORT}, expected ${exp.port}`);
  if (!String(env.DB_URL ?? "").match(new RegExp(`^jdbc:mariadb://mariadb:3306/${exp.db}(\\?|$)`))) problems.push(`${name}: DB_URL ${env.DB_URL} is not the ${exp.db} database on mariadb`);
  if (!/^http:\/\/keycloak:8080\/realms\/linzhi\/protocol\/openid-connect\/certs$/.test(env.JWT_PUBLIC_KEY_LOCATION ?? "")) problems.push(`${name}: JWT_PUBLIC_KEY_LOCATION is not the realm's JWKS URL`);
  if (!/\/realms\/linzhi$/.test(env.JWT_ISSUER ?? "")) problems.push(`${name}: JWT_ISSUER is not the realm URL`);
  if (!String(s.image ?? "").startsWith(`linzhi/${name}:`)) problems.push(`${name}: image ${s.image} is not linzhi/${name}:<tag>`);
  const hc = JSON.stringify(s.healthcheck?.test ?? "");
  if (!hc.includes("/q/health/ready") || !hc.includes(exp.port)) problems.push(`${name}: healthcheck must GET /q/health/ready on ${exp.port}`);
  const deps = s.depends_on ?? {};
  for (const d of exp.needs) {
    if (Array.isArray(deps) || deps[d]?.condition !== "service_healthy") problems.push(`${name}: depends_on ${d} must have condition service_healthy`);
  }
}
const kc = services.keycloak;
if (kc) {
  const cmd = [].concat(kc.command ?? []).join(" ");
  if (!String(kc.image ?? "").startsWith("quay.io/keycloak/keycloak:")) problems.push("keycloak: image must be quay.io/keycloak/keycloak:<version>");
  if (/start-dev/.test(cmd) || !/^start\b/.test(cmd) || !/--import-realm/.test(cmd)) problems.push(`keycloak: command must be "start --import-realm", is "${cmd}"`);
  const env = envOf(kc);
  if (!env.KC_HOSTNAME) problems.push("keycloak: KC_HOSTNAME missing");
  const vols = JSON.stringify(kc.volumes ?? []);
  if (!vols.includes("linzhi-realm.json") || !vols.includes("/opt/keycloak/data/import")) problems.push("keycloak: realm file not mounted into /opt/keycloak/data/import");
}
const db = services.mariadb;
if (db) {
  if (!/^mariadb:/.test(String(db.image ?? ""))) problems.push("mariadb: must use the official mariadb image");
  if (!JSON.stringify(db.command ?? "").includes("utf8mb4")) problems.push("mariadb: server character set must be utf8mb4");
  if (!(db.volumes ?? []).some((v) => (typeof v === "string" ? v : v.target) === "/var/lib/mysql" || String(v).includes(":/var/lib/mysql"))) problems.push("mariadb: /var/lib/mysql is not on a volume");
}
if (problems.length) {
  for (const p of problems) console.error(`INVALID compose: ${p}`);
  process.exit(1);
}
console.log(`check-compose: ${Object.keys(services).length} services valid`);
