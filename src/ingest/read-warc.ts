/**
 * WARC and .warc.gz (warcio), streamed record by record: only one record's payload is in memory
 * at a time, so a crawl of any size reads in flat memory. Response records with an HTML payload
 * become RawInputs with the target URI, fetch date and record id; everything else is skipped
 * unread.
 */
import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import type { RawInput } from './raw-input.js';
import { htmlInput } from './read-html.js';

/** Payloads above this are skipped: they are media or dumps, never one article. */
export const MAX_WARC_PAYLOAD_BYTES = 16 * 1024 * 1024;

const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;

export interface WarcOptions {
  /** Called for records that were skipped, with why (for counts and logs). */
  onSkip?: (recordId: string | undefined, why: string) => void;
}

export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<RawInput> {
  const parser = new WARCParser(createReadStream(path, { highWaterMark: 256 * 1024 }));
  for await (const record of parser) {
    if (record.warcType !== 'response') continue;
    const recordId = record.warcHeader('WARC-Record-ID') ?? undefined;
    const info = record.getResponseInfo();
    const contentType = info?.headers.get('content-type') ?? '';
    if (!HTML_TYPE.test(contentType)) continue;
    const length = Number(record.warcHeader('Content-Length') ?? 0);
    if (length > MAX_WARC_PAYLOAD_BYTES) {
      options.onSkip?.(recordId, `payload of ${length} bytes`);
      continue;
    }
    const status = Number(info?.status ?? 200);
    if (status >= 300) {
      options.onSkip?.(recordId, `HTTP status ${status}`);
      continue;
    }
    const payload = await record.readFully(true);
    const source: Parameters<typeof htmlInput>[1] = { path, format: 'warc-record' };
    const url = record.warcTargetURI;
    const date = record.warcDate;
    if (url) source.url = url;
    if (date) source.fetchedAt = date;
    if (recordId) source.recordId = recordId.replace(/^<|>$/g, '');
    yield htmlInput(payload, source, contentType);
  }
}
