/**
 * The entity tagger stage's entry point: names in a text, typed PERSON/ORG/GPE/LOC/FAC/NORP/EVENT/
 * PRODUCT/MISC, from the wink tokens and sentences of the text layer.
 */
import type { NameSpan, Token } from '../../doc/doc.js';
import type { EntityType, Sentence } from '../../doc/record-schema.js';
import { firstLevelRegions, isRegionName } from '../../places/region-names.js';
import { readDataFile } from '../../resources/read-data-file.js';
import { wordSet } from '../../resources/word-set.js';
import { isNameTitle, isPartyMembers } from '../name-titles.js';
import { isAbbreviatedTitle, isRoleWord } from '../role-phrases.js';
import { loadEntityModel, tagWords } from './entity-model.js';
import { hashString } from './feature-hash.js';
import { GAZ, type Gazetteer } from './gazetteer.js';
import { locationType } from './location-type.js';
import type { LabelSpan } from './tag-labels.js';
import { piecePos } from './token-atoms.js';
import { CAP_PRIOR, type WordClusters } from './word-clusters.js';

export interface Piece {
  start: number;
  end: number;
  /** Index of the wink token the piece comes from. */
  token: number;
}

const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/** Hyphenated tokens are split like the training corpora do ("Iranian-backed" → Iranian - backed). */
function splitPieces(text: string, tokens: readonly Token[]): Piece[] {
  const pieces: Piece[] = [];
  const hyphen = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/gu;
  tokens.forEach((t, token) => {
    const word = text.slice(t.start, t.end);
    // A web address stays whole: its hyphenated words ("…/Al-Attiyah-wins-Baja…") are no names.
    if (!word.includes('-') || word.length < 3 || WEB_ADDRESS.test(word)) {
      pieces.push({ start: t.start, end: t.end, token });
      return;
    }
    let from = 0;
    for (const m of word.matchAll(hyphen)) {
      pieces.push({ start: t.start + from, end: t.start + m.index, token });
      pieces.push({ start: t.start + m.index, end: t.start + m.index + 1, token });
      from = m.index + 1;
    }
    pieces.push({ start: t.start + from, end: t.end, token });
  });
  return pieces;
}

/** Sentence starts as piece indices; a line break inside a sentence also starts one (headlines). */
function sentenceStarts(text: string, pieces: readonly Piece[], sentences: readonly Sentence[]): number[] {
  const starts: number[] = [0];
  let s = 0;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i]!;
    let boundary = false;
    while (s < sentences.length && sentences[s]!.end <= piece.start) {
      s++;
      boundary = true;
    }
    if (!boundary) {
      for (let c = pieces[i - 1]!.end; c < piece.start; c++) {
        if (text.charCodeAt(c) === 10) {
          boundary = true;
          break;
        }
      }
    }
    if (boundary) starts.push(i);
  }
  return starts;
}

/**
 * A "person" whose last word is a world region or sea and no known name part ("Enlarged
 * Mediterranean" in machine-translated text) is a place: region names are not surnames.
 */
function endsInRegion(gazetteer: Gazetteer, lower: readonly string[]): boolean {
  const bits = gazetteer.bits(lower.at(-1) ?? '');
  return (bits & GAZ.REGION) !== 0 && (bits & GAZ.NAME) === 0;
}

/**
 * "a Fairfield, New Jersey moving company": a name the gazetteer lists as a city, followed by a comma and
 * a place the tagger found that is a state, province or country, is that city, though it is a surname too
 * (the model had said person).
 */
function cityBeforeItsRegion(
  gazetteer: Gazetteer,
  words: readonly string[],
  span: LabelSpan,
  places: ReadonlyMap<number, LabelSpan>,
): boolean {
  const region = places.get(span.end + 1);
  if (words[span.end] !== ',' || !region) return false;
  const name = (s: LabelSpan) => words.slice(s.start, s.end).join(' ');
  return (
    (gazetteer.bits(name(span).toLowerCase()) & GAZ.CITY) !== 0 &&
    (isRegionName(name(region)) || (gazetteer.bits(name(region).toLowerCase()) & GAZ.COUNTRY) !== 0)
  );
}

/** A single all-capital word that the gazetteer lists as an ISO or IOC country code ("PRT", "ESP"). */
function isCountryCode(gazetteer: Gazetteer, words: readonly string[], span: LabelSpan): boolean {
  const word = words[span.start]!;
  return (
    span.end - span.start === 1 &&
    /^[A-Z]{3}$/.test(word) &&
    (gazetteer.bits(word.toLowerCase()) & GAZ.COUNTRY_CODE) !== 0
  );
}

/** Short words after a name and a hyphen that are not part of it ("Carter-era", "Biden-led"). */
const NOT_SYLLABLES = new Set([
  'era',
  'led',
  'run',
  'old',
  'age',
  'way',
  'war',
  'day',
  'end',
  'set',
  'out',
  'off',
  'like',
  'type',
  'made',
  'held',
  'free',
  'born',
  'less',
  'wise',
  'ward',
  'year',
  'time',
  'fest',
]);

