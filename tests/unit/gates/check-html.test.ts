import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { validateHtml } from '../../../scripts/check-html.mjs';

const fixture = (name: string) => join('tests', 'fixtures', 'gates', name);

describe('HTML gate (vnu)', () => {
  // One JVM for both files: vnu's start-up is most of its cost.
  const errors = validateHtml([fixture('invalid.html'), fixture('valid.html')]);

  it('fails on invalid HTML, naming the file and line', () => {
    const invalid = errors.filter((e) => e.file.endsWith('invalid.html'));
    expect(invalid.some((e) => /p.*element/i.test(e.message))).toBe(true);
    expect(invalid.some((e) => /Duplicate ID/i.test(e.message))).toBe(true);
    expect(invalid.every((e) => typeof e.line === 'number')).toBe(true);
  });

  it('passes valid HTML', () => {
    expect(errors.filter((e) => e.file.endsWith('valid.html') && !e.file.endsWith('invalid.html'))).toEqual([]);
  });
}, 60_000);
