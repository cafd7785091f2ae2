/**
 * Scraped plain text → clean article text. Each line is classified; captions, credits, repeated lines,
 * related headlines and trailers leave the body and are kept in `removed` and `meta`. The body is
 * rebuilt as title + paragraphs separated by blank lines, so every later offset indexes clean text.
 */
import type { Doc } from '../doc/doc.js';
import type { Block, Caption, Flag, Meta, Removed } from '../doc/record-schema.js';
import type { RawInput } from '../ingest/raw-input.js';
import {
  isHeadlineLike,
  isRelatedHeader,
  isTrailer,
  parseCaption,
  parseCreditLine,
  parsePhotoCredit,
} from './boilerplate-lines.js';
import { normalizeLine, normalizeLineEnds } from './normalize-line.js';

/** A first line longer than this is prose, not a title. */
const MAX_TITLE_LENGTH = 250;

/** One line of scraped text, or one block of an extracted HTML page. */
export interface Line {
  text: string;
  kind: Block['kind'];
  /** Offsets into the input, for plain text (an HTML page's blocks have none). */
  start?: number;
  end?: number;
  /** A blank line follows (or the input ends). */
  blankAfter: boolean;
}

/** What an earlier step (the HTML extractor) already found and removed. */
export interface Extracted {
  title?: string;
  meta: Partial<Meta>;
  removed: Removed[];
  captions: Caption[];
  credits: string[];
}

type Verdict =
  | { kind: 'title' }
  | { kind: 'body' }
  | { kind: 'removed'; reason: Removed['reason']; caption?: Caption; credits?: string[] };

function splitLines(input: string): Line[] {
  const all: Line[] = [];
  let start = 0;
  for (const raw of input.split('\n')) {
    all.push({
      text: normalizeLine(raw),
      kind: 'paragraph',
      start,
      end: start + raw.length,
      blankAfter: false,
    });
    start += raw.length + 1;
  }
  const kept: Line[] = [];
  all.forEach((line, i) => {
    if (line.text === '') return;
    const next = all[i + 1];
    line.blankAfter = next === undefined || next.text === '';
    kept.push(line);
  });
  return kept;
}

