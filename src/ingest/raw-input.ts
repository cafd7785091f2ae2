import type { Meta, Source } from '../doc/record-schema.js';

/**
 * One article as it arrives, decoded to a string but not yet cleaned or extracted.
 * `kind` says which extractor reads `body`: scraped plain text or an HTML page.
 */
export interface RawInput {
  source: Source;
  kind: 'text' | 'html';
  body: string;
  /** Metadata known before extraction (from a feed item, a JSON line, a WARC header). */
  meta?: Partial<Meta>;
}

/** A problem with one input: reported with its name, and the run goes on with the next one. */
export class InputError extends Error {
  constructor(
    readonly inputName: string,
    message: string,
  ) {
    super(`${inputName}: ${message}`);
    this.name = 'InputError';
  }
}
