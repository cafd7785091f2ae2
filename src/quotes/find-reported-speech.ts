/**
 * Reported speech without quotation marks (PolNeAR's indirect attributions), sentence by sentence:
 *   1. "According to SOURCE, CONTENT." and "CONTENT, according to SOURCE."
 *   2. "CONTENT, SOURCE said." and "CONTENT, said SOURCE." (the attribution trails the content)
 *   3. "SOURCE CUE (that|to|whether) CONTENT": "Blinken called for a new effort to repatriate …"
 *   4. A sentence that is only "SOURCE said." takes the sentences before it in its paragraph (the
 *      quotation marks were lost).
 * Cues inside content already found are not attributions of their own (PolNeAR does not nest).
 */
import type { Token } from '../doc/doc.js';
import type { Sentence } from '../doc/record-schema.js';
import { spansWithin } from '../doc/span-search.js';
import { hasObjectComplement } from '../text/object-complement.js';
import { isQuoteGlyph } from '../text/quote-glyph.js';
import {
  afterDateline,
  appositionsEnd,
  contentEnd,
  isAttributiveParticiple,
  isMeasure,
  isTimePhrase,
  NAMED_DAY,
  nameBeforeAppositions,
  PERSONAL_SUBJECT,
  phraseAfter,
  phraseBefore,
  type SentenceTokens,
  sentenceTokens,
  sharedSubject,
  type TokenRange,
  verbGroup,
} from './phrases.js';
import {
  cueClass,
  takesClauseOnly,
  takesComplementOnly,
  takesNoInfinitive,
  takesObjectOnly,
  takesRecipient,
} from './speech-verbs.js';

/** A found attribution before speaker resolution, in character offsets. */
export interface RawAttribution {
  content: { start: number; end: number };
  cue: { start: number; end: number };
  source?: { start: number; end: number };
  kind: 'direct' | 'partial' | 'indirect';
}

