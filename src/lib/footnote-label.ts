/**
 * Sätteri hast plugin: GFM writes the heading of a chapter's notes in English ("Footnotes"); a
 * Russian chapter (content/ru/) gets its edition's word from the dictionary instead, in the page and
 * so in its table of contents. A factory, like the known-components plugin, so it knows the file.
 */
import { t } from '../i18n/index.ts';

interface HeadingNode {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: unknown[];
}

export const footnoteLabelPlugin = ({ fileURL }: { fileURL?: URL }) => ({
  name: 'footnote-label',
  element: {
    filter: ['h2'],
    visit(node: HeadingNode) {
      if (!fileURL?.pathname.includes('/content/ru/') || node.properties?.['id'] !== 'footnote-label') return undefined;
      return { ...node, children: [{ type: 'text', value: t('ru')('chapter.footnotes') }] };
    },
  },
});
