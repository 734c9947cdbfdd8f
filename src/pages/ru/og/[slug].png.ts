import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardText } from '../../../lib/og-card';
import { cardPng } from '../../../lib/og-png';
import { readingOrder, chapterSlug, chapterLabel } from '../../../lib/chapters';
import { ORIGINAL } from '../../../site';
import { t } from '../../../i18n/index';

/** Russian social cards: `/ru/og/<chapter-slug>.png` per translated chapter and `/ru/og/cover.png`. */
const COVER = 'cover';
const say = t('ru');
const footer = `${say('site.title')} · ${say('chapter.after').toLowerCase()} ${say('credit.author')}, ${ORIGINAL.outlet}, 2017`;

export const getStaticPaths = (async () => {
  const chapters = await readingOrder('ru');
  const paths: { params: { slug: string }; props: { card: CardText } }[] = chapters.map((c) => ({
    params: { slug: chapterSlug(c) },
    props: { card: { kicker: chapterLabel(c, 'ru'), title: c.data.title, dek: c.data.dek, footer } },
  }));
  paths.push({
    params: { slug: COVER },
    props: { card: { kicker: say('cover.kicker'), title: say('site.title'), dek: say('site.tagline'), footer } },
  });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(cardPng((props as { card: CardText }).card), { headers: { 'Content-Type': 'image/png' } });
