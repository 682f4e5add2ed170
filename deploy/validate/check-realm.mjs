#!/usr/bin/env node
// Checks the Keycloak realm import deploy/keycloak/linzhi-realm.json:
// it parses; realm `linzhi`; the five roles; every client carries the two protocol mappers (realm roles
// -> `groups`, user attribute `department` -> `department`); a public client and a confidential
// client; the user profile declares `department`; users for every role and the three departments;
// no secret in clear (client secret and passwords must be ${ENV} placeholders resolved at import).
//   node check-realm.mjs <realm.json>     exit 0 when valid, 1 otherwise
import { readFileSync } from "node:fs";

const file = process.argv[2];
if (!file) {
  console.error("usage: node check-realm.mjs <realm.json>");
  process.exit(2);
}
const problems = [];
let realm;
try {
  realm = JSON.parse(readFileSync(file, "utf8"));
} catch (e) {
  console.error(`INVALID realm: ${file} does not parse as JSON: ${e.message}`);
  process.exit(1);
}
const ROLES = ["gazette-editor", "supervisor", "department", "hr-bureau", "auditor"];
const DEPARTMENTS = ["市人社局", "市财政局", "市应急管理局"];
const placeholder = (v) => typeof v === "string" && /^\$\{[A-Z0-9_]+\}$/.test(v);

if (realm.realm !== "linzhi") problems.push(`realm name is ${JSON.stringify(realm.realm)}, expected "linzhi"`);
if (realm.enabled !== true) problems.push("realm is not enabled");
const roleNames = (realm.roles?.realm ?? []).map((r) => r.name);
for (const r of ROLES) if (!roleNames.includes(r)) problems.push(`realm role ${r} missing`);

const clients = realm.clients ?? [];
const isGroupsMapper = (m) =>
  m.protocol === "openid-connect" && m.protocolMapper === "oidc-usermodel-realm-role-mapper" &&
  m.config?.["claim.name"] === "groups" && m.config?.multivalued === "true" && m.config?.["access.token.claim"] === "true";
const isDepartmentMapper = (m) =>
  m.protocol === "openid-connect" && m.protocolMapper === "oidc-usermodel-attribute-mapper" &&
  m.config?.["user.attribute"] === "department" && m.config?.["claim.name"] === "department" &&
  m.config?.["access.token.claim"] === "true";
if (clients.length === 0) problems.push("no clients");
for (const c of clients) {
  const mappers = c.protocolMappers ?? [];
  if (!mappers.some(isGroupsMapper)) problems.push(`client ${c.clientId}: no realm-role mapper to the groups claim`);
  if (!mappers.some(isDepartmentMapper)) problems.push(`client ${c.clientId}: no department attribute mapper`);
  if (c.publicClient === false && c.secret !== undefined && !placeholder(c.secret)) {
    problems.push(`client ${c.clientId}: secret must be an \${ENV} placeholder, not a value`);
  }
}
const pub = clients.find((c) => c.publicClient === true && c.standardFlowEnabled === true);
if (!pub) problems.push("no public client with the standard flow (Swagger UI)");
else if (pub.attributes?.["pkce.code.challenge.method"] !== "S256") problems.push(`public client ${pub.clientId}: PKCE S256 not required`);
const conf = clients.find((c) => c.publicClient === false && c.serviceAccountsEnabled === true);
if (!conf) problems.push("no confidential client with service accounts (system-to-system)");
else if (!placeholder(conf.secret)) problems.push(`confidential client ${conf.clientId}: secret must be an \${ENV} placeholder`);

const profiles = realm.components?.["org.keycloak.userprofile.UserProfileProvider"] ?? [];
let profileHasDepartment = false;
for (const p of profiles) {
  for (const raw of p.config?.["kc.user.profile.config"] ?? []) {
    try {
      if ((JSON.parse(raw).attributes ?? []).some((a) => a.name === "department")) profileHasDepartment = true;
    } catch (e) {
      problems.push(`user profile config does not parse: ${e.message}`);
    }
  }
}
if (!profileHasDepartment) problems.push("the user profile does not declare the attribute department (Keycloak 24+ drops undeclared attributes)");

const users = (realm.users ?? []).filter((u) => !u.serviceAccountClientId);
for (const r of ROLES) if (!users.some((u) => (u.realmRoles ?? []).includes(r))) problems.push(`no user with role ${r}`);
for (const d of DEPARTMENTS) {
  if (!users.some((u) => (u.realmRoles ?? []).includes("department") && (u.attributes?.department ?? []).includes(d))) {
    problems.push(`no department user of ${d}`);
  }
}
for (const u of users) {
  if ((u.realmRoles ?? []).includes("department") && !(u.attributes?.department ?? []).length) {
    problems.push(`user ${u.username}: role department without a department attribute`);
  }
  for (const cr of u.credentials ?? []) {
    if (!placeholder(cr.value)) problems.push(`user ${u.username}: password must be an \${ENV} placeholder, not a value`);
    if (cr.hashedSaltedValue || cr.secretData) problems.push(`user ${u.username}: hashed credentials must not be committed`);
  }
}
for (const u of (realm.users ?? []).filter((u) => u.serviceAccountClientId)) {
  if (!clients.some((c) => c.clientId === u.serviceAccountClientId && c.serviceAccountsEnabled)) {
    problems.push(`service account ${u.username}: client ${u.serviceAccountClientId} has no service account`);
  }
  for (const r of u.realmRoles ?? []) if (!roleNames.includes(r)) problems.push(`service account ${u.username}: unknown role ${r}`);
}
for (const u of users) for (const r of u.realmRoles ?? []) if (!roleNames.includes(r)) problems.push(`user ${u.username}: unknown role ${r}`);

if (problems.length) {
  for (const p of problems) console.error(`INVALID realm: ${p}`);
  process.exit(1);
}
console.log(`check-realm: realm linzhi valid (${roleNames.length} roles, ${clients.length} clients with both mappers, ${users.length} users)`);
