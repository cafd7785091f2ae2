/**
 * Phrase boundaries over one sentence's tokens, the way PolNeAR draws them: a cue is the reporting
 * verb with its verb group (auxiliaries, negation, adverbs, particles: "has repeatedly called for"); a
 * source is the noun phrase naming who speaks, with its modifiers and a parenthetical apposition
 * ("Sterling Pratt, wine director at Schaefer's,").
 */

import type { Token } from '../doc/doc.js';
import { nounClass } from '../entities/coref/coref-lexicon.js';
import { isRoleWord } from '../entities/role-phrases.js';
import { numberLexicon } from '../numbers/number-words.js';
import { DASH, datelineEnd } from '../text/dateline.js';
import { isQuoteGlyph } from '../text/quote-glyph.js';
import { cueClass, cueParticles, isSpeechVerb } from './speech-verbs.js';

/** One sentence's tokens with their words, for index arithmetic. */
export interface SentenceTokens {
  text: string;
  tokens: readonly Token[];
  words: readonly string[];
}

export interface TokenRange {
  /** First token index (inclusive). */
  from: number;
  /** Last token index (exclusive). */
  to: number;
}

export function sentenceTokens(text: string, tokens: readonly Token[]): SentenceTokens {
  return { text, tokens, words: tokens.map((t) => text.slice(t.start, t.end)) };
}

