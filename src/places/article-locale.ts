/**
 * The country whose local news an article reads like, from its institutions and usages rather than its
 * place names: sheriff's deputies, a school district, "the state's", "Gov." are American; "£", "Mr Wood",
 * a borough council are British; "Ont.", the OPP, "the province's" are Canadian. Local papers name their
 * own town without its state ("A Paris man was arrested", "City of Oxford residents"): the locale is
 * the context such a name lacks.
 */
import { readDataFile } from '../resources/read-data-file.js';

/** Distinct cues that make a locale certain; fewer give it a proportional strength. */
const FULL_CUES = 2;

export interface Locale {
  /** ISO alpha-2. */
  code: string;
  /** 0–1: distinct cues / FULL_CUES, capped. */
  strength: number;
}

let patterns: [string, RegExp[]][] | undefined;

function cuePatterns(): [string, RegExp[]][] {
  patterns ??= Object.entries(readDataFile<Record<string, string[] | string>>('places/locale-cues.json'))
    .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]))
    .map(([code, list]) => [code, list.map((p) => new RegExp(p, 'u'))]);
  return patterns;
}

/** The article's locale, or undefined when no country has a cue or two are tied. */
export function articleLocale(text: string): Locale | undefined {
  let best: { code: string; cues: number } | undefined;
  let tied = false;
  for (const [code, list] of cuePatterns()) {
    const cues = list.filter((p) => p.test(text)).length;
    if (cues === 0) continue;
    if (!best || cues > best.cues) {
      best = { code, cues };
      tied = false;
    } else if (cues === best.cues) tied = true;
  }
  return best && !tied ? { code: best.code, strength: Math.min(1, best.cues / FULL_CUES) } : undefined;
}
