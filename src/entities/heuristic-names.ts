/**
 * A rule-based name finder: runs of proper nouns (wink's PROPN, joined by "of", "in", "and", "on" inside
 * capitalised names) typed with country, demonym, agency and title word lists. It stands in where the
 * trained tagger (src/entities/tagger) has no model file, and keeps the same signature.
 */
import type { NameSpan, Token } from '../doc/doc.js';
import type { EntityType, Sentence } from '../doc/record-schema.js';
import { countryOfDemonym, countryOfName } from '../places/demonyms.js';
import { readDataFile } from '../resources/read-data-file.js';

interface NameCues {
  personTitles: string[];
  orgHeads: string[];
  locHeads: string[];
  notNames: string[];
}
interface BoilerplateLists {
  agencies: string[];
}

let cues: {
  titles: Set<string>;
  orgHeads: Set<string>;
  locHeads: Set<string>;
  not: Set<string>;
  agencies: Set<string>;
};

function loadCues() {
  if (cues) return cues;
  const data = readDataFile<NameCues>('name-cues.json');
  const agencies = readDataFile<BoilerplateLists>('boilerplate.json').agencies;
  cues = {
    titles: new Set(data.personTitles),
    orgHeads: new Set(data.orgHeads),
    locHeads: new Set(data.locHeads),
    not: new Set(data.notNames),
    agencies: new Set(agencies.map((a) => a.toLowerCase())),
  };
  return cues;
}

const CONNECTORS = new Set([
  'of',
  'in',
  'and',
  'on',
  'for',
  'de',
  'di',
  'al',
  'bin',
  'van',
  'von',
  'la',
  'del',
  'da',
]);
const capitalised = (word: string) => /^[\p{Lu}]/u.test(word);

function typeOf(words: string[], previous: string | undefined): EntityType {
  const c = loadCues();
  const phrase = words.join(' ');
  const lower = phrase.toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (countryOfName(phrase)) return 'GPE';
  if (words.length === 1 && countryOfDemonym(phrase)) return 'NORP';
  if (c.agencies.has(lower)) return 'ORG';
  if (c.titles.has((words[0] ?? '').toLowerCase().replace(/\.$/, ''))) return 'PERSON';
  if (previous && c.titles.has(previous.toLowerCase().replace(/\.$/, ''))) return 'PERSON';
  if (words.some((w) => c.orgHeads.has(w.toLowerCase()))) return 'ORG';
  if (c.locHeads.has(last) || c.locHeads.has(lower)) return 'LOC';
  if (/^[\p{Lu}]{2,6}$/u.test(phrase)) return 'ORG';
  return words.length >= 2 ? 'PERSON' : 'MISC';
}

export function findNamesByRules(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): NameSpan[] {
  const c = loadCues();
  const sentenceStarts = new Set(sentences.map((s) => s.start));
  const names: NameSpan[] = [];
  const word = (i: number) => {
    const token = tokens[i];
    return token ? text.slice(token.start, token.end) : '';
  };
  const isNamePart = (i: number) => {
    const token = tokens[i];
    if (!token) return false;
    const w = word(i);
    if (!capitalised(w) || c.not.has(w.toLowerCase())) return false;
    if (token.pos === 'PROPN') return true;
    // A capitalised adjective or noun inside a sentence ("Islamic State") is part of a name.
    return !sentenceStarts.has(token.start) && (token.pos === 'ADJ' || token.pos === 'NOUN');
  };
  let i = 0;
  while (i < tokens.length) {
    if (!isNamePart(i)) {
      i++;
      continue;
    }
    let end = i;
    while (true) {
      if (isNamePart(end + 1)) end++;
      else if (CONNECTORS.has(word(end + 1)) && isNamePart(end + 2) && word(end + 1) !== 'and') end += 2;
      else break;
    }
    const words: string[] = [];
    for (let k = i; k <= end; k++) words.push(word(k));
    // A title opening the chunk ("Pope Francis") stays part of the name; a bare title is not a name.
    const first = tokens[i];
    const last = tokens[end];
    // A chunk that ends in a title and its "of X" ("US Secretary of State") is a role, not a name.
    const titleAt = words.findLastIndex((w) => c.titles.has(w.toLowerCase().replace(/\.$/, '')));
    const isRole = titleAt >= 0 && (titleAt === words.length - 1 || words[titleAt + 1] === 'of');
    // A lone capitalised common noun mid-sentence is more often translation damage than a name.
    const loneCommonWord = words.length === 1 && first?.pos !== 'PROPN';
    if (first && last && !isRole && !loneCommonWord) {
      names.push({ start: first.start, end: last.end, type: typeOf(words, i > 0 ? word(i - 1) : undefined) });
    }
    i = end + 1;
  }
  return names;
}
