/**
 * Where each source is used: in which chapters (through the figures their `<Num>` tags cite and
 * the charts their `<Chart>` tags embed) and in which charts. Pure: chapter bodies come in as text,
 * read with the one MDX tree helper (src/lib/mdx-tree.ts).
 */
import { chapterRefs } from '../../lib/mdx-tree.ts';

export interface UsageInput {
  chapters: readonly { slug: string; body: string }[];
  /** Source ids of a figure ref (throws for an unknown ref, as the build does). */
  figureSources: (ref: string) => readonly string[];
  charts: readonly { id: string; sources: readonly string[] }[];
}

export interface SourceUsage {
  /** Chapter slugs, in the order given. */
  chapters: string[];
  /** Chart ids, in the order given. */
  charts: string[];
}

export function sourceUsage(input: UsageInput): Map<string, SourceUsage> {
  const usage = new Map<string, SourceUsage>();
  const entry = (id: string) => {
    let u = usage.get(id);
    if (!u) usage.set(id, (u = { chapters: [], charts: [] }));
    return u;
  };
  const chartSources = new Map(input.charts.map((c) => [c.id, c.sources]));
  for (const c of input.charts) for (const id of c.sources) if (!entry(id).charts.includes(c.id)) entry(id).charts.push(c.id);
  for (const ch of input.chapters) {
    const { nums, charts, cites } = chapterRefs(ch.body);
    const ids = [...nums.flatMap(input.figureSources), ...charts.flatMap((c) => chartSources.get(c) ?? []), ...cites];
    for (const id of ids) if (!entry(id).chapters.includes(ch.slug)) entry(id).chapters.push(ch.slug);
  }
  return usage;
}

type Level = 'yes' | 'partly' | 'unverified';
interface Cited {
  id: string;
  sources: readonly string[];
  verification?: Level;
  examples?: readonly { sources: readonly string[] }[];
}

export interface SourceRecords {
  /** How many records of each data file cite the source. */
  files: Record<string, number>;
  /** Verification levels of the citing records (hierarchy examples carry their tier's). */
  levels: Partial<Record<Level, number>>;
}

/** For each source id: which records cite it and how well those records are verified. */
export function recordsCiting(files: Readonly<Record<string, readonly Cited[]>>): Map<string, SourceRecords> {
  const out = new Map<string, SourceRecords>();
  for (const [file, records] of Object.entries(files)) {
    for (const r of records) {
      const ids = new Set([...r.sources, ...(r.examples ?? []).flatMap((e) => e.sources)]);
      for (const id of ids) {
        let s = out.get(id);
        if (!s) out.set(id, (s = { files: {}, levels: {} }));
        s.files[file] = (s.files[file] ?? 0) + 1;
        if (r.verification) s.levels[r.verification] = (s.levels[r.verification] ?? 0) + 1;
      }
    }
  }
  return out;
}
