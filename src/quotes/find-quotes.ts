/**
 * Quotes with their cue and speaker: quotations in marks (direct and partial) and reported speech
 * without marks (indirect). A quotation with no attribution of its own takes the speaker of the quote
 * run around it (the quote before it in the same or previous paragraph, else the one right after).
 * Short quoted terms with no cue next to them ("caliphate", titles) are scare quotes, not statements.
 */
import type { QuoteMark, Token } from '../doc/doc.js';
import type { Entity, Mention, Quote, Sentence } from '../doc/record-schema.js';
import { firstStartingAt, spanContaining, spansWithin } from '../doc/span-search.js';
import { isQuoteGlyph } from '../text/quote-glyph.js';
import { isTitleCase } from '../text/quoted-title.js';
import { attributeMarked } from './attribute-marked.js';
import { findReportedSpeech, type RawAttribution } from './find-reported-speech.js';
import { markedSpans } from './marked-quotes.js';
import { resolveSpeaker, type Speaker } from './resolve-speaker.js';
import { transcriptQuotes } from './transcript-quotes.js';

export interface QuoteInputs {
  text: string;
  blocks: readonly { start: number; end: number }[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quoteMarks: readonly QuoteMark[];
  mentions: readonly Mention[];
  /** Entity id → entity: speakers are preferably people and organisations, roles name people. */
  entities: ReadonlyMap<string, Entity>;
}

/** Quoted text of at most this many words is a term in quotation marks unless a cue stands right by it. */
const MAX_SCARE_QUOTE_WORDS = 2;
/** Quoted text of at most this many words with no attribution and no run is a title or a term. */
const MAX_UNATTRIBUTED_TERM_WORDS = 4;
/** How many tokens may separate a short quoted term from its cue: `called it a “disaster”`. */
const MAX_TOKENS_FROM_CUE_TO_TERM = 3;
/**
 * A quotation right after these words is a name or a title: a robot named “Better Idea”, a report titled
 * “…”, seats commonly know(n) as “Super District Council” (the dropped "n" is a common slip), a feature
 * called “We Met” (after an indefinite noun phrase; “the minister called “…”” is still speech).
 */
const NAMING_WORD =
  /\b(?:named|dubbed|titled|entitled|nicknamed|code-?named|known? as|labell?ed|branded)\s*$|\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}called\s*$/iu;
/** Confidence by what supports the attribution. */
const CONFIDENCE = { resolved: 0.9, named: 0.7, cueOnly: 0.5, run: 0.85, indirect: 0.8 };

const wordCount = (content: string) => content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * A short quotation in title case after a preposition, "told" or the kind of work it names is a
 * programme or a publication: confirmed to “Good Morning America.”, said on “Meet the Press”, told
 * “The View”, the 1978 paper, “Why Astrology Is a Pseudoscience”.
 */
const BEFORE_TITLE =
  /\b(?:to|on|in|for|from|with|at|told|tells|tell|(?:paper|book|essay|article|report|study|column|op-ed|song|album|single|film|movie|documentary|series|show|podcast|novel|memoir|poem|play|speech|letter|title|headline)s?,?)\s*$/i;
const isTitle = (content: string, before: string) => BEFORE_TITLE.test(before) && isTitleCase(content);
/** A title-case quotation followed by the kind of work it names: the “Seinfeld” episode, the “Dune” sequel. */
const WORK_AFTER =
  /^["”’]?\s*(?:episode|episodes|series|show|finale|premiere|season|sequel|prequel|film|movie|book|novel|album|song|single|star|stars|cast|actor|actress|creator|franchise|podcast|trailer)\b/i;

function tokensBetween(
  inputs: QuoteInputs,
  a: { start: number; end: number },
  b: { start: number; end: number },
) {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return spansWithin(inputs.tokens, from, to).filter((t) => t.pos !== 'PUNCT').length;
}

function confidenceOf(speaker: Speaker | undefined, hasCue: boolean): number {
  if (speaker?.entity || speaker?.entities) return CONFIDENCE.resolved;
  if (speaker) return CONFIDENCE.named;
  return hasCue ? CONFIDENCE.cueOnly : CONFIDENCE.cueOnly * 0.8;
}

/** How many quotations away a run neighbour may be. */
const RUN_REACH = 4;

function nearby(
  quotes: readonly (Quote | undefined)[],
  i: number,
  step: 1 | -1,
  test: (q: Quote) => boolean,
) {
  for (let k = i + step; k >= 0 && k < quotes.length && Math.abs(k - i) <= RUN_REACH; k += step) {
    const q = quotes[k];
    if (q && test(q)) return q;
  }
  return undefined;
}

/** No source by the cue ("… before proposing"): the nearest person or organisation before it in the sentence. */
function subjectMention(inputs: QuoteInputs, cueStart: number): Speaker | undefined {
  const sentence = spanContaining(inputs.sentences, cueStart);
  if (!sentence) return undefined;
  const before = spansWithin(inputs.mentions, sentence.start, cueStart);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k]!;
    if (['PERSON', 'ORG'].includes(inputs.entities.get(m.entity)?.type ?? ''))
      return { start: m.start, end: m.end, text: m.text, entity: m.entity };
  }
  return undefined;
}

