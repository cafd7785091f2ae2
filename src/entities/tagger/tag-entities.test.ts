import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NameSpan } from '../../doc/doc.js';
import { Gazetteer } from './gazetteer.js';
import {
  businessPossessives,
  capitalisedThe,
  cleanNameEnds,
  hyphenatedOrganisations,
  legalFormEnds,
  lowercaseCountries,
  lowercasePlaces,
  mailNames,
  organisationCues,
  type Piece,
  personTitles,
  possessiveOrganisations,
  stateUniversities,
  stormNames,
  tagEntities,
  trimNameEdges,
  wholeHyphenatedWords,
} from './tag-entities.js';
import type { LabelSpan } from './tag-labels.js';
import { winkTokens } from './wink-tokens.js';
import { WordClusters } from './word-clusters.js';

const SEED = fileURLToPath(new URL('../../../../shared/samples/seed-article.txt', import.meta.url));

function tag(text: string): NameSpan[] {
  const { tokens, sentences } = winkTokens(text);
  return tagEntities(text, tokens, sentences);
}

/**
 * Type of the name covering every whole-word occurrence of `needle` (or "none"). Occurrences inside a
 * longer name listed in `within` count as that name's part ("Iraq" in "Islamic State in Iraq and Syria").
 */
function typesOf(
  text: string,
  names: readonly NameSpan[],
  needle: string,
  within: readonly string[] = [],
): string[] {
  const found: string[] = [];
  const re = new RegExp(`(?<![\\p{L}])${needle.replace(/[.$]/g, '\\$&')}(?![\\p{L}])`, 'gu');
  for (const m of text.matchAll(re)) {
    const span = names.find((n) => n.start <= m.index && n.end >= m.index + needle.length);
    if (span && within.includes(text.slice(span.start, span.end))) continue;
    found.push(span?.type ?? 'none');
  }
  return found;
}

test('seed article: people, organisations, countries and nationalities get their types', {
  skip: !existsSync(SEED),
}, () => {
  const text = readFileSync(SEED, 'utf8');
  const names = tag(text);
  const expected: [string, string][] = [
    ['Antony Blinken', 'PERSON'],
    ['Blinken', 'PERSON'],
    ['Antoine Blink', 'PERSON'],
    ['Di Maio', 'PERSON'],
    ['Francis', 'PERSON'],
    ['Islamic State', 'ORG'],
    ['Islamic State in Iraq and Syria', 'ORG'],
    ['ISIS', 'ORG'],
    ['IS', 'ORG'],
    ['Reuters', 'ORG'],
    ['AP', 'ORG'],
    ['EFE', 'ORG'],
    ['Iraq', 'GPE'],
    ['Syria', 'GPE'],
    ['Afghanistan', 'GPE'],
    ['Rome', 'GPE'],
    ['Ghana', 'GPE'],
    ['Mozambique', 'GPE'],
    ['Burkina Faso', 'GPE'],
    ['Italy', 'GPE'],
    ['Kuwait', 'GPE'],
    ['United States', 'GPE'],
    ['China', 'GPE'],
    ['Venezuela', 'GPE'],
    ['American', 'NORP'],
    ['Italian', 'NORP'],
    ['Iraqi', 'NORP'],
  ];
  const wrong: string[] = [];
  for (const [needle, type] of expected) {
    const got = typesOf(text, names, needle, type === 'ORG' ? [] : ['Islamic State in Iraq and Syria']);
    assert.ok(got.length > 0, `${needle} occurs in the seed article`);
    if (got.some((t) => t !== type)) wrong.push(`${needle}: ${got.join(',')} (want ${type})`);
  }
  assert.deepEqual(wrong, []);
});

test('names are sorted, non-overlapping and inside the text', () => {
  const text = 'Antony Blinken met Luigi Di Maio in Rome. Blinken later flew to Iraq-Syria talks in Baghdad.';
  const names = tag(text);
  for (let i = 1; i < names.length; i++) assert.ok(names[i - 1]!.end <= names[i]!.start);
  for (const n of names) assert.ok(n.start >= 0 && n.end <= text.length && n.start < n.end);
  assert.deepEqual(typesOf(text, names, 'Blinken'), ['PERSON', 'PERSON']);
  assert.deepEqual(typesOf(text, names, 'Iraq'), ['GPE']);
});

