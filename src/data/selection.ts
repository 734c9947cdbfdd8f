/**
 * The verified-first rule (content/EDITING.md, "Verified figures come first"): where a chart or a
 * "latest" figure picks ONE record out of several for the same place, an unverified record never
 * displaces a verified (or partly verified) one, however much newer it is. The verified figure is
 * drawn; `npm run check:data` lists the newer unverified record as held back, so the editor sees it.
 * To have it drawn, verify it (set `verification` to "yes" or "partly" with its source).
 */
interface Graded {
  readonly verification: 'yes' | 'partly' | 'unverified';
}

/** The records a chart may choose from: the verified ones when there are any, else all. */
export function verifiedFirst<T extends Graded>(list: readonly T[]): T[] {
  const verified = list.filter((r) => r.verification !== 'unverified');
  return verified.length > 0 ? verified : [...list];
}

/** The unverified records verifiedFirst keeps out of the choice (for check:data's report). */
export function heldBack<T extends Graded>(list: readonly T[]): T[] {
  const kept = new Set(verifiedFirst(list));
  return list.filter((r) => !kept.has(r));
}
