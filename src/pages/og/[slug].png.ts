import type { APIRoute, GetStaticPaths } from 'astro';
import type { CardText } from '../../lib/og-card';
import { cardPng } from '../../lib/og-png';
import { readingOrder, chapterSlug, chapterLabel } from '../../lib/chapters';
import { ORIGINAL, SITE } from '../../site';

/**
 * Social card per chapter (`/og/<chapter-slug>.png`) and for the cover (`/og/cover.png`),
 * rendered at build time. resvg reads TTF/OTF, not the site's woff2, so the card uses the
 * same families from the @expo-google-fonts packages (static TTFs); system fonts are not
 * loaded, so the image is the same on every machine.
 */
const COVER = 'cover';
const footer = `${SITE.title} · after ${ORIGINAL.author}, ${ORIGINAL.outlet}, 2017`;

export const getStaticPaths = (async () => {
  const chapters = await readingOrder();
  const paths: { params: { slug: string }; props: { card: CardText } }[] = chapters.map((c) => ({
    params: { slug: chapterSlug(c) },
    props: { card: { kicker: chapterLabel(c), title: c.data.title, dek: c.data.dek, footer } },
  }));
  if (paths.some((p) => p.params.slug === COVER)) throw new Error(`A chapter slug may not be "${COVER}": it is the cover's card.`);
  paths.push({ params: { slug: COVER }, props: { card: { kicker: 'A long read in data', title: SITE.title, dek: SITE.tagline, footer } } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(cardPng((props as { card: CardText }).card), { headers: { 'Content-Type': 'image/png' } });
