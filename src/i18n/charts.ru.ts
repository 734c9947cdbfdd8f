/**
 * The charts' words in Russian: one table per chart module, typed as that module's `words`, so a
 * string added to an English table fails the type check until it has a Russian twin.
 * `buildChart(spec, CHART_WORDS_RU[spec.id], input, 'ru')` builds a chart in these words, its numbers
 * formatted in Russian conventions.
 *
 * Some strings reach the words from the rows, which stay the same in both editions (the downloads
 * carry them): place names, definitions, kinds of figure, timeline lanes. `ru()` gives their Russian
 * names; a string it does not know (a speaker, an event, a tier from the data) passes unchanged.
 */
import { AREA_NAMES } from '../data/areas.ts';
import { formatDate } from '../data/format.ts';
import { DEFINITION_LABELS, METHOD_LABELS } from '../data/labels.ts';
import type { Area, Definition } from '../data/schemas/index.ts';
import type { Estimate } from '../data/schemas/estimates.ts';
import { AREA_NAMES_RU, DEFINITION_LABELS_RU, METHOD_LABELS_RU } from './labels.ru.ts';
import { claims, timeline as events } from '../data/load.ts';
import { EVENT_TITLES_RU } from './records.ru.ts';
import { russianClaimant } from './records.ts';
import type { words as claimVsCount } from '../charts/claim-vs-count';
import { words as claimedVsCounted } from '../charts/claimed-vs-counted';
import { words as fiftyMillion } from '../charts/fifty-million';
import type { words as organisationCount } from '../charts/organisation-count';
import type { words as countryCount } from '../charts/country-count';
import { words as russia } from '../charts/russia';
import type { words as pyramid } from '../charts/pyramid';
import type { words as timeline } from '../charts/timeline';
import { words as worldMap } from '../charts/world-map';

const TRACKS_RU = {
  // Short enough for the timeline's key on a phone (two names a row).
  'State institutions': 'Госорганы',
  Congresses: 'Съезды',
  Law: 'Право',
  Russia: 'Россия',
  Conflict: 'Конфликт',
};

/** English label → Russian, for the labels the rows carry (areas, definitions, kinds, lanes). */
const RUSSIAN_OF: ReadonlyMap<string, string> = new Map([
  ...(Object.keys(AREA_NAMES) as Area[]).map((a): [string, string] => [AREA_NAMES[a], AREA_NAMES_RU[a]]),
  ...(Object.keys(DEFINITION_LABELS) as Definition[]).map((d): [string, string] => [DEFINITION_LABELS[d], DEFINITION_LABELS_RU[d]]),
  ...(Object.keys(METHOD_LABELS) as Estimate['kind'][]).map((k): [string, string] => [METHOD_LABELS[k], METHOD_LABELS_RU[k]]),
  ['claim', 'заявление'],
  // Years a row gives as a word (a claim without a date; a sum of counts from several years).
  ['undated', 'без даты'],
  ['various', 'разн. годы'],
  ['context', 'контекст'],
  ...Object.entries(TRACKS_RU),
  // Row labels the chart modules write into their rows in English.
  [claimedVsCounted.rows.claim, 'За рубежом, по заявлению'],
  [claimedVsCounted.rows.born, 'Уроженцы Азербайджана'],
  [claimedVsCounted.rows.exUssr, 'Бывший СССР (подсчёты)'],
  [fiftyMillion.rows.abroad, 'За рубежом (по заявлению)'],
  [fiftyMillion.rows.rest, '«Дома» вне республики, прежде всего в Иране (расчётно)'],
  [fiftyMillion.rows.encyclopaedic, 'Мировой итог по энциклопедиям'],
  [fiftyMillion.rows.all, 'Всего в мире'],
  // Not «мигранты»: in Russian that reads as labour migrants; the UN figure counts everyone born there.
  [russia.rows.migrantStock, 'уроженцы Азербайджана (ООН)'],
  [worldMap.claimRow, 'За рубежом, по заявлению'],
]);

/** The tiers of data/hierarchy.json, as the pyramid and its table show them. */
const TIERS_RU: Readonly<Record<string, string>> = {
  'State Committee and Ministry of Foreign Affairs': 'Госкомитет и МИД',
  'World Congress of Azerbaijanis': 'Съезд азербайджанцев мира',
  'Multi-country organisations': 'Межстрановые организации',
  'Country coordinators': 'Национальные координаторы',
  'City and regional bodies': 'Городские и региональные организации',
};

