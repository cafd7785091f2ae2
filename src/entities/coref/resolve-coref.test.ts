/** Coreference on small hand-written texts: mentions found and the clusters the sieves make. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layer } from '../../doc/doc.js';
import { rawTextDoc } from '../../extract/clean-scraped-text.js';
import { tokenizeStage } from '../../text/tokenize.js';
import { findNamesStage } from '../entities-stage.js';
import { Clusters } from './clusters.js';
import type { CorefMention } from './coref-mention.js';
import { findMentions } from './find-mentions.js';
import { resolveCoreference, SIEVES, sieveContext } from './resolve-coref.js';
import { exactMatchSieve } from './sieve-exact.js';
import { nameSieve } from './sieve-names.js';
import { isDialogue } from './sieve-pronouns.js';

/** The mentions and clusters of a text; `sievesOnly` leaves out the learned singleton filter. */
function corefOf(text: string, sievesOnly = false) {
  const doc = findNamesStage.run(
    tokenizeStage.run(
      rawTextDoc({ kind: 'text', body: text, source: { path: 't', format: 'text', bytes: 0, sha256: '' } }),
      {},
    ),
    {},
  );
  const inputs = [text, layer(doc, 'names'), layer(doc, 'tokens'), layer(doc, 'sentences')] as const;
  let coref: { mentions: CorefMention[]; clusters: number[][] };
  if (sievesOnly) {
    const context = sieveContext(...inputs);
    for (const sieve of SIEVES) sieve(context);
    coref = { mentions: [...context.mentions], clusters: context.clusters.groups() };
  } else coref = resolveCoreference(...inputs);
  const at = (phrase: string, nth = 0) => {
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(phrase, start + 1);
    const i = coref.mentions.findIndex((m) => m.start === start && m.end === start + phrase.length);
    assert.ok(i >= 0, `no mention "${phrase}" #${nth}`);
    return i;
  };
  const cluster = (i: number) => coref.clusters.find((c) => c.includes(i)) ?? [i];
  const same = (a: number, b: number) => cluster(a).includes(b);
  return { coref, at, same };
}

test('"I\'m" holds a first-person pronoun that joins the other "I"s', () => {
  const { at, same } = corefOf("I'm tired today. Yesterday I walked home and my feet hurt.");
  assert.ok(same(at('I'), at('I', 1)));
  assert.ok(same(at('I'), at('my')));
});

test('a determiner and an adjective before the verb is a noun phrase ("The military said")', () => {
  const { at } = corefOf('The military said it would respond. The general condemned the attack.');
  at('The military');
  at('The general');
});

test('nouns of fixed phrases are no mentions ("for example" … "for example", "in order to")', () => {
  const text =
    'Some birds migrate. For example, swallows fly south in order to breed. Many fish do too. For example, salmon swim upstream.';
  const { coref } = corefOf(text);
  const spelled = coref.mentions.map((m) => text.slice(m.start, m.end));
  assert.ok(!spelled.includes('example') && !spelled.includes('order'));
  assert.ok(spelled.includes('Some birds'));
});

test("an object pronoun is not its own clause's subject", () => {
  const { at, same } = corefOf('Tom Baker came to the village. A farmer hired him.');
  assert.ok(!same(at('A farmer'), at('him')));
  assert.ok(same(at('Tom Baker'), at('him')));
});

test('"her" as a possessive may refer to the subject', () => {
  const { at, same } = corefOf('Mary Smith opened her shop.');
  assert.ok(same(at('Mary Smith'), at('her')));
});

test('repeated time phrases are one time ("the night" … "the night")', () => {
  const { at, same } = corefOf('She thinks I spent the night there. But I did not spend the night there.');
  assert.ok(same(at('the night'), at('the night', 1)));
});

