/**
 * Whether `key` is seen for the first time while rendering the page of `request`: lets a
 * component write shared markup (a figure's preview) once per page however often it is used.
 * Keyed by the request object, which Astro shares between a page and all its components.
 */
const seenByPage = new WeakMap<Request, Set<string>>();

export function firstOnPage(request: Request, key: string): boolean {
  let seen = seenByPage.get(request);
  if (!seen) seenByPage.set(request, (seen = new Set()));
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
