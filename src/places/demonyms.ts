/** Demonyms and country adjectives ("American", "Iranian-backed", "pro-Iran") → ISO alpha-2 codes. */
import { countries, placeAliases } from './country-names.js';
import { normalizePlaceName } from './normalize-place-name.js';

let byDemonym: Map<string, string> | undefined;
let byName: Map<string, string> | undefined;

function tables(): { demonyms: Map<string, string>; names: Map<string, string> } {
  if (!byDemonym || !byName) {
    byDemonym = new Map();
    byName = new Map();
    // Our aliases first: they settle the ambiguous ones ("Congolese" is DR Congo in the news).
    for (const [code, words] of Object.entries(placeAliases().demonyms)) {
      for (const word of words) byDemonym.set(normalizePlaceName(word), code);
    }
    for (const country of countries()) {
      for (const word of country.demonyms) {
        const key = normalizePlaceName(word);
        if (!byDemonym.has(key)) byDemonym.set(key, country.code);
      }
      for (const name of country.names) {
        const key = normalizePlaceName(name);
        if (!byName.has(key)) byName.set(key, country.code);
      }
    }
  }
  return { demonyms: byDemonym, names: byName };
}

const MAX_CACHED_WORDS = 100_000;
/** countryOfDemonym's answers by word (null: none). demonymCounts asks it about every capitalised word. */
const demonymCache = new Map<string, string | null>();

/** A demonym or country adjective → ISO alpha-2 code, or undefined. Case matters: "turkish" is not a demonym. */
export function countryOfDemonym(word: string): string | undefined {
  let found = demonymCache.get(word);
  if (found === undefined) {
    found = demonymOf(word) ?? null;
    // Words repeat across articles; the cache is bounded so that a stream of junk cannot grow it forever.
    if (demonymCache.size >= MAX_CACHED_WORDS) demonymCache.clear();
    demonymCache.set(word, found);
  }
  return found ?? undefined;
}

function demonymOf(word: string): string | undefined {
  const trimmed = word.trim();
  if (!/^\p{Lu}/u.test(trimmed) && !/^(pro|anti)-\p{Lu}/u.test(trimmed)) return undefined;
  const { demonyms, names } = tables();
  const direct = demonyms.get(normalizePlaceName(trimmed));
  if (direct) return direct;
  // "Iranian-backed", "Iraqi-led", "Turkish-born"
  const compound = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}\p{L}*)?)-\p{Ll}+$/u.exec(trimmed);
  if (compound?.[1]) return demonyms.get(normalizePlaceName(compound[1]));
  // "pro-Iran", "anti-American"
  const stance = /^(?:pro|anti)-(.+)$/u.exec(trimmed);
  if (stance?.[1]) {
    const key = normalizePlaceName(stance[1]);
    return demonyms.get(key) ?? names.get(key);
  }
  return undefined;
}

/** A country's name or short form ("Syria", "the United States", "US") → ISO alpha-2 code, or undefined. */
export function countryOfName(name: string): string | undefined {
  return tables().names.get(normalizePlaceName(name.replace(/^the\s+/i, '')));
}
