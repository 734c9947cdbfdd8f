/**
 * Russian labels of dataset records, keyed by ref (`claims.abroad-10m`, `derived.claim-gap`…):
 * what a Russian reader sees in a number's tooltip and, later, in chart rows. Kept here rather
 * than in data/*.json so the dataset stays one language and its schema unchanged. A record shown
 * on a Russian page without an entry here stops the build (src/i18n/records.ts).
 * Estimates need no entry: their Russian labels are built from their fields (labels.ru.ts); an
 * entry here overrides that. Claims, organisation counts, congresses and derived figures need one.
 * Translators: add the refs that `npm run new:chapter -- --lang ru <file>` lists for a chapter.
 */
export const RECORD_LABELS_RU: Readonly<Record<string, string>> = {
  'claims.abroad-10m': 'Официальный портал Azerbaijan.az: азербайджанцы за рубежом (заявление)',
  'claims.world-50m': 'Назим Ибрагимов, председатель Госкомитета; Azerbaijan.az: азербайджанцы в мире (заявление)',
  'claims.countries-70': 'News.az, ко Дню солидарности азербайджанцев мира: страны, где живут азербайджанцы (заявление)',
  'organisations.2016-06': 'Диаспорские организации, 3 июня 2016 г. (Ильхам Алиев)',
};