/**
 * The organisations data/hierarchy.json names as examples of its tiers, as the pyramid, its table
 * and its description name them (the names the Russian chapters use).
 */
const ORGANISATIONS_RU: Readonly<Record<string, string>> = {
  'State Committee on Work with Diaspora': 'Государственный комитет по работе с диаспорой',
  'Ministry of Foreign Affairs of Azerbaijan': 'МИД Азербайджана',
  'Coordinating Council of World Azerbaijanis': 'Координационный совет азербайджанцев мира',
  'Congress of European Azerbaijanis': 'Конгресс европейских азербайджанцев',
  'Coordination Centre for Azerbaijanis in Germany': 'Координационный центр азербайджанцев Германии',
  'All-Russian Azerbaijani Congress': 'Всероссийский азербайджанский конгресс',
};

/**
 * Labels the rows take from records in English, by the records' Russian in records.ru.ts: a claim's
 * speaker in the Russia chart's label ("claim (Ekspress.az)" → "заявление (Ekspress.az)"), a
 * timeline event's title. Built on first use (the chart tables below must exist by then).
 */
let fromRecords: ReadonlyMap<string, string> | undefined;
function recordNames(): ReadonlyMap<string, string> {
  if (fromRecords) return fromRecords;
  const names = new Map<string, string>();
  for (const c of claims) {
    const claimant = russianClaimant(`claims.${c.id}`);
    if (claimant) names.set(russia.rows.claim(c.speaker), russiaRu.rows.claim(claimant));
  }
  for (const e of events) {
    const title = EVENT_TITLES_RU[`timeline.${e.id}`];
    if (title) names.set(e.title, title);
  }
  fromRecords = names;
  return names;
}

/**
 * An English quantity as src/data/format.ts writes it ("about 50 million people") in Russian
 * conventions ("около 50 млн человек"), for the few chart labels that carry a formatted figure.
 * A form it does not know passes unchanged (and the no-English scan of Russian pages reports it).
 */
export function russianQuantity(english: string): string {
  const m = /^(about |more than |up to )?([\d.,]+)(?:[ \u00a0](million|thousand))? people$/.exec(english);
  if (!m) return english;
  const qualifier = { 'about ': 'около ', 'more than ': 'более ', 'up to ': 'до ' }[m[1] ?? ''] ?? '';
  const digits = m[2]!.replace(/,/g, '\u202f').replace('.', ',');
  const scale = m[3] === 'million' ? '\u00a0млн' : m[3] === 'thousand' ? '\u00a0тыс.' : '';
  return `${qualifier}${digits}${scale} человек`;
}

const yearRu = (year: string) => (year === 'undated' ? 'без даты' : year);
/** Row labels the chart modules compose from a pattern and a number or year (country-count, fifty-million). */
const PATTERNS_RU: readonly (readonly [RegExp, (...parts: string[]) => string])[] = [
  [/^Claim \((\d{4}|undated)\)$/, (y) => `Заявление (${yearRu(y)})`],
  [/^claim, (\d{4}|undated)$/, (y) => `заявление, ${yearRu(y)}`],
  [/^Countries with activity \((\d{4}|undated)\)$/, (y) => `Страны с работой диаспоры (${yearRu(y)})`],
  [/^countries with activity, (\d{4}|undated)$/, (y) => `страны с работой диаспоры, ${yearRu(y)}`],
  [/^(\d+)(?:st|nd|rd|th) Congress \((\d{4})\)$/, (n, y) => `${n}-й съезд (${y})`],
  [/^(\d+)(?:st|nd|rd|th) Congress \((\d{4})\), one report$/, (n, y) => `${n}-й съезд (${y}), по одному сообщению`],
  [/^(\d+)(?:st|nd|rd|th) Congress \((\d{4})\), report (\d+)$/, (n, y, k) => `${n}-й съезд (${y}), сообщение ${k}`],
  [/^(\d+)(?:st|nd|rd|th) Congress \((\d{4})\), another report$/, (n, y) => `${n}-й съезд (${y}), по другому сообщению`],
  [/^(\d+)(?:st|nd|rd|th) congress, (\d{4})$/, (n, y) => `${n}-й съезд, ${y}`],
  [/^Official world total: (.+)$/, (q) => `Официальный итог: ${russianQuantity(q)}`],
  [
    /^ethnic self-identification \(sum of (\d+) census(?:es)? and (\d+) estimates?\)$/,
    (a, b) => `этническая самоидентификация (сумма: переписей — ${a}, оценок — ${b})`,
  ],
  [/^census \((ethnic)\)$/, () => 'перепись (этническая)'],
  [/^census \((citizens of Azerbaijan)\)$/, () => 'перепись (граждане Азербайджана)'],
];

