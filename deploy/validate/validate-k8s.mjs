#!/usr/bin/env node
// Validates rendered Kubernetes manifests offline.
//
//   node validate-k8s.mjs [--secrets secrets.yaml] <label>=<rendered.yaml> ...
//
// 1. Schema: every object against the Kubernetes JSON schema of its apiVersion/kind, as bundled in the
//    npm package kubernetes-models (Kubernetes 1.27 OpenAPI schemas, compiled with ajv), or, for the MariaDB
//    operator's resources (k8s.mariadb.com/v1alpha1), against the CRD schemas vendored in crds/ (README there), with
//    unknown fields refused. An unknown apiVersion/kind is an error, not a skip.
// 2. Rules the schemas cannot express (they accept unknown fields, so a misspelt `readinesProbe` would
//    pass them): probes on /q/health/live and /q/health/ready, requests and limits, a non-root
//    read-only pod with /tmp on an emptyDir, every volume, ConfigMap, Secret key and named port
//    referenced exists, one HPA and one PDB per Deployment, every Service selects a Deployment; a Galera cluster
//    has an odd number of nodes (at least three) and a disruption budget, and every database, user and grant it
//    holds refers to what is rendered, a service's DB_USER has its user, and an ExternalName pointing into the
//    cluster names a rendered MariaDB.
// Secrets are not rendered (they live outside Git); --secrets names a file of example Secrets that is
// schema-validated too and stands in for the real ones when references are checked.
// Exit status 0 when everything is valid, 1 otherwise (each problem printed on its own line).
import { readFileSync, readdirSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const args = process.argv.slice(2);
let secretsFile = null;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--secrets") secretsFile = args[++i];
  else {
    const eq = args[i].indexOf("=");
    if (eq < 1) usage(`bad argument: ${args[i]}`);
    inputs.push({ label: args[i].slice(0, eq), file: args[i].slice(eq + 1) });
  }
}
if (inputs.length === 0) usage("no input");

function usage(msg) {
  console.error(`validate-k8s: ${msg}\nusage: node validate-k8s.mjs [--secrets secrets.yaml] <label>=<rendered.yaml> ...`);
  process.exit(2);
}

const problems = [];
const fail = (label, obj, msg) =>
  problems.push(`${label}: ${obj?.kind ?? "?"}/${obj?.metadata?.name ?? "?"}: ${msg}`);

function load(file, label) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    problems.push(`${label}: cannot read ${file}: ${e.message}`);
    return [];
  }
  const objects = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push(`${label}: YAML error: ${e.message}`);
      continue;
    }
    const obj = doc.toJSON();
    if (obj === null || obj === undefined) continue;
    if (typeof obj !== "object" || Array.isArray(obj)) {
      problems.push(`${label}: a document is not a Kubernetes object`);
      continue;
    }
    objects.push(obj);
  }
  return objects;
}

// Custom resources: the openAPIV3Schema of each vendored CRD, made strict where Kubernetes would prune unknown
// fields silently (an object with properties and no x-kubernetes-preserve-unknown-fields).
const crdValidators = new Map();
{
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const strict = (schema) => {
    if (schema && typeof schema === "object") {
      if (schema.properties && schema.additionalProperties === undefined && !schema["x-kubernetes-preserve-unknown-fields"]) {
        schema.additionalProperties = false;
      }
      for (const v of Object.values(schema)) strict(v);
    }
    return schema;
  };
  const dir = new URL("./crds/", import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const crd = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    const schema = strict(crd.schema);
    if (schema.properties?.metadata) schema.properties.metadata = { type: "object" };
    crdValidators.set(`${crd.group}/${crd.version}/${crd.kind}`, ajv.compile(schema));
  }
}

