#!/usr/bin/env node
// Validates rendered Kubernetes manifests offline.
//
//   node validate-k8s.mjs [--secrets secrets.yaml] <label>=<rendered.yaml> ...
//
// 1. Schema: every object against the Kubernetes JSON schema of its apiVersion/kind, as bundled in the
//    npm package kubernetes-models (Kubernetes 1.27 OpenAPI schemas, compiled with ajv). An unknown
//    apiVersion/kind is an error, not a skip.
// 2. Rules the schemas cannot express (they accept unknown fields, so a misspelt `readinesProbe` would
//    pass them): probes on /q/health/live and /q/health/ready, requests and limits, a non-root
//    read-only pod with /tmp on an emptyDir, every volume, ConfigMap, Secret key and named port
//    referenced exists, one HPA and one PDB per Deployment, every Service selects a Deployment.
// Secrets are not rendered (they live outside Git); --secrets names a file of example Secrets that is
// schema-validated too and stands in for the real ones when references are checked.
// Exit status 0 when everything is valid, 1 otherwise (each problem printed on its own line).
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

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

async function schemaValidate(label, obj) {
  const { apiVersion, kind } = obj;
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Za-z0-9]+$/.test(kind)) {
    fail(label, obj, "missing or malformed apiVersion/kind");
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