/** The Russian name of a label the rows carry in English, or undefined when there is none. */
function russianOf(english: string): string | undefined {
  const known = RUSSIAN_OF.get(english) ?? TIERS_RU[english] ?? ORGANISATIONS_RU[english] ?? recordNames().get(english);
  if (known) return known;
  for (const [pattern, write] of PATTERNS_RU) {
    const m = pattern.exec(english);
    if (m) return write(...m.slice(1));
  }
  return undefined;
}

/** The Russian name of a label the rows carry in English; unknown strings pass unchanged. */
export const ru = (english: string): string => russianOf(english) ?? english;

/**
 * The Russian name of a label a chart's description reads out. A description is plain text, with no
 * lang="en" to switch a screen reader's voice, so a label without a Russian name stops the build.
 */
export function named(english: string, chart: string): string {
  const russian = russianOf(english);
  if (russian !== undefined) return russian;
  throw new Error(
    `src/i18n/charts.ru.ts: the Russian description of the "${chart}" chart reads out "${english}", which has no Russian name — add it to src/i18n/records.ru.ts (a claim, a timeline event, by its ref) or to this file (a tier, an organisation, a row label).`,
  );
}

const list = (items: readonly string[]): string => items.join('; ');

const claimedVsCountedRu: typeof claimedVsCounted = {
  title: 'Заявлено и подсчитано: азербайджанцы за рубежом',
  headline: (v) => `Ни один подсчёт по странам не приближается к заявленным «${v.claim}»`,
  headlineNear: (v) => `Ближе всех к заявленным за рубежом «${v.claim}» — ${ru(v.place)}`,
  takeaway: (v) => `Больше всего вне Ирана: ${ru(v.place)}, ${v.figure} (${ru(v.kind)}).`,
  description: {
    claim: (place, figure) =>
      `Две точечные диаграммы, по строке на каждую цифру: итоги в линейной шкале, затем страны в логарифмической шкале от тысячи. ${ru(place)}: ${figure}; заявление нарисовано кольцом, «более» — стрелкой.`,
    gap: (times, lowerBound) =>
      `Скобка отмечает разрыв: заявленное ${lowerBound ? 'более чем' : 'примерно'} в ${times} раза больше подсчёта ООН по уроженцам Азербайджана.`,
    total: (place, figure, kind, definition, year) => `${ru(place)}: ${figure} (${ru(kind)}, ${ru(definition)}, ${year}).`,
    extremes: (top, topFigure, bottom, bottomFigure) =>
      `Среди стран больше всего — ${ru(top)} (${topFigure}), меньше всего — ${ru(bottom)} (${bottomFigure}).`,
    ranges: (items) => `Диапазонами показаны те, кого не считает ни одна перепись: ${list(items)}.`,
  },
  notes: [
    'Для каждой страны показана одна цифра: диапазон, если есть только диапазоны; иначе последняя цифра по этнической самоидентификации, включая оценки; иначе последний подсчёт любого рода (какой именно — сказано в таблице).',
    'Определения различаются: к «уроженцам Азербайджана» относятся и родившиеся там русские, армяне и другие; этнические подсчёты не учитывают тех, кто не указал национальность.',
    'Официальная цифра учитывает всех за рубежом, кто считает себя азербайджанцем, как их определяет закон о диаспоре. Иран показан для масштаба, но в неё не входит: в нашем прочтении официальной арифметики (почему — сказано на странице «О проекте и методике») азербайджанцы Ирана живут на исторической родине и относятся к мировому итогу, а не к миллионам за рубежом.',
    'Цифра Израиля для горских евреев здесь не учтена: они не этнические азербайджанцы.',
  ],
  key: {
    claim: 'официальное заявление',
    census: 'перепись',
    estimate: 'оценка',
    survey: 'опрос',
    migrant: 'уроженцы Азербайджана (статистика мигрантов)',
    either: (a, b) => `${a} или ${b}`,
    range: 'диапазон оценок',
    rangeCue: 'толстая полоса',
  },
  rows: {
    claim: ru(claimedVsCounted.rows.claim),
    born: ru(claimedVsCounted.rows.born),
    exUssr: ru(claimedVsCounted.rows.exUssr),
  },
  axis: 'человек, логарифмическая шкала →',
  axisLinear: 'человек →',
  panels: { totals: 'Итоги, линейная шкала', countries: 'По странам, логарифмическая шкала' },
  gap: (times, wide) => `${times}×${wide ? ' подсчёта ООН' : ''}`,
  offScale: (label) => `${label} · за пределами шкалы`,
  atHome: (label) => `${label} · «дома» — в нашем прочтении`,
};