async function schemaValidate(label, obj) {
  const { apiVersion, kind } = obj;
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Za-z0-9]+$/.test(kind)) {
    fail(label, obj, "missing or malformed apiVersion/kind");
    return false;
  }
  const custom = crdValidators.get(`${apiVersion}/${kind}`);
  if (custom) {
    if (custom(obj)) return true;
    for (const err of custom.errors) {
      fail(label, obj, `schema: ${err.instancePath || "/"} ${err.message} ${JSON.stringify(err.params)}`);
    }
    return false;
  }
  const modulePath = `kubernetes-models/${apiVersion}/${kind}`; // "v1" -> core, "apps/v1" -> group/version
  let Model;
  try {
    const mod = await import(modulePath);
    Model = mod[kind] ?? mod.default;
  } catch {
    Model = undefined;
  }
  if (typeof Model !== "function") {
    fail(label, obj, `no Kubernetes schema for apiVersion ${apiVersion}, kind ${kind}`);
    return false;
  }
  try {
    new Model(obj).validate();
    return true;
  } catch (e) {
    const errors = e.errors ?? e.details;
    if (Array.isArray(errors) && errors.length) {
      for (const err of errors) {
        const extra = err.params ? ` ${JSON.stringify(err.params)}` : "";
        fail(label, obj, `schema: ${err.instancePath || "/"} ${err.message}${extra}`);
      }
    } else {
      fail(label, obj, `schema: ${e.message}`);
    }
    return false;
  }
}

