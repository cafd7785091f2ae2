/**
 * An HTML page → Doc: the article extractor finds title, metadata and body blocks; then the same
 * cleaning as for scraped text runs over the blocks (captions, credits, trailers), so the record is
 * the same whichever way the article arrived.
 */
import type { Doc } from '../doc/doc.js';
import type { Meta } from '../doc/record-schema.js';
import type { RawInput } from '../ingest/raw-input.js';
import { isTitleCase } from '../text/quoted-title.js';
import { cleanLines, type Line } from './clean-scraped-text.js';
import { extractArticle } from './html/extract-article.js';
import { normalizeLine } from './normalize-line.js';

export function htmlDoc(input: RawInput): Doc {
  const article = extractArticle(input.body, input.source.url ? { url: input.source.url } : {});
  const lines: Line[] = article.blocks
    .flatMap((block): Line[] => {
      const kind = block.kind === 'title' ? 'heading' : block.kind;
      if (!block.text.includes('\n')) return [{ text: normalizeLine(block.text), kind, blankAfter: true }];
      const [first = '', ...rest] = block.text.split(/\s*\n+\s*/);
      const joined = (parts: string[]) => normalizeLine(parts.join(' '));
      if (kind === 'paragraph' && mayHeadParagraph(first)) {
        const body = joined(rest);
        if (isHeadedParagraph(body))
          return [
            { text: normalizeLine(first), kind: 'heading', blankAfter: true },
            { text: body, kind, blankAfter: true },
          ];
      }
      return [{ text: joined([first, ...rest]), kind, blankAfter: true }];
    })
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

/** At most this many words in a heading set on the first line of a paragraph. */
const MAX_INLINE_HEADING_WORDS = 8;

/**
 * "<p><b>About Georgetown University Medical Center</b><br>Georgetown University Medical Center (GUMC) is
 * …": a first line in title case without closing punctuation, above sentences (eight words or more, to a
 * full stop), is the paragraph's heading (joined to it, the two ran into one sentence and one name). Not
 * a table row's cells ("July 6", "WWE Money in the Bank Toronto").
 */
const MIN_HEADED_PARAGRAPH = /^(?:\S+\s+){7,}.*[.!?]["”’)]?$/su;
/** The first line's side, tested first: it is short, and most first lines fail it (the rest need not be joined). */
function mayHeadParagraph(first: string): boolean {
  return !/[.!?:;,]$/.test(first) && isTitleCase(first, MAX_INLINE_HEADING_WORDS);
}
function isHeadedParagraph(rest: string): boolean {
  return /^\p{Lu}/u.test(rest) && MIN_HEADED_PARAGRAPH.test(rest);
}