test('numbered reference markers cite one work per number ("[17]" … "[17]")', () => {
  const { at, same } = corefOf(
    'Loss was observed [17], [18]. It levels off later [17]. Others disagree [18].',
  );
  assert.ok(same(at('17'), at('17', 1)));
  assert.ok(same(at('18'), at('18', 1)));
  assert.ok(!same(at('17'), at('18')));
});

test('a noun modifying a head is a mention of its own ("iodine deficiency" … "iodine")', () => {
  const { at, same } = corefOf('Doctors fear the iodine deficiency. Bakers now add iodine to bread.', true);
  assert.ok(same(at('iodine'), at('iodine', 1)));
});

test('a year standing alone is a mention, repeated years are one year', () => {
  const { at, same } = corefOf('The court met in 1859. By 1859 the city had grown.', true);
  assert.ok(same(at('1859'), at('1859', 1)));
});

test('in a dialogue "you" joins "I"; elsewhere they stay apart', () => {
  const turns = Array.from({ length: 5 }, () => 'Did you see it?\n\nI did, and I liked it.').join('\n\n');
  const dialogue = corefOf(turns);
  assert.ok(isDialogue(turns));
  assert.ok(dialogue.same(dialogue.at('you'), dialogue.at('I')));
  const letter = 'I wrote to you. I hope you are well.';
  const one = corefOf(letter);
  assert.ok(!isDialogue(letter));
  assert.ok(!one.same(one.at('I'), one.at('you')));
  assert.ok(one.same(one.at('you'), one.at('you', 1)));
});

test('the singleton filter leaves clusters with names as they are', () => {
  const { at, same } = corefOf('Mary Smith opened a shop. Mary Smith sold the shop.');
  assert.ok(same(at('Mary Smith'), at('Mary Smith', 1)));
});

test('"it … it" in one sentence stay one thing', () => {
  const { at, same } = corefOf(
    'The pump broke in May. Since the repair it hums, and the engineer says it works.',
  );
  assert.ok(same(at('it'), at('it', 1)));
});

/** A mention written by hand (no tagger): the nth occurrence of a phrase. */
function handMention(text: string, phrase: string, kind: CorefMention['kind'], nth = 0): CorefMention {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(phrase, start + 1);
  return {
    start,
    end: start + phrase.length,
    kind,
    ...(kind === 'name' ? { type: 'ORG' as const } : {}),
    head: phrase.replace(/^the /, '').toLowerCase(),
    headStart: start,
    headEnd: start + phrase.length,
    modifiers: [],
    sentence: 0,
    token: 0,
    number: 'sg',
    gender: 'n',
    person: 3,
    semantic: 'place',
    determiner: kind === 'nominal' && phrase.startsWith('the ') ? 'definite' : 'none',
  };
}

function handContext(text: string, mentions: CorefMention[]) {
  return {
    text,
    sentences: [],
    tokens: [],
    mentions,
    clusters: new Clusters(mentions),
    flags: [],
    countries: new Map(),
    roles: new Map(),
  };
}

test('a name meets a phrase of the same spelling, case kept', () => {
  const text = 'Oregon is wet. We love Oregon and the rock, not Rock.';
  const context = handContext(text, [
    handMention(text, 'Oregon', 'name'),
    handMention(text, 'Oregon', 'nominal', 1),
    handMention(text, 'the rock', 'nominal'),
    handMention(text, 'Rock', 'name'),
  ]);
  exactMatchSieve(context);
  assert.ok(context.clusters.same(0, 1));
  assert.ok(!context.clusters.same(2, 3));
});

test('a possessive name is the name ("Penn State\'s" … "Penn State")', () => {
  const text = "Penn State opened a wiki. Penn State's wiki grew fast.";
  const context = handContext(text, [
    handMention(text, 'Penn State', 'name'),
    handMention(text, "Penn State's", 'name'),
  ]);
  nameSieve(context);
  assert.ok(context.clusters.same(0, 1));
});

