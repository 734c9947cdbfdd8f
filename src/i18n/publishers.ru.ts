import type { Locale } from '../data/format.ts';

/**
 * Publishers as the Russian edition names them. A publisher in data/sources.json is a name as
 * published, often with an English gloss in brackets ("Xəbər Saatı (carrying Trend)", "Wikipedia
 * (English)") or an English rendering of a body that has a Russian name ("State Committee on Work
 * with Diaspora"). A Russian page prints the entry below when there is one, the name unchanged when
 * there is none: outlets keep the spelling they publish under (The Moscow Times, Meydan.tv).
 * Keyed by the English publisher field, which is what the records carry.
 */
export const PUBLISHERS_RU: Readonly<Record<string, string>> = {
  'Wikipedia (English)': 'Википедия (англ.)',
  'Wikipedia (Ukrainian)': 'Википедия (укр.)',
  'Wikipedia (Azerbaijani)': 'Википедия (азерб.)',
  'State Committee on Work with Diaspora (diaspor.gov.az)': 'Государственный комитет по работе с диаспорой (diaspor.gov.az)',
  'State Statistical Committee of Azerbaijan (azstat.org)': 'Государственный комитет по статистике Азербайджана (azstat.org)',
  'Report.az (State Statistical Committee figures)': 'Report.az (данные Госкомстата)',
  'ABC.az (State Statistical Committee figures)': 'ABC.az (данные Госкомстата)',
  'PA-X Peace Agreements Database (University of Edinburgh)': 'PA-X Peace Agreements Database (Эдинбургский университет)',
  'igaz.az (archive)': 'igaz.az (архив)',
  'azerinationalism (blog)': 'azerinationalism (блог)',
  'armenianclub.com (repost of Turan / Trend)': 'armenianclub.com (перепечатка Turan / Trend)',
  'armenianclub.com (repost of AzerNews / Baku Today)': 'armenianclub.com (перепечатка AzerNews / Baku Today)',
  'Xəbər Saatı (carrying Trend)': 'Xəbər Saatı (по материалам Trend)',
  'Vestnik Kavkaza (carrying Trend)': '«Вестник Кавказа» (по материалам Trend)',
  'University of Bern, International Constitutional Law project': 'Бернский университет, проект International Constitutional Law',
  'The Atlanta Journal-Constitution (wire report)': 'The Atlanta Journal-Constitution (сообщение информагентства)',
  'One News Page (wire report)': 'One News Page (сообщение информагентства)',
  'Sputnik Georgia': 'Sputnik Грузия',
  'Sputnik (RIA Novosti)': 'Sputnik (РИА «Новости»)',
  'Radio Svaboda (RFE/RL Belarusian service)': 'Радио Свобода (белорусская служба RFE/RL)',
  'Radio Free Europe / Radio Liberty': 'Радио Свободная Европа / Радио Свобода',
  'RFE/RL Armenian Service (Azatutyun)': 'Армянская служба RFE/RL (Azatutyun)',
  'Pravda.ru (English), from the RIA Novosti wire': 'Pravda.ru (англ.), по сообщению РИА «Новости»',
  'PanARMENIAN.Net (Interfax wire)': 'PanARMENIAN.Net (сообщение «Интерфакса»)',
  'Orbeli Center (Armenia)': 'Центр «Орбели» (Армения)',
  'Mountain Jews Museum (jewish-museum.az)': 'Музей горских евреев (jewish-museum.az)',
  'Ministry of Foreign Affairs of Azerbaijan (mission to the UN)': 'МИД Азербайджана (представительство при ООН)',
  'Kavkaz-uzel': '«Кавказский узел»',
  'Caucasian Knot (Kavkazsky Uzel)': '«Кавказский узел»',
  'Heinrich Böll Stiftung Tbilisi': 'Фонд имени Генриха Бёлля, Тбилиси',
  'Embassy of Azerbaijan in China (MFA)': 'Посольство Азербайджана в Китае (МИД)',
  'EU Global Diaspora Facility (EUDiF)': 'Глобальная диаспорная программа ЕС (EUDiF)',
  'CIA World Factbook 1993 (copy in the Time Almanac 1990s CD-ROM)': 'CIA World Factbook 1993 (копия на CD-ROM Time Almanac 1990s)',
  'Begin-Sadat Center for Strategic Studies (BESA)': 'Центр стратегических исследований имени Бегина — Садата (BESA)',
  'Azeri Voice (community newsletter)': 'Azeri Voice (бюллетень общины)',
  'Azerbaijan.az (official state portal)': 'Azerbaijan.az (официальный государственный портал)',
  'AzerNews (with Trend)': 'AzerNews (совместно с Trend)',
  'AzFakt (from Modern.az)': 'AzFakt (по материалам Modern.az)',
  'Assembly of Peoples of Russia (ogoanr.ru)': 'Ассамблея народов России (ogoanr.ru)',
  'ADA University, Azerbaijan in the World (Biweekly)': 'Университет ADA, бюллетень Azerbaijan in the World',
  'INCORE, Ulster University: The Ethnic Conflict Research Digest': 'INCORE, Ольстерский университет: The Ethnic Conflict Research Digest',
};

/** A publisher as an edition prints it: the Russian entry above, or the name unchanged. */
export function publisherLabel(publisher: string, locale: Locale): string {
  return locale === 'ru' ? (PUBLISHERS_RU[publisher] ?? publisher) : publisher;
}

/**
 * The names inside a publisher as the Russian edition prints it — its runs of non-Cyrillic text
 * between brackets, quotes and punctuation: "Xəbər Saatı (по материалам Trend)" → ["Xəbər Saatı",
 * "Trend"]. The no-English scan of Russian pages accepts these, and only these, as names.
 */
export function publisherNames(publisher: string): string[] {
  return publisherLabel(publisher, 'ru')
    .split(/[\p{Script=Cyrillic}()«»,;:/—]+/u)
    .map((run) => run.trim())
    .filter((run) => /[A-Za-z]/.test(run));
}
