/**
 * Direct and partial quotations from the paired quotation marks, each with its cue (a reporting verb
 * before or after it in the same sentence) and speaker (the mention the cue attributes it to). A quote
 * with no cue of its own continues the run of the quote before it in the same or previous paragraph.
 * Quoted terms of one or two words without a cue ("caliphate") are scare quotes, not statements.
 */
import type { QuoteMark, Token } from '../doc/doc.js';
import type { Entity, Mention, Quote, Sentence, TextSpan } from '../doc/record-schema.js';
import { firstStartingAt, spanContaining, spansWithin } from '../doc/span-search.js';
import { isSpeechVerb } from './speech-verbs.js';

export interface QuoteInputs {
  text: string;
  blocks: readonly { start: number; end: number }[];
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quoteMarks: readonly QuoteMark[];
  mentions: readonly Mention[];
  /** Entity id → type, to prefer people and organisations as speakers. */
  entityTypes: ReadonlyMap<string, Entity['type']>;
}

/** How far (in tokens) after a closing mark a reporting verb may stand: `”, Blinken told reporters`. */
const MAX_TOKENS_TO_CUE_AFTER = 6;
/** A speaker named by a plain noun phrase between the quote and the verb: "the mayor", "a senior official". */
const MAX_SPEAKER_PHRASE_TOKENS = 4;
const SPEAKER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
/** Quoted text of at most this many words is a term in quotation marks unless a cue stands right by it. */
const MAX_SCARE_QUOTE_WORDS = 2;
/** How many tokens may separate a short quoted term from its cue: `called it a “disaster”`. */
const MAX_TOKENS_FROM_CUE_TO_TERM = 3;

interface Candidate {
  start: number;
  end: number;
  openAt?: number;
  closeAt?: number;
}

function candidates(inputs: QuoteInputs): Candidate[] {
  const { quoteMarks: marks, blocks, text } = inputs;
  const out: Candidate[] = [];
  marks.forEach((mark, i) => {
    if (mark.role === 'open' && mark.pair > i) {
      const close = marks[mark.pair];
      if (close) out.push({ start: mark.end, end: close.start, openAt: mark.start, closeAt: close.start });
    } else if (mark.pair < 0) {
      const block = spanContaining(blocks, mark.start);
      if (!block) return;
      if (mark.role === 'open') {
        const next = marks[i + 1];
        const end = next && next.start < block.end ? next.start : block.end;
        out.push({ start: mark.end, end, openAt: mark.start });
      } else {
        const previous = marks[i - 1];
        const start = previous && previous.end > block.start ? previous.end : block.start;
        out.push({ start, end: mark.start, closeAt: mark.start });
      }
    }
  });
  // Trim spaces inside the marks so that the span is exactly the quoted words.
  return out
    .map((c) => {
      let { start, end } = c;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      return { ...c, start, end };
    })
    .filter((c) => c.end > c.start);
}

/** A reporting verb used as a verb (not "State" in "Islamic State", not the noun "report"). */
const isCue = (text: string, token: Token) => token.pos === 'VERB' && isSpeechVerb(tokenText(text, token));

const sentenceAt = (sentences: readonly Sentence[], at: number) =>
  spanContaining(sentences, at) ?? { start: at, end: at };