const fiftyMillionRu: typeof fiftyMillion = {
  title: 'Арифметика 50 миллионов',
  headline: (v) => `Энциклопедии оценивают азербайджанцев в ${v.world}, а не в официальные ${russianQuantity(v.total)}`,
  gap: (difference, wide) => (wide ? `как минимум на ${difference} больше энциклопедических оценок` : `от +${difference}`),
  takeaway: (v) => `По официальным суммам «дома» остаётся ${v.rest}, прежде всего в Иране.`,
  description: {
    chart: (bars) => `Две горизонтальные столбчатые диаграммы с накоплением. ${bars.join(' ')}`,
    bar: (bar, parts) => `${ru(bar)}: ${parts.join(', затем ')}.`,
    part: (part, figure, implied) => `${ru(part)} ${figure}${implied ? ' (расчётная часть, никем не названная)' : ''}`,
  },
  notes: [
    'Остаток — наше вычитание, а не чья-то названная цифра. Азербайджанцев Ирана, которые составили бы большую его часть, не считает ни одна перепись; нейтральные оценки их числа гораздо ниже.',
  ],
  key: {
    claim: 'заявлено или следует из заявления',
    claimCue: 'полый, пунктир',
    estimate: 'оценка',
    estimateCue: 'сплошная полоса',
    range: 'диапазон оценок',
    rangeCue: 'сплошная до нижней границы, толстая линия до верхней',
  },
  rows: {
    official: (total) => `Официальный мировой итог: ${total}`,
    abroad: ru(fiftyMillion.rows.abroad),
    rest: ru(fiftyMillion.rows.rest),
    encyclopaedic: ru(fiftyMillion.rows.encyclopaedic),
    all: ru(fiftyMillion.rows.all),
  },
  axis: 'человек →',
};

const organisationCountRu: typeof organisationCount = {
  headline: (v) => `Официальные цифры: от ${v.first} до ${v.last} за ${v.years} лет`,
  title: 'Сколько организаций у диаспоры? Официальный счёт, 2001–2016',
  takeaway: (v) =>
    `Списка не приложено${v.impliedYears.length ? `; для ${v.impliedYears.join(' и ')} г. две официальные цифры расходятся` : ''}.`,
  description: (v) =>
    `Точки во времени, цифр: ${v.count}. ${v.figures.join('; ')}.${v.rises ? ' Каждая названная цифра не меньше предыдущей.' : ''}`,
  figure: (date, figure, qualifier) =>
    `${date}: ${figure}${qualifier === 'moreThan' ? ' (нижняя граница, нарисована со стрелкой вверх)' : ''}${qualifier === 'implied' ? ' (следует из более поздней официальной разбивки; меньше цифры, которую статья приводит для того же года)' : ''}`,
  note: (date, note) => `${date}: ${note}`,
  key: { claim: 'официальная цифра', claimCue: 'стрелка: «более»; пунктир: расчётная' },
  implied: (figure) => `${figure} расчётно`,
  dodged: 'Цифры, названные с разницей в несколько недель, нарисованы чуть порознь, чтобы одна не закрывала другую; даты — в таблице.',
  callout: (stated, implied) => `${stated} заявлено против около ${implied}\nрасчётно по официальным цифрам`,
  axis: '↑ организаций',
};

