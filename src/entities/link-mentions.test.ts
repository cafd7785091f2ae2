import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameSpan } from '../doc/doc.js';
import { tokenize } from '../text/tokenize.js';
import { linkMentions } from './link-mentions.js';

function link(text: string, names: string[]) {
  const spans: NameSpan[] = [];
  for (const name of names) {
    const start = text.indexOf(name, spans.at(-1)?.end ?? 0);
    spans.push({ start, end: start + name.length, type: 'PERSON' });
  }
  const { tokens, sentences } = tokenize(text, [{ start: 0, end: text.length }]);
  return linkMentions(text, spans, tokens, sentences).entities;
}

test('a person tagged with the title before the name is named without it, the title a role', () => {
  const [mohib] = link(
    'Afghan Ambassador Hamdullah Mohib said the team was ready. Mohib thanked the hosts.',
    ['Afghan Ambassador Hamdullah Mohib', 'Mohib'],
  );
  assert.equal(mohib?.name, 'Hamdullah Mohib');
  assert.equal(mohib?.id, 'person/hamdullah-mohib');
  assert.deepEqual(mohib?.roles, [{ title: 'Ambassador', country: 'AFG' }]);
});

test('a title a person is known by stays in the name', () => {
  assert.equal(link('Blinken met Pope Francis on Monday.', ['Pope Francis'])[0]?.name, 'Pope Francis');
});

test('a generational suffix is no name of its own: "King" is no role of "Jr."', () => {
  const [king] = link('It is where Martin Luther King Jr. was assassinated.', ['Martin Luther King Jr.']);
  assert.equal(king?.name, 'Martin Luther King Jr.');
  assert.deepEqual(king?.roles ?? [], []);
});

test('an organisation known only by descriptions is named by its most frequent modified description', () => {
  const described = (text: string) => {
    const { tokens, sentences } = tokenize(text, [{ start: 0, end: text.length }]);
    return linkMentions(text, [], tokens, sentences).entities.map((e) => e.name);
  };
  assert.deepEqual(
    described(
      'The pan-democracy camp won seats. The other two anti-establishment camp elects joined. The pan-democracy camp lost Kowloon. The camp said it would appeal.',
    ),
    ['pan-democracy camp'],
  );
  // Quantifiers are not a name: not "entire team".
  assert.deepEqual(
    described('The entire team arrived on Monday. The team won two matches. The team said it was proud.'),
    ['team'],
  );
  // Bodies in the plural never picked out are bodies in general.
  assert.deepEqual(
    described('Companies value profits. Many companies stay silent. Some companies spoke.'),
    [],
  );
  assert.equal(
    described('Authorities said the road was closed. Authorities said it would reopen.').length,
    1,
  );
  // A noun modifying another word describes no one: no "college".
  assert.deepEqual(
    described(
      'Voters who lack college degrees backed him. College-educated voters did not. Her lead among college-educated suburbanites grew.',
    ),
    [],
  );
});

test('people described mostly without "the" are people in general, no entity; one described person is', () => {
  const described = (text: string) => {
    const { tokens, sentences } = tokenize(text, [{ start: 0, end: text.length }]);
    return linkMentions(text, [], tokens, sentences).entities.map((e) => e.name);
  };
  assert.deepEqual(
    described('Citizens want answers. The city must serve citizens better. Many citizens wait for hours.'),
    [],
  );
  assert.deepEqual(described('The minister arrived late. The minister said the talks had failed.'), [
    'minister',
  ]);
  // The reader, addressed as "you", is no one the article describes.
  assert.deepEqual(
    described(
      'If you are the photographer and do not wish the images to appear here, contact us. If you are a representative of the photographer, send your documents.',
    ),
    [],
  );
});

test("an entity known only by descriptions has the article's own id; a named one is shared", () => {
  const entitiesOf = (text: string) => {
    const { tokens, sentences } = tokenize(text, [{ start: 0, end: text.length }]);
    const names = [...text.matchAll(/Kabul/g)].map((m) => ({
      start: m.index,
      end: m.index + 5,
      type: 'GPE' as const,
    }));
    return linkMentions(text, names, tokens, sentences).entities;
  };
  const one = entitiesOf('The team flew to Kabul. The team said it was proud.');
  const other = entitiesOf('The team lost in Kabul. The team said it would appeal.');
  const team = (entities: typeof one) => entities.find((e) => e.name === 'team');
  assert.match(team(one)!.id, /^org\/team@[0-9a-f]{10}$/);
  assert.equal(team(one)!.described, true);
  assert.notEqual(team(one)!.id, team(other)!.id);
  assert.equal(team(entitiesOf('The team flew to Kabul. The team said it was proud.'))!.id, team(one)!.id);
  const kabul = (entities: typeof one) => entities.find((e) => e.name === 'Kabul')!;
  assert.equal(kabul(one).id, kabul(other).id);
  assert.equal(kabul(one).described, undefined);
});

test('a name written in capitals (a dateline, a headline) is not the canonical spelling', () => {
  const [ruiz] = link('ANA RUIZ WINS. Ana Ruiz won the vote on Sunday.', ['ANA RUIZ', 'Ana Ruiz']);
  assert.equal(ruiz?.name, 'Ana Ruiz');
  assert.deepEqual(ruiz?.aliases, ['ANA RUIZ']);
});

test('in a list of titled people, a title before the next name is not an apposition of the name before', () => {
  const text =
    'Several officials took part, including National Security Advisor Jake Sullivan, Ambassador Linda Thomas-Greenfield, and CIA Director Bill Burns.';
  const people = link(text, ['Jake Sullivan', 'Linda Thomas-Greenfield', 'Bill Burns']);
  assert.deepEqual(
    people.map((p) => p.name),
    ['Jake Sullivan', 'Linda Thomas-Greenfield', 'Bill Burns'],
  );
});

test('party members in the plural before a surname are no given name: one Trump', () => {
  const text =
    'Donald Trump lost. Biden won, beating Republicans Trump and his running mate. Trump objected.';
  const people = link(text, ['Donald Trump', 'Biden', 'Trump', 'Trump']);
  assert.deepEqual(
    people.map((p) => p.name),
    ['Donald Trump', 'Biden'],
  );
});

test('a person is named without courtesy titles and abbreviated ranks', () => {
  const people = link('Mr. Tom Jones met Lt. Gen. John Smith. Jones and Smith agreed.', [
    'Mr. Tom Jones',
    'Lt. Gen. John Smith',
    'Jones',
    'Smith',
  ]);
  assert.deepEqual(
    people.map((e) => [e.name, e.roles.map((r) => r.title)]),
    [
      ['Tom Jones', []],
      ['John Smith', ['Lieutenant General']],
    ],
  );
});
