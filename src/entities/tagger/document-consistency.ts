/**
 * Document-level consistency after tagging, over token spans:
 * 1. a later bare surname ("Blinken", "Di Maio") takes the type of a full name ("Antony Blinken");
 * 2. an acronym defined in the text ("Islamic State (IS)") or matching a name's initials takes the
 *    name's type, everywhere in the document;
 * 3. the same string tagged with different types gets its most frequent type.
 * Untagged capitalised occurrences of surnames and acronyms are tagged too. Before that, an
 * organisation cut at "and" is rejoined when the whole phrase spells an acronym of the document
 * ("Islamic State" + "in Iraq" + "and Syria" = ISIS); after it, an untagged acronym coordinated with a
 * name ("AP and EFE") takes that name's type.
 */

import { wordSet } from '../../resources/word-set.js';
import { isGenerationalSuffix } from '../name-titles.js';
import type { LabelSpan, TaggerClass } from './tag-labels.js';

/** Where a person's name ends without its generational suffix ("Harvey Mason Jr ." → "Harvey Mason"). */
function surnameEnd(words: readonly string[], s: LabelSpan): number {
  const suffix = s.end - (words[s.end - 1] === '.' ? 2 : 1);
  return suffix > s.start + 1 && isGenerationalSuffix(words[suffix]!) ? suffix : s.end;
}
const MINOR_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'de', 'la', 'del', 'al', '&', '-']);

function key(words: readonly string[], start: number, end: number): string {
  return words.slice(start, end).join(' ');
}

function initials(words: readonly string[], span: LabelSpan): string {
  let out = '';
  for (let i = span.start; i < span.end; i++) {
    const w = words[i]!;
    if (MINOR_WORDS.has(w.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(w)) return '';
    out += w[0];
  }
  return out;
}

/**
 * Whether a word may start with an uppercase letter: false for an ASCII first character other than
 * A-Z, without running a Unicode pattern (most words of a text); the patterns below decide the rest.
 */
function mayStartUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,7}$/u;
/** An acronym or its plural ("VDCs" for "Village Defence Committees"). */
const ACRONYMS = /^\p{Lu}[\p{Lu}&.]{1,7}s?$/u;
const singular = (acronym: string) => acronym.replace(/s$/, '');

/** The second word of a company's two-word name, after which the first word alone is the company. */
const COMPANY_ENDINGS = wordSet(
  'Media Group Inc Inc. Corp Corp. Corporation Holdings Motors Airlines Airways Technologies Labs Capital Partners Entertainment Pharmaceuticals Energy Networks Systems Studios Games Bank Ltd Ltd. LLC plc PLC AG SA',
);

/** Words after which the rest of a name is a qualifier: "Agency for …", "Fund in …", "Bank of …". */
const HEAD_END = new Set(['for', 'in', 'of', 'on']);

/** Returns the consistent spans (sorted, non-overlapping); `words` are the tokens of the document. */
export function makeConsistent(
  words: readonly string[],
  input: readonly LabelSpan[],
  isKnownPlace: (phrase: string) => boolean = () => true,
): LabelSpan[] {
  const common = commonNounAcronyms(words, input);
  const kept = common.size === 0 ? input : input.filter((s) => !isCommonAcronym(words, s, common));
  const out = consistentSpans(words, kept, isKnownPlace);
  return common.size === 0 ? out : out.filter((s) => !isCommonAcronym(words, s, common));
}

/** Words skipped when an acronym is spelled by lowercase words ("science, technology and innovation"). */
const SPELLING_FILLERS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', ',', '-', '&']);

/**
 * Acronyms that the document defines as lowercase words ("consumer price index (CPI)", "rapid
 * antigen tests (RAT)"): names of things, not of organisations or places. In worldwide-newswire
 * train, 48 of 66 occurrences of such acronyms are not names (10 ORG, 7 MISC/PRODUCT).
 */
function commonNounAcronyms(words: readonly string[], spans: readonly LabelSpan[]): Set<string> {
  const out = new Set<string>();
  let covered: Uint8Array | undefined;
  for (let i = 2; i + 1 < words.length; i++) {
    if (words[i - 1] !== '(' || words[i + 1] !== ')') continue;
    const acronym = words[i]!;
    if (!/^\p{Lu}{2,6}$/u.test(acronym)) continue;
    if (!covered) {
      covered = new Uint8Array(words.length);
      for (const s of spans) covered.fill(1, s.start, s.end);
    }
    let spelled = '';
    for (let j = i - 2; j >= 0 && spelled.length < acronym.length; j--) {
      const w = words[j]!;
      if (SPELLING_FILLERS.has(w.toLowerCase())) continue;
      if (!/^\p{Ll}/u.test(w) || covered[j]) break;
      spelled = w[0]!.toUpperCase() + spelled;
    }
    if (spelled === acronym) out.add(acronym);
  }
  return out;
}

function isCommonAcronym(words: readonly string[], s: LabelSpan, common: Set<string>): boolean {
  return s.end - s.start === 1 && common.has(words[s.start]!);
}