const countryCountRu: typeof countryCount = {
  headline: (v) => `Заявлено: от ${v.low} до ${v.high} стран. Делегации съездов: не более ${v.most}`,
  title: 'Во скольких странах? Заявления и подсчёты самих чиновников',
  takeaway: (v) => `Их же подсчёты (от ${v.fewest} до ${v.most}) считают участие или работу, а не проживание.`,
  description: (figures) => `Точечная диаграмма, по строке на цифру; все цифры официальные и нарисованы как заявления: ${list(figures)}.`,
  figure: (label, figure, measure) => `${ru(label)}: ${figure} ${measure}`,
  measures: { residence: 'по заявлению', attendance: 'представлено', activity: 'с работой диаспоры' },
  notes: [
    'Все цифры здесь официальные: подсчёты по съездам сообщали Государственный комитет или государственные СМИ, поэтому они нарисованы как заявления, а не как подсчёты.',
    'Делегации показывают, откуда организации прислали делегатов, а подсчёты мероприятий — где комитет их проводил, но не где живут азербайджанцы.',
    'Где сообщения об одном съезде расходятся, каждое нарисовано отдельной строкой.',
  ],
  key: { claim: 'официальная цифра, заявленная или подсчитанная', claimCue: 'полый, пунктир; стрелка: «более»' },
  rows: {
    claim: (year) => `Заявление (${year ?? 'без даты'})`,
    activity: (year) => `Страны с работой диаспоры (${year ?? 'без даты'})`,
    congress: (number, year) => `${number}-й съезд (${year})`,
    oneReport: (name) => `${name}, сообщение 1`,
    anotherReport: (name) => `${name}, сообщение 2`,
  },
  band: (low, high) => `заявлено: ${low}–${high}`,
  delegations: (most) => `делегации: не более ${most}`,
  noFigure: (congresses) => `Для съездов без цифры стран (${congresses.join(', ')}) число стран не сообщалось.`,
  axis: 'стран →',
};

const russiaRu: typeof russia = {
  headline: (v) =>
    `Перепись ${v.year} года насчитала меньше ${['', 'всех', 'половины', 'трети', 'четверти', 'пятой части'][v.under] ?? `1/${v.under}`} заявленного Конгрессом в ${v.claimYear} году`,
  title: 'Азербайджанцы в России: переписи, уроженцы Азербайджана и заявления',
  // No-break spaces keep each year with its «г.» on a phone.
  takeaway: (v) => `Перепись ${v.year}\u00a0г.: ${v.latest} (в ${v.since}\u00a0г. больше). Заявлено в ${v.claimYear}\u00a0г.: ${v.claim}.`,
  description: (v) =>
    `Точки во времени, цифр: ${v.count}. ${v.figures.join('; ')}. Больше всего: ${named(v.highest, 'russia')} (${v.highestFigure}); меньше всего: ${named(v.lowest, 'russia')}.`,
  figure: (year, label, figure) => `${year}, ${named(label, 'russia')}: ${figure}`,
  notes: [
    'Переписи считают тех, кто назвал своей национальностью «азербайджанец»; в 2021 г. примерно каждый девятый житель национальность не указал, так что падение отчасти объясняется тем, что многие на этот вопрос не ответили.',
    'Уроженцы Азербайджана (данные ООН о мигрантах) — все, кто родился в Азербайджане, какой бы ни была их национальность; граждане — владельцы азербайджанского паспорта.',
  ],
  key: {
    claim: 'заявление о диаспоре',
    census: 'перепись в России',
    censusCue: 'круги, соединённые линией',
    migrant: 'уроженцы Азербайджана, мигранты по данным ООН',
  },
  rows: {
    migrantStock: ru(russia.rows.migrantStock),
    count: (kind, definition) => `${ru(kind)} (${ru(definition)})`,
    ethnic: 'этническая',
    claim: (speaker) => `заявление (${speaker})`,
  },
  claim: 'заявление',
  citizens: 'граждане',
  bracket: (times, year) => `${times.replace('.', ',')}× переписи ${year} г.`,
  axis: '↑ человек',
};