test('a name inside a hyphenated word takes the rest of the word unless it is lowercase or tagged', () => {
  // Wink tokens "Talabira-II", "Iranian-backed", "US-China" split into pieces as tagEntities does.
  const words = ['Talabira', '-', 'II', 'Iranian', '-', 'backed', 'US', '-', 'China'];
  const pieces: Piece[] = words.map((_, i) => ({ start: i, end: i + 1, token: Math.floor(i / 3) }));
  const spans = wholeHyphenatedWords(pieces, words, [
    { start: 0, end: 1, cls: 'LOCATION' },
    { start: 3, end: 4, cls: 'NORP' },
    { start: 6, end: 7, cls: 'LOCATION' },
    { start: 8, end: 9, cls: 'LOCATION' },
  ]);
  assert.deepEqual(
    spans.map((s) => [s.start, s.end]),
    [
      [0, 3],
      [3, 4],
      [6, 7],
      [8, 9],
    ],
  );
});

test('a name joins capitalised words over a touching hyphen that wink made tokens of their own, not a prefix', () => {
  // wink splits "SNC-Lavalin" and "Export-Import" into three tokens each.
  const text =
    'SNC-Lavalin and the Export-Import Bank, not Iranian-backed groups, Paris - Texas or the Pro-Beijing camp';
  const words: string[] = [];
  const pieces: Piece[] = [];
  for (const m of text.matchAll(/[\p{L}]+|-/gu)) {
    pieces.push({ start: m.index, end: m.index + m[0].length, token: pieces.length });
    words.push(m[0]);
  }
  const at = (w: string) => words.indexOf(w);
  const spans = wholeHyphenatedWords(pieces, words, [
    { start: at('SNC'), end: at('SNC') + 1, cls: 'ORG' },
    { start: at('Import'), end: at('Bank') + 1, cls: 'ORG' },
    { start: at('Iranian'), end: at('Iranian') + 1, cls: 'NORP' },
    { start: at('Paris'), end: at('Paris') + 1, cls: 'LOCATION' },
    { start: at('Beijing'), end: at('Beijing') + 1, cls: 'LOCATION' },
  ]);
  assert.deepEqual(
    spans.map((s) => text.slice(pieces[s.start]!.start, pieces[s.end - 1]!.end)),
    ['SNC-Lavalin', 'Export-Import Bank', 'Iranian', 'Paris', 'Beijing'],
  );
});

test('a person of two words or more takes a short lowercase syllable after a hyphen', () => {
  const text = 'Kim Jong-un met Jimmy Carter-era aides and Koon Ho-ming and Joe Biden-like figures';
  const words: string[] = [];
  const pieces: Piece[] = [];
  for (const m of text.matchAll(/[\p{L}]+|-/gu)) {
    pieces.push({ start: m.index, end: m.index + m[0].length, token: pieces.length });
    words.push(m[0]);
  }
  const spans = wholeHyphenatedWords(pieces, words, [
    { start: 0, end: 2, cls: 'PERSON' },
    { start: 5, end: 7, cls: 'PERSON' },
    { start: 11, end: 13, cls: 'PERSON' },
    { start: 16, end: 18, cls: 'PERSON' },
  ]);
  assert.deepEqual(
    spans.map((s) => text.slice(pieces[s.start]!.start, pieces[s.end - 1]!.end)),
    ['Kim Jong-un', 'Jimmy Carter', 'Koon Ho-ming', 'Joe Biden'],
  );
});

test('a sentence written all in lowercase gets its places from the gazetteer when they are proper names', () => {
  const gazetteer = Gazetteer.compile(
    ['san francisco\t4', 'mexico\t1', 'turkey\t1', 'allen\t36', 'paris\t4'].join('\n'),
  );
  // Capitalisation priors: 4 = ALWAYS capitalised in unlabelled text, 2 = RARELY.
  const clusters = WordClusters.compile(
    ['san\t1\t4', 'francisco\t1\t4', 'mexico\t1\t4', 'allen\t1\t4', 'paris\t1\t4', 'turkey\t1\t2'].join('\n'),
  );
  const text = 'i flew from mexico to san francisco with allen and ate turkey . We saw paris and Paris';
  const words = text.split(' ');
  const spans = lowercasePlaces(words, [0, words.indexOf('.') + 1], [], gazetteer, clusters);
  assert.deepEqual(
    spans.map((s) => words.slice(s.start, s.end).join(' ')),
    ['mexico', 'san francisco'],
  );
});