function consistentSpans(
  words: readonly string[],
  input: readonly LabelSpan[],
  isKnownPlace: (phrase: string) => boolean,
): LabelSpan[] {
  const spans = orgHeads(words, joinAcronymExpansions(words, input), isKnownPlace);
  const known = new Map<string, TaggerClass>();
  const votes = new Map<string, Map<TaggerClass, number>>();
  for (const s of spans) {
    const k = key(words, s.start, s.end);
    const v = votes.get(k) ?? new Map<TaggerClass, number>();
    v.set(s.cls, (v.get(s.cls) ?? 0) + 1);
    votes.set(k, v);
  }
  // 1. Name parts of multi-word people, unless the part standing alone was tagged with another type
  //    more often (one "… Africa" tagged PERSON must not turn twenty "Africa" into people).
  //    A generational suffix is no part of the surname: "Harvey Mason Jr." … "Mason".
  for (const s of spans) {
    if (s.cls !== 'PERSON' || s.end - s.start < 2) continue;
    const end = surnameEnd(words, s);
    for (let k = s.start + 1; k < end; k++) {
      if (!/^\p{Lu}/u.test(words[k]!)) continue;
      const part = key(words, k, end);
      const alone = votes.get(part);
      const person = alone?.get('PERSON') ?? 0;
      if (alone && [...alone].some(([cls, n]) => cls !== 'PERSON' && n >= 2 && n > person)) continue;
      known.set(part, 'PERSON');
    }
  }
  // 1b. The bare first word of a company's name: "Ozy" of "Ozy Media", "Tesla" of "Tesla Motors",
  //     unless it is also part of a person's full name in the document.
  const personWords = new Set<string>();
  for (const s of spans)
    if (s.cls === 'PERSON' && s.end - s.start > 1)
      for (let k = s.start; k < s.end; k++) personWords.add(words[k]!);
  for (const s of spans) {
    if (s.cls !== 'ORG' || s.end - s.start !== 2 || !COMPANY_ENDINGS.has(words[s.start + 1]!)) continue;
    const first = words[s.start]!;
    if (/^\p{Lu}/u.test(first) && !personWords.has(first) && !known.has(first)) known.set(first, 'ORG');
  }
  // 2. Acronyms: "Name (ACR)" and initials of multi-word names.
  const bySurface = new Map<string, LabelSpan>();
  const loose = new Map<string, TaggerClass>();
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    bySurface.set(initials(words, s), s);
    // The head of a long name also spells acronyms: "United Nations Relief and Works Agency | for
    // Palestine Refugees" → UNRWA.
    for (let k = s.start + 2; k < s.end; k++) {
      if (!HEAD_END.has(words[k]!.toLowerCase())) continue;
      const head = initials(words, { start: s.start, end: k, cls: s.cls });
      if (head.length >= 3 && !bySurface.has(head)) bySurface.set(head, s);
    }
    if (words[s.end] === '(' && words[s.end + 2] === ')' && ACRONYMS.test(words[s.end + 1]!)) {
      // "Near East (UNRWA)" ends a longer name: a definition whose initials do not start like the
      // acronym yields to an expansion found below.
      const acronym = words[s.end + 1]!;
      if (initials(words, s)[0] === acronym[0]) known.set(acronym, s.cls);
      else if (s.cls !== 'PERSON' && !loose.has(acronym)) loose.set(acronym, s.cls);
    } else if (
      words[s.end] === '(' &&
      words[s.end + 2] === ')' &&
      s.cls !== 'PERSON' &&
      /^\p{Lu}\p{Ll}{2,7}$/u.test(words[s.end + 1]!) &&
      words[s.end + 1]!.toUpperCase() === initials(words, s)
    ) {
      // An acronym written as a word ("Communications Regulatory Authority of Namibia (Cran)").
      known.set(words[s.end + 1]!, s.cls);
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (mayStartUpper(w) && !known.has(w) && ACRONYMS.test(w) && w.length >= 2) {
      const plural = !ACRONYM.test(w);
      const expansion = bySurface.get(plural ? singular(w) : w.replace(/[.&]/g, ''));
      // A plural acronym needs a plural name ("VDCs": "Village Defence Committees"; not "MPs": "Madhya Pradesh").
      if (expansion && plural && !/s$/.test(words[expansion.end - 1]!)) continue;
      if (expansion && expansion.cls !== 'PERSON') known.set(w, expansion.cls);
    }
  }
  for (const [acronym, cls] of loose) if (!known.has(acronym)) known.set(acronym, cls);
  // 3. Majority type of each tagged string (known names and acronyms win).
  const result: LabelSpan[] = spans.map((s) => {
    const k = key(words, s.start, s.end);
    const forced = known.get(k);
    if (forced) return { ...s, cls: forced };
    let best = s.cls;
    let bestVotes = 0;
    for (const [cls, n] of votes.get(k) ?? []) {
      if (n > bestVotes) {
        best = cls;
        bestVotes = n;
      }
    }
    return { ...s, cls: best };
  });
  // Untagged occurrences of known names and acronyms.
  if (known.size === 0) return coordinateAcronyms(words, result);
  const covered = new Uint8Array(words.length);
  for (const s of result) covered.fill(1, s.start, s.end);
  // A known name starts with its first word: other words need no keys built (a word holding a
  // space, were there one, is not filtered).
  let longest = 0;
  const firstWords = new Set<string>();
  for (const k of known.keys()) {
    const parts = k.split(' ');
    longest = Math.max(longest, parts.length);
    firstWords.add(parts[0]!);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (covered[i] || !mayStartUpper(w) || (!firstWords.has(w) && !w.includes(' '))) continue;
    if (!/^\p{Lu}/u.test(w)) continue;
    for (let len = Math.min(longest, words.length - i); len >= 1; len--) {
      const cls = known.get(key(words, i, i + len));
      if (!cls || covered.subarray(i, i + len).some((c) => c === 1)) continue;
      if (i + len < words.length && /^\p{Lu}/u.test(words[i + len]!) && !covered[i + len]) continue;
      result.push({ start: i, end: i + len, cls });
      covered.fill(1, i, i + len);
      break;
    }
  }
  return coordinateAcronyms(
    words,
    result.sort((a, b) => a.start - b.start),
  );
}