/** A tier's examples ("; "-separated in the rows) by their Russian names, commas between: the levels take the semicolons. */
const examplesRu = (examples: string): string =>
  examples
    .split('; ')
    .map((e) => named(e, 'pyramid'))
    .join(', ');

const pyramidRu: typeof pyramid = {
  headline: (v) => `Уровней: ${v.levels}, наверху — ${ru(v.top)}`,
  title: 'Пирамида: уровни официальной структуры диаспоры',
  takeaway: (v) => `Уровни (${v.levels}), как их описывает статья, — не цепочка подчинения.`,
  description: (levels) => `Пирамида из уровней сверху вниз (${levels.length}), как их описывает статья: ${list(levels)}.`,
  level: (tier, above, examples) =>
    `${named(tier, 'pyramid')}${above ? ` (ниже уровня «${named(above, 'pyramid')}»)` : ' (вершина)'}${examples ? `, например: ${examplesRu(examples)}` : ''}`,
  examples: (names) => `например: ${list(names)}`,
  notes: [
    'Уровни следуют описанию статьи; примеры — организации, которые наши источники называют для каждого уровня. Уровни — не цепочка подчинения: организация одного уровня не обязательно подчиняется организации уровнем выше.',
  ],
};

const timelineRu: typeof timeline = {
  headline: (v) => `${v.from}–${v.to}: диаспору строило государство (поворотных моментов: ${v.milestones})`,
  title: 'Как строили диаспору: хронология',
  takeaway: (v) => `Государственные акты и съезды, ${v.from}–${v.to} гг., на фоне конфликтов и шагов России.`,
  description: (v) =>
    `Хронология: событий — ${v.count}, с ${formatDate(v.from, 'ru')} по ${formatDate(v.to, 'ru')}, на общей шкале дат, по линиям (${v.lanes.join(', ')}). Вехи: ${list(v.milestones)}. Все события — в таблице.`,
  lane: (track, count) => `${ru(track)} ${count}`,
  // Dates in words: a screen reader reads the hyphens of an ISO date aloud.
  event: (date, event) => `${formatDate(date, 'ru')}: ${named(event, 'timeline')}`,
  milestone: 'да',
  notes: [
    'Даты так точны, как позволяют источники (день, месяц или год). Где источники дают разные даты, источники в таблице говорят, какую мы взяли.',
    'Вехи, нарисованные крупнее и подписанные, — поворотные события, на которых держатся главы; остальные события — в таблице и во всплывающих подсказках.',
  ],
  tracks: {
    stateInstitutions: TRACKS_RU['State institutions'],
    congresses: TRACKS_RU.Congresses,
    law: TRACKS_RU.Law,
    russia: TRACKS_RU.Russia,
    conflict: TRACKS_RU.Conflict,
  },
};