test('a lowercase country in a capitalised sentence is a location', () => {
  const gazetteer = Gazetteer.compile(
    ['malaysia\t1', 'turkey\t1', 'thai\t3', 'emirates\t1', 'chad\t33', 'paris\t4'].join('\n'),
  );
  const clusters = WordClusters.compile(
    ['malaysia\t1\t4', 'turkey\t1\t2', 'thai\t1\t4', 'emirates\t1\t4', 'chad\t1\t4', 'paris\t1\t4'].join(
      '\n',
    ),
  );
  const text = 'I live in malaysia , ate turkey and pad thai in the emirates with chad in paris and Kenya';
  const words = text.split(' ');
  const pieces: Piece[] = words.map((_, token) => ({ start: token, end: token + 1, token }));
  const spans = lowercaseCountries(
    pieces,
    words,
    [{ start: 18, end: 19, cls: 'LOCATION' }],
    gazetteer,
    clusters,
  );
  assert.deepEqual(
    spans.map((s) => words.slice(s.start, s.end).join(' ')),
    ['malaysia', 'chad', 'Kenya'],
  );
});

test('empty input gives no names', () => {
  assert.deepEqual(tagEntities('', [], []), []);
});

test("an organisation tagged from its last word takes the untagged capitalised words and 's before it", () => {
  const words = [
    'the',
    'Korean',
    'People',
    "'s",
    'Army',
    'and',
    'China',
    "'s",
    'Army',
    'on',
    'Monday',
    "'s",
    'Summit',
  ];
  const spans = possessiveOrganisations(words, [
    { start: 4, end: 5, cls: 'ORG' },
    { start: 6, end: 7, cls: 'LOCATION' },
    { start: 8, end: 9, cls: 'ORG' },
    { start: 12, end: 13, cls: 'ORG' },
  ]);
  assert.deepEqual(
    spans.map((s) => words.slice(s.start, s.end).join(' ')),
    ["Korean People 's Army", 'China', 'Army', 'Summit'],
  );
});

test('a title at the start of a person is left out, one the person is known by kept; a mail-system address joins the name', () => {
  const gazetteer = Gazetteer.compile('mrs\t64\nprince\t64\n');
  const w = [
    'Mrs.',
    'Leifer',
    'and',
    'Mrs',
    '.',
    'Cohen',
    'met',
    'Prince',
    'Charles',
    'and',
    'General',
    'Amir',
  ];
  assert.deepEqual(
    personTitles(
      w,
      [
        { start: 0, end: 2, cls: 'PERSON' },
        { start: 3, end: 6, cls: 'PERSON' },
        { start: 7, end: 9, cls: 'PERSON' },
        { start: 10, end: 12, cls: 'PERSON' },
      ],
      gazetteer,
    ),
    [
      { start: 1, end: 2, cls: 'PERSON' },
      { start: 5, end: 6, cls: 'PERSON' },
      { start: 7, end: 9, cls: 'PERSON' },
      { start: 11, end: 12, cls: 'PERSON' },
    ],
  );
  const text = 'John Lamb@ENRON wrote';
  const pieces: Piece[] = [
    { start: 0, end: 4, token: 0 },
    { start: 5, end: 9, token: 1 },
    { start: 9, end: 15, token: 2 },
    { start: 16, end: 21, token: 3 },
  ];
  const words = pieces.map((p) => text.slice(p.start, p.end));
  assert.deepEqual(mailNames(pieces, words, [{ start: 0, end: 2, cls: 'PERSON' }]), [
    { start: 0, end: 3, cls: 'PERSON' },
  ]);
  assert.deepEqual(mailNames(pieces, words, [{ start: 0, end: 2, cls: 'ORG' }]), [
    { start: 0, end: 2, cls: 'ORG' },
  ]);
});

test('no names inside a web address or before a currency sign', () => {
  const text =
    'https://www.gulf-times.com/story/721581/Al-Attiyah-wins-Baja-Spain-Aragon-for-fifth-time\n\nMeals in Hong Kong cost HK$35 now.';
  const names = tag(text);
  const url = text.indexOf('\n');
  assert.deepEqual(
    names.filter((n) => n.start < url),
    [],
  );
  assert.deepEqual(typesOf(text, names, 'HK'), ['none']);
});

test('no names inside file names or words joined by underscores', () => {
  const text =
    'Vince, see attached file: Lisa_resume.doc and CrudeStocks.pdf from GCP_London. Thanks, Lisa Warner';
  const names = tag(text);
  const end = text.indexOf('. Thanks');
  assert.deepEqual(
    names.filter((n) => n.start > text.indexOf(':') && n.end <= end),
    [],
  );
  assert.deepEqual(typesOf(text, names, 'Lisa Warner'), ['PERSON']);
});