/**
 * A location or person of two words or more that is no known place and begins a longer organisation
 * name whose acronym the document uses is that organisation ("Islamic State" next to "Islamic State in
 * Iraq and Syria" and "ISIS"). Without the acronym condition the geo eval's LGL recall fell 2.3 points
 * (local places beside organisations named after them, presumably).
 */
function orgHeads(
  words: readonly string[],
  spans: LabelSpan[],
  isKnownPlace: (phrase: string) => boolean,
): LabelSpan[] {
  const acronyms = new Set(words.filter((w) => mayStartUpper(w) && ACRONYM.test(w)));
  const names = new Set(spans.map((s) => key(words, s.start, s.end)));
  // "the Islamic State group": the common noun after a name the document also uses alone is not part of it.
  spans = spans.map((s) => {
    let end = s.end;
    while (end - 1 > s.start && /^\p{Ll}+$/u.test(words[end - 1]!)) end--;
    return end < s.end && s.cls === 'ORG' && names.has(key(words, s.start, end)) ? { ...s, end } : s;
  });
  const orgs = spans
    .filter((s) => s.cls === 'ORG' && s.end - s.start >= 3 && acronyms.has(initials(words, s)))
    .map((s) => key(words, s.start, s.end));
  if (orgs.length === 0) return spans;
  return spans.map((s) => {
    if ((s.cls !== 'LOCATION' && s.cls !== 'PERSON') || s.end - s.start < 2) return s;
    const k = key(words, s.start, s.end);
    if (!orgs.some((o) => o.startsWith(`${k} `)) || isKnownPlace(k)) return s;
    return { ...s, cls: 'ORG' };
  });
}

const COORDINATION = new Set(['and', 'or', '&', ',']);

/**
 * An organisation followed by names joined by single connectors ("Islamic State" in "Iraq" and
 * "Syria") becomes one organisation when the whole phrase spells an acronym of the text (ISIS).
 */
function joinAcronymExpansions(words: readonly string[], spans: readonly LabelSpan[]): LabelSpan[] {
  const acronyms = new Set(words.filter((w) => mayStartUpper(w) && ACRONYM.test(w)));
  if (acronyms.size === 0) return [...spans];
  const out: LabelSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    let last = k;
    if (s.cls === 'ORG') {
      for (let j = k + 1; j < spans.length && j <= k + 3; j++) {
        const next = spans[j]!;
        const connector = words[spans[j - 1]!.end]!.toLowerCase();
        if (next.start !== spans[j - 1]!.end + 1) break;
        if (!COORDINATION.has(connector) && !MINOR_WORDS.has(connector)) break;
        const spelled = initials(words, { start: s.start, end: next.end, cls: s.cls });
        if (spelled.length >= 3 && acronyms.has(spelled)) last = j;
      }
    }
    out.push(last === k ? s : { start: s.start, end: spans[last]!.end, cls: s.cls });
    k = last;
  }
  return out;
}

/** An untagged acronym next to "and"/"or"/"," and a name takes the name's type. */
function coordinateAcronyms(words: readonly string[], spans: LabelSpan[]): LabelSpan[] {
  const endingAt = new Map(spans.map((s) => [s.end, s]));
  const startingAt = new Map(spans.map((s) => [s.start, s]));
  const covered = new Uint8Array(words.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  const added: LabelSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i] || !mayStartUpper(words[i]!) || !ACRONYM.test(words[i]!)) continue;
    const before = i >= 1 && COORDINATION.has(words[i - 1]!.toLowerCase()) ? endingAt.get(i - 1) : undefined;
    const after = COORDINATION.has(words[i + 1]?.toLowerCase() ?? '') ? startingAt.get(i + 2) : undefined;
    const partner = before ?? after;
    if (partner && partner.end - partner.start === 1 && ACRONYM.test(words[partner.start]!))
      added.push({ start: i, end: i + 1, cls: partner.cls });
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