const matches = (selector, labels) =>
  selector && Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function checkRules(label, objects, secrets) {
  const byKind = (k) => objects.filter((o) => o.kind === k);
  const configMaps = new Map(byKind("ConfigMap").map((c) => [c.metadata?.name, c]));
  const secretMap = new Map([...byKind("Secret"), ...secrets].map((s) => [s.metadata?.name, s]));
  const deployments = byKind("Deployment");
  const hpas = byKind("HorizontalPodAutoscaler");
  const pdbs = byKind("PodDisruptionBudget");

  if (deployments.length === 0) problems.push(`${label}: no Deployment rendered`);

  for (const d of deployments) {
    const name = d.metadata?.name;
    const pod = d.spec?.template?.spec ?? {};
    const podLabels = d.spec?.template?.metadata?.labels ?? {};
    if (!matches(d.spec?.selector?.matchLabels, podLabels)) fail(label, d, "selector does not match the pod labels");
    if (pod.securityContext?.runAsNonRoot !== true) fail(label, d, "pod securityContext.runAsNonRoot must be true");
    const volumes = new Map((pod.volumes ?? []).map((v) => [v.name, v]));
    const containers = pod.containers ?? [];
    if (containers.length === 0) fail(label, d, "no containers");
    for (const c of containers) {
      const where = `container ${c.name}`;
      if (c.livenessProbe?.httpGet?.path !== "/q/health/live") fail(label, d, `${where}: livenessProbe must GET /q/health/live`);
      if (c.readinessProbe?.httpGet?.path !== "/q/health/ready") fail(label, d, `${where}: readinessProbe must GET /q/health/ready`);
      const ports = new Set((c.ports ?? []).map((p) => p.name));
      for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) {
        const port = c[probe]?.httpGet?.port;
        if (typeof port === "string" && !ports.has(port)) fail(label, d, `${where}: ${probe} uses unknown port name ${port}`);
      }
      for (const kindOf of ["requests", "limits"]) {
        for (const res of ["cpu", "memory"]) {
          if (c.resources?.[kindOf]?.[res] === undefined) fail(label, d, `${where}: resources.${kindOf}.${res} missing`);
        }
      }
      const sc = c.securityContext ?? {};
      if (sc.readOnlyRootFilesystem !== true) fail(label, d, `${where}: readOnlyRootFilesystem must be true`);
      if (sc.allowPrivilegeEscalation !== false) fail(label, d, `${where}: allowPrivilegeEscalation must be false`);
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) fail(label, d, `${where}: capabilities must drop ALL`);
      const mounts = c.volumeMounts ?? [];
      for (const m of mounts) {
        if (!volumes.has(m.name)) fail(label, d, `${where}: volumeMount ${m.name} has no volume`);
      }
      const tmp = mounts.find((m) => m.mountPath === "/tmp");
      if (!tmp || !volumes.get(tmp.name)?.emptyDir) fail(label, d, `${where}: /tmp must be an emptyDir (read-only root filesystem)`);
      for (const ef of c.envFrom ?? []) {
        if (ef.configMapRef && !configMaps.has(ef.configMapRef.name)) fail(label, d, `${where}: ConfigMap ${ef.configMapRef.name} not rendered`);
        if (ef.secretRef && !secretMap.has(ef.secretRef.name)) fail(label, d, `${where}: Secret ${ef.secretRef.name} unknown`);
      }
      for (const e of c.env ?? []) {
        const cm = e.valueFrom?.configMapKeyRef;
        if (cm && !(cm.key in (configMaps.get(cm.name)?.data ?? {}))) fail(label, d, `${where}: env ${e.name}: ConfigMap key ${cm.name}/${cm.key} missing`);
        const sk = e.valueFrom?.secretKeyRef;
        if (sk) {
          const s = secretMap.get(sk.name);
          const keys = { ...(s?.data ?? {}), ...(s?.stringData ?? {}) };
          if (!(sk.key in keys)) fail(label, d, `${where}: env ${e.name}: Secret key ${sk.name}/${sk.key} missing`);
        }
      }
    }
    const myHpas = hpas.filter((h) => h.spec?.scaleTargetRef?.kind === "Deployment" && h.spec?.scaleTargetRef?.name === name);
    if (myHpas.length !== 1) fail(label, d, `expected exactly one HorizontalPodAutoscaler, found ${myHpas.length}`);
    const myPdbs = pdbs.filter((p) => matches(p.spec?.selector?.matchLabels, podLabels));
    if (myPdbs.length !== 1) fail(label, d, `expected exactly one PodDisruptionBudget, found ${myPdbs.length}`);
  }
  for (const h of hpas) {
    if (h.apiVersion !== "autoscaling/v2") fail(label, h, "HPA must use autoscaling/v2");
    const t = h.spec?.scaleTargetRef;
    if (!deployments.some((d) => d.metadata?.name === t?.name)) fail(label, h, `scaleTargetRef ${t?.kind}/${t?.name} not rendered`);
    if ((h.spec?.minReplicas ?? 1) > h.spec?.maxReplicas) fail(label, h, "minReplicas > maxReplicas");
  }
  checkGalera(label, objects, byKind, secretMap);
  for (const s of byKind("Service")) {
    if (s.spec?.type === "ExternalName") continue;
    const target = deployments.find((d) => matches(s.spec?.selector, d.spec?.template?.metadata?.labels));
    if (!target) {
      fail(label, s, "selector matches no Deployment");
      continue;
    }
    const names = new Set((target.spec.template.spec.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => p.name)));
    for (const p of s.spec?.ports ?? []) {
      if (typeof p.targetPort === "string" && !names.has(p.targetPort)) fail(label, s, `targetPort ${p.targetPort} is no container port`);
    }
  }
}

