/**
 * The site's colours, defined once. global.css declares the same values as custom properties (CSS cannot
 * import TypeScript); tests/unit/styles/tokens.test.ts fails when the two drift. Code that paints outside
 * the stylesheet — the social cards, the `theme-color` meta tags, the favicon — reads them from here.
 */
export const LIGHT = {
  paper: '#fbf8f2',
  'paper-2': '#f2ede3',
  ink: '#1c1a17',
  'ink-2': '#55504a',
  rule: '#d9d2c5',
  link: '#0b5a8f',
  focus: '#b3541e',
  // Chart grammar (Okabe–Ito based, colour-blind safe). Text-safe “-ink” variants meet 4.5:1.
  claim: '#d55e00',
  'claim-ink': '#a84a00',
  census: '#0072b2',
  'census-ink': '#005a8c',
  estimate: '#009e73',
  'estimate-ink': '#00704f',
  migrant: '#cc79a7',
  'migrant-ink': '#9c4a7a',
  context: '#8a8378',
  'context-ink': '#5f594f',
} as const;

export type ColourName = keyof typeof LIGHT;

export const DARK: Record<ColourName, string> = {
  paper: '#171614',
  'paper-2': '#22201d',
  ink: '#ece7de',
  'ink-2': '#b5aea3',
  rule: '#3d3a35',
  link: '#8cc6f0',
  focus: '#f0a35e',
  claim: '#f28b3c',
  'claim-ink': '#f5a263',
  census: '#56b4e9',
  'census-ink': '#7cc4ee',
  estimate: '#2ec99b',
  'estimate-ink': '#5fd6b1',
  migrant: '#e08fbf',
  'migrant-ink': '#eaaad0',
  context: '#9a9387',
  'context-ink': '#b5aea3',
};
