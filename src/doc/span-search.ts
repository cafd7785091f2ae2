/**
 * Binary searches over layers sorted by `start` (tokens, sentences, blocks, mentions). Stages use them
 * instead of scanning a layer for each item, which on a 10 MB article would be quadratic.
 */
import type { Span } from './record-schema.js';

/** Index of the first span whose start is at or after `offset` (the layer's length if none). */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((spans[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The span that contains `offset` (start ≤ offset < end), for non-overlapping layers. */
export function spanContaining<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const index = firstStartingAt(spans, offset + 1) - 1;
  const span = spans[index];
  return span && span.start <= offset && offset < span.end ? span : undefined;
}

/** The spans lying wholly inside [start, end). */
export function spansWithin<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(spans, start); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start >= end) break;
    if (span.end <= end) out.push(span);
  }
  return out;
}
