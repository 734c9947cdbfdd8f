import type { Area, Definition } from '../data/schemas/index.ts';
import type { Estimate } from '../data/schemas/estimates.ts';

/**
 * Russian words for the dataset's enum values — the Russian twins of src/data/areas.ts and
 * src/data/labels.ts. Typed by the enums, so a new area or method fails the type check until it
 * has a Russian name. Estimates get their Russian labels from these (src/i18n/records.ts).
 */
export const AREA_NAMES_RU: Readonly<Record<Area, string>> = {
  AZ: 'Азербайджан',
  RU: 'Россия',
  GE: 'Грузия',
  KZ: 'Казахстан',
  UA: 'Украина',
  UZ: 'Узбекистан',
  TM: 'Туркменистан',
  KG: 'Киргизия',
  BY: 'Белоруссия',
  AM: 'Армения',
  TR: 'Турция',
  IR: 'Иран',
  US: 'США',
  DE: 'Германия',
  GB: 'Великобритания',
  CA: 'Канада',
  IL: 'Израиль',
  world: 'Мир',
  abroad: 'За рубежом (все страны, кроме Азербайджана)',
  europe: 'Европа',
};

export const DEFINITION_LABELS_RU: Readonly<Record<Definition, string>> = {
  ethnic: 'этническая самоидентификация',
  citizens: 'граждане Азербайджана',
  bornIn: 'уроженцы Азербайджана',
  ancestry: 'происхождение',
  resident: 'постоянное население',
  claim: 'заявление без указания метода',
};

export const METHOD_LABELS_RU: Readonly<Record<Estimate['kind'], string>> = {
  census: 'перепись',
  survey: 'опрос',
  estimate: 'оценка',
  migrantStock: 'число мигрантов',
};
