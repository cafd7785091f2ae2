/**
 * Damaged quotation marks for the robustness runs, seeded: each double quotation mark is, with the
 * given rate, deleted, turned to face the wrong way, or (every one) replaced by a guillemet. An offset
 * map leads each character of the damaged text back to the original, so predictions can be scored
 * against the original annotations.
 */
import { seededRandom } from '../../testing/seeded-random.js';

export type Damage = 'delete' | 'swap' | 'guillemets';

export interface Perturbed {
  text: string;
  /** Original offset of each character of `text`, plus one entry for the end. */
  toOriginal: Int32Array;
}

const MARK = /["“”„«»]/;

function opens(text: string, at: number): boolean {
  const mark = text[at] ?? '';
  if ('“„«'.includes(mark)) return true;
  if ('”»'.includes(mark)) return false;
  return at === 0 || /[\s([{—–-]/u.test(text[at - 1] ?? '');
}

export function perturbMarks(text: string, damage: Damage, rate: number, seed: number): Perturbed {
  const random = seededRandom(seed);
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!MARK.test(ch) || (damage !== 'guillemets' && random() >= rate)) {
      out += ch;
      map.push(i);
      continue;
    }
    if (damage === 'delete') continue;
    out += damage === 'swap' ? (opens(text, i) ? '”' : '“') : opens(text, i) ? '«' : '»';
    map.push(i);
  }
  map.push(text.length);
  return { text: out, toOriginal: Int32Array.from(map) };
}

/** A span of the damaged text as a span of the original. */
export function toOriginalSpan(p: Perturbed, span: { start: number; end: number }) {
  return {
    start: p.toOriginal[span.start] ?? 0,
    end: (p.toOriginal[Math.max(span.start, span.end - 1)] ?? 0) + 1,
  };
}
