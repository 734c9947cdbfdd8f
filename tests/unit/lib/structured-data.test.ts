import { describe, expect, it } from 'vitest';
import { articleJsonLd, jsonLdText } from '../../../src/lib/structured-data';

describe('articleJsonLd', () => {
  const ld = articleJsonLd({
    headline: 'H',
    description: 'D',
    url: 'https://x.org/chapters/a/',
    image: 'https://x.org/og/a.png',
    siteUrl: 'https://x.org/',
  });

  it('is an Article based on the original report, with its author, publisher, date and URL', () => {
    expect(ld['@type']).toBe('Article');
    expect(ld['isBasedOn']).toMatchObject({
      url: 'https://www.opendemocracy.net/en/odr/long-live-azerbaijani-diaspora/',
      datePublished: '2017-05-18',
      author: { name: 'Sergey Rumyantsev' },
      translator: { name: 'Maxim Edwards' },
      publisher: { name: 'openDemocracy' },
    });
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element', () => {
    const text = jsonLdText({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
