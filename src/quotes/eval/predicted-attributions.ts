/**
 * The record's quotes as PolNeAR attributions: the content takes its quotation marks (PolNeAR counts
 * them as content), quotations nested in reported speech on the same cue fold into it, and a quote
 * with no cue of its own (a run) adds its content to the attribution of its speaker.
 */
import type { Quote } from '../../doc/record-schema.js';
import type { Attribution, CharSpan } from './read-brat.js';

const GLYPH = /["“”„«»]/;

function withMarks(text: string, q: CharSpan): CharSpan {
  let { start, end } = q;
  let s = start - 1;
  while (s >= 0 && text[s] === ' ') s--;
  if (GLYPH.test(text[s] ?? '')) start = s;
  let e = end;
  while (e < text.length && text[e] === ' ') e++;
  if (GLYPH.test(text[e] ?? '')) end = e + 1;
  return { start, end };
}

export function predictedAttributions(text: string, quotes: readonly Quote[]): Attribution[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Quote[] = [];
  for (const q of sorted) {
    const outer = kept[kept.length - 1];
    // PolNeAR does not nest: a quotation inside reported speech is part of its content.
    if (outer && q.start >= outer.start && q.end <= outer.end) continue;
    kept.push(q);
  }
  const byCue = new Map<string, Attribution>();
  const bySpeaker = new Map<string, Attribution>();
  const out: Attribution[] = [];
  for (const q of kept) {
    const content = withMarks(text, q);
    const speakerKey = q.speaker ? `${q.speaker.start}:${q.speaker.end}` : undefined;
    const cueKey = q.cue ? `${q.cue.start}:${q.cue.end}` : undefined;
    let a = (cueKey && byCue.get(cueKey)) || (!cueKey && speakerKey ? bySpeaker.get(speakerKey) : undefined);
    if (!a) {
      a = { source: [], cue: [], content: [] };
      if (q.cue) a.cue.push({ start: q.cue.start, end: q.cue.end });
      if (q.speaker) a.source.push({ start: q.speaker.start, end: q.speaker.end });
      out.push(a);
    }
    a.content.push(content);
    if (cueKey) byCue.set(cueKey, a);
    if (speakerKey) bySpeaker.set(speakerKey, a);
  }
  return out;
}

/** A direct attribution: its content opens with a quotation mark. */
export const isDirect = (text: string, a: Attribution) =>
  a.content.some((c) => GLYPH.test(text[c.start] ?? ''));
