// Typography: page text uses typographic apostrophes (’), never the typewriter one ('), on every page of the
// built site. Code, preformatted text and addresses are left as written.
import { test, expect } from '@playwright/test';
import { allPages } from './quality/gates';

/** Text of every text node outside code, scripts and styles, addresses removed, one entry per node. */
async function pageText(page: import('@playwright/test').Page): Promise<string[]> {
  return page.evaluate(() => {
    const skip = 'code, pre, kbd, samp, script, style, noscript, template';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest(skip)) continue;
      const text = (n.textContent ?? '').replace(/\b(?:https?:\/\/|www\.)\S+/g, '');
      if (text.trim()) texts.push(text);
    }
    return texts;
  });
}

// A straight quote touching a letter is an apostrophe or an opening quote set on a typewriter
// ("homeland's", "'90s"); one standing alone, as in a note that names the character itself ("(')"), is not.
const STRAIGHT_APOSTROPHE = /\p{L}'|'\p{L}/u;

for (const path of allPages()) {
  test(`${path}: no straight apostrophe in the page text`, async ({ page }) => {
    await page.goto(path);
    const offending = (await pageText(page)).filter((t) => STRAIGHT_APOSTROPHE.test(t)).map((t) => t.trim().slice(0, 120));
    expect(offending, "write ’ (U+2019) instead of ' in text readers see").toEqual([]);
  });
}
