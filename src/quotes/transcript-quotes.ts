/**
 * Transcripts and Q&A interviews: a paragraph that opens with a speaker's name and a colon ("Asake: I
 * felt excited …", "MADDOW: Senator, …") is that speaker's words, though no quotation mark says so; so
 * is an answer under a heading that names the person interviewed.
 */
import type { Quote } from '../doc/record-schema.js';
import { spansWithin } from '../doc/span-search.js';
import type { QuoteInputs } from './find-quotes.js';
import { resolveSpeaker } from './resolve-speaker.js';

/** One to four capitalised words, then a colon and the words spoken. */
const LABEL = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*:\s+(?=\S)/u;
/** Labels that head notes, captions and links, not speech. */
const NOT_SPEAKERS =
  /^(?:note|notes|update|updated|editor'?s? note|editor’s note|correction|clarification|disclosure|photo|photos|image|video|watch|listen|read|read more|related|source|sources|credit|credits|warning|tags?|posted|published|by|q|a|question|answer|also|see also|subscribe|click here|more|advertisement|caption|file|location|date|time|where|when|what|who|why|how|price|cost|tickets|venue|address|phone|email|website|contact)$/i;
const SPEAKER_TYPES = new Set(['PERSON', 'ORG']);
/** A label heads at least this many paragraphs before it counts as a speaker without a person's name. */
const MIN_REPEATS = 2;
/** Fewer words after the colon are a heading or a label, not a statement. */
const MIN_WORDS = 3;

/**
 * Whether `text.split(/\s+/)` has more than `limit` pieces, found without splitting: every paragraph
 * is asked whether it is a short heading, and most are long.
 */
function moreWordsThan(text: string, limit: number): boolean {
  const space = /\s+/g;
  let pieces = 1;
  while (space.exec(text) !== null) if (++pieces > limit) return true;
  return false;
}

type Block = { start: number; end: number };

/** Where the block's text ends, before its trailing spaces and line breaks. */
const trimmedEnd = (text: string, block: Block) =>
  block.start + text.slice(block.start, block.end).trimEnd().length;

interface Labelled {
  block: Block;
  label: string;
  labelEnd: number;
  contentStart: number;
}

export function transcriptQuotes(inputs: QuoteInputs): Quote[] {
  const { text } = inputs;
  const labelled: Labelled[] = [];
  for (const block of inputs.blocks) {
    const match = LABEL.exec(text.slice(block.start, Math.min(block.end, block.start + 80)));
    if (!match || NOT_SPEAKERS.test(match[1]!)) continue;
    const labelEnd = block.start + match[1]!.length;
    const contentStart = block.start + match[0].length;
    if (!moreWordsThan(text.slice(contentStart, block.end), MIN_WORDS - 1)) continue;
    labelled.push({ block, label: match[1]!, labelEnd, contentStart });
  }
  const repeats = new Map<string, number>();
  for (const { label } of labelled) repeats.set(label, (repeats.get(label) ?? 0) + 1);
  const quotes: Quote[] = [];
  for (const item of labelled) {
    const { block, labelEnd, contentStart } = item;
    // A name the tagger calls a person or an organisation, or a label that recurs as in a transcript
    // (whatever type the tagger gave it); a dateline ("ISLAMABAD: …") heads one paragraph only.
    const named = spansWithin(inputs.mentions, block.start, labelEnd).some((m) =>
      SPEAKER_TYPES.has(inputs.entities.get(m.entity)?.type ?? ''),
    );
    if (!named && (repeats.get(item.label) ?? 0) < MIN_REPEATS) continue;
    const end = trimmedEnd(text, block);
    quotes.push({
      start: contentStart,
      end,
      text: text.slice(contentStart, end),
      kind: 'direct',
      speaker: resolveSpeaker(inputs, block.start, labelEnd),
      confidence: named ? 0.9 : 0.7,
    });
  }
  return [...quotes, ...interviewAnswers(inputs, labelled)].sort((a, b) => a.start - b.start);
}

/** A heading of at most this many words can name the person interviewed below it. */
const MAX_HEADING_WORDS = 6;

/**
 * Q&A interviews under a heading that names the person ("Burna Boy", then questions in paragraphs of
 * their own, each followed by the answer): each answer paragraph is the named person's statement.
 * Only when the heading is a person's name alone and the next paragraph is a question.
 */
function interviewAnswers(inputs: QuoteInputs, labelled: readonly Labelled[]): Quote[] {
  const { text, blocks } = inputs;
  const isQuestion = (block: Block) => /\?["”’]?$/.test(text.slice(block.start, trimmedEnd(text, block)));
  const quotes: Quote[] = [];
  let speaker: Quote['speaker'] | undefined;
  let answering = false;
  blocks.forEach((block, k) => {
    const end = trimmedEnd(text, block);
    const content = text.slice(block.start, end);
    const person = headingPerson(inputs, block, end);
    if (person) {
      const next = blocks[k + 1];
      speaker = next && isQuestion(next) ? person : undefined;
      answering = false;
    } else if (isQuestion(block)) answering = speaker !== undefined;
    else if (
      answering &&
      speaker &&
      !labelled.some((l) => l.block === block) &&
      moreWordsThan(content, MIN_WORDS - 1)
    )
      quotes.push({
        start: block.start,
        end,
        text: content,
        kind: 'direct',
        speaker,
        confidence: 0.8,
      });
    else if (!moreWordsThan(content, MAX_HEADING_WORDS) && !/[.!?]$/.test(content)) speaker = undefined;
  });
  return quotes;
}

/** The person a short heading consists of ("Burna Boy"), as a speaker. */
function headingPerson(inputs: QuoteInputs, block: Block, end: number): Quote['speaker'] | undefined {
  if (moreWordsThan(inputs.text.slice(block.start, end), MAX_HEADING_WORDS)) return undefined;
  const inside = spansWithin(inputs.mentions, block.start, end);
  const [only] = inside;
  if (inside.length !== 1 || only!.start !== block.start || only!.end !== end) return undefined;
  if (inputs.entities.get(only!.entity)?.type !== 'PERSON') return undefined;
  return { start: only!.start, end: only!.end, text: only!.text, entity: only!.entity };
}
