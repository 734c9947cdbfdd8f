import type { Area } from './schemas/index.ts';

/** English display names of the areas figures refer to. */
export const AREA_NAMES: Readonly<Record<Area, string>> = Object.freeze({
  AZ: 'Azerbaijan', RU: 'Russia', GE: 'Georgia', KZ: 'Kazakhstan', UA: 'Ukraine', UZ: 'Uzbekistan',
  TM: 'Turkmenistan', KG: 'Kyrgyzstan', BY: 'Belarus', AM: 'Armenia', TR: 'Turkey', IR: 'Iran',
  US: 'United States', DE: 'Germany', GB: 'United Kingdom', CA: 'Canada', IL: 'Israel',
  world: 'World', abroad: 'Abroad (outside Azerbaijan and, in the official arithmetic, Iran)', europe: 'Europe',
});

/** “Azerbaijanis in Russia”, but “Azerbaijanis in the world” and “Azerbaijanis abroad”. */
export function azerbaijanisIn(area: Area, place?: string): string {
  if (place !== undefined) return `Azerbaijanis in ${place}, ${AREA_NAMES[area]}`;
  if (area === 'world') return 'Azerbaijanis in the world';
  if (area === 'abroad') return 'Azerbaijanis abroad (outside Azerbaijan and, in the official arithmetic, Iran)';
  return `Azerbaijanis in ${AREA_NAMES[area]}`;
}

/**
 * The area a count covers, as its label says it. A birthplace count for `abroad` (the UN migrant stock)
 * covers every emigrant born in Azerbaijan, in Iran too, so it cannot share the claim's area name.
 */
export function countAreaName(area: Area, definition: string): string {
  if (area === 'abroad' && definition === 'bornIn') return 'All emigrants born in Azerbaijan, any destination';
  return AREA_NAMES[area];
}
