import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../text/tokenize.js';
import { findAmounts } from './find-amounts.js';

const countsIn = (sentence: string) =>
  findAmounts(sentence, tokenize(sentence, [{ start: 0, end: sentence.length }]).tokens).filter(
    (a) => a.count,
  );

/** sentence → [number as written, value, count kind, cue, counted object]. */
const TABLE: [string, string, number, string, string, string | undefined][] = [
  ['Eight people were killed in an air strike.', 'Eight', 8, 'killed', 'killed', 'people'],
  ['The shelling killed at least 12 civilians.', 'at least 12', 12, 'killed', 'killed', 'civilians'],
  [
    'Insurgents bombarded Aleppo, killing at least eight people.',
    'at least eight',
    8,
    'killed',
    'killing',
    'people',
  ],
  [
    'There were 10 Russian soldiers killed in Ukraine today.',
    '10',
    10,
    'killed',
    'killed',
    'Russian soldiers',
  ],
  ['Four children and a man were killed.', 'Four', 4, 'killed', 'killed', 'children'],
  ['The death toll rose to 45 on Sunday.', '45', 45, 'killed', 'death toll rose to', undefined],
  ['Some 300 people died in the floods.', 'Some 300', 300, 'killed', 'died', 'people'],
  ['Two police officers were shot dead.', 'Two', 2, 'killed', 'shot dead', 'police officers'],
  ['The bombing left 30 dead.', '30', 30, 'killed', 'dead', undefined],
  ['Rescuers recovered 14 bodies.', '14', 14, 'killed', 'bodies', 'bodies'],
  ['Three soldiers were wounded.', 'Three', 3, 'wounded', 'wounded', 'soldiers'],
  ['The blast injured more than 100 people.', 'more than 100', 100, 'wounded', 'injured', 'people'],
  ['a suicide bomber, wounding 25 shoppers', '25', 25, 'wounded', 'wounding', 'shoppers'],
  ['at least 60 injured were taken to hospital', 'at least 60', 60, 'wounded', 'injured', undefined],
  ['Police arrested 30 demonstrators.', '30', 30, 'arrested', 'arrested', 'demonstrators'],
  ['Nearly 200 suspects were arrested overnight.', 'Nearly 200', 200, 'arrested', 'arrested', 'suspects'],
  ['Dozens of activists were rounded up.', 'Dozens', 12, 'arrested', 'rounded up', 'activists'],
  [
    'some 10,000 IS fighters who remain imprisoned',
    'some 10,000',
    1e4,
    'detained',
    'imprisoned',
    'IS fighters',
  ],
  ['about 400 migrants are being held in camps', 'about 400', 400, 'detained', 'held', 'migrants'],
  ['It holds 150 Palestinian prisoners.', '150', 150, 'detained', 'prisoners', 'Palestinian prisoners'],
  ['The fighting displaced 1.2 million people.', '1.2 million', 1.2e6, 'displaced', 'displaced', 'people'],
  ['Tens of thousands of people fled the city.', 'Tens of thousands', 1e4, 'displaced', 'fled', 'people'],
  ['The camp shelters 80,000 refugees.', '80,000', 8e4, 'displaced', 'refugees', 'refugees'],
  ['Gunmen kidnapped 17 students.', '17', 17, 'kidnapped', 'kidnapped', 'students'],
  ['Two aid workers were abducted near the border.', 'Two', 2, 'kidnapped', 'abducted', 'aid workers'],
  ['the rebels hold 40 hostages', '40', 40, 'kidnapped', 'hostages', 'hostages'],
  ['Authorities evacuated 5,000 residents.', '5,000', 5000, 'evacuated', 'evacuated', 'residents'],
  [
    'About 2,000 people were evacuated from the coast.',
    'About 2,000',
    2000,
    'evacuated',
    'evacuated',
    'people',
  ],
  ['Hundreds of protesters marched on parliament.', 'Hundreds', 100, 'protesting', 'marched', 'protesters'],
  [
    'Some 5,000 demonstrators gathered in the square.',
    'Some 5,000',
    5000,
    'protesting',
    'demonstrators',
    'demonstrators',
  ],
  [
    'Up to 20,000 people took to the streets.',
    'Up to 20,000',
    2e4,
    'protesting',
    'took to the streets',
    'people',
  ],
  ['At least nine fishermen are still missing.', 'At least nine', 9, 'missing', 'missing', 'fishermen'],
];

test('counts: kind, number, cue and counted object', () => {
  for (const [sentence, text, value, kind, cue, object] of TABLE) {
    const found = countsIn(sentence)[0];
    assert.ok(found, `a count in "${sentence}"`);
    assert.equal(found.text, text, sentence);
    assert.equal(found.value, value, sentence);
    assert.equal(found.count?.kind, kind, sentence);
    assert.equal(found.count?.cue.text.toLowerCase(), cue, sentence);
    assert.equal(found.object?.text, object, sentence);
    assert.equal(sentence.slice(found.count?.cue.start, found.count?.cue.end), found.count?.cue.text);
  }
});

test('numbers that are not counts of people something happened to', () => {
  for (const sentence of [
    'The company hired 300 engineers.',
    'He owns three cars.',
    'A bill of 5 million dollars was killed in committee.',
    'the 2019 killings',
  ]) {
    assert.deepEqual(countsIn(sentence), [], sentence);
  }
});