/** Religions are NORP, as worldwide-newswire tags them ("Islam" 11 times of 16); the model sometimes says ORG. */
const RELIGIONS =
  /^(?:islam|christianity|judaism|hinduism|buddhism|sikhism|catholicism|protestantism|shinto|taoism)$/;

/** Prefixes that a hyphen joins to a name to make an adjective: "Pro-Beijing", "Anti-Brexit", "Ex-Soviet". */
const PREFIX = /^(?:pro|anti|ex|non|post|pre|neo|pan|mid|trans|sub|semi|multi|un|inter|counter|self)$/i;

/** Whether an untagged piece may join a name over a hyphen: not a lowercase word. */
function joinable(word: string): boolean {
  return word === '-' || !/^\p{Ll}/u.test(word);
}

/**
 * Whether a word that wink split off at a hyphen joins a name: a capitalised word ("SNC-Lavalin",
 * "Export-Import Bank") or a Roman numeral ("Talabira-II"); not a party initial or other capitals
 * ("R-Charleston", "DFL-Minneapolis", "KSFO-AM") nor a number ("US-24").
 */
function hyphenJoinable(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) || /^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$/.test(word);
}

/**
 * A name that ends or starts inside a hyphenated word takes the rest of the word ("Talabira-II",
 * "SNC-Lavalin", "Al-Najjar"), when that rest is not tagged itself and is not a lowercase word —
 * whether wink kept the word as one token or made three of it ("Talabira - II": a hyphen with no
 * space on either side) — and a person's name of two words or more takes a lowercase syllable of up to
 * four letters after a hyphen ("Kim Jong-un", "Koon Ho-ming").
 */
export function wholeHyphenatedWords(
  pieces: readonly Piece[],
  words: readonly string[],
  spans: LabelSpan[],
): LabelSpan[] {
  return spans.map((span, k) => {
    let { start, end } = span;
    const token = (i: number) => pieces[i]!.token;
    const floor = k > 0 ? spans[k - 1]!.end : 0;
    const ceiling = k + 1 < spans.length ? spans[k + 1]!.start : pieces.length;
    const touching = (i: number) => pieces[i - 1]!.end === pieces[i]!.start;
    // wink also splits hyphenated capitalised words into tokens ("Talabira - II", "SNC - Lavalin"):
    // a hyphen touching both words joins them as well.
    const hyphenLeft = (i: number) =>
      i - 2 >= floor && words[i - 1] === '-' && touching(i - 1) && touching(i);
    const hyphenRight = (i: number) => i + 1 < ceiling && words[i] === '-' && touching(i) && touching(i + 1);
    for (;;) {
      if (start > floor && token(start - 1) === token(start) && joinable(words[start - 1]!)) start--;
      else if (hyphenLeft(start) && hyphenJoinable(words[start - 2]!)) start -= 2;
      else break;
    }
    // "Pro-Beijing", "Anti-Brexit": a prefix before the hyphen makes an adjective, not a longer name.
    if (start < span.start && PREFIX.test(words[start]!)) start = span.start;
    for (;;) {
      if (end < ceiling && token(end) === token(end - 1) && joinable(words[end]!)) end++;
      else if (hyphenRight(end) && hyphenJoinable(words[end + 1]!)) end += 2;
      else break;
    }
    // A person's name ending in a hyphenated syllable ("Kim Jong-un", "Lo Chung-mau"): wink splits
    // such words, and the lowercase syllable looks like a word of its own to the tagger.
    if (
      span.cls === 'PERSON' &&
      end - start >= 2 &&
      end + 1 < ceiling &&
      words[end] === '-' &&
      touching(end) &&
      touching(end + 1) &&
      /^\p{Ll}{1,4}$/u.test(words[end + 1]!) &&
      !NOT_SYLLABLES.has(words[end + 1]!) &&
      !(end + 2 < pieces.length && touching(end + 2) && /^[\p{L}\p{N}-]/u.test(words[end + 2]!))
    )
      end += 2;
    // Never end on the hyphen itself.
    while (end - 1 > start && words[end - 1] === '-') end--;
    while (start + 1 < end && words[start] === '-') start++;
    return start === span.start && end === span.end ? span : { ...span, start, end };
  });
}