test('words that stand next to names are trimmed off their edges', () => {
  const edges = { before: new Set(['frenchman', 'justice']), after: new Set(['ruler']) };
  const w = ['Frenchman', 'Sebastien', 'Delaunay', 'Justice', 'Ministry', 'Dubai', 'Ruler'];
  assert.deepEqual(
    trimNameEdges(
      w,
      [
        { start: 0, end: 3, cls: 'PERSON' },
        { start: 3, end: 5, cls: 'ORG' },
        { start: 5, end: 7, cls: 'ORG' },
      ],
      edges,
    ),
    [
      { start: 1, end: 3, cls: 'PERSON' },
      { start: 3, end: 5, cls: 'ORG' },
      { start: 5, end: 6, cls: 'ORG' },
    ],
  );
});

test('a one-word name hyphenated to a long organisation starts it', () => {
  const text = 'the Asia-Pacific Institute of Business';
  const at = (w: string, from = 0) => text.indexOf(w, from);
  const pieces: Piece[] = [
    { start: 0, end: 3, token: 0 },
    { start: at('Asia'), end: at('Asia') + 4, token: 1 },
    { start: at('-'), end: at('-') + 1, token: 2 },
    { start: at('Pacific'), end: at('Pacific') + 7, token: 3 },
    { start: at('Institute'), end: at('Institute') + 9, token: 4 },
    { start: at('of'), end: at('of') + 2, token: 5 },
    { start: at('Business'), end: at('Business') + 8, token: 6 },
  ];
  const words = pieces.map((p) => text.slice(p.start, p.end));
  assert.deepEqual(
    hyphenatedOrganisations(pieces, words, [
      { start: 1, end: 2, cls: 'LOCATION' },
      { start: 3, end: 7, cls: 'ORG' },
    ]),
    [{ start: 1, end: 7, cls: 'ORG' }],
  );
});

test('a name ends before a stray bracket and without a trailing punctuation token', () => {
  const w = ['Def', 'Leppard', 'Show', ')', 'Facebook', 'and', 'J-K', '.', 'and', '(', 'Cran', ')'];
  assert.deepEqual(
    cleanNameEnds(w, [
      { start: 0, end: 5, cls: 'ORG' },
      { start: 6, end: 8, cls: 'LOCATION' },
      { start: 9, end: 12, cls: 'ORG' },
    ]),
    [
      { start: 0, end: 3, cls: 'ORG' },
      { start: 6, end: 7, cls: 'LOCATION' },
      { start: 9, end: 12, cls: 'ORG' },
    ],
  );
});

test("a name whose 's owns nothing is a shop or restaurant, and so is the same name before 's elsewhere", () => {
  const tagged = [
    ['we', 'PRON'],
    ['went', 'VERB'],
    ['to', 'ADP'],
    ['Del', 'PROPN'],
    ['Frisco', 'PROPN'],
    ["'s", 'PART'],
    ['for', 'ADP'],
    ['dinner', 'NOUN'],
    ['at', 'ADP'],
    ['Del', 'PROPN'],
    ['Frisco', 'PROPN'],
    ["'s", 'PART'],
    ['Philadelphia', 'PROPN'],
    ['and', 'CCONJ'],
    ['Iran', 'PROPN'],
    ["'s", 'PART'],
    ['new', 'ADV'],
    ['leader', 'NOUN'],
    ['and', 'CCONJ'],
    ['Wendy', 'PROPN'],
    ['s', 'PART'],
    ['Venezuela', 'PROPN'],
    ['’s', 'AUX'],
    ['making', 'VERB'],
    ['strides', 'NOUN'],
    ['McDonald', 'PROPN'],
    ['s', 'PART'],
    [',', 'PUNCT'],
  ];
  const words = tagged.map(([w]) => w!);
  const pos = tagged.map(([, p]) => p!);
  const spans = businessPossessives(
    words,
    [0, 21],
    [
      { start: 3, end: 5, cls: 'ORG' },
      { start: 9, end: 11, cls: 'ORG' },
      { start: 12, end: 13, cls: 'LOCATION' },
      { start: 14, end: 15, cls: 'LOCATION' },
      { start: 19, end: 20, cls: 'PERSON' },
      { start: 21, end: 22, cls: 'LOCATION' },
      { start: 25, end: 27, cls: 'ORG' },
    ],
    pos,
  );
  assert.deepEqual(
    spans.map((s) => [words.slice(s.start, s.end).join(' '), s.cls]),
    [
      ["Del Frisco 's", 'LOCATION'],
      ["Del Frisco 's", 'LOCATION'],
      ['Philadelphia', 'LOCATION'],
      ['Iran', 'LOCATION'],
      ['Wendy s', 'LOCATION'],
      ['Venezuela', 'LOCATION'],
      ['McDonald s', 'LOCATION'],
    ],
  );
  assert.deepEqual(businessPossessives(words, [0], spans.slice(0, 1), undefined), spans.slice(0, 1));
});

