import { createHash } from 'node:crypto';

/**
 * Runs in <head> before first paint: applies a remembered light/dark choice (no flash of the
 * wrong theme) and marks the page `.js` so the theme toggle shows. It must be inline to run
 * that early, and Astro's CSP blocks inline scripts it did not process, so Base.astro adds
 * THEME_SCRIPT_HASH to the page's CSP. Keep in sync with SiteThemeToggle.astro (key `theme`).
 */
export const THEME_SCRIPT =
  "(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.dataset.theme=t}catch(e){}})()";

/** The CSP source expression for THEME_SCRIPT. */
export const THEME_SCRIPT_HASH = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