test('a short name joins a longer one it starts, unless it is a state or province', () => {
  const text =
    'Princeton University grew. Princeton hired. The New Jersey Economic Development Authority paid. New Jersey gained.';
  const context = handContext(text, [
    handMention(text, 'Princeton University', 'name'),
    handMention(text, 'Princeton', 'name', 1),
    handMention(text, 'New Jersey Economic Development Authority', 'name'),
    handMention(text, 'New Jersey', 'name', 1),
  ]);
  nameSieve(context);
  assert.ok(context.clusters.same(0, 1));
  assert.ok(!context.clusters.same(2, 3));
  const war = 'The Israel-Hamas War began. Hamas attacked.';
  const warContext = handContext(war, [
    handMention(war, 'Hamas War', 'name'),
    handMention(war, 'Hamas', 'name', 1),
  ]);
  nameSieve(warContext);
  assert.ok(!warContext.clusters.same(0, 1));
});

test('an organisation description named by an organisation is it, a report named by one is not', () => {
  const { at, same } = corefOf(
    'Fighters of the Islamic State group attacked. The Islamic State denied it. The UN report came out. The UN met.',
  );
  assert.ok(same(at('the Islamic State group'), at('Islamic State', 1)));
  assert.ok(!same(at('The UN report'), at('UN', 1)));
});

test('a predicate nominative joins its subject, a possessive or negated one does not', () => {
  const { at, same } = corefOf(
    "Brother Newton is a busy man. Melanie's mom called. The report was not the answer.",
  );
  assert.ok(same(at('Brother Newton'), at('a busy man')));
  assert.ok(!same(at('The report'), at('the answer')));
});

test('a demonstrative or pronoun subject joins its predicate ("That was a joke")', () => {
  const { at, same } = corefOf('Nobody laughed. That was a joke. It was an accident.');
  assert.ok(same(at('That'), at('a joke')));
  assert.ok(same(at('It'), at('an accident')));
});

test('a name inside a longer name is a mention when it also stands alone ("San Francisco Bay")', () => {
  const text = 'San Francisco is foggy. Ships cross San Francisco Bay daily.';
  const doc = tokenizeStage.run(
    rawTextDoc({ kind: 'text', body: text, source: { path: 't', format: 'text', bytes: 0, sha256: '' } }),
    {},
  );
  const city = { start: 0, end: 13, type: 'GPE' as const };
  const bay = { start: text.indexOf('San Francisco Bay'), end: text.indexOf(' daily'), type: 'LOC' as const };
  const mentions = findMentions(text, [city, bay], layer(doc, 'tokens'), layer(doc, 'sentences'));
  const inner = mentions.find((m) => m.start === bay.start && m.end === bay.start + 13);
  assert.ok(inner, 'nested "San Francisco" found');
  assert.equal(inner.type, 'GPE');
});

test('two named people described alike stay two people ("Ben Zhao, a professor" … "Vitaly Shmatikov, a professor")', () => {
  const { at, same } = corefOf(
    'Ben Zhao, a professor at the University of Chicago, led the team. Zhao says the tool works. ' +
      'Attacks are rare, says Vitaly Shmatikov, a professor at Cornell University. Shmatikov adds that it helps.',
    true,
  );
  assert.ok(same(at('Ben Zhao'), at('Zhao', 1)));
  assert.ok(same(at('Vitaly Shmatikov'), at('Shmatikov', 1)));
  assert.ok(!same(at('Ben Zhao'), at('Vitaly Shmatikov')));
});

test('a role with a place after it is in apposition to the name after the comma ("the secretary of state in Georgia, Brad Raffensperger")', () => {
  const { at, same } = corefOf(
    'Trump made a call in which he pressed the secretary of state in Georgia, Brad Raffensperger, to find votes.',
  );
  assert.ok(same(at('the secretary of state'), at('Brad Raffensperger')), 'the role is Raffensperger');
  assert.ok(!same(at('the secretary of state'), at('Trump')), 'the role is not Trump');
});