function classify(lines: Line[], detectTitle: boolean): Verdict[] {
  const verdicts: Verdict[] = [];
  const seen = new Set<string>();
  let inRelatedList = false;
  let afterCredit = false;
  lines.forEach((line, i) => {
    const { text } = line;
    const caption = parseCaption(text);
    const relatedHeader = !caption && isRelatedHeader(text);
    const trailer = !caption && !relatedHeader && isTrailer(text);
    const credits = caption || trailer ? undefined : parseCreditLine(text);
    const photoCredit = caption || trailer || credits ? undefined : parsePhotoCredit(text);
    let verdict: Verdict;
    // A repeated line is a scraping artefact, except a question: interviews of several people repeat
    // theirs ("What do you think of this first class of nominees?"), each before a different answer.
    if (seen.has(text) && !/\?["”’»]?$/u.test(text)) verdict = { kind: 'removed', reason: 'duplicate-line' };
    else if (caption) verdict = { kind: 'removed', reason: 'caption', caption };
    else if (photoCredit) verdict = { kind: 'removed', reason: 'caption', credits: [photoCredit] };
    else if (trailer) verdict = { kind: 'removed', reason: 'trailer' };
    else if (credits) verdict = { kind: 'removed', reason: 'credit', credits };
    else if (relatedHeader) {
      inRelatedList = true;
      verdict = { kind: 'removed', reason: 'related-links' };
    } else if ((inRelatedList || afterCredit) && isHeadlineLike(text)) {
      verdict = { kind: 'removed', reason: 'related-links' };
    } else if (
      detectTitle &&
      i === 0 &&
      text.length <= MAX_TITLE_LENGTH &&
      lines.length > 1 &&
      (line.blankAfter || !/[.!?]["”»]?$/u.test(text))
    ) {
      verdict = { kind: 'title' };
    } else {
      inRelatedList = false;
      verdict = { kind: 'body' };
    }
    if (verdict.kind === 'removed' && verdict.reason === 'credit') afterCredit = true;
    seen.add(text);
    verdicts.push(verdict);
  });
  markTrailingHeadlines(lines, verdicts);
  markRepeatedSummaries(lines, verdicts);
  return verdicts;
}

/** How many body lines at the start may be a summary that the article repeats. */
const SUMMARY_REACH = 3;
/** A summary's sentences are long enough to be the article's own, not a stock phrase. */
const MIN_SUMMARY_SENTENCE = 40;
const SENTENCE_BREAK = /(?<=[.!?]["”’»]?)\s+(?=["“‘«]?\p{Lu})/u;

/**
 * A summary above the article that repeats its sentences word for word (the lede and a quotation from
 * further down, as news sites print them under the headline) is removed as a repeated line: every
 * sentence of it, each of 40 characters or more, stands in the body lines after it.
 */
function markRepeatedSummaries(lines: Line[], verdicts: Verdict[]): void {
  const body = verdicts.flatMap((verdict, i) => (verdict.kind === 'body' ? [i] : []));
  for (const [k, i] of body.slice(0, SUMMARY_REACH).entries()) {
    const later = body
      .slice(k + 1)
      .map((j) => lines[j]?.text ?? '')
      .join('\n');
    const sentences = (lines[i]?.text ?? '').split(SENTENCE_BREAK);
    if (sentences.every((sentence) => sentence.length >= MIN_SUMMARY_SENTENCE && later.includes(sentence)))
      verdicts[i] = { kind: 'removed', reason: 'duplicate-line' };
  }
}

/** Two or more headline-shaped lines closing the text are a list of related articles. */
function markTrailingHeadlines(lines: Line[], verdicts: Verdict[]): void {
  const run: number[] = [];
  for (let i = lines.length - 1; i > 0; i--) {
    const verdict = verdicts[i];
    if (verdict?.kind === 'removed') {
      if (run.length === 0) continue;
      break;
    }
    if (verdict?.kind !== 'body' || !isHeadlineLike(lines[i]?.text ?? '')) break;
    run.push(i);
  }
  if (run.length < 2) return;
  for (const i of run) verdicts[i] = { kind: 'removed', reason: 'related-links' };
}

/** Lines broken inside a sentence (hard-wrapped text) are joined back into one paragraph. */
function joinWrappedLines(lines: Line[]): { kind: Block['kind']; text: string }[] {
  const paragraphs: { kind: Block['kind']; text: string }[] = [];
  let current = '';
  for (const line of lines) {
    current = current === '' ? line.text : `${current} ${line.text}`;
    const continues = !line.blankAfter && !/[.!?:"”»)]$/u.test(line.text);
    if (!continues) {
      paragraphs.push({ kind: line.kind, text: current });
      current = '';
    }
  }
  if (current !== '') paragraphs.push({ kind: 'paragraph', text: current });
  return paragraphs;
}

function removedSummary(removed: Removed[]): Flag[] {
  if (removed.length === 0) return [];
  const counts = new Map<string, number>();
  for (const item of removed) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, count]) => `${count} ${reason}`);
  return [{ code: 'removed-boilerplate', message: `removed from the body: ${parts.join(', ')}` }];
}

/**
 * The cleaning every article gets, whichever way it arrived: lines are classified, boilerplate moves
 * to `removed` and `meta`, and the body is rebuilt as title + blocks separated by blank lines.
 */
export function cleanLines(lines: Line[], input: RawInput, extracted: Extracted, detectTitle: boolean): Doc {
  const verdicts = classify(lines, detectTitle);
  const removed: Removed[] = [...extracted.removed];
  const captions: Caption[] = [...extracted.captions];
  const credits: string[] = [...extracted.credits];
  let title = extracted.title;
  const bodyLines: Line[] = [];
  lines.forEach((line, i) => {
    const verdict = verdicts[i];
    if (!verdict) return;
    if (verdict.kind === 'title') title = line.text;
    else if (verdict.kind === 'body') bodyLines.push(line);
    else {
      const item: Removed = { text: line.text, reason: verdict.reason };
      if (line.start !== undefined && line.end !== undefined) {
        item.sourceStart = line.start;
        item.sourceEnd = line.end;
      }
      removed.push(item);
      if (verdict.caption) captions.push(verdict.caption);
      for (const credit of verdict.credits ?? []) if (!credits.includes(credit)) credits.push(credit);
    }
  });
  for (const caption of captions) {
    if (caption.credit && !credits.includes(caption.credit)) credits.push(caption.credit);
  }

  const pieces: { kind: Block['kind']; text: string }[] = [];
  if (title !== undefined) pieces.push({ kind: 'title', text: title });
  pieces.push(...joinWrappedLines(bodyLines));
  const blocks: Block[] = [];
  let text = '';
  for (const piece of pieces) {
    if (text !== '') text += '\n\n';
    blocks.push({ kind: piece.kind, start: text.length, end: text.length + piece.text.length });
    text += piece.text;
  }

  const meta: Meta = {
    ...extracted.meta,
    ...input.meta,
    credits: [...(input.meta?.credits ?? []), ...credits],
    captions,
  };
  if (title !== undefined && meta.title === undefined) meta.title = title;
  return { text, meta, source: input.source, layers: { blocks, removed, flags: removedSummary(removed) } };
}

/** A line that is only a full date ("Friday, August 21, 2015", "21 August 2015", "2015-08-21"). */
const DATELINE =
  /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:(?<month1>[a-z]{3,9})\.?\s+(?<day1>\d{1,2})(?:st|nd|rd|th)?,?|(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?<month2>[a-z]{3,9})\.?,?)\s+(?<year>\d{4})$|^(?<iso>\d{4}-\d{2}-\d{2})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** How many body blocks under the title may hold the dateline. */
const DATELINE_REACH = 3;

/** YYYY-MM-DD of a dateline, if the line is one and names a real day. */
function datelineValue(line: string): string | undefined {
  const groups = DATELINE.exec(line)?.groups;
  if (!groups) return undefined;
  if (groups.iso) return Number.isNaN(Date.parse(groups.iso)) ? undefined : groups.iso;
  const monthName = (groups.month1 ?? groups.month2 ?? '').toLowerCase();
  const month = MONTHS.indexOf(monthName.slice(0, 3));
  // "Sept", "June", "July": a month's name or its abbreviation, nothing else.
  if (
    month < 0 ||
    !/^(?:january|february|march|april|may|june|july|august|september|sept|october|november|december|[a-z]{3})$/.test(
      monthName,
    )
  )
    return undefined;
  const day = Number(groups.day1 ?? groups.day2);
  const date = new Date(Date.UTC(Number(groups.year), month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A wire or press-release dateline that opens the first paragraph: a place in capitals, then the
 * date, an optional agency, and a dash ("WASHINGTON, March 4, 2024 —", "NEW YORK, Jan. 5, 2024
 * /PRNewswire/ --", "PARIS, France, 5 March 2024 (AFP) -").
 */
const PLACE_DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]*(?:,\s+\p{Lu}[\p{L} .'’-]*)?,\s+(?<date>[^—–\-(/]{6,40}?)\s*(?:\([^)]{1,30}\)|\/[^/]{1,30}\/)?\s*(?:—|–|--?)\s/u;

/**
 * The publication day a dateline states, as YYYY-MM-DD: one of the first blocks under the title is
 * only a date (the way Wikinews and many scraped pages print it), or the first paragraph opens with
 * a place and a date.
 */
function datelineDay(doc: Doc): string | undefined {
  const blocks = (doc.layers.blocks ?? []).filter((b) => b.kind !== 'title').slice(0, DATELINE_REACH);
  for (const block of blocks) {
    const line = doc.text.slice(block.start, block.end).trim();
    const value = datelineValue(line) ?? datelineValue(PLACE_DATELINE.exec(line)?.groups?.date ?? '');
    if (value) return value;
  }
  return undefined;
}

export function cleanScrapedText(input: RawInput): Doc {
  const lines = splitLines(normalizeLineEnds(input.body));
  const doc = cleanLines(lines, input, { meta: {}, removed: [], captions: [], credits: [] }, true);
  if (doc.meta.published) return doc;
  const published = datelineDay(doc);
  return published ? { ...doc, meta: { ...doc.meta, published } } : doc;
}

/** `--raw`: the input exactly as given; paragraphs are the runs of text between blank lines. */
export function rawTextDoc(input: RawInput): Doc {
  const text = input.body;
  const blocks: Block[] = [];
  const paragraph = /[^\r\n]+(?:\r?\n[^\S\r\n]*[^\s][^\r\n]*)*/g;
  for (const match of text.matchAll(paragraph)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    if (end > start) blocks.push({ kind: 'paragraph', start, end });
  }
  const meta: Meta = { credits: [], captions: [], ...input.meta };
  return { text, meta, source: input.source, layers: { blocks, removed: [], flags: [] } };
}