const worldMapRu: typeof worldMap = {
  title: 'Где живут азербайджанцы: переписи, оценки и заявление',
  headline: (v) => `Кроме Ирана, ни одна страна не близка к заявленным «${v.claim}»`,
  headlineNear: (v) => `Ближе всех к заявленным за рубежом «${v.claim}» — ${ru(v.place)}`,
  takeaway: (v) => `Больше всего за рубежом: ${v.top} и ${v.second}.`,
  figure: (place, figure, kind) =>
    place ? `${ru(place)} (${figure}${kind ? `, ${ru(kind)}` : ''})` : `${figure}${kind ? ` (${ru(kind)})` : ''}`,
  description: (v) =>
    [
      `Карта Европы, Западной и Центральной Азии (на широком экране и Северной Америки), по знаку на страну, цвет говорит, что это за цифра: круг, площадь которого пропорциональна цифре (диапазон — два круга, нижняя граница сплошная), или, для цифр меньше ${v.floor}, точка одного минимального размера, не в масштабе; стран: ${v.count}.`,
      `Сначала самые большие: ${list(v.largest)}.`,
      `Меньше всего — ${ru(v.smallest)} (${v.smallestFigure}).`,
      `Официальное заявление — ${v.claim} за рубежом — нарисовано в том же масштабе кольцом во врезке, без места на карте, со стрелками наружу: не меньше этого.`,
    ].join(' '),
  place: (place, figure, kind) => `${ru(place)}: ${figure} (${ru(kind)})`,
  notes: (v) => [
    'Площадь круга пропорциональна цифре, цвет говорит, что это за цифра (перепись, оценка или уроженцы Азербайджана по статистике мигрантов). Диапазон, нарисованный в масштабе, — два круга один в другом: нижняя граница сплошная, верхняя бледнее.',
    `Круги стоят на столицах: они показывают, сколько людей, а не где они живут.${v.iran ? ` Круг Ирана стоит в середине страны, чтобы не закрывать Кавказ; его ${v.iran} показаны для масштаба; в нашем прочтении официальной арифметики (почему — сказано на странице «О проекте и методике») они живут дома, а не за рубежом.` : ''} Цифры меньше ${v.floor} человек, которые на телефоне в масштабе не разглядеть, на любом экране — точки одного минимального размера цвета своего типа, не в масштабе. Цифры от ${v.labelFrom} подписаны всегда, остальные — где есть место; в таблице и во всплывающих подсказках есть все, включая нижние границы.`,
    `Цифры те же, что в диаграмме «Заявлено и подсчитано», по одной на страну, с теми же определениями.${v.americas.length ? ` На телефоне ${v.americas.map(ru).join(' и ')} перечислены у левого края карты.` : ''}`,
  ],
  key: {
    claim: 'официальное заявление, в масштабе, без места',
    claimCue: 'кольцо; стрелки: «более»',
    census: 'перепись',
    estimate: 'оценка',
    migrant: 'уроженцы Азербайджана (статистика мигрантов)',
    range: 'диапазон: нижняя граница сплошная, верхняя бледнее',
    rangeCue: 'два круга',
    small: 'малые цифры: один минимальный размер, не в масштабе (точка)',
    cue: 'круг',
  },
  inset: {
    heading: 'Заявление в масштабе',
    label: (figure) => `${figure} за рубежом, по заявлению`,
  },
  claimRow: ru(worldMap.claimRow),
};

const claimVsCountRu: typeof claimVsCount = {
  drawing: claimedVsCountedRu,
  title: 'Заявлено и подсчитано: азербайджанцы за рубежом, итоги',
  headline: (v) => `Заявлено ${v.claim}: ${v.times} раза выше подсчёта ООН`,
  times: (n, lowerBound) => (lowerBound ? `в ${n} с лишним` : `примерно в ${n}`),
  takeaway: (v) => `ООН: ${v.born} уроженцев Азербайджана. Бывший СССР: ${v.exUssr}.`,
  description: (v) =>
    [
      `Точечная диаграмма в линейной шкале. Официальное заявление, ${v.claim} за рубежом, нарисовано кольцом со стрелкой «более».`,
      `Ниже — подсчёт ООН по уроженцам Азербайджана, живущим за рубежом, ${v.born}, и цифры других бывших советских республик (переписи, а где их нет — оценка), ${v.exUssr}.`,
      `Скобка между заявлением и подсчётом ООН: ${v.times}.`,
      v.iran
        ? `Азербайджанцы Ирана, ${v.iran}, показаны для масштаба; в нашем прочтении официальной арифметики они живут дома, а не за рубежом.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  notes: [
    'Цифра ООН учитывает родившихся в Азербайджане, какой бы ни была их национальность; цифры других республик (переписи, а где их нет — оценка) — тех, кто назвал себя азербайджанцем, в годы с 1989 по 2014. Диаграмма «Заявлено и подсчитано» показывает цифры по странам.',
    'Иран показан для масштаба, но не сопоставляется с заявлением: в нашем прочтении официальной арифметики (почему — сказано на странице «О проекте и методике») азербайджанцы Ирана живут на исторической родине, а не за рубежом.',
  ],
  key: {
    claim: 'официальное заявление',
    estimate: 'оценка',
    migrant: 'уроженцы Азербайджана (статистика мигрантов)',
    range: 'диапазон оценок',
    rangeCue: 'толстая полоса',
  },
};

/** Every chart's Russian table, by chart id. */
export const CHART_WORDS_RU = {
  'claim-vs-count': claimVsCountRu,
  'claimed-vs-counted': claimedVsCountedRu,
  'fifty-million': fiftyMillionRu,
  'organisation-count': organisationCountRu,
  'country-count': countryCountRu,
  russia: russiaRu,
  pyramid: pyramidRu,
  timeline: timelineRu,
  'world-map': worldMapRu,
} as const;
