import { describe, it, expect } from 'vitest';
import { auditFindings } from '../../../scripts/check-audit.mjs';

const report = (vulnerabilities: Record<string, unknown>) => JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: {} });

describe('dependencies gate (npm audit)', () => {
  it('fails on a high or critical vulnerability, naming the package', () => {
    const findings = auditFindings(
      report({
        'left-pad': { name: 'left-pad', severity: 'critical', via: [{ title: 'Prototype pollution' }] },
        chalk: { name: 'chalk', severity: 'moderate', via: [{ title: 'ReDoS' }] },
        d3: { name: 'd3', severity: 'high', via: ['d3-color'] },
      }),
    );
    expect(findings).toEqual([
      { name: 'left-pad', severity: 'critical', title: 'Prototype pollution' },
      { name: 'd3', severity: 'high', title: 'd3-color' },
    ]);
  });

  it('passes a clean report', () => expect(auditFindings(report({}))).toEqual([]));

  it('tells "could not audit" apart from "clean"', () => {
    expect(auditFindings(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405 }))).toBeNull();
    expect(auditFindings('not json')).toBeNull();
  });
});
