import type { Area } from './schemas/index.ts';

/** English display names of the areas figures refer to. */
export const AREA_NAMES: Readonly<Record<Area, string>> = Object.freeze({
  AZ: 'Azerbaijan', RU: 'Russia', GE: 'Georgia', KZ: 'Kazakhstan', UA: 'Ukraine', UZ: 'Uzbekistan',
  TM: 'Turkmenistan', KG: 'Kyrgyzstan', BY: 'Belarus', AM: 'Armenia', TR: 'Turkey', IR: 'Iran',
  US: 'United States', DE: 'Germany', GB: 'United Kingdom', CA: 'Canada', IL: 'Israel',
  world: 'World', abroad: 'Abroad (all countries but Azerbaijan)', europe: 'Europe',
});

/** “Azerbaijanis in Russia”, but “Azerbaijanis in the world” and “Azerbaijanis abroad”. */
export function azerbaijanisIn(area: Area): string {
  if (area === 'world') return 'Azerbaijanis in the world';
  if (area === 'abroad') return 'Azerbaijanis abroad (all countries but Azerbaijan)';
  return `Azerbaijanis in ${AREA_NAMES[area]}`;
}