test('a name also written without "\'s" is the owner, not a business', () => {
  const words = "Biden said no . The last word was Biden 's .".split(' ');
  const pos = ['PROPN', 'VERB', 'DET', 'PUNCT', 'DET', 'ADJ', 'NOUN', 'AUX', 'PROPN', 'PART', 'PUNCT'];
  const spans: LabelSpan[] = [
    { start: 0, end: 1, cls: 'PERSON' },
    { start: 8, end: 9, cls: 'PERSON' },
  ];
  assert.deepEqual(businessPossessives(words, [0, 4], spans, pos), spans);
});

test('a capitalised "The" inside a sentence before an organisation or place joins it', () => {
  const w =
    'The Hague said villagers told The Daily Star and — The Hindu , The Guardian and The Smiths'.split(' ');
  const spans = capitalisedThe(
    w,
    [0],
    [
      { start: 1, end: 2, cls: 'LOCATION' },
      { start: 6, end: 8, cls: 'ORG' },
      { start: 11, end: 12, cls: 'ORG' },
      { start: 14, end: 15, cls: 'ORG' },
      { start: 17, end: 18, cls: 'PERSON' },
    ],
  );
  assert.deepEqual(
    spans.map((s) => w.slice(s.start, s.end).join(' ')),
    ['Hague', 'The Daily Star', 'Hindu', 'The Guardian', 'Smiths'],
  );
});

test('an organisation ends at its legal form', () => {
  const w = 'Google , Inc. of Mountain View and Acme Ltd and Broadcasting Corp of Nigeria'.split(' ');
  const spans = legalFormEnds(w, [
    { start: 0, end: 6, cls: 'ORG' },
    { start: 7, end: 9, cls: 'ORG' },
    { start: 10, end: 14, cls: 'ORG' },
  ]);
  assert.deepEqual(
    spans.map((s) => w.slice(s.start, s.end).join(' ')),
    ['Google , Inc.', 'Acme Ltd', 'Broadcasting Corp of Nigeria'],
  );
});

test('a storm is no person', () => {
  const w = 'Hurricane Rita hit Texas . Rita and Jan fled'.split(' ');
  const spans = stormNames(w, [
    { start: 1, end: 2, cls: 'PERSON' },
    { start: 3, end: 4, cls: 'LOCATION' },
    { start: 5, end: 6, cls: 'PERSON' },
    { start: 7, end: 8, cls: 'PERSON' },
  ]);
  assert.deepEqual(
    spans.map((s) => s.cls),
    ['MISC', 'LOCATION', 'MISC', 'PERSON'],
  );
});

test('a "person" the text shows to be an organisation is one wherever it is written so', () => {
  const w =
    'said Elaf . Elaf ’s CEO met the founder of Lo Tishtok and Writer Daniel James of Remat Company Abdullah Abudawood'.split(
      ' ',
    );
  const spans = organisationCues(w, [
    { start: 1, end: 2, cls: 'PERSON' },
    { start: 3, end: 4, cls: 'PERSON' },
    { start: 10, end: 12, cls: 'PERSON' },
    { start: 14, end: 16, cls: 'PERSON' },
    { start: 19, end: 21, cls: 'PERSON' },
  ]);
  assert.deepEqual(
    spans.map((s) => s.cls),
    ['ORG', 'ORG', 'ORG', 'PERSON', 'PERSON'],
  );
});