test('a pronoun in an opening phrase refers forward to the subject named after it', () => {
  const text =
    'The city struggled with its population. In December, toward the end of his first year in office, Mayor Eric Adams spoke.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('his'), at('Eric Adams')));
  assert.ok(!same(at('his'), at('its population')));
  // The subject comes first: "his" is not the name after the comma.
  const other =
    'Tom Baker came home. At the end of his life the doctor, who had visited Ana Ruiz often, wrote.';
  const second = corefOf(other, true);
  assert.ok(!second.same(second.at('his'), second.at('Ana Ruiz')));
});

test('the word after a joining hyphen is no mention ("in-person support")', () => {
  const text = 'The unit offers in-person support. A person can call.';
  const { coref } = corefOf(text);
  const starts = coref.mentions.map((m) => m.start);
  assert.ok(!starts.includes(text.indexOf('person support')));
  assert.ok(starts.includes(text.indexOf('A person')));
});

test('an extraposed "it" joins the clause it stands for ("it is hard to tell", "it is clear that …")', () => {
  const text =
    'The market moved fast. It is hard to tell where prices will go. It seems that the traders are nervous. This makes it difficult to plan ahead.';
  const { at, same } = corefOf(text);
  assert.ok(same(at('It'), at('to tell where prices will go')));
  assert.ok(same(at('It', 1), at('the traders are nervous')));
  assert.ok(same(at('it'), at('to plan ahead')));
});

test('a referring "it" before a to-phrase stays a pronoun ("It is the only cycle to be preserved")', () => {
  const text = 'The cycle hangs in the castle. It is the only cycle to be preserved there.';
  const { coref } = corefOf(text, true);
  assert.ok(!coref.mentions.some((m) => m.semantic === 'clause'));
});

test('a noun joined by a hyphen to the next word is no mention of its own ("peer-reviewed journals")', () => {
  const text = 'Peer review matters. Many peer-reviewed journals exist, and tenure-track faculty read them.';
  const { coref } = corefOf(text, true);
  const spelled = coref.mentions.map((m) => text.slice(m.start, m.end));
  assert.ok(!spelled.includes('peer') && !spelled.includes('tenure') && !spelled.includes('track'));
});

test('a phrase joins the acronym in brackets after it ("the sea surface salinity (SSS)")', () => {
  const text = 'We measure the sea surface salinity (SSS) in each zone. The SSS is then integrated.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('the sea surface salinity'), at('SSS')));
});

test('a rank or form of address before a person\'s name is part of the mention ("General George Washington")', () => {
  const text = "L'Enfant served on General George Washington's staff. Later Washington praised him.";
  const { at } = corefOf(text, true);
  at('General George Washington');
});

test('a person named with a title is the person named in full ("Emperor Norton" … "Joshua Abraham Norton")', () => {
  const text =
    'Joshua Abraham Norton was born in London. Later Emperor Norton issued decrees. The city loved Emperor Norton.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('Joshua Abraham Norton'), at('Emperor Norton')));
});

test('a determiner and a number with no noun after it is a mention ("this one", "the two")', () => {
  const text = 'I bought two lamps. The two were broken, so I returned this one.';
  const { coref } = corefOf(text, true);
  const two = coref.mentions.find((m) => text.slice(m.start, m.end) === 'The two');
  assert.equal(two?.number, 'pl');
  assert.ok(coref.mentions.some((m) => text.slice(m.start, m.end) === 'this one'));
});

test('a phrase with a post-modifier does not join an earlier phrase by its head alone ("the end of the season")', () => {
  const text =
    'The road reaches a dead end near the lake. Workers finished the bridge at the end of the season.';
  const { at, same } = corefOf(text, true);
  assert.ok(!same(at('a dead end'), at('the end of the season')));
  const { at: at2, same: same2 } = corefOf(
    'The company hired a new manager. The manager started on Monday.',
    true,
  );
  assert.ok(same2(at2('a new manager'), at2('The manager')));
});

