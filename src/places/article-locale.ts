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

/**
 * The distinct cue patterns, and each country's cues as indices into them: the British and Canadian
 * spellings are one pattern, tested once per text.
 */
let cues: { patterns: RegExp[]; countries: [string, number[]][] } | undefined;

function cuePatterns(): { patterns: RegExp[]; countries: [string, number[]][] } {
  if (!cues) {
    const patterns: RegExp[] = [];
    const bySource = new Map<string, number>();
    const countries = Object.entries(
      readDataFile<Record<string, string[] | string>>('places/locale-cues.json'),
    )
      .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]))
      .map(([code, list]): [string, number[]] => [
        code,
        list.map((source) => {
          let at = bySource.get(source);
          if (at === undefined) {
            at = patterns.push(new RegExp(source, 'u')) - 1;
            bySource.set(source, at);
          }
          return at;
        }),
      ]);
    cues = { patterns, countries };
  }
  return cues;
}

/** The article's locale, or undefined when no country has a cue or two are tied. */
export function articleLocale(text: string): Locale | undefined {
  const { patterns, countries } = cuePatterns();
  const found: (boolean | undefined)[] = new Array(patterns.length);
  const matches = (at: number) => (found[at] ??= patterns[at]!.test(text));
  let best: { code: string; cues: number } | undefined;
  let tied = false;
  for (const [code, list] of countries) {
    const cues = list.filter(matches).length;
    if (cues === 0) continue;
    if (!best || cues > best.cues) {
      best = { code, cues };
      tied = false;
    } else if (cues === best.cues) tied = true;
  }
  return best && !tied ? { code: best.code, strength: Math.min(1, best.cues / FULL_CUES) } : undefined;
}
