/**
 * Internal links must respect the deploy sub-path (BASE_PATH). Every href to a page or
 * file of this site goes through `href`, so the site works under `/` and `/diaspora/`. `BASE`
 * is that sub-path with its trailing slash.
 */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

/** A page's path below the sub-path, e.g. `/diaspora/chapters/x/` → `chapters/x/`. */
export function sitePathOf(pathname: string): string {
  return pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
}