test('a predicate joins a subject before a bracket or an insertion between commas', () => {
  const text =
    'Charles J. Fillmore (August 9, 1929 – February 13, 2014) was an American linguist. The new director, appointed in May, is a former banker.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('Charles J. Fillmore'), at('an American linguist')));
  assert.ok(same(at('The new director'), at('a former banker')));
});

test('a possessive phrase joins an earlier phrase with its head ("the system" … "our system")', () => {
  const text = 'The system collects census data. Researchers can use our system for free.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('The system'), at('our system')));
});

test('fixed extraposition frames: "it takes … to", "what it means to", "it turned out that", "it became clear that"', () => {
  const text =
    'Anyone can become a monkey; it takes serious study to become a magician. We ask what it means to be human. It turned out that Iran won. Upon arrival, it became clear that the children were tired.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('it'), at('to become a magician')));
  assert.ok(same(at('it', 1), at('to be human')));
  assert.ok(same(at('It'), at('Iran won')));
  assert.ok(same(at('it', 2), at('the children were tired')));
});

test('"they" does not refer to a named organisation alone ("Scientology officials said they")', () => {
  const text = 'Scientology officials have stated they have not received the letter.';
  const { at, same } = corefOf(text, true);
  assert.ok(!same(at('Scientology'), at('they')));
});

test('a pronoun does not refer to a phrase owned by a pronoun like it ("its path" for "it")', () => {
  const text = 'The cyclone is moving north. Heavy rain will fall along its path, but it will lose strength.';
  const { at, same } = corefOf(text, true);
  assert.ok(!same(at('it', 1), at('its path')));
});

test('fillers and contracted verbs the tagger makes nouns head no mention ("the um", "gonna")', () => {
  const text = 'So the um, the engine broke. I was gonna fix it, um, but it was alright.';
  const { coref } = corefOf(text, true);
  const heads = coref.mentions.map((m) => m.head);
  assert.ok(!heads.includes('um') && !heads.includes('gonna') && !heads.includes('alright'));
});

test('a capitalised noun and the number after it are one mention ("Figure 1")', () => {
  const text = 'The results are given in Figure 1. The sites are listed in Figure 1 too.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('Figure 1'), at('Figure 1', 1)));
});

test('"it" prefers the subject of its sentence or the one before to a nearer object ("The drink … served it")', () => {
  const text = 'The drink was popular last year. We have no way to count how often we served it.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('The drink'), at('it')));
  assert.ok(!same(at('no way'), at('it')));
});

test('"he" with no person in the last three sentences refers to the person named before them', () => {
  const text =
    'John Smith arrived in the town. The weather was cold. The streets were empty. The shops were closed. He went home.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('John Smith'), at('He')));
});

test('a name after a company noun and a comma is addressed, not the company, when it is no organisation', () => {
  const text =
    'Pineda asked: "We heard from somebody very close to your company, Farah, and they were worried." Farah left.';
  const { at, same } = corefOf(text, true);
  assert.ok(!same(at('your company'), at('Farah')));
});

test('"the region" does not join the place named before it', () => {
  const text = 'Tourists love Denmark. Hotels in the region are full.';
  const { at, same } = corefOf(text, true);
  assert.ok(!same(at('Denmark'), at('the region')));
});

test('an organisation\'s acronym is not the longer name it begins ("ACC" and "ACC Network") unless that only adds the company\'s form ("RFK Racing"); "Ozy" is "Ozy Media"', () => {
  const text =
    'The ACC Network will air the game. The ACC added three members. Ozy Media denied it; Ozy is small. RFK Racing won. RFK has two cars.';
  const { at, same } = corefOf(text, true);
  assert.ok(!same(at('ACC Network'), at('ACC', 1)));
  assert.ok(same(at('Ozy Media'), at('Ozy', 1)));
  assert.ok(same(at('RFK Racing'), at('RFK', 1)));
});