function markedQuotes(inputs: QuoteInputs): Quote[] {
  const { text, blocks } = inputs;
  const quotes: (Quote | undefined)[] = [];
  /** Per quotation: its opening mark is left open at the paragraph's end (it runs on into the next). */
  const runsOn: boolean[] = [];
  const pending: number[] = [];
  for (const span of markedSpans(text, blocks, inputs.quoteMarks)) {
    const content = text.slice(span.start, span.end);
    const words = wordCount(content);
    const openAt = span.openAt ?? span.start;
    const before = text.slice(Math.max(0, openAt - 20), openAt);
    const after = text.slice(span.closeAt ?? span.end, (span.closeAt ?? span.end) + 16);
    if (
      NAMING_WORD.test(before) ||
      isTitle(content, before) ||
      (isTitleCase(content) && WORK_AFTER.test(after))
    )
      continue;
    const found = attributeMarked(inputs, span);
    const cueNear = found && tokensBetween(inputs, found.cue, span) <= MAX_TOKENS_FROM_CUE_TO_TERM;
    if (words <= MAX_SCARE_QUOTE_WORDS && !cueNear) continue;
    // “RuPaul's Drag Race,” or “The Office.” with no cue beside them: titles.
    if (!cueNear && isTitleCase(content)) continue;
    const charBefore = text
      .slice(Math.max(0, openAt - 2), openAt)
      .trim()
      .slice(-1);
    const embedded = /[\p{L}\p{N},]/u.test(charBefore) && /^\p{Ll}/u.test(content);
    const quote: Quote = {
      start: span.start,
      end: span.end,
      text: content,
      kind: embedded ? 'partial' : 'direct',
      confidence: 0,
    };
    if (found) {
      quote.cue = { ...found.cue, text: text.slice(found.cue.start, found.cue.end) };
      const speaker = found.source
        ? resolveSpeaker(inputs, found.source.start, found.source.end)
        : subjectMention(inputs, found.cue.start);
      if (speaker) quote.speaker = speaker;
      else pending.push(quotes.length); // "…, it added; and, later, “…”": the run's speaker
      quote.confidence = confidenceOf(speaker, true);
    } else {
      if (words <= MAX_UNATTRIBUTED_TERM_WORDS && !/[.!?,]$/.test(content)) continue;
      pending.push(quotes.length);
    }
    runsOn[quotes.length] = span.openAt !== undefined && span.closeAt === undefined;
    quotes.push(quote);
  }
  const blockIndex = (at: number) => firstStartingAt(blocks, at + 1) - 1;
  // “… ¶ “… ¶ “…” — Amber Elise: a quotation over several paragraphs opens each with a mark and closes
  // only the last; the attribution after the last is the whole quotation's.
  for (let i = quotes.length - 2; i >= 0; i--) {
    const quote = quotes[i];
    const next = quotes[i + 1];
    if (!quote || quote.speaker || !runsOn[i] || !next?.speaker) continue;
    if (blockIndex(next.start) !== blockIndex(quote.start) + 1) continue;
    quote.speaker = next.speaker;
    quote.confidence = next.confidence * CONFIDENCE.run;
  }
  // Quote runs: an unattributed quotation takes the speaker of its neighbour in the run; one whose cue
  // names no one ("it added; and, later, “…”"), the speaker before it.
  for (const i of pending) {
    const quote = quotes[i]!;
    if (quote.speaker) continue;
    const previous = nearby(quotes, i, -1, (q) => !!q.speaker);
    const next = nearby(quotes, i, 1, (q) => !!q.cue);
    const here = blockIndex(quote.start);
    // A few words quoted inside a sentence belong to a run only in the same paragraph; one paragraph
    // on, they are a term (“significant public benefit.”), not the last speaker's words.
    const term = quote.kind === 'partial' && wordCount(quote.text) <= MAX_UNATTRIBUTED_TERM_WORDS;
    const reach = term ? 0 : 1;
    if (previous?.speaker && here - blockIndex(previous.end) <= reach) {
      quote.speaker = previous.speaker;
      quote.confidence = previous.confidence * CONFIDENCE.run;
    } else if (!quote.cue && next?.speaker && blockIndex(next.start) - here <= reach) {
      quote.speaker = next.speaker;
      quote.confidence = next.confidence * CONFIDENCE.run;
    } else if (quote.cue) continue;
    else if (wordCount(quote.text) <= MAX_UNATTRIBUTED_TERM_WORDS) quotes[i] = undefined;
    else quote.confidence = CONFIDENCE.cueOnly * 0.6;
  }
  return quotes.filter((q): q is Quote => q !== undefined);
}