/** Content shorter than this many tokens is not a statement ("he said so"). */
const MIN_CONTENT_TOKENS = 2;
/** A trailing attribution leaves at most this many tokens after the verb: ", he said in an interview on Monday." */
const MAX_TRAILING_TAIL = 7;
/** How far from the end an inverted cue may stand: `…, explained Megan Byrd, RD, a registered dietitian.` */
const MAX_INVERTED_TAIL = 30;
const CLAUSE_OPENERS = /^(?:that|whether|if|how|what|why|when|where|who)$/i;
const RELATIVE_PRONOUNS = /^(?:who|which|that)$/i;
const SUBORDINATORS = /^(?:after|before|because|while|since|until|although|though|unless|once)$/i;
const QUESTION_OPENERS = /^(?:whether|if|how|what|why|when|where|who)$/i;
const EMPTY_SUBJECTS = /^(?:it|there)$/i;
const FLOATING_QUANTIFIER = /^(?:all|both)$/i;
const NOUN_POS = new Set(['NOUN', 'PROPN']);
const BE = /^(?:is|was|are|were|be|been|being|'s|’s)$/i;

const span = (s: SentenceTokens, r: TokenRange) => ({
  start: s.tokens[r.from]!.start,
  end: s.tokens[r.to - 1]!.end,
});
const isNegated = (s: SentenceTokens, group: TokenRange) =>
  s.words.slice(group.from, group.to).some((w) => /^(?:not|n't|n’t|never)$/i.test(w));
const isParticiple = (word: string) => /ing$/i.test(word);
const isVerbish = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');

function trimRange(s: SentenceTokens, r: TokenRange): TokenRange {
  let { from, to } = r;
  while (from < to && /^[,;:—–-]$/.test(s.words[from] ?? '')) from++;
  while (to > from && /^[,;:—–-]$/.test(s.words[to - 1] ?? '')) to--;
  return { from, to };
}

function accordingTo(s: SentenceTokens): RawAttribution | undefined {
  const i = s.words.findIndex((w, k) => /^according$/i.test(w) && /^to$/i.test(s.words[k + 1] ?? ''));
  if (i < 0) return undefined;
  const source = phraseAfter(s, i + 2, s.tokens.length, false);
  if (!source) return undefined;
  // "According to the team's coach, Alireza Mehraban, in their first match, …": the name between
  // commas is the source's apposition, not the start of the content.
  let name = source.to + 1;
  while (s.tokens[name]?.pos === 'PROPN') name++;
  if (s.words[source.to] === ',' && name > source.to + 1 && s.words[name] === ',') source.to = name;
  const cue = { from: i, to: i + 2 };
  const end = contentEnd(s);
  const content =
    i <= 1 && s.words[source.to] === ','
      ? trimRange(s, { from: source.to + 1, to: end })
      : trimRange(s, { from: afterDateline(s), to: i });
  if (content.to - content.from < MIN_CONTENT_TOKENS + 1) return undefined;
  return { content: span(s, content), cue: span(s, cue), source: span(s, source), kind: 'indirect' };
}

/**
 * "…, health officials said Friday, the latest indication of the cost of the war": an apposition on
 * the whole statement after the cue (and its day) ends the attribution where it starts.
 */
function beforeClosingApposition(s: SentenceTokens, end: number): number {
  for (let comma = 2; comma < end - 1; comma++) {
    if (s.words[comma] !== ',' || !/^(?:the|a|an)$/i.test(s.words[comma + 1] ?? '')) continue;
    const cue = NAMED_DAY.test(s.words[comma - 1] ?? '') ? comma - 2 : comma - 1;
    if (
      s.tokens[cue]?.pos !== 'VERB' ||
      cueClass(s.words[cue] ?? '') !== 'speech' ||
      s.words[cue - 1] === ','
    )
      continue;
    // ", Mr. Obama said, a majority of Americans have come to believe …": a verb of its own after the
    // comma makes the phrase the subject of the main clause, not an apposition.
    for (let k = comma + 2; k <= end; k++) {
      if (
        k === end ||
        SUBORDINATORS.test(s.words[k] ?? '') ||
        /^(?:as|which|who|that)$/i.test(s.words[k] ?? '')
      )
        return comma;
      if (isVerbish(s.tokens[k])) break;
    }
  }
  return end;
}

/** "Once the head of household has been pinned, Festivus concludes.": a subordinate clause alone says nothing. */
const loneSubordinateClause = (s: SentenceTokens, content: TokenRange) =>
  SUBORDINATORS.test(s.words[content.from] ?? '') && !s.words.slice(content.from, content.to).includes(',');

function trailing(s: SentenceTokens): RawAttribution | undefined {
  const end = beforeClosingApposition(s, contentEnd(s));
  for (let v = end - 1; v >= Math.max(2, end - MAX_INVERTED_TAIL - 1); v--) {
    // The part of speech first: a look-up in the verb lexicon for every word cost more.
    if (s.tokens[v]!.pos !== 'VERB') continue;
    const cls = cueClass(s.words[v] ?? '');
    if (!cls || cls === 'marked') continue;
    const group = verbGroup(s, v);
    // "CONTENT, said SOURCE." ("…, told Health" names whom it was told, not who spoke.)
    // ("…, citing the group's use of …": a participle's object is what it cites, not who speaks.)
    // ("…, have also endorsed Clinton in the race": an auxiliary is no inverted cue's.)
    if (
      s.words[group.from - 1] === ',' &&
      group.from === v &&
      !takesRecipient(s.words[v] ?? '') &&
      !isParticiple(s.words[v] ?? '')
    ) {
      const source = phraseAfter(s, group.to, end);
      // "…, explained Megan Byrd, RD, a registered dietitian."
      if (source && source.to < end - 1) source.to = appositionsEnd(s, source.to, end);
      if (source && source.to >= end - 1) {
        const content = trimRange(s, { from: afterDateline(s), to: group.from - 1 });
        // "Martin Griffiths, the U.N. chief, lamented the world's inaction": a name before the comma is
        // the subject, not what was said; content has a verb.
        const clause = s.tokens.slice(content.from, content.to).some(isVerbish);
        if (clause && content.to - content.from > MIN_CONTENT_TOKENS && !loneSubordinateClause(s, content))
          return {
            content: span(s, content),
            cue: span(s, group),
            source: span(s, source),
            kind: 'indirect',
          };
      }
    }
    if (v < end - MAX_TRAILING_TAIL - 1 || takesObjectOnly(s.words[v] ?? '')) continue;
    // "…, a specialist in machine learning, as its director": a bare "-ing" form is no finite cue.
    if (isParticiple(s.words[v] ?? '') && group.from === v) continue;
    // "CONTENT, SOURCE said (in an interview)."; "CONTENT, Sabrina Schlesinger, MSc, one of the study
    // authors, told Health."
    let source = phraseBefore(s, group.from);
    const apposed = source && s.words[source.from - 1] === ',' ? source.from - 1 : group.from - 1;
    const named = s.words[apposed] === ',' ? nameBeforeAppositions(s, apposed) : undefined;
    if (named) source = { from: named.from, to: source?.to ?? apposed };
    const opening = s.words[(source?.from ?? 0) - 1];
    if (!source || (opening !== ',' && !(named && isQuoteGlyph(opening)))) continue;
    const tail = s.tokens.slice(group.to, end);
    // "websites, phone calls, chatbots and radio": a list goes on after the "cue", a noun.
    const listGoesOn = s.words[group.to] === ',' && NOUN_POS.has(s.tokens[group.to + 1]?.pos ?? '');
    if (
      listGoesOn ||
      tail.some((t) => isVerbish(t)) ||
      tail.some((_, k) => CLAUSE_OPENERS.test(s.words[group.to + k] ?? ''))
    )
      continue;
    const content = trimRange(s, { from: afterDateline(s), to: source.from - 1 });
    if (content.to - content.from <= MIN_CONTENT_TOKENS || loneSubordinateClause(s, content)) continue;
    // "In an unforgettable battle, Federer claimed his title": an opening phrase without a verb is no content.
    if (!s.tokens.slice(content.from, content.to).some(isVerbish)) continue;
    return { content: span(s, content), cue: span(s, group), source: span(s, source), kind: 'indirect' };
  }
  return undefined;
}

/** Where the content after a cue starts, skipping the person addressed: "told reporters that …". */
function contentStart(s: SentenceTokens, after: number, verb: number): number | undefined {
  let at = after;
  const word = (k: number) => (s.words[k] ?? '').toLowerCase();
  if (takesRecipient(s.words[verb] ?? '')) {
    let k = at;
    const inRecipient = (j: number) =>
      ['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ'].includes(s.tokens[j]!.pos) ||
      (/^(?:in|of|at|from|and)$/.test(word(j)) && j > at && j - at < 10);
    // "told POLITICO there were …", "told reporters he would …": a subject pronoun after the
    // recipient opens the clause.
    // ("tell the IRS anything it doesn't know": a relative clause on what is told.)
    const opensClause = (j: number) =>
      j > at &&
      (PERSONAL_SUBJECT.test(word(j)) || word(j) === 'there') &&
      isVerbish(s.tokens[j + 1]) &&
      !/^(?:anything|something|nothing|everything|all)$/.test(word(j - 1));
    while (k < s.tokens.length && inRecipient(k) && !CLAUSE_OPENERS.test(word(k)) && !opensClause(k)) k++;
    if (
      k > at &&
      (CLAUSE_OPENERS.test(word(k)) ||
        opensClause(k) ||
        word(k) === 'to' ||
        word(k) === 'of' ||
        word(k) === 'about')
    )
      at = word(k) === 'of' || word(k) === 'about' ? k + 1 : k;
    else if (k > at) return undefined; // "told reporters after the meeting": no content
  }
  // "warned on Monday that …": a short adverbial between the cue and its clause; "challenging a
  // contract that binds …" is an object with a relative clause.
  // ("charges that countries that stand to benefit …": a clause that opens at once has no adverbial.)
  const adverbial = !/^(?:a|an|the)$/i.test(word(at)) && !CLAUSE_OPENERS.test(word(at));
  for (let k = at + 1; adverbial && k < Math.min(at + 5, s.tokens.length); k++) {
    const timeAdjective = /^(?:last|next|earlier|later)$/i.test(word(k - 1)); // "said last week that"
    if (!['ADP', 'PROPN', 'NOUN', 'ADV', 'DET', 'NUM'].includes(s.tokens[k - 1]!.pos) && !timeAdjective)
      break;
    if (/^that$/i.test(word(k))) {
      at = k;
      break;
    }
  }
  // "confirmed last week she has yet to …", "said Monday night the deal …": a time before the clause
  // is when it was said; "spoke this month about the town …": before a topic, too.
  const time = timePhraseLength(s, at);
  if (time > 0 && word(at + time) === 'about') at += time + 1;
  else if (time > 0 && ['PRON', 'DET', 'PROPN', 'NOUN'].includes(s.tokens[at + time]?.pos ?? '')) at += time;
  // "phone calls, chatbots, text messages": after a comma only a clause is content, not a plain object.
  const comma = s.words[at] === ',';
  if (s.words[at] === ':' || comma) at++;
  const first = s.tokens[at];
  if (!first) return undefined;
  const infinitive =
    word(at) === 'to' && isVerbish(s.tokens[at + 1]) && !takesNoInfinitive(s.words[verb] ?? '');
  if (CLAUSE_OPENERS.test(word(at)) || infinitive) return at;
  const cls = cueClass(s.words[verb] ?? '');
  // A clause without "that": "says the candidate has …", "thinks he will …". For a verb whose object
  // is not speech, an infinitive is not the clause's verb: "maintains a program to develop leaders"
  // (but "expects Clinton to win" is what is expected). Not a verb joined by "and" to the cue's own:
  // "saw the tweet and removed the aide".
  const clauseOnly = takesClauseOnly(s.words[verb] ?? '');
  // The clause's verb is finite: not a participle ("called the city asking for help").
  const clause = s.tokens
    .slice(at, at + 8)
    .findIndex(
      (t, k) =>
        isVerbish(t) && k > 0 && !isParticiple(word(at + k)) && !(clauseOnly && word(at + k - 1) === 'to'),
    );
  const coordinated = /^(?:and|or|but)$/i.test(word(at + clause - 1));
  const complementOnly = takesComplementOnly(s.words[verb] ?? '');
  if (
    ['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(first.pos) &&
    !complementOnly &&
    clause > 0 &&
    !coordinated &&
    isClauseVerb(s, at, at + clause)
  )
    return at;
  // Speech verbs also take a plain object as content: "denied the allegation", "proposed the creation of …".
  if (cls !== 'speech' || clauseOnly || comma) return undefined;
  if (/^(?:for|on|about|out)$/.test(word(at - 1))) return at;
  if (complementOnly && !hasObjectComplement(s.tokens, s.words, at)) return undefined;
  if (['DET', 'NOUN', 'ADJ', 'PROPN', 'NUM', 'PRON'].includes(first.pos)) return at;
  return undefined;
}

/** Tokens of a time phrase starting at `at` ("last week", "on Monday", "Monday night", "yesterday"), or 0. */
function timePhraseLength(s: SentenceTokens, at: number): number {
  const lead = /^(?:on|this|last|next|earlier|late)$/i.test(s.words[at] ?? '') ? 1 : 0;
  for (const n of [2, 1]) {
    const phrase = { from: at + lead, to: at + lead + n };
    if (isTimePhrase(s, phrase) || (n === 1 && NAMED_DAY.test(s.words[at + lead] ?? ''))) return lead + n;
  }
  return 0;
}

/**
 * Whether the verb at `verb` is the verb of a clause that starts at `at` ("says the candidate has won"):
 * no dash, comma, clause opener or subordinator between them, which would make it the verb of a clause
 * inside the object ("understand this relationship—and how easily it can be broken").
 */
function isClauseVerb(s: SentenceTokens, at: number, verb: number): boolean {
  for (let k = at; k < verb; k++) {
    const word = s.words[k] ?? '';
    if (/^[,;—–-]$/.test(word) || CLAUSE_OPENERS.test(word)) return false;
    // "declared war after Hamas militants stormed": the verb of a clause under the object.
    if (k > at && SUBORDINATORS.test(word)) return false;
  }
  return true;
}

/**
 * A present participle with no auxiliary or comma before it ("is saying", ", saying") modifies the noun
 * before it: "core learning metrics dipped", "touting each their own experience". It reports speech only
 * with a clause opener after it: "a series of tweets saying that …".
 */
const isModifierParticiple = (s: SentenceTokens, group: TokenRange, verb: number) =>
  isParticiple(s.words[verb] ?? '') && group.from === verb && s.words[verb - 1] !== ',' && verb > 0;

const RECALLED_GOODS =
  /^(?:vehicles|cars|trucks|suvs|products|units|models|devices|pounds|bottles|packages|batteries|toys|phones|chargers|tons)$/i;
/** "Tesla recalls 120K vehicles", "recalled its trucks": a product recall, not a memory told. */
function productRecall(s: SentenceTokens, verb: number): boolean {
  if (!/^recall/i.test(s.words[verb] ?? '')) return false;
  return (
    s.tokens[verb + 1]?.pos === 'NUM' || s.words.slice(verb + 1, verb + 5).some((w) => RECALLED_GOODS.test(w))
  );
}

/** What opens a clause after a cue: "reports 94% of workers …", "says the …", "warns they …". */
const CLAUSE_START_POS = new Set(['NUM', 'DET', 'PRON', 'PROPN']);

/**
 * "The CIOB reports 94% of construction workers experienced stress": a speech verb's "-s" form that
 * the tagger read as a noun, right after a name and before a clause with a verb of its own.
 */
function cueReadAsNoun(s: SentenceTokens, v: number): boolean {
  const word = s.words[v] ?? '';
  return (
    s.tokens[v]!.pos === 'NOUN' &&
    /[^s]s$/.test(word) &&
    cueClass(word) === 'speech' &&
    s.tokens[v - 1]?.pos === 'PROPN' &&
    CLAUSE_START_POS.has(s.tokens[v + 1]?.pos ?? '') &&
    s.tokens.slice(v + 2, v + 10).some((t) => t.pos === 'VERB')
  );
}

function forward(s: SentenceTokens, from: number, taken: (k: number) => boolean): RawAttribution[] {
  const out: RawAttribution[] = [];
  const end = contentEnd(s);
  let shared: TokenRange | undefined;
  for (let v = from; v < end; v++) {
    if (s.tokens[v]!.pos !== 'VERB' && !cueReadAsNoun(s, v)) continue;
    const cls = cueClass(s.words[v] ?? '');
    if (!cls || cls === 'marked' || taken(v)) continue;
    // "Creating Characters We Love: …", "What We Know About …": a belief verb capitalised inside a
    // sentence is a word of a title ("Biden Says …" still reports speech).
    if (cls === 'cognition' && v > 0 && /^\p{Lu}\p{Ll}/u.test(s.words[v] ?? '')) continue;
    const group = verbGroup(s, v);
    if (isAttributiveParticiple(s, v) || productRecall(s, v)) continue;
    // Passives need a "by" agent to have a source; "it is said that" has none and is skipped.
    const passive =
      s.words.slice(group.from, v).some((w) => BE.test(w)) && /(?:ed|en|wn|ld|id)$/i.test(s.words[v] ?? '');
    // "both considered to be in the camp": a passive participle without its auxiliary.
    const bareParticiple =
      /ed$/i.test(s.words[v] ?? '') && /^to be$/i.test(s.words.slice(v + 1, v + 3).join(' '));
    if (passive || bareParticiple) continue;
    let source =
      phraseBefore(s, group.from) ?? (/^and$/i.test(s.words[group.from - 1] ?? '') ? shared : undefined);
    if (source && EMPTY_SUBJECTS.test(s.words[source.from] ?? '') && source.to - source.from === 1) continue;
    // "All told, the sale is …": an idiom (in all), no one telling.
    if (
      source &&
      /^all$/i.test(s.words[source.from] ?? '') &&
      source.to - source.from === 1 &&
      s.words[group.to] === ','
    )
      continue;
    // "Officials … in New York, San Francisco, and Boston all told me": a floating "all"/"both" ends a
    // long subject whose last words are a list; the subject is the phrase that opens the sentence.
    if (source && source.to - source.from > 1 && FLOATING_QUANTIFIER.test(s.words[source.to - 1] ?? '')) {
      const opening = phraseAfter(s, 0, source.from, false);
      if (opening && opening.to < source.from) source = opening;
    }
    // "…, saying that …": the subject of the main clause speaks; "…,” he said, adding that …": the
    // subject of the cue before.
    if (!source && isParticiple(s.words[v] ?? '') && s.words[group.from - 1] === ',')
      source = sharedSubject(s, group.from - 1);
    if (!source || isMeasure(s, source)) continue;
    // "He claimed vast wealth and said it ensured …": the subject is shared even when the first cue
    // reports nothing.
    shared = source;
    const start = contentStart(s, group.to, v);
    if (start === undefined || end - start < MIN_CONTENT_TOKENS) continue;
    if (isModifierParticiple(s, group, v) && !CLAUSE_OPENERS.test(s.words[start] ?? '')) continue;
    // "officials have not said why …": a statement not made.
    if (isNegated(s, group) && QUESTION_OPENERS.test(s.words[start] ?? '')) continue;
    // "an independent who claims to belong to neither camp, Edward Yiu, won": a cue in a relative
    // clause; the source is the phrase before the pronoun and the content ends with the clause.
    // (phraseBefore leaves the pronoun out of the source.)
    const relative = source.to < group.from && RELATIVE_PRONOUNS.test(s.words[source.to] ?? '');
    let stop = relative ? commaOrEnd(s, start + 1, end) : end;
    // "said she has the essential quality: “Steadiness …”": the quotation after a colon is its own.
    const colon = s.words.findIndex(
      (w, k) => k > start && k < stop && w === ':' && isQuoteGlyph(s.words[k + 1]),
    );
    if (colon > 0) stop = colon;
    // "announced a contribution … and called for a new effort", "claimed there is no shortage,
    // saying aid gets through": two attributions, one source.
    for (let k = start + 1; k < stop - 1; k++) {
      const next = s.words[k + 1] === ',' ? k + 2 : k + 1;
      const joined =
        /^and$/i.test(s.words[k] ?? '') || (s.words[k] === ',' && isParticiple(s.words[k + 1] ?? ''));
      if (joined && s.tokens[next]?.pos === 'VERB' && cueClass(s.words[next] ?? '') === 'speech') {
        stop = k;
        break;
      }
    }
    // "Israel, citing security grounds, insists …": a participle's plain object ends at the comma.
    if (
      isParticiple(s.words[v] ?? '') &&
      s.words[group.from - 1] === ',' &&
      !CLAUSE_OPENERS.test(s.words[start] ?? '')
    )
      stop = commaOrEnd(s, start + 1, stop);
    const content = trimRange(s, { from: start, to: stop });
    if (content.to - content.from < MIN_CONTENT_TOKENS) continue;
    out.push({ content: span(s, content), cue: span(s, group), source: span(s, source), kind: 'indirect' });
    v = stop; // the content is not searched for cues of its own
  }
  return out;
}

/** The first comma at or after `from`, else `end`. */
function commaOrEnd(s: SentenceTokens, from: number, end: number): number {
  for (let k = from; k < end; k++) if (s.words[k] === ',') return k;
  return end;
}

/** "Di Maio added." alone: the sentences before it in the paragraph were its content. */
function loneAttribution(s: SentenceTokens): { cue: TokenRange; source: TokenRange } | undefined {
  const end = contentEnd(s);
  const v = end - 1;
  if (v < 1 || s.tokens[v]!.pos !== 'VERB' || cueClass(s.words[v] ?? '') !== 'speech') return undefined;
  const group = verbGroup(s, v);
  const source = phraseBefore(s, group.from);
  if (source?.from !== 0) return undefined;
  return { cue: group, source };
}

export interface ReportedSpeechInputs {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  blocks: readonly { start: number; end: number }[];
}

const QUESTION_STARTS =
  /^(?:how|what|why|when|where|who|which|do|does|did|is|are|was|were|can|could|will|would|should|have|has|had)$/i;

/**
 * "How did you feel when you heard …?", "Did he say that …?": a question asks whether something was
 * said; it reports no statement.
 */
function isQuestion(s: SentenceTokens): boolean {
  const last = s.words.findLast((w) => !isQuoteGlyph(w));
  return last === '?' && QUESTION_STARTS.test(s.words[0] ?? '');
}

export function findReportedSpeech(inputs: ReportedSpeechInputs): RawAttribution[] {
  const { text, tokens, sentences } = inputs;
  const out: RawAttribution[] = [];
  sentences.forEach((sentence, index) => {
    const s = sentenceTokens(text, spansWithin(tokens, sentence.start, sentence.end));
    if (s.tokens.length < 3) return;
    const lone = loneAttribution(s);
    if (lone) {
      const previous = sentences[index - 1];
      const sameBlock = previous && !text.slice(previous.end, sentence.start).includes('\n');
      if (previous && sameBlock) {
        let first = index - 1;
        while (first > 0 && !text.slice(sentences[first - 1]!.end, sentences[first]!.start).includes('\n'))
          first--;
        const content = { start: sentences[first]!.start, end: previous.end };
        out.push({ content, cue: span(s, lone.cue), source: span(s, lone.source), kind: 'direct' });
      }
      return;
    }
    if (isQuestion(s)) return;
    const found = accordingTo(s) ?? trailing(s);
    if (found) {
      out.push(found);
      return;
    }
    out.push(...forward(s, 0, () => false));
  });
  return out;
}
