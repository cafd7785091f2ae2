/**
 * An HTML page → Doc: the article extractor finds title, metadata and body blocks; then the same
 * cleaning as for scraped text runs over the blocks (captions, credits, trailers), so the record is
 * the same whichever way the article arrived.
 */
import type { Doc } from '../doc/doc.js';
import type { Meta } from '../doc/record-schema.js';
import type { RawInput } from '../ingest/raw-input.js';
import { cleanLines, type Line } from './clean-scraped-text.js';
import { extractArticle } from './html/extract-article.js';
import { normalizeLine } from './normalize-line.js';

export function htmlDoc(input: RawInput): Doc {
  const article = extractArticle(input.body, input.source.url ? { url: input.source.url } : {});
  const lines: Line[] = article.blocks
    .map(
      (block): Line => ({
        text: normalizeLine(block.text.includes('\n') ? block.text.replace(/\s*\n+\s*/g, ' ') : block.text),
        kind: block.kind === 'title' ? 'heading' : block.kind,
        blankAfter: true,
      }),
    )
    .filter((line) => line.text !== '');
  const meta: Partial<Meta> = {};
  for (const key of ['byline', 'published', 'modified', 'language', 'siteName'] as const) {
    const value = article[key];
    if (value) meta[key] = value;
  }
  const source =
    !input.source.url && article.canonicalUrl ? { ...input.source, url: article.canonicalUrl } : input.source;
  const title = article.title ? normalizeLine(article.title) : undefined;
  return cleanLines(
    lines,
    { ...input, source },
    {
      ...(title ? { title } : {}),
      meta,
      removed: article.removed.map((item) => ({ text: item.text, reason: item.reason })),
      captions: article.captions,
      credits: article.credits,
    },
    false,
  );
}
