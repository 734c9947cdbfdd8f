/**
 * Russian labels of dataset records, keyed by ref (`claims.abroad-10m`, `derived.claim-gap`…):
 * what a Russian reader sees in a number's tooltip and, later, in chart rows. Kept here rather
 * than in data/*.json so the dataset stays one language and its schema unchanged. A record shown
 * on a Russian page without an entry here stops the build (src/i18n/records.ts).
 * Estimates need no entry: their Russian labels are built from their fields (labels.ru.ts); an
 * entry here overrides that. Claims, organisation counts, congresses and derived figures need one.
 * A claim's label reads "who: about whom (заявление)": a chart that names only the speaker (the
 * Russia chart's rows) takes the part before the colon.
 * Translators: add the refs that `npm run new:chapter -- --lang ru <file>` lists for a chapter.
 */
export const RECORD_LABELS_RU: Readonly<Record<string, string>> = {
  // Claims: who claims, and about whom.
  'claims.abroad-10m': 'Официальный портал Azerbaijan.az: азербайджанцы за рубежом (все страны, кроме Азербайджана), заявление',
  'claims.abroad-10m-article':
    'Официальный диаспорский дискурс в изложении статьи: азербайджанцы за рубежом (все страны, кроме Азербайджана), заявление',
  'claims.countries-100': 'Фуад Мурадов, председатель Госкомитета: страны, где живут азербайджанцы (заявление)',
  'claims.countries-70': 'News.az, ко Дню солидарности азербайджанцев мира: страны, где живут азербайджанцы (заявление)',
  'claims.countries-70-article': 'Официальный диаспорский дискурс в изложении статьи: страны, где живут азербайджанцы (заявление)',
  'claims.countries-events-2023':
    'Государственный комитет по работе с диаспорой (ежегодная коллегия): страны, где живут азербайджанцы (заявление)',
  'claims.countries-videoconf-2025': 'Агентство Trend о видеоконференции Госкомитета: страны, где живут азербайджанцы (заявление)',
  'claims.europe-1-5m': 'Азербайджанские источники в изложении Центра Орбели: азербайджанцы в Европе (заявление)',
  'claims.germany-300-500k': 'Оценки, приведённые Фондом имени Генриха Бёлля: азербайджанцы в Германии (заявление)',
  'claims.iran-20-25m-2001': '«Неофициальные данные», приведённые РИА Новости: азербайджанцы в Иране (заявление)',
  'claims.iran-30m': 'Азербайджанские СМИ («часто приводимая» цифра): азербайджанцы в Иране (заявление)',
  'claims.iran-35m': 'Махмудали Чехрегани, активист (по сообщениям): азербайджанцы в Иране (заявление)',
  'claims.iran-50m': '«Неофициальная» цифра, повторяемая азербайджанскими СМИ: азербайджанцы в Иране (заявление)',
  'claims.russia-1-5m-2001': 'Организаторы Всероссийского азербайджанского конгресса: азербайджанцы в России (заявление)',
  'claims.russia-2-3m-2025': 'Центр стратегических исследований имени Бегина — Садата (BESA): азербайджанцы в России (заявление)',
  'claims.russia-2m-2017': 'Всероссийский азербайджанский конгресс: азербайджанцы в России (заявление)',
  'claims.russia-2m-2018-ekspress': 'Ekspress.az: азербайджанцы в России (заявление)',
  'claims.russia-2m-orbeli': 'Азербайджанские источники в изложении Центра Орбели: азербайджанцы в России (заявление)',
  'claims.turkey-3m': 'Азербайджанские источники в изложении Центра Орбели: азербайджанцы в Турции (заявление)',
  'claims.us-400k': 'Оценка не по переписи (Мишори, 2006): азербайджанцы в США (заявление)',
  'claims.world-40m-2001': '«Неофициальные данные», приведённые РИА Новости: азербайджанцы в мире (заявление)',
  'claims.world-50m': 'Назим Ибрагимов, председатель Госкомитета; Azerbaijan.az: азербайджанцы в мире (заявление)',
  // Congresses of World Azerbaijanis.
  'congresses.2001.countries': 'Первый съезд азербайджанцев мира: страны',
  'congresses.2001.delegates': 'Первый съезд азербайджанцев мира: делегаты',
  'congresses.2001.guests': 'Первый съезд азербайджанцев мира: гости',
  'congresses.2001-azeri-voice.delegates': 'Первый съезд азербайджанцев мира, по данным Azeri Voice: делегаты',
  'congresses.2001-azeri-voice.guests': 'Первый съезд азербайджанцев мира, по данным Azeri Voice: гости',
  'congresses.2006.countries': 'Второй съезд азербайджанцев мира: страны',
  'congresses.2016.countries': 'Четвёртый съезд азербайджанцев мира: страны',
  'congresses.2022.countries': 'Пятый («Победный») съезд азербайджанцев мира: страны',
  'congresses.2022.delegates': 'Пятый («Победный») съезд азербайджанцев мира: делегаты',
  // Derived figures: our own arithmetic on the records.
  'derived.claim-gap': 'Официальные «более 10 миллионов за рубежом» минус подсчёт ООН эмигрантов, родившихся в Азербайджане (2019)',
  'derived.claim-ratio': 'Во сколько раз заявление о «10 миллионах за рубежом» превышает подсчёт ООН эмигрантов, родившихся в Азербайджане',
  'derived.counted-total-ex-ussr':
    'Этнические азербайджанцы, учтённые в других бывших советских республиках (последний подсчёт около 2010 года в каждой)',
  'derived.fifty-million-remainder': 'Остаток от «50 миллионов» за вычетом населения Азербайджана и 10 миллионов за рубежом',
  'derived.orgs-conflict-2006': 'Расхождение между 336 организациями 2006 года в статье и 313, которые следуют из официальной разбивки',
  'derived.orgs-growth-2006-2011': 'Рост числа диаспорских организаций между Вторым и Третьим съездами, по официальным данным',
  'derived.orgs-growth-2011-2016': 'Рост числа диаспорских организаций между Третьим и Четвёртым съездами, по официальным данным',
  'derived.ru-census-drop-2010-2021': 'Сокращение числа азербайджанцев по переписям населения России, 2010–2021',
  'derived.ru-claim-ratio': 'Во сколько раз заявление 2017 года о «более чем 2 миллионах в России» превышает данные переписи 2010 года',
  // Organisation counts: when, and who announced them.
  'organisations.2001-11': 'Диаспорские организации, ноябрь 2001 г. (Ильхам Алиев; Государственный комитет по работе с диаспорой)',
  'organisations.2006-03': 'Диаспорские организации, март 2006 г. (Ильхам Алиев, по данным статьи)',
  'organisations.2006-03-implied': 'Диаспорские организации, март 2006 г. (Назим Ибрагимов, председатель Госкомитета; расчёт)',
  'organisations.2010-12': 'Диаспорские организации, 30 декабря 2010 г. (Назим Ибрагимов, председатель Госкомитета)',
  'organisations.2011-07': 'Диаспорские организации, 5 июля 2011 г. (Назим Ибрагимов, председатель Госкомитета)',
  'organisations.2011-07.foundedSincePreviousCongress': 'Организации, основанные после предыдущего съезда, на 5 июля 2011 г.',
  'organisations.2016-05': 'Диаспорские организации, 10 мая 2016 г. (пресс-служба Государственного комитета по работе с диаспорой)',
  'organisations.2016-06': 'Диаспорские организации, 3 июня 2016 г. (Ильхам Алиев)',
  // Claims judged on the Russian ledger page.
  'claims.turkey-diaspora-committee': 'Приписывается Комитету по работе с диаспорой: азербайджанцы в Турции (заявление)',
  'claims.ukraine-500k': 'Азербайджанские источники в изложении Центра Орбели: азербайджанцы на Украине (заявление)',
  'claims.germany-300k': 'Азербайджанские источники в изложении Центра Орбели: азербайджанцы в Германии (заявление)',
  'claims.canada-ontario-80k': 'Реза Мориди, депутат парламента провинции Онтарио: азербайджанцы в Онтарио, Канада (заявление)',
  // Shown on the Russian About page (<DerivedFigures /> lists every derived figure).
  'derived.orgs-implied-2006':
    'Организации 2006 года, которые следуют из официального итога 2011 года за вычетом основанных после Второго всемирного съезда',
};

/**
 * Titles of timeline events (data/timeline.json), keyed by ref: the milestones, which the Russian
 * timeline names in its drawing, its table and its description (a milestone without one stops the
 * build). Other events stay in English in the table, marked lang="en". No semicolons: the
 * description lists the milestones with them.
 */
export const EVENT_TITLES_RU: Readonly<Record<string, string>> = {
  'timeline.1993-06-15-salvation-day':
    'Гейдар Алиев избран председателем Верховного Совета — позже этот день стал «Днём национального спасения»',
  'timeline.2001-11-congress-1':
    'Первый съезд азербайджанцев мира учредил Координационный совет азербайджанцев мира под председательством Гейдара Алиева',
  'timeline.2002-07-05-state-committee':
    'Создан Государственный комитет по работе с азербайджанцами, проживающими за рубежом, во главе с Назимом Ибрагимовым',
  'timeline.2008-12-18-charter': 'Принята Хартия солидарности азербайджанцев мира',
  'timeline.2016-06-congress-4': 'Четвёртый съезд: объявлено о 462 организациях',
  'timeline.2017-05-15-arac-annulled': 'Верховный суд России аннулировал регистрацию Всероссийского азербайджанского конгресса (ВАК)',
};