function checkGalera(label, objects, byKind, secretMap) {
  const clusters = byKind("MariaDB");
  const names = (kind) => new Set(byKind(kind).map((o) => o.spec?.name ?? o.metadata?.name));
  const clusterNames = new Set(clusters.map((m) => m.metadata?.name));
  const secretKey = (ref) => {
    const s = secretMap.get(ref?.name);
    return ref?.key in { ...(s?.data ?? {}), ...(s?.stringData ?? {}) };
  };
  for (const m of clusters) {
    if (!secretKey(m.spec?.rootPasswordSecretKeyRef)) fail(label, m, "rootPasswordSecretKeyRef names no known Secret key");
    if (m.spec?.galera?.enabled) {
      const n = m.spec?.replicas ?? 1;
      if (n < 3 || n % 2 === 0) fail(label, m, `a Galera cluster needs an odd number of nodes, at least 3 (quorum), not ${n}`);
      if (!m.spec?.podDisruptionBudget) fail(label, m, "a Galera cluster needs a podDisruptionBudget (drain one node at a time)");
      if (!/innodb_autoinc_lock_mode\s*=\s*2/.test(m.spec?.myCnf ?? "") || !/binlog_format\s*=\s*row/i.test(m.spec?.myCnf ?? "")) {
        fail(label, m, "Galera needs binlog_format=row and innodb_autoinc_lock_mode=2 in myCnf");
      }
    }
  }
  const databases = names("Database");
  const users = names("User");
  for (const o of [...byKind("Database"), ...byKind("User"), ...byKind("Grant")]) {
    if (!clusterNames.has(o.spec?.mariaDbRef?.name)) fail(label, o, `mariaDbRef ${o.spec?.mariaDbRef?.name} is no rendered MariaDB`);
  }
  for (const u of byKind("User")) {
    if (!secretKey(u.spec?.passwordSecretKeyRef)) fail(label, u, "passwordSecretKeyRef names no known Secret key");
  }
  for (const g of byKind("Grant")) {
    if (!users.has(g.spec?.username)) fail(label, g, `username ${g.spec?.username} is no rendered User`);
    if (g.spec?.database !== "*" && !databases.has(g.spec?.database)) fail(label, g, `database ${g.spec?.database} is no rendered Database`);
  }
  if (clusters.length === 0) return;
  // Each service's database and user exist in the cluster, with a grant joining them.
  for (const d of byKind("Deployment")) {
    const containers = d.spec?.template?.spec?.containers ?? [];
    const url = containers.flatMap((c) => c.envFrom ?? [])
      .map((e) => objects.find((o) => o.kind === "ConfigMap" && o.metadata?.name === e.configMapRef?.name)?.data?.DB_URL)
      .find((u) => u);
    const userRef = containers.flatMap((c) => c.env ?? []).find((e) => e.name === "DB_USER")?.valueFrom?.secretKeyRef;
    const userSecret = secretMap.get(userRef?.name);
    const database = url?.match(/\/([a-z0-9_]+)(\?|$)/)?.[1];
    const user = { ...(userSecret?.data ?? {}), ...(userSecret?.stringData ?? {}) }[userRef?.key];
    if (!database || !user) continue;
    if (!databases.has(database)) fail(label, d, `its database ${database} is no Database of the cluster`);
    if (!users.has(user)) fail(label, d, `its DB_USER ${user} is no User of the cluster`);
    if (!byKind("Grant").some((g) => g.spec?.username === user && g.spec?.database === database)) {
      fail(label, d, `no Grant gives ${user} the database ${database}`);
    }
  }
  for (const s of byKind("Service").filter((s) => s.spec?.externalName?.endsWith(".svc.cluster.local"))) {
    const [service, namespace] = s.spec.externalName.split(".");
    const target = clusters.find((m) => service === m.metadata?.name || service === `${m.metadata?.name}-primary`);
    if (!target || (target.metadata?.namespace ?? "default") !== namespace) {
      fail(label, s, `externalName ${s.spec.externalName} is no Service of a rendered MariaDB`);
    }
  }
}

const secrets = secretsFile ? load(secretsFile, "secrets") : [];
let count = 0;
for (const s of secrets) {
  count++;
  await schemaValidate("secrets", s);
}
for (const { label, file } of inputs) {
  const objects = load(file, label);
  if (objects.length === 0) problems.push(`${label}: nothing rendered in ${file}`);
  for (const obj of objects) {
    count++;
    await schemaValidate(label, obj);
  }
  checkRules(label, objects, secrets);
}

if (problems.length) {
  for (const p of problems) console.error(`INVALID ${p}`);
  console.error(`validate-k8s: ${problems.length} problem(s) in ${count} object(s)`);
  process.exit(1);
}
console.log(`validate-k8s: ${count} object(s) valid (${inputs.map((i) => i.label).join(", ")}${secretsFile ? ", secrets example" : ""})`);
