/**
 * Quoted spans from the paired quotation marks (the repair step's `quoteMarks` layer): a pair gives
 * the words between them; an opening mark left open at a paragraph end runs to the end of the
 * paragraph (news style for quotes over several paragraphs); a closing mark with no opening one runs
 * back to the paragraph start (the opening mark was lost).
 */
import type { QuoteMark } from '../doc/doc.js';
import { spanContaining } from '../doc/span-search.js';

export interface MarkedSpan {
  start: number;
  end: number;
  /** Offset of the opening mark, when there is one. */
  openAt?: number;
  /** Offset of the closing mark, when there is one. */
  closeAt?: number;
}

export function markedSpans(
  text: string,
  blocks: readonly { start: number; end: number }[],
  marks: readonly QuoteMark[],
): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  marks.forEach((mark, i) => {
    if (mark.role === 'open' && mark.pair > i) {
      const close = marks[mark.pair];
      if (close) out.push({ start: mark.end, end: close.start, openAt: mark.start, closeAt: close.start });
      return;
    }
    if (mark.pair >= 0) return;
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
