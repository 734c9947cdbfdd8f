import { describe, expect, it } from 'vitest';
import { chartHomes, embedHeight, iframeSnippet } from '../../../src/lib/reader/embed';

describe('chartHomes', () => {
  const chapters = [
    { path: 'chapters/a/', title: 'A', body: 'Text <Chart id="russia" /> more' },
    { path: 'chapters/b/', title: 'B', body: '<Chart id="russia" /> and <Chart id="timeline" />' },
  ];
  it('sends a chart to the first chapter that uses it, at its figure', () => {
    const homes = chartHomes(chapters, ['russia', 'timeline', 'world-map']);
    expect(homes.get('russia')).toEqual({ path: 'chapters/a/#chart-russia', title: 'A' });
    expect(homes.get('timeline')).toEqual({ path: 'chapters/b/#chart-timeline', title: 'B' });
  });
  it('sends a chart no chapter uses to the gallery', () => {
    expect(chartHomes(chapters, ['world-map']).get('world-map')!.path).toBe('charts/#chart-world-map');
  });
});

describe('embed snippet', () => {
  it('grows with the drawing and escapes the title', () => {
    const short = embedHeight('<svg viewBox="0 0 640 200">');
    const tall = embedHeight('<svg viewBox="0 0 640 600">');
    expect(tall - short).toBe(400);
    expect(iframeSnippet('https://x.org/embed/a/', 'A "quoted" & <b>', 500)).toContain('title="A &quot;quoted&quot; &amp; &lt;b&gt;"');
  });
});