/** Capitalised words that do not start an organisation's name before "'s": "The", days and months. */
const NOT_NAME_START =
  /^(?:the|a|an|this|that|its|their|his|her|our|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
/** At most this many capitalised words before "'s" join the organisation ("Korean People's Army"). */
const MAX_POSSESSIVE_NAME_WORDS = 3;

/**
 * An organisation named with a possessive ("Korean People's Army", "Women's Party") that the tagger
 * tagged from its last word: the untagged capitalised words and "'s" before it join it. A tagged word
 * before the "'s" ("China's army") is an owner, not part of the name.
 */
export function possessiveOrganisations(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  return spans.map((span, k) => {
    if (span.cls !== 'ORG' || span.start < 2 || !/^['’]s$/i.test(words[span.start - 1]!)) return span;
    const floor = k > 0 ? spans[k - 1]!.end : 0;
    let start = span.start - 1;
    while (
      start > floor &&
      span.start - 1 - start < MAX_POSSESSIVE_NAME_WORDS &&
      /^\p{Lu}[\p{L}.]*$/u.test(words[start - 1]!) &&
      !NOT_NAME_START.test(words[start - 1]!)
    )
      start--;
    return start < span.start - 1 ? { ...span, start } : span;
  });
}

/**
 * A title or a role word (data/roles.json: "General Amir Ali Hajizadeh") that begins a person's name is
 * not part of it ("Mrs. Leifer" → "Leifer"; role words +0.04 WNW dev), unless the person is known by it
 * ("Prince Charles", "Sheikh Hasina": name-titles.ts). The gazetteer's TITLE words are those that
 * precede people in worldwide-newswire train, where a person's span of two words or more starts with
 * such a title 7 times and follows it 1,353 times (UNER-EWT train: 5 and 174). Party members in the
 * plural are not part of a name either ("beating Republicans Trump and his Vice-President"). Nor is a
 * place before an abbreviated title: "Negros Occidental Gov. Eugenio Jose Lacson" → "Eugenio Jose Lacson".
 */
export function personTitles(
  words: readonly string[],
  spans: LabelSpan[],
  gazetteer: Gazetteer,
): LabelSpan[] {
  const isTitle = (word: string) => {
    const bare = word.toLowerCase().replace(/\.$/, '');
    return (
      isPartyMembers(bare) ||
      (gazetteer.bits(bare) & GAZ.TITLE) !== 0 ||
      isRoleWord(bare) ||
      isAbbreviatedTitle(bare)
    );
  };
  return spans.map((span) => {
    if (span.cls !== 'PERSON' || span.end - span.start < 2) return span;
    if (isNameTitle(words[span.start]!)) return span;
    let title = isTitle(words[span.start]!) ? span.start : -1;
    // "Negros Occidental Gov.": capitalised words, then an abbreviated title with its full stop.
    for (let k = span.start + 1; title < 0 && k < span.start + 4 && k < span.end - 1; k++)
      if (/\.$/.test(words[k]!) && isAbbreviatedTitle(words[k]!)) title = k;
    if (title < 0) return span;
    let start = title + 1;
    if (words[start] === '.' && start + 1 < span.end) start++;
    return /^\p{Lu}/u.test(words[start]!) ? { ...span, start } : span;
  });
}

/**
 * A person's name written as a mail-system address ("John Lamb@ENRON", "Vince J Kaminski@ECT"): wink
 * splits off the "@DOMAIN" part, which UNER-EWT's tokens keep in the name's last word (37 of 47 such
 * words in its train split are inside a person's name).
 */
export function mailNames(
  pieces: readonly Piece[],
  words: readonly string[],
  spans: LabelSpan[],
): LabelSpan[] {
  return spans.map((span, k) => {
    const end = span.end;
    if (span.cls !== 'PERSON' || end >= pieces.length || (k + 1 < spans.length && spans[k + 1]!.start <= end))
      return span;
    if (pieces[end - 1]!.end !== pieces[end]!.start || !/^@\p{Lu}[\p{L}_]*$/u.test(words[end]!)) return span;
    return { ...span, end: end + 1 };
  });
}

let nameEdges: { before: Set<string>; after: Set<string> } | undefined;

/**
 * Capitalised words that stand next to names in the training corpora far more often than they begin
 * or end one (data/gazetteers/name-edges.json, scripts/ner-build-name-edges.ts: "Frenchman Sebastien
 * Delaunay", "Dubai Ruler", "Jorge Rivera Staff") are trimmed off a name of two words or more; at
 * the start only off people ("Justice Ministry" keeps its first word). WNW dev unchanged, UNER dev
 * +0.2 F1.
 */
export function trimNameEdges(
  words: readonly string[],
  spans: LabelSpan[],
  edges = loadNameEdges(),
): LabelSpan[] {
  return spans.map((span) => {
    let { start, end } = span;
    while (
      span.cls === 'PERSON' &&
      end - start >= 2 &&
      edges.before.has(words[start]!.toLowerCase()) &&
      /^\p{Lu}/u.test(words[start + 1]!)
    )
      start++;
    while (
      end - start >= 2 &&
      edges.after.has(words[end - 1]!.toLowerCase()) &&
      /^\p{Lu}/u.test(words[end - 2]!)
    )
      end--;
    return start === span.start && end === span.end ? span : { ...span, start, end };
  });
}

function loadNameEdges(): { before: Set<string>; after: Set<string> } {
  if (nameEdges) return nameEdges;
  const lists = readDataFile<{ before: string[]; after: string[] }>('gazetteers/name-edges.json');
  nameEdges = { before: new Set(lists.before), after: new Set(lists.after) };
  return nameEdges;
}

/**
 * A one-word name joined by a hyphen (no spaces) to an organisation of three words or more is the
 * start of that organisation ("Asia-Pacific Institute of Business", "Dong-Eui Institute of
 * Technology"), which the tagger cut into a place and an organisation.
 */
export function hyphenatedOrganisations(
  pieces: readonly Piece[],
  words: readonly string[],
  spans: LabelSpan[],
): LabelSpan[] {
  const out: LabelSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k]!;
    const b = spans[k + 1];
    if (
      b &&
      b.cls === 'ORG' &&
      b.end - b.start >= 3 &&
      a.end - a.start === 1 &&
      b.start === a.end + 1 &&
      words[a.end] === '-' &&
      pieces[a.end - 1]!.end === pieces[a.end]!.start &&
      pieces[a.end]!.end === pieces[b.start]!.start
    ) {
      out.push({ start: a.start, end: b.end, cls: 'ORG' });
      k++;
    } else out.push(a);
  }
  return out;
}

/**
 * Lowercase nouns that describe an organisation right before its name ("smartphone maker Xiaomi", "the
 * firm Rex"); not those that also describe people ("broadcaster", "developer").
 */
const ORG_DESCRIPTORS = wordSet(
  'company firm maker giant brand brands group agency startup retailer manufacturer newspaper conglomerate label chain platform insurer lender airline automaker',
);
/** Roles whose "of" or "at" names an organisation ("founder of Lo Tishtok", "Managing Director at Wa'ed"). */
const ORG_ROLES = wordSet(
  'ceo founder co-founder chairman chairwoman owner director shareholders subsidiary',
);
/** Words after "X's" that make X an organisation ("Elaf's CEO", "Xiaomi's shares"). */
const ORG_POSSESSIONS = wordSet(
  'ceo cfo founder chairman shares stock subsidiary subsidiaries headquarters employees shareholders revenue revenues profits earnings',
);
/** Words right after a name that make it an organisation ("Disney CEO Bob Iger", "Goldman Sachs analysts"). */
const ORG_STAFF = wordSet('ceo cfo analysts shareholders');
/** Verbs of the market after "X shares" or "X stock", where the name is the company ("Tesla shares fell"). */
const MARKET_VERBS = wordSet(
  'rose fell dropped jumped climbed slid tumbled gained lost surged plunged slumped soared sank closed ended traded slipped edged rallied',
);

/**
 * Names of two words or more that the model called people and that the text once writes alone inside
 * quotation marks: titles of works ("in his new apostolic exhortation, “Laudate Deum” —"), wherever
 * they are written.
 */
function quotedTitles(
  text: string,
  pieces: readonly Piece[],
  words: readonly string[],
  spans: readonly LabelSpan[],
): Set<string> {
  const titles = new Set<string>();
  for (const span of spans) {
    if (span.cls !== 'PERSON' || span.end - span.start < 2) continue;
    const before = text[pieces[span.start]!.start - 1] ?? '';
    const after = text
      .slice(pieces[span.end - 1]!.end, pieces[span.end - 1]!.end + 6)
      .replace(/^[’',.]+/, '');
    // (Not a name in quotation marks before the name of what it names: "the «Benjamín Estrada» School".)
    if (/^["“«]$/.test(before) && /^["”»](?!\s*\p{Lu})/u.test(after))
      titles.add(words.slice(span.start, span.end).join(' '));
  }
  return titles;
}

/** Abbreviations that end an organisation's name: "Norwood PD", "Acme LLC", "Globex Corp." */
const ORG_ABBREVIATION_END = /^(?:PD|FD|Inc\.?|LLC|Ltd\.?|Corp\.?|PLC|GmbH)$/;

/**
 * A name the model called a person but that the text shows to be an organisation somewhere (a describing
 * noun before it, "founder of" or "director at" before it, "'s CEO", "'s chief executive" or "'s shares"
 * after it, "CEO" or "analysts" or "shares fell" right after it, an abbreviation such as "PD" or "LLC"
 * ending it) is an organisation wherever it is written the same way; not a part of a longer person's
 * name of the text ("Elon Musk" … "Musk's shares").
 */
export function organisationCues(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  const lower = (k: number) => words[k]?.toLowerCase() ?? '';
  const key = (span: LabelSpan) => words.slice(span.start, span.end).join(' ');
  const possessed = (k: number) =>
    ORG_POSSESSIONS.has(lower(k)) || (lower(k) === 'chief' && /^(?:executive|financial)$/.test(lower(k + 1)));
  const organisations = new Set<string>();
  for (const span of spans) {
    if (span.cls !== 'PERSON') continue;
    const before = lower(span.start - 1);
    const after = lower(span.end);
    const cue =
      (ORG_DESCRIPTORS.has(before) && words[span.start - 1] === before) ||
      ((before === 'of' || before === 'at') && ORG_ROLES.has(lower(span.start - 2))) ||
      (/^['’]s$/.test(after) && possessed(span.end + 1)) ||
      ORG_STAFF.has(after) ||
      ((after === 'shares' || after === 'stock') && MARKET_VERBS.has(lower(span.end + 1))) ||
      (span.end - span.start >= 2 && ORG_ABBREVIATION_END.test(words[span.end - 1]!));
    if (cue) organisations.add(key(span));
  }
  if (organisations.size === 0) return spans;
  const personNames = spans.filter((s) => s.cls === 'PERSON').map((s) => ` ${key(s)} `);
  for (const name of organisations)
    if (personNames.some((p) => p !== ` ${name} ` && p.includes(` ${name} `))) organisations.delete(name);
  return spans.map((span) =>
    span.cls === 'PERSON' && organisations.has(key(span)) ? { ...span, cls: 'ORG' } : span,
  );
}

/** Parts of speech after "X's" that leave no noun for the possessive to own ("at Kenneally's at 5"). */
const NOT_POSSESSED = new Set(['ADP', 'SCONJ']);

/**
 * A name followed by "'s" (or a lone "s", the apostrophe lost: "Wendy s") and then the end of the
 * sentence, a comma, full stop, "?" or "!", or a preposition ("going to Del Frisco's for dinner",
 * "thinking Kenneally's at around 5") names a shop or restaurant by its owner: the "'s" is part of
 * the name, and the name is a place (UNER-EWT train: 44 such "'s" end or sit inside a name, typed LOC
 * 17 times, ORG 13, PER never; the model tags them as people or organisations without the "'s").
 * The same name before "'s" elsewhere in the document is that business too ("Del Frisco's
 * Philadelphia"), and a person or organisation that the model ended with the mark itself is a place
 * under the same condition ("McDonald s ,"). Verbs are not enough after "'s", which is then "is" or "has" ("Venezuela's making
 * strides"), nor adjectives, which wink tags ADV there ("Kuwait's new prime minister").
 */
export function businessPossessives(
  words: readonly string[],
  starts: readonly number[],
  spans: LabelSpan[],
  pos: readonly string[] | undefined,
): LabelSpan[] {
  if (!pos) return spans;
  const isMark = (w: string) => /^['’]s$/i.test(w) || w === 's';
  const key = (span: LabelSpan) => words.slice(span.start, span.end).join(' ');
  // Spans followed by a possessive mark that is not part of another span.
  const marked = (span: LabelSpan, k: number) => {
    const i = span.end;
    if (i >= words.length || (span.cls !== 'PERSON' && span.cls !== 'ORG' && span.cls !== 'LOCATION'))
      return false;
    if (k + 1 < spans.length && spans[k + 1]!.start <= i) return false;
    return isMark(words[i]!);
  };
  const businesses = new Set<string>();
  let s = 0;
  /** Whether the word after the mark at `i` leaves it nothing to own (calls in text order). */
  const ownsNothing = (i: number) => {
    while (s + 1 < starts.length && starts[s + 1]! <= i) s++;
    const sentenceEnd = s + 1 < starts.length ? starts[s + 1]! : words.length;
    const next = i + 1 < sentenceEnd ? words[i + 1]! : undefined;
    return (
      next === undefined ||
      /^[.,!?;]+$/.test(next) ||
      (/^\p{Ll}/u.test(next) && NOT_POSSESSED.has(pos[i + 1]!))
    );
  };
  // A name that the model ended with the mark itself ("McDonald s ,") is a business the same way.
  const endsMarked = new Set<number>();
  // A name the document also writes without the mark is its owner, not a business ("The last word
  // was Biden's." beside "Biden said").
  const unmarked = new Set(spans.filter((span, k) => !marked(span, k)).map(key));
  spans.forEach((span, k) => {
    if (marked(span, k) && ownsNothing(span.end) && !unmarked.has(key(span))) businesses.add(key(span));
    else if (
      span.end - span.start >= 2 &&
      (span.cls === 'PERSON' || span.cls === 'ORG') &&
      isMark(words[span.end - 1]!) &&
      ownsNothing(span.end - 1)
    )
      endsMarked.add(k);
  });
  if (businesses.size === 0 && endsMarked.size === 0) return spans;
  // The same name before "'s" elsewhere in the document is the same business ("at Del Frisco's Philadelphia").
  return spans.map((span, k) =>
    marked(span, k) && businesses.has(key(span))
      ? { start: span.start, end: span.end + 1, cls: 'LOCATION' }
      : endsMarked.has(k)
        ? { ...span, cls: 'LOCATION' }
        : span,
  );
}

/**
 * A capitalised "The" inside a sentence right before an organisation or place is part of its name
 * ("told The Daily Star", "in The Hague", "visit The Peak District"): worldwide-newswire train has 40
 * such "The" inside the name and 14 outside (mostly after a dateline dash or quote, which do not count
 * here), UNER-EWT train 26 and 12. A sentence's first word, or one after a dash, quote or colon, is
 * capitalised anyway and mostly outside.
 */
export function capitalisedThe(
  words: readonly string[],
  starts: readonly number[],
  spans: LabelSpan[],
): LabelSpan[] {
  let s = 0;
  return spans.map((span, k) => {
    const i = span.start - 1;
    if (i < 1 || words[i] !== 'The' || (span.cls !== 'ORG' && span.cls !== 'LOCATION' && span.cls !== 'FAC'))
      return span;
    if (k > 0 && spans[k - 1]!.end > i) return span;
    while (s + 1 < starts.length && starts[s + 1]! <= i) s++;
    if (starts[s] === i) return span;
    if (/^[\p{P}\p{S}]+$/u.test(words[i - 1]!) && words[i - 1] !== ',' && words[i - 1] !== '(') return span;
    return { ...span, start: i };
  });
}

/** Words that name a storm by the name after them ("Hurricane Rita", "Cyclone Mocha"). */
const STORM = /^(?:hurricane|typhoon|cyclone|storm)$/i;

/**
 * A storm's name is no person ("Hurricane Rita … Rita packed winds of 240 km/h"): a one-word PERSON
 * that the document also writes after "Hurricane", "Typhoon", "Cyclone" or "Storm" becomes MISC, as
 * both corpora type storms (worldwide-newswire Misc, UNER-EWT OTH).
 */
export function stormNames(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  const storms = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    const length = words[i - 1]!.length;
    if (length >= 5 && length <= 9 && STORM.test(words[i - 1]!) && /^\p{Lu}\p{Ll}+$/u.test(words[i]!))
      storms.add(words[i]!);
  }
  if (storms.size === 0) return spans;
  return spans.map((span) =>
    span.cls === 'PERSON' && span.end - span.start === 1 && storms.has(words[span.start]!)
      ? { ...span, cls: 'MISC' }
      : span,
  );
}

let usStates: Set<string> | undefined;

/** US state names, lowercase, from the places gazetteer; "New York State" and "Washington State" are places. */
function loadUsStates(): Set<string> {
  usStates ??= new Set(
    firstLevelRegions()
      .filter((a) => a.country === 'US' && a.name !== 'New York' && a.name !== 'Washington')
      .map((a) => a.name.toLowerCase()),
  );
  return usStates;
}

/**
 * "Florida State", "Ohio State", "Michigan State": a US state's name before "State" is a university
 * (in sports news, its teams), which the tagger cut into a place and a person ("State" ×23 became one
 * person in an AP report). The corpora have no such names; "Lagos State" and other states elsewhere
 * stay places, and "Florida State University", "Florida State Board" are left to the model.
 */
const LIST_JOINER = /^(?:and|or|,|&)$/;

export function stateUniversities(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  const out: LabelSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    // "Florida State and Clemson", tagged as one name: the university ends at "State".
    let listed = -1;
    for (let i = span.start + 1; i < span.end - 2 && listed < 0; i++)
      if (words[i] === 'State' && LIST_JOINER.test(words[i + 1]!)) listed = i;
    const last = listed > 0 ? listed : words[span.end - 1] === 'State' ? span.end - 1 : span.end;
    const universityName =
      words[last] === 'State' &&
      !/^\p{Lu}/u.test(words[last + 1] ?? '') &&
      loadUsStates().has(words.slice(span.start, last).join(' ').toLowerCase());
    if (!universityName) {
      out.push(span);
      continue;
    }
    out.push({ ...span, end: last + 1, cls: 'ORG' });
    if (last + 2 < span.end) out.push({ ...span, start: last + 2 });
    if (spans[k + 1]?.start === last) k++;
  }
  return out;
}

/** Legal forms that end a company's name ("Google, Inc.", "Acme Ltd"); not "Corp" or "Limited" ("Broadcasting Corp of …"). */
const LEGAL_FORM = /^(?:inc|ltd|llc|l\.p|plc)\.?$/i;

/**
 * An organisation ends at its legal form: the words after "Inc." or "Ltd" are not its name
 * ("Enron Broadband Services, Inc. Phone", "Google, Inc. of Mountain View"). worldwide-newswire train
 * continues an organisation after such a word 3 times of 43, each after "Corp" or "Limited".
 */
export function legalFormEnds(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  return spans.map((span) => {
    if (span.cls !== 'ORG') return span;
    for (let i = span.start + 1; i < span.end - 1; i++)
      if (LEGAL_FORM.test(words[i]!)) return { ...span, end: i + 1 };
    return span;
  });
}

/**
 * "CBC News asked Global Affairs Canada if …": a lower-case word tagged as a verb between two
 * capitalised words inside a name is no part of it; the name is two names.
 */
function splitAtVerbs(
  words: readonly string[],
  spans: LabelSpan[],
  isVerb: (k: number) => boolean,
): LabelSpan[] {
  const out: LabelSpan[] = [];
  for (const span of spans) {
    let start = span.start;
    for (let k = span.start + 1; k < span.end - 1; k++) {
      const between = /^\p{Lu}/u.test(words[k - 1]!) && /^\p{Lu}/u.test(words[k + 1]!);
      if (!between || !/^\p{Ll}/u.test(words[k]!) || !isVerb(k)) continue;
      out.push({ ...span, start, end: k });
      start = k + 1;
    }
    out.push(start === span.start ? span : { ...span, start });
  }
  return out;
}

const OPENING = new Set(['(', '[']);
const CLOSING = new Set([')', ']']);

/**
 * A name holds no unmatched bracket and ends in a letter or digit: it ends before a stray bracket ("Def
 * Leppard Tribute Show) Facebook Excitable" → "Def Leppard Tribute Show") and without a trailing
 * punctuation token ("J-K ." → "J-K"; an abbreviation such as "D.C." is one word and keeps its dot; a
 * closed bracket stays).
 * WNW dev +0.06, UNER unchanged.
 */
export function cleanNameEnds(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  const out: LabelSpan[] = [];
  for (const span of spans) {
    let end = span.end;
    const open: number[] = [];
    for (let k = span.start; k < end; k++) {
      if (OPENING.has(words[k]!)) open.push(k);
      else if (CLOSING.has(words[k]!) && open.pop() === undefined) end = k;
    }
    if (open.length > 0) end = Math.min(end, open[0]!);
    while (end > span.start && !CLOSING.has(words[end - 1]!) && !/[\p{L}\p{N}]/u.test(words[end - 1]!)) end--;
    if (end > span.start) out.push(end === span.end ? span : { ...span, end });
  }
  return out;
}

/** Place categories of the gazetteer that a lowercase place name may match. */
const LOWERCASE_PLACE = GAZ.COUNTRY | GAZ.CITY | GAZ.REGION;

/**
 * Places written in lowercase by writers who capitalise nothing ("we went to kerala", "flights to san
 * francisco"): in a sentence of three words or more without a capitalised word (other than "I"), an
 * untagged run of up to three words that the gazetteer lists as a country, city or region becomes a
 * location, when each word is a proper name in unlabelled text (capitalisation prior ALWAYS; OFTEN
 * allowed in a phrase of several words), so "turkey" and "nice" stay words. A single word needs four
 * letters or more ("tv", "gb") and, unless it is a country, must not be a given or family name too
 * ("allen", "eugene"); sentences with a web address are left alone (WNW's first lines are URLs).
 */
export function lowercasePlaces(
  words: readonly string[],
  starts: readonly number[],
  spans: LabelSpan[],
  gazetteer: Gazetteer,
  clusters: WordClusters,
): LabelSpan[] {
  let covered: Uint8Array | undefined;
  const added: LabelSpan[] = [];
  const prior = (w: string) => clusters.capPrior(hashString(w));
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s]!;
    const end = s + 1 < starts.length ? starts[s + 1]! : words.length;
    let letters = 0;
    let plain = true;
    for (let i = start; i < end && plain; i++) {
      const w = words[i]!;
      const c = w.charCodeAt(0);
      if (c >= 65 && c <= 90 && w !== 'I') plain = false;
      else if (c >= 97 && c <= 122) letters++;
      else if (c > 127 && /^\p{Lu}/u.test(w)) plain = false;
      else if (c > 127 && /^\p{L}/u.test(w)) letters++;
      if (plain && /[/@]|^www\./.test(w)) plain = false;
    }
    if (!plain || letters < 3) continue;
    if (!covered) {
      covered = new Uint8Array(words.length);
      for (const span of spans) covered.fill(1, span.start, span.end);
    }
    for (let i = start; i < end; i++) {
      for (let len = Math.min(3, end - i); len >= 1; len--) {
        const run = words.slice(i, i + len);
        if (covered.subarray(i, i + len).some((c) => c === 1)) continue;
        if (!run.every((w) => /^\p{Ll}+$/u.test(w))) continue;
        const bits = gazetteer.bits(run.join(' '));
        if ((bits & LOWERCASE_PLACE) === 0) continue;
        const priors = run.map(prior);
        const proper =
          len === 1
            ? priors[0] === CAP_PRIOR.ALWAYS &&
              run[0]!.length >= 4 &&
              ((bits & GAZ.COUNTRY) !== 0 || (bits & GAZ.NAME) === 0)
            : priors.every((p) => p >= CAP_PRIOR.OFTEN) && priors.some((p) => p === CAP_PRIOR.ALWAYS);
        if (!proper) continue;
        added.push({ start: i, end: i + len, cls: 'LOCATION' });
        covered.fill(1, i, i + len);
        i += len - 1;
        break;
      }
    }
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** Words before a plural noun rather than a country's name ("all nearby emirates", "the emirates"). */
const DETERMINERS = /^(?:the|all|other|these|those|both|several|many|nearby|seven)$/i;

/**
 * A country written in lowercase inside an otherwise capitalised sentence ("a foreigner living in
 * malaysia", "how are vietnam and Afghanistan alike"; lowercasePlaces covers sentences with no
 * capital at all): an untagged lowercase word of four letters or more, a whole token, that the
 * gazetteer lists as a country and not as a demonym ("pad thai"), that unlabelled text always
 * capitalises, and that no determiner precedes ("the emirates"), is a location. Also allowing
 * cities of 250,000 or more found "chicago" but also "riverside communities" on WNW dev.
 */
export function lowercaseCountries(
  pieces: readonly Piece[],
  words: readonly string[],
  spans: LabelSpan[],
  gazetteer: Gazetteer,
  clusters: WordClusters,
): LabelSpan[] {
  const added: LabelSpan[] = [];
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Cheap tests first: this looks at every token.
    const c = w.charCodeAt(0);
    if (w.length < 4 || c < 97 || (c > 122 && c < 128)) continue;
    const hash = hashString(w);
    const bits = gazetteer.get(hash) & 0xffff;
    if ((bits & GAZ.COUNTRY) === 0 || (bits & GAZ.DEMONYM) !== 0 || !/^\p{Ll}+$/u.test(w)) continue;
    while (k < spans.length && spans[k]!.end <= i) k++;
    if (k < spans.length && spans[k]!.start <= i) continue;
    const piece = pieces[i]!;
    if (
      (i > 0 && pieces[i - 1]!.token === piece.token) ||
      (i + 1 < pieces.length && pieces[i + 1]!.token === piece.token)
    )
      continue;
    if (i > 0 && DETERMINERS.test(words[i - 1]!)) continue;
    if (clusters.capPrior(hash) !== CAP_PRIOR.ALWAYS) continue;
    added.push({ start: i, end: i + 1, cls: 'LOCATION' });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** Extensions of file names ("Lisa_resume.doc", "CrudeStocks.pdf"). */
const FILE_EXTENSION =
  /^\.(?:docx?|pdf|xlsx?|pptx?|txt|rtf|csv|jpe?g|gif|png|zip|html?|wav|mp3)(?![\p{L}\p{N}])/iu;

/**
 * Whether the name is part of a file name or an identifier joined by underscores ("[Lisa]_resume.doc",
 * "[CrudeStocks].pdf", "GCP_London"): UNER-EWT train has 51 such words outside names and 2 inside
 * (WNW train none). A mail address ("Lamb@ENRON_DEVELOPMENT") is left to mailNames.
 */
function inFileName(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  if (text.slice(from, to).includes('@')) return false;
  return text[end] === '_' || text[start - 1] === '_' || FILE_EXTENSION.test(text.slice(end, end + 6));
}

/** Names in the text: spans typed PERSON/ORG/GPE/LOC/FAC/NORP/EVENT/PRODUCT/MISC, sorted by start, non-overlapping. */
export function tagEntities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): NameSpan[] {
  if (tokens.length === 0) return [];
  const model = loadEntityModel();
  const pieces = splitPieces(text, tokens);
  const words = pieces.map((p) => text.slice(p.start, p.end));
  const starts = sentenceStarts(text, pieces, sentences);
  const pos =
    model.table.header.pos === true
      ? pieces.map((p, i) => piecePos(words[i]!, tokens[p.token]!.pos))
      : undefined;
  // The model's spans, then the repairs, in this order.
  let spans = tagWords(model, words, starts, true, pos);
  spans = lowercasePlaces(words, starts, spans, model.gazetteer, model.clusters);
  spans = lowercaseCountries(pieces, words, spans, model.gazetteer, model.clusters);
  spans = wholeHyphenatedWords(pieces, words, spans);
  spans = hyphenatedOrganisations(pieces, words, spans);
  spans = possessiveOrganisations(words, spans);
  spans = mailNames(pieces, words, spans);
  spans = personTitles(words, spans, model.gazetteer);
  spans = trimNameEdges(words, spans);
  spans = cleanNameEnds(words, spans);
  spans = splitAtVerbs(words, spans, (k) => tokens[pieces[k]!.token]!.pos === 'VERB');
  spans = businessPossessives(words, starts, spans, pos);
  spans = capitalisedThe(words, starts, spans);
  spans = organisationCues(words, spans);
  spans = stormNames(words, spans);
  spans = stateUniversities(words, spans);
  spans = legalFormEnds(words, spans);
  // A currency's country code ("HK$35", "NT$ 10"; worldwide-newswire tags "US $" Money 62 times) is no name.
  const currency = (span: LabelSpan) =>
    span.end < pieces.length &&
    words[span.end]!.startsWith('$') &&
    pieces[span.end - 1]!.end === pieces[span.end]!.start;
  const places = new Map(spans.filter((span) => span.cls === 'LOCATION').map((span) => [span.start, span]));
  const titles = quotedTitles(text, pieces, words, spans);
  return spans
    .filter(
      (span) => !currency(span) && !inFileName(text, pieces[span.start]!.start, pieces[span.end - 1]!.end),
    )
    .map((span) => {
      let type: EntityType;
      const lower = words.slice(span.start, span.end).map((w) => w.toLowerCase());
      if (span.cls === 'LOCATION') type = locationType(model.gazetteer, lower);
      else if (span.cls === 'PERSON' && endsInRegion(model.gazetteer, lower)) type = 'LOC';
      else if (span.cls === 'PERSON' && cityBeforeItsRegion(model.gazetteer, words, span, places))
        type = 'GPE';
      // "the Wayne county board of canvassers": a name before a lower-case "county" names the county.
      else if (span.cls === 'PERSON' && words[span.end] === 'county') type = 'GPE';
      else if (span.cls === 'PERSON' && titles.has(words.slice(span.start, span.end).join(' ')))
        type = 'MISC';
      // An all-capital country code is never a person in the training corpora (49 locations, 28 ORG: teams).
      else if (span.cls === 'PERSON' && isCountryCode(model.gazetteer, words, span)) type = 'GPE';
      else if (lower.length === 1 && RELIGIONS.test(lower[0]!)) type = 'NORP';
      // "Filipino peacekeepers": a demonym the model calls MISC is a nationality.
      else if (span.cls === 'MISC' && model.gazetteer.bits(lower.join(' ')) & GAZ.DEMONYM) type = 'NORP';
      else type = span.cls;
      return { start: pieces[span.start]!.start, end: pieces[span.end - 1]!.end, type };
    });
}
