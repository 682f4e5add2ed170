// Reads the JSON report of `redocly lint --format=json` and fails on any problem, warnings included:
// "lint clean" means no error and no warning at the recommended rules (ignored ones are the reasoned
// exceptions in .redocly.lint-ignore.yaml).
//   node check-lint.mjs <service> <report.json>
import { readFileSync } from 'node:fs';

const [service, reportFile] = process.argv.slice(2);
let report;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8'));
} catch (e) {
  console.error(`INVALID ${service}: no lint report (${e.message})`);
  process.exit(1);
}
const problems = (report.problems ?? []).filter((p) => !p.ignored);
for (const p of problems) {
  const where = (p.location ?? []).map((l) => l.pointer).join(', ');
  console.error(`INVALID ${service}: ${p.severity} ${p.ruleId}: ${p.message} at ${where}`);
}
if (problems.length > 0) process.exit(1);
const totals = report.totals ?? {};
console.log(`check-lint: ${service} OpenAPI document lint-clean at recommended rules `
  + `(${totals.ignored ?? 0} reasoned exception(s))`);