test('a company written as a company is one: its shares, its analysts, its chief executive; not a person owning shares', () => {
  const w =
    'Tesla shares fell . Goldman Sachs analysts said so . Elon Musk , Honda ’s chief executive , sold . Musk ’s shares were sold . Ramla Ali shares her story'.split(
      ' ',
    );
  const spans = organisationCues(w, [
    { start: 0, end: 1, cls: 'PERSON' },
    { start: 4, end: 6, cls: 'PERSON' },
    { start: 10, end: 12, cls: 'PERSON' },
    { start: 13, end: 14, cls: 'PERSON' },
    { start: 20, end: 21, cls: 'PERSON' },
    { start: 26, end: 28, cls: 'PERSON' },
  ]);
  assert.deepEqual(
    spans.map((s) => s.cls),
    ['ORG', 'ORG', 'PERSON', 'ORG', 'PERSON', 'PERSON'],
  );
});

test('nationalities are NORP', () => {
  const text = 'Syrian rebels engaged Filipino peacekeepers in a firefight in Golan Heights on Saturday.';
  const types = tag(text).map((n) => [text.slice(n.start, n.end), n.type]);
  assert.deepEqual(types.slice(0, 2), [
    ['Syrian', 'NORP'],
    ['Filipino', 'NORP'],
  ]);
});

test('a US state before "State" is a university; "Lagos State" and "Florida State University" are left as tagged', () => {
  const w =
    'Florida State sued . Ohio State fans and Lagos State met New York State and Florida State University , Florida State and Clemson'.split(
      ' ',
    );
  const spans = stateUniversities(w, [
    { start: 0, end: 1, cls: 'LOCATION' },
    { start: 1, end: 2, cls: 'PERSON' },
    { start: 4, end: 6, cls: 'LOCATION' },
    { start: 8, end: 10, cls: 'LOCATION' },
    { start: 11, end: 14, cls: 'LOCATION' },
    { start: 15, end: 16, cls: 'LOCATION' },
    { start: 16, end: 18, cls: 'ORG' },
    { start: 19, end: 23, cls: 'LOCATION' },
  ]);
  assert.deepEqual(
    spans.map((s) => `${w.slice(s.start, s.end).join(' ')}:${s.cls}`),
    [
      'Florida State:ORG',
      'Ohio State:ORG',
      'Lagos State:LOCATION',
      'New York State:LOCATION',
      'Florida:LOCATION',
      'State University:ORG',
      'Florida State:ORG',
      'Clemson:LOCATION',
    ],
  );
});

test('a party or nationality in the plural before a name is not part of it', () => {
  const text =
    'Joe Biden and Kamala Harris won, beating Republicans Trump and his Vice-President Mike Pence.';
  const people = tag(text)
    .filter((n) => n.type === 'PERSON')
    .map((n) => text.slice(n.start, n.end));
  assert.ok(people.includes('Trump'), people.join(' | '));
  assert.ok(!people.some((p) => p.startsWith('Republicans')), people.join(' | '));
});

test('a state that begins the name of an organisation the text abbreviates stays a place', () => {
  const text =
    'Murphy announced the hub with the New Jersey Economic Development Authority (NJEDA). The hub will make New Jersey an AI leader.';
  const names = tag(text);
  assert.deepEqual(typesOf(text, names, 'New Jersey', ['New Jersey Economic Development Authority']), [
    'GPE',
  ]);
});

test('a city the gazetteer knows, before a comma and its state or country, is a place though it is a surname too', () => {
  const text =
    'An investigation involving a Fairfield, New Jersey moving company has led to more complaints.';
  assert.deepEqual(typesOf(text, tag(text), 'Fairfield'), ['GPE']);
});

test('a name before a lower-case "county" names the county', () => {
  const text = 'Palmer and Hartmann were members of the Wayne county board of canvassers.';
  assert.deepEqual(typesOf(text, tag(text), 'Wayne'), ['GPE']);
});

test('a lower-case verb between two capitalised words splits a name in two', () => {
  const text = 'CBC News asked Global Affairs Canada if it was considering such a reallocation.';
  assert.deepEqual(
    tag(text).map((n) => text.slice(n.start, n.end)),
    ['CBC News', 'Global Affairs Canada'],
  );
});

test('a name ending in an abbreviation such as "PD" or "LLC" is an organisation', () => {
  const text =
    'Norwood PD requested MSP assistance regarding a shooting in their jurisdiction, Doherty said.';
  assert.deepEqual(typesOf(text, tag(text), 'Norwood PD'), ['ORG']);
});

test('a name once written alone in quotation marks is the title of a work, wherever it is written', () => {
  const text =
    'In his new exhortation, “Laudate Deum” — released Wednesday — Francis writes about the climate. Laudate Deum is long.';
  assert.deepEqual(typesOf(text, tag(text), 'Laudate Deum'), ['MISC', 'MISC']);
});
