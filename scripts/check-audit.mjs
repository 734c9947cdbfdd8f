// Dependencies gate: `npm audit --omit=dev` reports no high or critical vulnerability in what
// the published site is built from.
//
//   node scripts/check-audit.mjs        exit 0 clean · 1 vulnerable · 3 audit service unavailable
//
// The registry this project's machines reach serves packages but refuses npm's advisory
// endpoint (POST …/advisories/bulk → 405). Then there is nothing to check against: we say so
// loudly (exit 3; `npm test` shows "audit unavailable" in its summary) rather than pass or
// block every run. Set AUDIT_REQUIRED=1 to turn "unavailable" into a failure.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * Reads `npm audit --json` output. Returns the high/critical findings, or null when the
 * audit could not be run at all.
 * @param {string} json
 * @returns {{ name: string, severity: string, title: string }[] | null}
 */
export function auditFindings(json) {
  let report;
  try {
    report = JSON.parse(json);
  } catch {
    return null;
  }
  if (!report.vulnerabilities) return null; // an error report: { message, statusCode, … }
  return Object.values(report.vulnerabilities)
    .filter((v) => v.severity === 'high' || v.severity === 'critical')
    .map((v) => ({
      name: v.name,
      severity: v.severity,
      title: (v.via ?? []).map((x) => (typeof x === 'string' ? x : x.title)).join('; '),
    }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  const findings = auditFindings(r.stdout);
  if (findings === null) {
    const why = (() => {
      try {
        return JSON.parse(r.stdout).message;
      } catch {
        return (r.stderr || r.stdout).trim().split('\n').pop();
      }
    })();
    console.error(`⚠ audit unavailable: npm audit could not reach an advisory service (${why}). Nothing was checked.`);
    process.exit(process.env.AUDIT_REQUIRED === '1' ? 1 : 3);
  }
  if (findings.length) {
    for (const f of findings) console.error(`✘ ${f.name} (${f.severity}): ${f.title}`);
    console.error(
      `\n${findings.length} high or critical vulnerabilit${findings.length === 1 ? 'y' : 'ies'} in production dependencies. Run \`npm audit\`.`,
    );
    process.exit(1);
  }
  console.log('✔ audit: no high or critical vulnerability in production dependencies.');
}