export const rangeStart = (s: SentenceTokens, r: TokenRange) => s.tokens[r.from]?.start ?? 0;
export const rangeEnd = (s: SentenceTokens, r: TokenRange) => s.tokens[r.to - 1]?.end ?? 0;

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
export const PERSONAL_SUBJECT = /^(?:i|you|he|she|it|we|they)$/i;
/** Words whose "'s" is a verb ("it's", "that's", "there's"). */
const CONTRACTED_BEFORE = /^(?:it|he|she|that|there|here|what|who|where|how|this)$/i;
/** "a media war many would say": a quantifier after a noun opens a relative clause and is its subject. */
const QUANTIFIER_SUBJECT = /^(?:many|some|most|few|others|several)$/i;
const RELATIVE_PRONOUN = /^(?:which|who|whom|that|whose)$/i;
/** "candidate", "spokesman", "singer", "company": a noun for someone who can be named after it. */
const AGENT_SUFFIX = /(?:er|or|ist|ian|ant|ent|ate|man|woman|person|ee)$/i;
const namesAgent = (noun: string) => {
  const semantic = nounClass(noun);
  return semantic === 'person' || semantic === 'organization' || AGENT_SUFFIX.test(noun);
};
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`);
/** A day said by name or by its relation to today ("Friday", "yesterday"). */
export const NAMED_DAY = new RegExp(`^(?:${WEEKDAYS}|today|yesterday|tonight)$`, 'i');
/** "on Friday", "on Monday night", "in March", "last week": a time in the subject's place. */
const TIME_WORDS = new RegExp(
  `^(?:(?:${WEEKDAYS})(?: (?:morning|afternoon|evening|night))?|January|February|March|April|June|July|August|September|October|November|December|week|month|year|weekend|morning|afternoon|evening|night)$`,
  'i',
);
/** "Thursday morning", "last week": a time, not who speaks. */
export const isTimePhrase = (s: SentenceTokens, phrase: TokenRange) =>
  TIME_WORDS.test(s.words.slice(phrase.from, phrase.to).join(' '));
const TIME_PREPOSITION = /^(?:on|in|last|this|during|late|early)$/i;
const DET_OPENS_AFTER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const NOT_SOURCES = new Set(['it', 'there', 'this', 'that', 'which', 'what']);
const VERB_GROUP_ADVERBS =
  /ly$|^(?:also|again|never|not|n't|later|previously|recently|often|once|still|already|even|then|just|now|long|first|further|privately|publicly|repeatedly)$/i;

function isNounPhraseToken(s: SentenceTokens, i: number): boolean {
  const token = s.tokens[i];
  const word = s.words[i] ?? '';
  if (!token) return false;
  if (NP_POS.has(token.pos)) return true;
  if (token.pos === 'PART' && /^['’]s?$|^['’]$/.test(word.replace(/s$/, ''))) return true;
  // "it's a war": after a pronoun, "'s" is "is" or "has", not a possessive.
  if (/^['’]s$/.test(word)) return !CONTRACTED_BEFORE.test(s.words[i - 1] ?? '');
  // "said Don Fowler": a capitalised word inside the sentence before a proper noun is part of the name,
  // whatever its tag (wink reads "Don" as a verb).
  if (i > 0 && /^\p{Lu}\p{Ll}/u.test(word) && s.tokens[i + 1]?.pos === 'PROPN' && s.words[i - 1] !== '.')
    return true;
  // "the managing director", "an acting chairman": a participle between a determiner and a noun modifies it.
  if (
    token.pos === 'VERB' &&
    /(?:ing|ed)$/i.test(word) &&
    /^(?:a|an|the)$/i.test(s.words[i - 1] ?? '') &&
    s.tokens[i + 1]?.pos === 'NOUN'
  )
    return true;
  // "Hinge's statistics": a capitalised word before a possessive is a name, whatever its tag.
  if (/^\p{Lu}/u.test(word) && /^['’]s$/.test(s.words[i + 1] ?? '')) return true;
  // "US Ambassador to the UN Linda Thomas-Greenfield", "an adviser to the president": "to" after a role.
  if (/^to$/i.test(word))
    return isRoleWord(s.words[i - 1] ?? '') && ['DET', 'PROPN'].includes(s.tokens[i + 1]?.pos ?? '');
  if (/^(?:of|for|at|with|in|from|between|on|about|and|&|-|\.)$/i.test(word)) {
    // Inside a name or title: "Secretary of State", "Johnson & Johnson", "director at Schaefer's".
    const before = s.tokens[i - 1];
    const after = s.tokens[i + 1];
    // "began on August 10 and South Korea says": a date does not speak with the name after it.
    if (/^and$/i.test(word) && before?.pos === 'NUM') return false;
    // "a liaison officer with Gaza", "a spokesman with the agency": "with" after a common noun.
    if (/^with$/i.test(word)) return before?.pos === 'NOUN' && !!after && NP_POS.has(after.pos);
    // "officials in Kyiv", "residents from the area", "Blinken in Kyiv": a place after a noun; not a time
    // ("prosecutors in April", "published this month in Frontiers") nor a relative clause ("cases in which
    // Kaine defended").
    // So is a topic or body after "on" ("Experts on North Korea", "the Commission on Presidential Debates";
    // not "Sanders on Tuesday", "preys on our fears").
    if (/^(?:in|from|on)$/i.test(word))
      return (
        ['NOUN', 'PROPN'].includes(before?.pos ?? '') &&
        ['DET', 'PROPN', 'ADJ', 'NOUN'].includes(after?.pos ?? '') &&
        !RELATIVE_PRONOUN.test(s.words[i + 1] ?? '') &&
        !TIME_WORDS.test(s.words[i + 1] ?? '') &&
        !TIME_WORDS.test(s.words[i - 1] ?? '')
      );
    // ("the gap between what Trump says …": a clause opens after it.)
    const clauseOpens = /^(?:what|who|how|why|where|when)$/i.test(s.words[i + 1] ?? '');
    return !!before && !!after && NP_POS.has(before.pos) && NP_POS.has(after.pos) && !clauseOpens;
  }
  return false;
}

/** "can be heard saying", "was seen telling": a perception participle before a reporting verb in -ing. */
const PERCEIVED = /^(?:heard|seen|overheard|filmed|caught|recorded|shown|pictured)$/i;
const isPerceivedSpeech = (s: SentenceTokens, participle: number) =>
  PERCEIVED.test(s.words[participle] ?? '') && /ing$/i.test(s.words[participle + 1] ?? '');

/**
 * The verb group around a reporting verb: auxiliaries, negation and adverbs before, particles after;
 * "can be heard telling" is one group, whichever of its verbs it is asked for.
 */
export function verbGroup(s: SentenceTokens, verb: number): TokenRange {
  if (isPerceivedSpeech(s, verb) && isSpeechVerb(s.words[verb + 1] ?? '')) verb++;
  let from = isPerceivedSpeech(s, verb - 1) ? verb - 1 : verb;
  while (from > 0) {
    const t = s.tokens[from - 1]!;
    const w = s.words[from - 1] ?? '';
    if (
      t.pos === 'AUX' ||
      (t.pos === 'PART' && /^(?:not|n't|n’t)$/i.test(w)) ||
      (t.pos === 'ADV' && VERB_GROUP_ADVERBS.test(w))
    )
      from--;
    else break;
  }
  // An auxiliary alone at the left edge with no verb after it stays ("has said"); a leading adverb that
  // belongs to the clause before ("Later, he said") is cut at the comma anyway.
  let to = verb + 1;
  const particles = cueParticles(s.words[verb] ?? '');
  while (to < s.tokens.length && s.tokens[to]!.pos === 'ADV' && /ly$/.test(s.words[to] ?? '')) to++;
  if (particles.includes((s.words[to] ?? '').toLowerCase())) to++;
  else to = verb + 1;
  return { from, to };
}

const NOUN_DETERMINER = /^(?:the|a|an|this|these|those|my|your|his|her|its|our|their|['’]s)$/i;

/**
 * "his loved ones", "their stated goal", "the widely cited paper": a participle after an article or a
 * possessive (adverbs between) modifies a noun; it reports nothing.
 */
export function isAttributiveParticiple(s: SentenceTokens, verb: number): boolean {
  let k = verb - 1;
  while (k > 0 && s.tokens[k]?.pos === 'ADV') k--;
  // "he's claiming": a contracted auxiliary, not a possessive.
  return NOUN_DETERMINER.test(s.words[k] ?? '') && s.tokens[k]?.pos !== 'AUX';
}

/**
 * How many tokens an apposition or relative clause between a name and its cue may hold: "Mikhail
 * Khodorkovsky, who had his own energy empire dismantled and was jailed as a result of his opposition
 * to Putin, told" (21).
 */
const MAX_CLAUSE_BEFORE_CUE = 24;
/** Prepositions whose object is never a subject ("after" and "since" also open clauses). */
const PREPOSITION =
  /^(?:in|on|at|during|of|for|with|by|from|to|into|over|under|through|throughout|across|amid|among|between|within|without|via|about|like|near|against)$/i;

/**
 * Whether a phrase is an amount of money or a measure, which cannot speak: "some 24.709 million tons of
 * goods", "$42 billion" (a qualifier, a currency sign, a number and its scale, then a unit or a
 * currency). "Two officials", "some 200 protesters" and a poll's "63 percent" are not.
 */
export function isMeasure(s: SentenceTokens, phrase: TokenRange): boolean {
  const { qualifiers, currencyPrefixes, currencySuffixes, units, numberWords, scales } = numberLexicon();
  let k = phrase.from;
  const word = () => (s.words[k] ?? '').toLowerCase();
  if (qualifiers[word()] !== undefined) k++;
  const signed = currencyPrefixes[s.words[k] ?? ''] !== undefined;
  // The phrase may begin after the sign: "$" is a symbol, no part of a noun phrase.
  const priced = signed || currencyPrefixes[s.words[k - 1] ?? ''] !== undefined;
  if (signed) k++;
  if (!/^\d[\d,.]*$/.test(word()) && numberWords[word()] === undefined) return false;
  k++;
  while (k < phrase.to && scales[word()] !== undefined) k++;
  return priced || (k < phrase.to && (units[word()] !== undefined || currencySuffixes[word()] !== undefined));
}

/** The noun phrase ending right before `end` (exclusive), with a parenthetical apposition if any. */
export function phraseBefore(s: SentenceTokens, end: number, floor = 0): TokenRange | undefined {
  let from = end;
  while (from > floor && isNounPhraseToken(s, from - 1)) from--;
  // "the mail they never asked for", "the most effective way it's found": a personal pronoun ending the
  // run starts a relative clause of its own; the pronoun alone is the subject.
  if (from < end - 1 && PERSONAL_SUBJECT.test(s.words[end - 1] ?? '')) from = end - 1;
  if (
    from < end - 1 &&
    QUANTIFIER_SUBJECT.test(s.words[end - 1] ?? '') &&
    ['NOUN', 'PROPN'].includes(s.tokens[end - 2]?.pos ?? '')
  )
    from = end - 1;
  // "it's possible the conference knows": a determiner after a modifier or a noun opens the phrase.
  for (let k = end - 2; k > from; k--)
    if (/^(?:the|a|an)$/i.test(s.words[k] ?? '') && DET_OPENS_AFTER.has(s.tokens[k - 1]?.pos ?? '')) {
      from = k;
      break;
    }
  // "for which he urged": the relative pronoun is not part of the source; "her husband, Joe Hannouch
  // that said": nor is the one that follows it (its antecedent speaks).
  while (from < end - 1 && RELATIVE_PRONOUN.test(s.words[from] ?? '')) from++;
  // ("many of whom say" keeps its pronoun: the antecedent is before a comma).
  const relativeLast = RELATIVE_PRONOUN.test(s.words[end - 1] ?? '') && s.tokens[end - 2]?.pos !== 'ADP';
  if (from < end - 1 && relativeLast) return phraseBefore(s, end - 1, floor);
  // "Researchers and clinicians who treat anxiety praised the study", "Officials who met Trump said":
  // the object of a verb in a relative clause does not speak; the phrase the clause describes does.
  if (from < end && s.tokens[from - 1]?.pos === 'VERB')
    for (let k = from - 2; k >= Math.max(floor, from - 4); k--)
      if (RELATIVE_PRONOUN.test(s.words[k] ?? '')) return k > floor ? phraseBefore(s, k, floor) : undefined;
  // "It's worth noting that …": an adjective alone speaks for no one ("many would say" does).
  const adjectiveOnly = s.tokens.slice(from, end).every((t) => t.pos === 'ADJ');
  if (from < end && adjectiveOnly && !QUANTIFIER_SUBJECT.test(s.words[from] ?? '')) return undefined;
  // "a refrain Trump has repeated": a name right after a common noun with its determiner is the
  // subject of a relative clause on that noun; after a noun for a person or a body it is an apposition
  // ("the Democratic candidate Hillary Clinton").
  if (/^(?:a|an|the|this|that)$/i.test(s.words[from] ?? ''))
    for (let k = from + 2; k < end; k++)
      if (
        s.tokens[k - 1]?.pos === 'NOUN' &&
        s.tokens[k]?.pos === 'PROPN' &&
        !namesAgent(s.words[k - 1] ?? '')
      ) {
        from = k;
        break;
      }
  // "Trump on Friday said": the time between the subject and its verb does not speak.
  if (
    from < end &&
    TIME_WORDS.test(s.words.slice(from, end).join(' ')) &&
    TIME_PREPOSITION.test(s.words[from - 1] ?? '')
  ) {
    const subject = phraseBefore(s, from - 1, floor);
    if (subject) return subject;
  }
  if (from < end) {
    // "Kerry, who lost the presidency to Bush in 2004, said": the phrase before the comma is a
    // relative clause; the source is the name that opens the sentence together with it.
    const head = s.words.slice(from, end).join(' ').toLowerCase();
    if (NOT_SOURCES.has(head)) return undefined;
    // "A Clinton ad in 2008 questioned", "tax returns from 1995 that showed": a year after a preposition
    // says when; the phrase before it speaks. A number alone speaks for no one.
    if (s.tokens.slice(from, end).every((t) => t.pos === 'NUM'))
      return s.tokens[from - 1]?.pos === 'ADP' ? phraseBefore(s, from - 1, floor) : undefined;
    return { from, to: end };
  }
  if (s.words[end - 1] !== ',') return undefined;
  // "Smith, a spokesman for the campaign, said": an apposition between commas after a name; "Johnnie
  // Wilson, of Springfield, Va., said": a place in it has commas of its own.
  let found: TokenRange | undefined;
  for (let comma = end - 2; comma > floor && comma >= end - MAX_CLAUSE_BEFORE_CUE; comma--) {
    if (s.words[comma] !== ',') continue;
    if (!isApposition(s, comma + 1, end - 1)) break;
    const name = phraseBefore(s, comma, floor);
    if (!name) break;
    // "In August, several groups granted …, saying": a preposition's object is no subject.
    if (PREPOSITION.test(s.words[name.from - 1] ?? '')) continue;
    found = { from: name.from, to: end - 1 };
    // "Toni Featherston, a nurse from Rockford, Iowa, said": a phrase without a name after a comma is
    // itself an apposition when a name comes before that comma.
    if (s.words[name.from - 1] !== ',' || s.tokens[name.from]?.pos === 'PROPN') break;
  }
  return found;
}

/**
 * Whether the words from `from` to `to` can be an apposition: no dash, quotation mark or reporting
 * verb ("TALLAHASSEE, Fla. (AP) — Florida State sued the ACC on Friday,"; "terrorism," the mayor
 * said,"), unless a relative pronoun opens a clause ("which represents educators").
 */
function isApposition(s: SentenceTokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = s.words[k] ?? '';
    if (RELATIVE_PRONOUN.test(word)) return true;
    const finiteSpeech = s.tokens[k]?.pos === 'VERB' && isSpeechVerb(word) && !/ing$/i.test(word);
    if (DASH.test(word) || isQuoteGlyph(word) || finiteSpeech) return false;
  }
  return true;
}

/** How many tokens one apposition may hold: `, a registered dietitian at Renal Care 360°`. */
const MAX_APPOSITION_TOKENS = 20;
/** "MS", "RDN", "MSc", "PhD": a professional credential after a name. */
const CREDENTIAL = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z.]{2,6}$/;

/** A token an apposition may hold: no finite verb (participles are fine), no quotation mark, no sentence end. */
function inApposition(s: SentenceTokens, k: number): boolean {
  const word = s.words[k] ?? '';
  const pos = s.tokens[k]?.pos;
  if (!pos || pos === 'AUX' || isQuoteGlyph(word) || /^[.;:!?]$/.test(word)) return false;
  return pos !== 'VERB' || /(?:ing|ed)$/i.test(word);
}

/**
 * The end of the appositions after a name that ends at `to`: `Bethany Keith, MS, RDN, a registered
 * dietitian at Renal Care, told` → the index of the last comma; `…, sports and fitness dietitian told`
 * → the index of "told". Returns `to` when no apposition follows.
 */
export function appositionsEnd(s: SentenceTokens, to: number, limit = s.tokens.length): number {
  let end = to;
  while (s.words[end] === ',' && end < limit) {
    let k = end + 1;
    while (k < limit && k - end <= MAX_APPOSITION_TOKENS && s.words[k] !== ',' && inApposition(s, k)) k++;
    if (k === end + 1 || k - end > MAX_APPOSITION_TOKENS) break;
    end = k;
  }
  return end;
}

/**
 * `…, Sabrina Schlesinger, MSc, one of the study authors, told`: the name before the appositions that
 * end at `end` (a comma before the cue), with them; undefined when no name opened by a comma or a
 * quotation mark is found.
 */
export function nameBeforeAppositions(s: SentenceTokens, end: number, floor = 0): TokenRange | undefined {
  let k = end;
  for (let segments = 0; segments < 6 && s.words[k] === ','; segments++) {
    let c = k - 1;
    while (c > floor && s.words[c] !== ',' && k - c <= MAX_APPOSITION_TOKENS && inApposition(s, c)) c--;
    // The name opens after a comma, or right after a quotation: `“…,” Kelly Jones MS, RD, dietitian told`.
    const opened = s.words[c] === ',' || isQuoteGlyph(s.words[c]);
    if (!opened || c === k - 1) return undefined;
    const words = s.words.slice(c + 1, k);
    const name =
      words.every((w, j) => s.tokens[c + 1 + j]?.pos === 'PROPN' || w === '.') &&
      !words.every((w) => CREDENTIAL.test(w));
    if (name) return { from: c + 1, to: end };
    k = c;
  }
  return undefined;
}

/** The noun phrase starting at `start`: "said Blinken", "said Sterling Pratt, wine director at X". */
export function phraseAfter(
  s: SentenceTokens,
  start: number,
  limit = s.tokens.length,
  apposition = true,
): TokenRange | undefined {
  let to = start;
  // "said lead author Elizabeth Hoge", "said acting director John Smith": a modifier the tagger read
  // as a verb, before a noun and a name.
  const modifierReadAsVerb =
    s.tokens[start]?.pos === 'VERB' &&
    s.tokens[start + 1]?.pos === 'NOUN' &&
    s.tokens[start + 2]?.pos === 'PROPN';
  if (modifierReadAsVerb) to++;
  // "a report Thursday from the United Nations": a day after the head noun is when, not who.
  while (to < limit && isNounPhraseToken(s, to) && !(to > start && WEEKDAY.test(s.words[to] ?? ''))) to++;
  if (to === start) return undefined;
  if (NOT_SOURCES.has((s.words[start] ?? '').toLowerCase()) && to === start + 1) return undefined;
  // An apposition after a comma runs to the end of the sentence: ", a spokesman for the campaign."
  // (", who helmed the DNC," is a relative clause, not an apposition.)
  const relative = RELATIVE_PRONOUN.test(s.words[to + 1] ?? '');
  if (apposition && s.words[to] === ',' && !relative && isNounPhraseToken(s, to + 1)) {
    let end = to + 1;
    // ("an award-winning exporter": a participle after a hyphen is part of a compound modifier.)
    while (
      end < limit &&
      s.words[end] !== ',' &&
      !isQuoteGlyph(s.words[end]) &&
      (s.tokens[end]!.pos !== 'VERB' || isAttributiveParticiple(s, end) || s.words[end - 1] === '-') &&
      !/^[.!?;:]$/.test(s.words[end] ?? '')
    )
      end++;
    if (end - to <= 14) to = end;
  }
  return { from: start, to };
}

/** How far before a comma the cue of a statement may be: "he said in a statement, adding …". */
const MAX_TOKENS_FROM_PREVIOUS_CUE = 6;

/** The source of a reporting verb shortly before `comma`, back to the nearest quotation mark. */
function subjectOfCueBefore(s: SentenceTokens, comma: number): TokenRange | undefined {
  for (let k = comma - 1; k >= Math.max(0, comma - MAX_TOKENS_FROM_PREVIOUS_CUE); k--) {
    if (isQuoteGlyph(s.words[k])) return undefined;
    if (s.tokens[k]!.pos !== 'VERB' || cueClass(s.words[k] ?? '') !== 'speech') continue;
    return phraseBefore(s, verbGroup(s, k).from);
  }
  return undefined;
}

/**
 * Who speaks in a participle after a comma or a verb after "and" at `joint`: "…,” he said, adding that
 * …" → he; "Trump attacked Clinton …, saying" → Trump; "Clinton stressed … and said" → Clinton.
 */
export function sharedSubject(s: SentenceTokens, joint: number): TokenRange | undefined {
  return subjectOfCueBefore(s, joint) ?? mainClauseSubject(s, joint);
}

/**
 * The subject of the sentence's first finite verb before `limit`, when no quotation comes first:
 * "During a speech, Trump attacked Clinton …, saying" → Trump; "TALLAHASSEE, Fla. (AP) — Florida
 * State sued …" → Florida State (a dateline is no subject).
 */
function mainClauseSubject(s: SentenceTokens, limit: number): TokenRange | undefined {
  for (let v = 0; v < limit; v++) {
    if (isQuoteGlyph(s.words[v])) return undefined;
    if (s.tokens[v]!.pos !== 'VERB' || /ing$/i.test(s.words[v] ?? '')) continue;
    // The phrase that opens the verb's clause, after an introductory phrase or a dateline.
    let start = v;
    while (start > 0 && !/^[,:;]$/.test(s.words[start - 1] ?? '') && !DASH.test(s.words[start - 1] ?? ''))
      start--;
    // "Clinton, the former secretary of State, stressed": the name before the apposition.
    return phraseAfter(s, start, v, false) ?? phraseBefore(s, verbGroup(s, v).from);
  }
  // No verb tagged as one ("A group of doctors in 2015 sent/NOUN a letter"): the opening phrase.
  return phraseAfter(s, 0);
}

/** Where the sentence's own words start: after a dateline (text/dateline.ts); else at its first token. */
export const afterDateline = (s: SentenceTokens): number => datelineEnd(s.text, s.tokens);

/** Index just past the content at the end of a sentence: before a final period, after a closing mark. */
export function contentEnd(s: SentenceTokens, limit = s.tokens.length): number {
  let end = limit;
  while (end > 0 && /^[.;]$/.test(s.words[end - 1] ?? '')) end--;
  return end;
}