test('an organisation qualified by an acronym is one with its spelled-out and bare forms; a demonym does not make one', () => {
  const text =
    'The United Nations Security Council voted. The UN Security Council met again. The Security Council adjourned. The Scottish National Party won. The National Party lost.';
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('United Nations Security Council'), at('UN Security Council')));
  assert.ok(same(at('UN Security Council'), at('Security Council', 2)));
  assert.ok(!same(at('Scottish National Party'), at('National Party', 1)));
});

test('"it" before "is … that / to" is a mention even where no extraposed clause is found', () => {
  const { at } = corefOf('The old mill burned down. It was a building that everyone loved.');
  at('It');
});

test('"I think it\'s good to …" and "it\'s clear that we have …" are extraposition', () => {
  const text = "I think it's good to provide data. It's clear that we have a problem.";
  const { at, same } = corefOf(text, true);
  assert.ok(same(at('it'), at('to provide data')));
  assert.ok(same(at('It'), at('we have a problem')));
});

test('standalone demonstratives the tagger makes determiners are mentions ("These are questions")', () => {
  const { at } = corefOf('These are questions that matter. I wanted to get these out.');
  at('These');
  at('these');
});

test('a name owning a phrase is part of it ("William Shakespeare\'s play")', () => {
  const { coref, at } = corefOf("William Shakespeare's play was staged.");
  const play = coref.mentions[at("William Shakespeare's play")]!;
  assert.equal(play.determiner, 'possessive');
  at('William Shakespeare');
});

test('"you guys" is one plural mention; "let\'s" holds "us"; "today" is a time mention', () => {
  const { coref, at, same } = corefOf("Thank you guys so much. Let's go today. We will be back today.", true);
  assert.equal(coref.mentions[at('you guys')]!.number, 'pl');
  assert.ok(same(at("'s"), at('We')));
  assert.ok(same(at('today'), at('today', 1)));
});

test('"home" with no determiner is a place mention; repeats join', () => {
  const { coref, at, same } = corefOf('We went home early. Then we stayed home all week.', true);
  assert.equal(coref.mentions[at('home')]!.semantic, 'place');
  assert.ok(same(at('home'), at('home', 1)));
});

test('a given name says a person\'s gender ("Donald Trump" is no antecedent of "she")', () => {
  const { at, same } = corefOf('Donald Trump lost the vote. Then she left the room.', true);
  assert.ok(!same(at('Donald Trump'), at('she')), '"she" is not Donald Trump');
});

test('"head" is a person only as a role with an of-phrase ("her own head" is no person)', () => {
  const { coref, at } = corefOf('She pointed the gun at her own head. The head of the agency left.', true);
  assert.equal(coref.mentions[at('her own head')]!.semantic, 'object');
  assert.equal(coref.mentions[at('The head of the agency')]!.semantic, 'person');
});

test('in an earlier sentence, a participial opening phrase comes after its subject ("Asked about Trump, McConnell …")', () => {
  const { at, same } = corefOf(
    'Asked about Trump’s comments, McConnell pointed out a hypocrisy. Later he said more.',
    true,
  );
  assert.ok(same(at('McConnell'), at('he')), '"he" is McConnell');
});

test('a name without its title is the titled name; "the pope" is the one person titled Pope', () => {
  const { at, same } = corefOf(
    'The pope is not happy. In a new letter, Francis writes that responses are not adequate. Pope Francis begins with science.',
    true,
  );
  assert.ok(same(at('Francis'), at('Pope Francis')), '"Francis" is "Pope Francis"');
  assert.ok(same(at('The pope'), at('Pope Francis')), '"The pope" is "Pope Francis"');
});

test('a surname two people share is the one named last before it ("Cruz" after "Ted Cruz")', () => {
  const { at, same } = corefOf(
    'Rafael Cruz preached in Iowa. Ted Cruz endorsed Trump. The decision is risky for Cruz, who waited.',
    true,
  );
  assert.ok(same(at('Ted Cruz'), at('Cruz', 2)), '"Cruz" is Ted Cruz');
});
