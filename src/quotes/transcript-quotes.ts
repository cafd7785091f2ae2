/**
 * Transcripts and Q&A interviews: a paragraph that opens with a speaker's name and a colon ("Asake: I
 * felt excited …", "MADDOW: Senator, …") is that speaker's words, though no quotation mark says so; so
 * is an answer under a heading that names the person interviewed.
 */
import type { Quote } from '../doc/record-schema.js';
import { spansWithin } from '../doc/span-search.js';
import {
  labelCounts,
  MIN_REPEATS,
  MIN_WORDS,
  moreWordsThan,
  type SpeakerLabel,
  speakerLabels,
} from '../text/speaker-labels.js';
import type { QuoteInputs } from './find-quotes.js';
import { resolveSpeaker } from './resolve-speaker.js';

const SPEAKER_TYPES = new Set(['PERSON', 'ORG']);

type Block = { start: number; end: number };

/** Where the block's text ends, before its trailing spaces and line breaks. */
const trimmedEnd = (text: string, block: Block) =>
  block.start + text.slice(block.start, block.end).trimEnd().length;

export function transcriptQuotes(inputs: QuoteInputs): Quote[] {
  const { text } = inputs;
  const labelled = speakerLabels(text, inputs.blocks);
  const repeats = labelCounts(labelled);
  const quotes: Quote[] = [];
  for (const item of labelled) {
    const { block, labelEnd, contentStart } = item;
    // A name the tagger calls a person or an organisation, or a label that recurs as in a transcript
    // (whatever type the tagger gave it); a dateline ("ISLAMABAD: …") heads one paragraph only.
    const named = spansWithin(inputs.mentions, block.start, labelEnd).some((m) =>
      SPEAKER_TYPES.has(inputs.entities.get(m.entity)?.type ?? ''),
    );
    if (!named && (!item.spoken || (repeats.get(item.label) ?? 0) < MIN_REPEATS)) continue;
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
function interviewAnswers(inputs: QuoteInputs, labelled: readonly SpeakerLabel[]): Quote[] {
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
