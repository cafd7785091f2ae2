/**
 * Dates written with month names in the languages news sites are most often written in: "20
 * septembrie 2020", "15 de abril de 2020", "9 oktober 2020", "6. März 2024", "17 марта 2020",
 * "07 أكتوبر 2020", "2020. október 9.", "Dec 17, 2025", "30th March 2025". chrono-node reads
 * English only; pages in other languages then gave no date at all.
 */

/** Month names (nominative and genitive forms, common abbreviations), lowercased, by month. */
const NAMES: string[] = [
  // en, de, fr, es, it, pt, nl, ro, pl, cs, hr/bs/sr, tr, sv/da/no, id, hu, fi, ru, uk, el, ar (2 systems)
  'january jan januar janvier janv enero gennaio gen janeiro januari ianuarie ian stycznia styczeń ledna leden siječnja siječanj januara ocak januar tammikuuta tammikuu január январь января січня ιανουαρίου ιανουάριος يناير كانون_الثاني',
  'february feb februar février févr fevrier febrero febbraio feb fevereiro fev februari februarie lutego luty února únor veljače veljača februara şubat subat februar helmikuuta helmikuu február февраль февраля лютого φεβρουαρίου φεβρουάριος فبراير شباط',
  'march mar märz maerz mars marzo março marco maart martie marca marzec března březen ožujka ožujak marta mart marts maret maaliskuuta maaliskuu március март марта березня μαρτίου μάρτιος مارس آذار',
  'april apr avril avr abril abr aprile apr aprilie kwietnia kwiecień dubna duben travnja travanj aprila nisan huhtikuuta huhtikuu április апрель апреля квітня απριλίου απρίλιος أبريل ابريل نيسان',
  'may mai mayo maggio mag maio mei maja maj května květen svibnja svibanj mayıs mayis toukokuuta toukokuu május май мая травня μαΐου μαΐου μάιος مايو أيار',
  'june jun juni juin junio giugno giu junho iunie czerwca czerwiec června červen lipnja lipanj juna haziran kesäkuuta kesäkuu június июнь июня червня ιουνίου ιούνιος يونيو حزيران',
  'july jul juli juillet juil julio luglio lug julho iulie lipca lipiec července červenec srpnja srpanj jula temmuz heinäkuuta heinäkuu július июль июля липня ιουλίου ιούλιος يوليو تموز',
  'august aug août aout agosto augustus augusti sierpnia sierpień srpna srpen kolovoza kolovoz augusta avgust ağustos agustus elokuuta elokuu augusztus август августа серпня αυγούστου αύγουστος أغسطس اغسطس آب',
  'september sep sept septembre septiembre setiembre settembre setembro septembrie września wrzesień září rujna rujan septembra septembar eylül eylul syyskuuta syyskuu szeptember сентябрь сентября вересня σεπτεμβρίου σεπτέμβριος سبتمبر أيلول',
  'october oct oktober octobre octubre ottobre ott outubro octombrie października październik října říjen oktobra oktobar ekim lokakuuta lokakuu október октябрь октября жовтня οκτωβρίου οκτώβριος أكتوبر اكتوبر تشرين_الأول',
  'november nov novembre noviembre novembre novembro november noiembrie listopada listopad listopadu studenoga studeni novembra novembar kasım kasim marraskuuta marraskuu november ноябрь ноября листопада νοεμβρίου νοέμβριος نوفمبر تشرين_الثاني',
  'december dec dezember dez décembre decembre diciembre dic dicembre dezembro desember decembrie grudnia grudzień prosince prosinec prosinca prosinac decembra decembar aralık aralik joulukuuta joulukuu december декабрь декабря грудня δεκεμβρίου δεκέμβριος ديسمبر كانون_الأول',
];

const MONTH = new Map<string, number>();
// Abbreviations that are also common words ("ago", "out", "set") are left out; so is Croatian
// "listopad" (October), which is November in Polish and Czech.
for (let m = 0; m < 12; m++) {
  for (const name of NAMES[m]!.split(' ')) {
    const key = name.replace(/_/g, ' ');
    if (key && !MONTH.has(key)) MONTH.set(key, m + 1);
  }
}

/** The month a (possibly abbreviated, possibly dotted) month name stands for, or 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH.get(w) ?? 0;
}

const WORD = '([\\p{L}]+(?:\\s[\\p{L}]+)?\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?';
const YEAR = '((?:19|20)\\d{2})';
/** Day before month: "20 septembrie 2020", "15 de abril de 2020", "6. März 2024", "24 نيسان / أبريل 2020". */
const DAY_MONTH = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])${DAY}\\s*(?:de\\s+|of\\s+)?${WORD}(?:\\s*/\\s*[\\p{L}]+)?,?\\s+(?:de\\s+|del\\s+)?${YEAR}(?![\\p{N}])`,
  'u',
);
/** Month before day: "Dec 17, 2025", "Sun Dec 17, 2023 11:23 am". */
const MONTH_DAY = new RegExp(`(?:^|[^\\p{L}])${WORD}\\s+${DAY},?\\s+${YEAR}(?![\\p{N}])`, 'u');
/** Year first: "2020. október 9.", "2020 m. spalio 9 d." is left out. */
const YEAR_MONTH = new RegExp(`(?:^|[^\\p{N}])${YEAR}\\.?\\s+${WORD}\\s+(\\d{1,2})(?![\\p{N}])`, 'u');

const HAS_YEAR = /(?:19|20)\d{2}/;

/** A two-word match ("tammikuuta 2020" is one word and a year): the month is either word. */
function month(word: string): number {
  const whole = monthNumber(word);
  if (whole) return whole;
  const parts = word.split(/\s/);
  if (parts.length < 2) return 0;
  return monthNumber(parts[1]!) || monthNumber(parts[0]!);
}

/** Year, month and day of the first date written with a month name in `text`, or undefined. */
export function monthNameDate(text: string): [number, number, number] | undefined {
  // Each form has a year: a text without one is passed without running them.
  if (!HAS_YEAR.test(text)) return undefined;
  let m = DAY_MONTH.exec(text);
  if (m) {
    const mo = month(m[2]!);
    if (mo) return [Number(m[3]), mo, Number(m[1])];
  }
  m = MONTH_DAY.exec(text);
  if (m) {
    const mo = month(m[1]!);
    if (mo) return [Number(m[3]), mo, Number(m[2])];
  }
  m = YEAR_MONTH.exec(text);
  if (m) {
    const mo = month(m[2]!);
    if (mo) return [Number(m[1]), mo, Number(m[3])];
  }
  return undefined;
}