function tokenText(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

interface Attribution {
  cue: TextSpan;
  speaker?: { start: number; end: number; text: string; entity?: string };
}

/** The mention nearest the cue: after it for "said Blinken", before it for "Blinken said". */
function speakerNear(inputs: QuoteInputs, cue: Token, after: boolean, limit: { start: number; end: number }) {
  const { mentions, tokens, text } = inputs;
  if (after) {
    const next = mentions[firstStartingAt(mentions, cue.end)];
    const mention = next && next.start < limit.end && next.start - cue.end < 4 ? next : undefined;
    if (mention)
      return { start: mention.start, end: mention.end, text: mention.text, entity: mention.entity };
    // An unlinked noun phrase after the verb: "Declared the head of the American diplomacy."
    const i = firstStartingAt(tokens, cue.start);
    let j = i + 1;
    while (tokens[j] && tokens[j]!.end <= limit.end && tokens[j]!.pos !== 'PUNCT' && j - i <= 8) j++;
    if (j > i + 1) {
      const start = tokens[i + 1]!.start;
      const end = tokens[j - 1]!.end;
      return { start, end, text: text.slice(start, end) };
    }
    return undefined;
  }
  // The subject before the verb: the nearest person or organisation, else the nearest place.
  const before = spansWithin(mentions, limit.start, cue.start);
  const speakers = before.filter((m) => ['PERSON', 'ORG'].includes(inputs.entityTypes.get(m.entity) ?? ''));
  const nearest = speakers[speakers.length - 1] ?? before[before.length - 1];
  return nearest
    ? { start: nearest.start, end: nearest.end, text: nearest.text, entity: nearest.entity }
    : undefined;
}

function attribution(inputs: QuoteInputs, candidate: Candidate): Attribution | undefined {
  const { tokens, text, sentences } = inputs;
  const cueOf = (token: Token): TextSpan => ({
    start: token.start,
    end: token.end,
    text: tokenText(text, token),
  });
  if (candidate.closeAt !== undefined) {
    const sentence = sentenceAt(sentences, candidate.closeAt);
    const after = spansWithin(tokens, candidate.closeAt + 1, sentence.end);
    const verbIndex = after.slice(0, MAX_TOKENS_TO_CUE_AFTER).findIndex((t) => isCue(text, t));
    const verb = after[verbIndex];
    // Between the closing mark and the verb there may only be punctuation and the speaker: a mention
    // or a short noun phrase ("”, the mayor said").
    const between = after.slice(0, Math.max(0, verbIndex)).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'X');
    const speakerMention = inputs.mentions[firstStartingAt(inputs.mentions, between[0]?.start ?? 0)];
    const inMention = (t: Token) =>
      speakerMention && speakerMention.start <= t.start && t.end <= speakerMention.end;
    const nounPhrase =
      between.length <= MAX_SPEAKER_PHRASE_TOKENS && between.every((t) => SPEAKER_POS.has(t.pos));
    if (verb && (between.every(inMention) || nounPhrase)) {
      // `”, said Blinken` puts the speaker after the verb; `”, Blinken told reporters` before it.
      const first = between[0];
      const last = between[between.length - 1];
      const speaker =
        speakerNear(inputs, verb, between.length === 0, { start: candidate.closeAt, end: sentence.end }) ??
        (first && last
          ? { start: first.start, end: last.end, text: text.slice(first.start, last.end) }
          : undefined);
      return speaker ? { cue: cueOf(verb), speaker } : { cue: cueOf(verb) };
    }
  }
  if (candidate.openAt !== undefined) {
    const sentence = sentenceAt(sentences, candidate.openAt);
    const before = spansWithin(tokens, sentence.start, candidate.openAt);
    for (let i = before.length - 1; i >= 0; i--) {
      const token = before[i]!;
      if (!isCue(text, token)) continue;
      const speaker = speakerNear(inputs, token, false, sentence);
      return speaker ? { cue: cueOf(token), speaker } : { cue: cueOf(token) };
    }
  }
  return undefined;
}

function cueIsNextTo(inputs: QuoteInputs, cue: TextSpan, candidate: Candidate): boolean {
  const from = Math.min(cue.end, candidate.start);
  const to = Math.max(cue.start, candidate.end);
  const between = spansWithin(inputs.tokens, from, to).filter((t) => t.pos !== 'PUNCT');
  const inside = between.filter((t) => t.start >= candidate.start && t.end <= candidate.end).length;
  return between.length - inside <= MAX_TOKENS_FROM_CUE_TO_TERM;
}

export function findQuotes(inputs: QuoteInputs): Quote[] {
  const { text, blocks } = inputs;
  const quotes: Quote[] = [];
  const blockIndex = (at: number) => firstStartingAt(blocks, at + 1) - 1;
  for (const candidate of candidates(inputs)) {
    const content = text.slice(candidate.start, candidate.end);
    const found = attribution(inputs, candidate);
    const words = content.split(/\s+/).filter((w) => /\w/.test(w)).length;
    if (words <= MAX_SCARE_QUOTE_WORDS && !(found && cueIsNextTo(inputs, found.cue, candidate))) continue;
    const openAt = candidate.openAt ?? candidate.start;
    const charBefore = text
      .slice(Math.max(0, openAt - 2), openAt)
      .trim()
      .slice(-1);
    const embedded = /[\p{L}\p{N}]/u.test(charBefore) && /^\p{Ll}/u.test(content);
    const quote: Quote = {
      start: candidate.start,
      end: candidate.end,
      text: content,
      kind: embedded ? 'partial' : 'direct',
      confidence: found?.speaker?.entity ? 0.9 : found?.speaker ? 0.7 : 0.4,
    };
    if (found) {
      quote.cue = found.cue;
      if (found.speaker) quote.speaker = found.speaker;
    } else {
      // No cue of its own: the quote continues the run of the previous quote nearby.
      const previous = quotes[quotes.length - 1];
      const gap = previous
        ? blockIndex(candidate.start) - blockIndex(previous.end)
        : Number.POSITIVE_INFINITY;
      if (previous?.speaker && gap <= 1) {
        quote.speaker = previous.speaker;
        quote.confidence = previous.confidence * 0.85;
      } else if (words <= 4) continue;
    }
    quotes.push(quote);
  }
  return quotes;
}
