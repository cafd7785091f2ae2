import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAppositiveRole, findRolePhrase } from './role-phrases.js';

const roleBefore = (text: string) => {
  const role = findRolePhrase(text, text.length);
  return role && { title: role.title, countryWord: role.countryWord };
};

test('a role before a name: its whole title, its rank, and the country that holds it', () => {
  assert.deepEqual(roleBefore("Poland's newly appointed Prime Minister "), {
    title: 'Prime Minister',
    countryWord: 'Poland',
  });
  assert.deepEqual(roleBefore("Ukraine's deputy prime minister "), {
    title: 'deputy prime minister',
    countryWord: 'Ukraine',
  });
  assert.deepEqual(roleBefore('The US Secretary of State, '), {
    title: 'Secretary of State',
    countryWord: 'US',
  });
  assert.deepEqual(roleBefore('Deputy Prime Minister '), {
    title: 'Deputy Prime Minister',
    countryWord: undefined,
  });
  assert.deepEqual(roleBefore('During Prime Minister '), { title: 'Prime Minister', countryWord: undefined });
  assert.deepEqual(roleBefore('his Vice-President '), { title: 'Vice-President', countryWord: undefined });
  assert.deepEqual(roleBefore('Former President '), { title: 'President', countryWord: undefined });
  assert.deepEqual(roleBefore('Microsoft founder '), { title: 'founder', countryWord: undefined });
  assert.deepEqual(roleBefore('Anna Kowalska and Prime Minister '), {
    title: 'Prime Minister',
    countryWord: undefined,
  });
});

test('a month or weekday before a title is no part of it', () => {
  assert.deepEqual(roleBefore('Back in September Mayor '), { title: 'Mayor', countryWord: undefined });
  assert.deepEqual(roleBefore('On Monday President '), { title: 'President', countryWord: undefined });
});

test('abbreviated titles are written out; a place of several words stays whole', () => {
  assert.deepEqual(roleBefore('Sen. '), { title: 'Senator', countryWord: undefined });
  assert.deepEqual(roleBefore('Lt. Gen. '), { title: 'Lieutenant General', countryWord: undefined });
  assert.deepEqual(roleBefore('Negros Occidental Gov. '), {
    title: 'Negros Occidental Governor',
    countryWord: undefined,
  });
  assert.deepEqual(roleBefore('On Monday, New Jersey Governor '), {
    title: 'New Jersey Governor',
    countryWord: undefined,
  });
  assert.deepEqual(roleBefore('Papua New Guinea Prime Minister '), {
    title: 'Prime Minister',
    countryWord: 'Papua New Guinea',
  });
  assert.deepEqual(roleBefore('Czech Interior Minister '), {
    title: 'Interior Minister',
    countryWord: 'Czech',
  });
  assert.deepEqual(roleBefore('US Ambassador to the UN '), {
    title: 'Ambassador to the UN',
    countryWord: 'US',
  });
});

test("a role in an apposition right after a name is that person's; a longer apposition is none", () => {
  const text =
    'Brian Berry, chief executive of the FMB, said so. Martin Daly, the youngest board member, agreed.';
  assert.equal(findAppositiveRole(text, text.indexOf(','))?.title, 'chief executive of the FMB');
  assert.equal(findAppositiveRole(text, text.indexOf(', the youngest')), undefined);
});

test('a role word ending a place or institution after "at" or "in", before a comma, is no title of the next name', () => {
  const text = 'She earned her PhD at Cambridge Judge, Yeun Joon Kim of the school said.';
  assert.equal(findRolePhrase(text, text.indexOf('Yeun')), undefined);
});