function reportedQuote(inputs: QuoteInputs, found: RawAttribution): Quote {
  const { text } = inputs;
  const speaker = found.source ? resolveSpeaker(inputs, found.source.start, found.source.end) : undefined;
  return {
    start: found.content.start,
    end: found.content.end,
    text: text.slice(found.content.start, found.content.end),
    kind: found.kind,
    cue: { ...found.cue, text: text.slice(found.cue.start, found.cue.end) },
    ...(speaker ? { speaker } : {}),
    confidence: confidenceOf(speaker, true) * (found.kind === 'indirect' ? CONFIDENCE.indirect : 1),
  };
}

/** Words of `span` outside the quotations in marks (from index `m` on). */
function unquotedWords(
  inputs: QuoteInputs,
  span: { start: number; end: number },
  marked: readonly Quote[],
  m: number,
) {
  let rest = '';
  let at = span.start;
  for (let k = m; k < marked.length && marked[k]!.start < span.end; k++) {
    rest += inputs.text.slice(at, Math.max(at, marked[k]!.start));
    at = Math.max(at, marked[k]!.end);
  }
  rest += inputs.text.slice(at, span.end);
  return wordCount(rest);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function findQuotes(inputs: QuoteInputs): Quote[] {
  const marked = markedQuotes(inputs);
  const markedCues = new Set(marked.map((q) => q.cue && `${q.cue.start}:${q.cue.end}`));
  const reported: Quote[] = [];
  let m = 0;
  for (const found of findReportedSpeech(inputs)) {
    // Reported speech that holds a quotation keeps it when both hang on the same cue ("says the
    // candidate has “always run a lean campaign”"); otherwise the quotation in marks wins.
    while (m < marked.length && marked[m]!.end <= found.content.start) m++;
    let clash = false;
    for (let k = m; k < marked.length && marked[k]!.start < found.content.end; k++) {
      const q = marked[k]!;
      const inside = q.start >= found.content.start && q.end <= found.content.end;
      const sameCue = q.cue && q.cue.start === found.cue.start;
      if (overlaps(q, found.content) && !(inside && (sameCue || !q.cue))) clash = true;
      // "“…,” Ali Zentner, a physician in Vancouver, Canada, says": reported content that opens with the
      // quotation and runs on into its attribution repeats it.
      const opensWithIt = [...inputs.text.slice(found.content.start, q.start)].every(
        (c) => /\s/.test(c) || isQuoteGlyph(c),
      );
      if (inside && sameCue && opensWithIt) clash = true;
    }
    // A cue already used by a quotation in marks yields reported speech only when the reported content
    // says more than the quotation inside it ("says the candidate has “always run a lean campaign”").
    if (
      markedCues.has(`${found.cue.start}:${found.cue.end}`) &&
      unquotedWords(inputs, found.content, marked, m) < 3
    )
      clash = true;
    if (!clash) reported.push(reportedQuote(inputs, found));
  }
  // A transcript paragraph ("Asake: I felt …") is one statement; what was found inside it is part of it.
  const transcript = transcriptQuotes(inputs);
  const outside = (q: Quote) => !transcript.some((t) => overlaps(t, q));
  return [...marked.filter(outside), ...reported.filter(outside), ...transcript].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}
