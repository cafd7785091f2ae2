/**
 * Language of the article: `<html lang>` (or its meta equivalents) cross-checked with franc-min on
 * the extracted text. Templates often keep `lang="en"` on pages in other languages, so a confident
 * detection on enough text overrides a declaration it disagrees with. Returns ISO 639-1 where one
 * exists.
 */
import { franc } from 'franc-min';

/** Below this many characters trigram detection is a guess; the declaration is used alone. */
export const MIN_DETECT_CHARS = 200;
/** Text beyond this adds nothing to the detection but time. */
const MAX_DETECT_CHARS = 1500;

/** ISO 639-3 (franc-min's codes) → ISO 639-1. */
const ISO1: Record<string, string> = {
  spa: 'es',
  eng: 'en',
  por: 'pt',
  ind: 'id',
  fra: 'fr',
  deu: 'de',
  jav: 'jv',
  vie: 'vi',
  ita: 'it',
  tur: 'tr',
  pol: 'pl',
  swh: 'sw',
  sun: 'su',
  ron: 'ro',
  hau: 'ha',
  bos: 'bs',
  hrv: 'hr',
  nld: 'nl',
  srp: 'sr',
  ckb: 'ku',
  yor: 'yo',
  uzn: 'uz',
  zlm: 'ms',
  ibo: 'ig',
  ceb: 'ceb',
  tgl: 'tl',
  hun: 'hu',
  azj: 'az',
  ces: 'cs',
  run: 'rn',
  plt: 'mg',
  nya: 'ny',
  kin: 'rw',
  zul: 'zu',
  swe: 'sv',
  lin: 'ln',
  som: 'so',
  ilo: 'ilo',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tha: 'th',
  ell: 'el',
  heb: 'he',
  ben: 'bn',
  tam: 'ta',
  tel: 'te',
  kan: 'kn',
  mal: 'ml',
  guj: 'gu',
  pan: 'pa',
  amh: 'am',
  kat: 'ka',
  hye: 'hy',
  khm: 'km',
  lao: 'lo',
  mya: 'my',
  sin: 'si',
  ori: 'or',
};

/** Languages franc-min confuses with each other: agreement within a group counts as agreement. */
const CLOSE = [
  ['bs', 'hr', 'sr'],
  ['id', 'ms'],
  ['ru', 'uk', 'be', 'bg'],
];

/**
 * English function words that are not (frequent) words of the other languages franc-min knows:
 * "a", "in", "is", "to", "on", "for" are left out (Italian, Dutch, Czech, Danish…).
 */
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'that',
  'with',
  'was',
  'are',
  'this',
  'have',
  'has',
  'from',
  'it',
  'be',
  'by',
  'which',
  'their',
  'they',
  'were',
  'been',
  'would',
]);
/**
 * Text whose words are at least this share English function words is English: running English
 * prose is 15–25% these words, other languages' text a percent or two. Most pages are English, and
 * franc's cost is mostly fixed per call (every language model is scored), so this check spares it.
 */
export const ENGLISH_WORD_SHARE = 0.1;
/** ...over at least this many words. */
const MIN_ENGLISH_CHECK_WORDS = 40;

/** Whether the text is plainly English by its function words (undefined: too few words to tell). */
export function plainlyEnglish(text: string): boolean | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < MIN_ENGLISH_CHECK_WORDS) return undefined;
  let hits = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) hits++;
  return hits / words.length >= ENGLISH_WORD_SHARE;
}

export function detectLanguage(text: string, declared: string | undefined): string | undefined {
  const primary = declared
    ?.trim()
    .toLowerCase()
    .split(/[-_]/)[0]
    ?.replace(/[^a-z]/g, '');
  const decl = primary && primary.length >= 2 && primary.length <= 3 ? primary : undefined;
  if (text.length < MIN_DETECT_CHARS) return decl;
  const sample = text.slice(0, MAX_DETECT_CHARS);
  if (plainlyEnglish(sample)) return 'en';
  const code = franc(sample, { minLength: MIN_DETECT_CHARS });
  const detected = ISO1[code];
  if (!detected) return decl;
  if (!decl || decl === detected) return detected;
  if (CLOSE.some((g) => g.includes(decl) && g.includes(detected))) return decl;
  return detected;
}
