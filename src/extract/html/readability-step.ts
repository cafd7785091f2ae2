/**
 * Mozilla Readability on linkedom, as one step of the cascade: its article HTML is turned into
 * blocks with the same converter as ours, so both candidates are cleaned and compared alike.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseHtml } from './dom.js';
import { htmlToBlocks, type RawBlock } from './html-to-blocks.js';
import { READABILITY_MAX_CHARS } from './limits.js';

export interface ReadabilityResult {
  blocks: RawBlock[];
  title?: string;
  byline?: string;
}

/** Undefined when skipped (page too big) or when Readability finds nothing or throws. */
export function runReadability(html: string): ReadabilityResult | undefined {
  if (html.length > READABILITY_MAX_CHARS) return undefined;
  try {
    const { document } = parseHTML(html);
    // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document is DOM-compatible but not typed as lib.dom's.
    const article = new Readability(document as any, { charThreshold: 200 }).parse();
    if (!article?.content) return undefined;
    const result: ReadabilityResult = { blocks: htmlToBlocks(parseHtml(article.content)) };
    if (article.title) result.title = article.title;
    if (article.byline) result.byline = article.byline;
    return result;
  } catch {
    return undefined;
  }
}
