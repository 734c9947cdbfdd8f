import Quote from './Quote.astro';
import Aside from './Aside.astro';
import Lede from './Lede.astro';
import Chart from './Chart.astro';
import Num from './Num.astro';
import Cite from './Cite.astro';
import type { MdxComponentName } from './names.ts';

/**
 * The components chapters may use without importing them — the whole whitelist.
 * A chapter that uses a tag not listed here fails to compile, naming the file, the line and the
 * nearest valid name (src/lib/known-components.mjs checks tags against MDX_COMPONENT_NAMES, which
 * this object must match exactly: `satisfies` refuses a missing or an extra key).
 * Each component validates its own props at render time (MDX is not type-checked).
 */
export const mdxComponents = {
  Quote,
  Aside,
  Lede,
  Chart,
  Num,
  Cite,
} satisfies Record<MdxComponentName, unknown>;
