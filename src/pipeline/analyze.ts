/** analyze(): one raw article in, one `newsgraph.article/1` record out. */
import type { Doc } from '../doc/doc.js';
import type { ArticleRecord } from '../doc/record-schema.js';
import { toRecord } from '../doc/to-record.js';
import { findNamesStage, linkMentionsStage } from '../entities/entities-stage.js';
import { codeEventsStage } from '../events/events-stage.js';
import { cleanScrapedText, rawTextDoc } from '../extract/clean-scraped-text.js';
import { htmlDoc } from '../extract/html-doc.js';
import { repairQuoteMarksStage } from '../extract/repair-quote-marks.js';
import { translationHintsStage } from '../extract/translation-hints.js';
import type { RawInput } from '../ingest/raw-input.js';
import { findAmountsStage, findDatesStage } from '../numbers/numbers-stage.js';
import { resolvePlacesStage } from '../places/places-stage.js';
import { findQuotesStage } from '../quotes/quotes-stage.js';
import { tokenizeStage } from '../text/tokenize.js';
import { type AnalyzeOptions, checkStageOrder, runStages, type Stage } from './stage.js';

export const STAGES: readonly Stage[] = [
  repairQuoteMarksStage,
  tokenizeStage,
  translationHintsStage,
  findNamesStage,
  linkMentionsStage,
  resolvePlacesStage,
  findQuotesStage,
  findAmountsStage,
  findDatesStage,
  codeEventsStage,
];

/**
 * The language layer: clean text, repaired quotation marks, tokens, sentences, part of speech,
 * amounts and dates. Every later stage builds on it; `npm run bench` times it on its own.
 */
export const LANGUAGE_STAGES: readonly Stage[] = [
  repairQuoteMarksStage,
  tokenizeStage,
  findAmountsStage,
  findDatesStage,
];

/** Layers the extraction step gives every Doc before the stages run. */
const EXTRACTED_LAYERS = ['blocks', 'removed', 'flags'] as const;
checkStageOrder(STAGES, EXTRACTED_LAYERS);
checkStageOrder(LANGUAGE_STAGES, EXTRACTED_LAYERS);

export function extract(input: RawInput, options: AnalyzeOptions): Doc {
  if (options.raw) return rawTextDoc(input);
  return input.kind === 'html' ? htmlDoc(input) : cleanScrapedText(input);
}

export function analyzeDoc(
  input: RawInput,
  options: AnalyzeOptions = {},
  stages: readonly Stage[] = STAGES,
): Doc {
  const doc = extract(input, options);
  const published = options.published ?? doc.meta.published;
  const withPublished = published ? { ...doc, meta: { ...doc.meta, published } } : doc;
  return runStages(withPublished, stages, options);
}

export function analyze(input: RawInput, options: AnalyzeOptions = {}): ArticleRecord {
  return toRecord(analyzeDoc(input, options));
}
