import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { chapterRefs } from '../../../src/lib/parity.ts';
import { dataset, figures } from '../../../src/data/load.ts';
import { generatedRussianLabels, recordLabel } from '../../../src/i18n/records.ts';
import { RECORD_LABELS_RU } from '../../../src/i18n/records.ru.ts';

// Every record the English chapters cite will be shown on a Russian page once translated (parity),
// so each must already have a Russian label — or the translation's build would stop.
describe('Russian labels for the records the chapters cite', () => {
  const refs = new Set(
    readdirSync('content/chapters')
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => chapterRefs(readFileSync(`content/chapters/${f}`, 'utf8')).nums),
  );
  const generated = generatedRussianLabels(dataset);
  it.each([...refs].sort())('%s', (ref) => {
    const fig = figures.get(ref);
    expect(fig, ref).toBeDefined();
    expect(recordLabel(fig!, 'ru', 'test', RECORD_LABELS_RU, generated)).toMatch(/[А-Яа-яЁё]/);
  });
});
