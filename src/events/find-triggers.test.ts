import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../text/tokenize.js';
import { findTriggers } from './find-triggers.js';

/** The triggers of one sentence as "text:CAMEO", with "(2nd)" for secondary ones. */
function triggersOf(sentence: string): string[] {
  const { tokens } = tokenize(sentence, [{ start: 0, end: sentence.length }]);
  return findTriggers(sentence, tokens).map(
    (t) => `${sentence.slice(t.start, t.end)}:${t.cameo}${t.secondary ? '(2nd)' : ''}`,
  );
}

test('a commitment is coded as the act it commits to', () => {
  assert.deepEqual(triggersOf('Obama has agreed to lift the sanctions on Iran.'), ['lift the sanctions:085']);
  assert.deepEqual(triggersOf('Qatar has pledged to expel the exiled leaders.'), ['expel:166']);
});

test('a cooperative act that is only wanted or sought is an intent (CAMEO 03)', () => {
  assert.deepEqual(triggersOf('The US Secretary of State wants to help Israel.'), ['help:033']);
  assert.deepEqual(
    triggersOf('Brazil and the United States are seeking to deepen a partnership in energy.'),
    ['deepen a partnership:031'],
  );
  // A plain future is the act itself, as PETRARCH codes it.
  assert.deepEqual(triggersOf('Barack Obama and Vladimir Putin will meet in Zurich.'), ['meet:040']);
  // Wanting violence is a threat.
  assert.deepEqual(triggersOf('The rebels want to attack the capital.'), ['attack:138']);
});

test('a participle that modifies a noun is a secondary event', () => {
  assert.deepEqual(triggersOf('The civilians imprisoned for acting against Moscow were released by Putin.'), [
    'imprisoned:173(2nd)',
    'released:0841',
  ]);
  assert.deepEqual(triggersOf('Police arrested 30 demonstrators who were protesting.'), [
    'arrested:173',
    'protesting:140(2nd)',
  ]);
  assert.deepEqual(triggersOf('Israeli troops killed three Palestinians, the army said.'), ['killed:190']);
});

test('releasing a report is no release, and deaths in accidents are no attack', () => {
  assert.deepEqual(
    triggersOf('A report released Tuesday in the capital alleged that France helped the militias.'),
    ['alleged:112', 'helped:070'],
  );
  assert.deepEqual(triggersOf('The ministry released its annual report.'), []);
  assert.deepEqual(triggersOf('Interpol will help identify victims killed in the plane crash.'), [
    'help:070',
  ]);
});

test('receiving weapons or assurances, launching missiles', () => {
  assert.deepEqual(triggersOf('The demonstrators received weapons from the government.'), [
    'received weapons:072',
  ]);
  assert.deepEqual(triggersOf('The demonstrators received assurances from the government.'), [
    'received assurances:030',
  ]);
  assert.deepEqual(triggersOf('The militants launched missiles at the government.'), [
    'launched missiles:195',
  ]);
});

test('calling something a name is a comment, not a telephone call', () => {
  assert.deepEqual(triggersOf('Trump called the report a hoax.'), []);
  assert.deepEqual(triggersOf('Warren called Wells Fargo’s behavior “outrageous”.'), []);
  assert.ok(triggersOf('Residents called the city asking for help.').some((t) => t.startsWith('called:041')));
});

test('a participle with its "by" agent is passive without an auxiliary', () => {
  const passive = (sentence: string) => {
    const { tokens } = tokenize(sentence, [{ start: 0, end: sentence.length }]);
    return findTriggers(sentence, tokens).map((t) => `${sentence.slice(t.start, t.end)}:${t.passive}`);
  };
  assert.deepEqual(passive('The Houthis, militants in Yemen backed by Iran, fired drones.'), [
    'backed:true',
    'fired:false',
  ]);
  assert.deepEqual(passive('The rebels responded by firing rockets.'), ['firing rockets:false']);
});

test('a legal charge names its offence; charging a phone is no arrest', () => {
  assert.deepEqual(triggersOf('Police charged two men with murder.'), ['charged:173']);
  assert.deepEqual(triggersOf('He was charged over the attack.'), ['charged:173']);
  assert.deepEqual(triggersOf('The case has wireless charging.'), []);
  assert.deepEqual(triggersOf('Charge the earbuds before use.'), []);
});

test('committing a crime and meeting a standard are no agreement and no meeting', () => {
  assert.deepEqual(triggersOf('The atrocities committed on Oct. 7 shocked the world.'), []);
  assert.deepEqual(triggersOf('The bias meets the definition of antisemitism.'), []);
  assert.deepEqual(triggersOf('The plan was met with criticism.'), []);
  assert.deepEqual(triggersOf('Both sides committed to a ceasefire.'), ['committed:030']);
  assert.deepEqual(triggersOf('Blinken met with Di Maio in Rome.'), ['met:040']);
});

test('a word of a title in quotation marks is no act', () => {
  assert.deepEqual(triggersOf('The hikes are part of the ten-year "Delivering for America" plan.'), []);
  assert.deepEqual(triggersOf('He said: "They will attack us, and We Will Fight."'), ['attack:138']);
});

test('a capitalised verb inside a name is no act', () => {
  assert.deepEqual(triggersOf('Then there is Coffee Meets Bagel, which is new.'), []);
  assert.deepEqual(triggersOf('Obama Meets Putin in Geneva'), ['Meets:040']);
  assert.deepEqual(triggersOf('Then Obama met Putin.'), ['met:040']);
});

test('a phrase does not reach into a relative clause', () => {
  assert.deepEqual(triggersOf('Egypt offered support to the rebels.'), ['offered support:030']);
  assert.deepEqual(triggersOf('Some proteins offer unique features that support our health.'), []);
});

test('a negation with "enough" is emphasis, not a refusal', () => {
  assert.deepEqual(triggersOf('She couldn’t thank people enough for their support.'), ['thank:051']);
  assert.deepEqual(triggersOf('She did not thank the organisers.'), ['thank:120']);
});

test('agreeing with a view is no agreement', () => {
  assert.deepEqual(triggersOf('The academy’s manager, Shawn Thwaites, agrees, noting the change.'), []);
  assert.deepEqual(triggersOf('Most experts agree that the plan will fail.'), []);
  assert.deepEqual(triggersOf('Israel and Hamas agreed to a truce.'), ['agreed:030']);
  assert.deepEqual(triggersOf('Iran agrees to talks with the US.'), ['talks:040']);
});

test('delivering, receiving and helping are aid or hosting only with the right object', () => {
  assert.deepEqual(triggersOf('The earbuds deliver sound as the musicians intended.'), []);
  assert.deepEqual(triggersOf('Turkey delivered weapons to Kyiv.'), ['delivered:070']);
  assert.deepEqual(triggersOf('You can receive calls while driving.'), []);
  assert.deepEqual(triggersOf('He made hoax calls to the ambulance service.'), []);
  assert.deepEqual(triggersOf('Biden held phone calls with Xi.'), ['calls:041']);
  assert.deepEqual(triggersOf('The president calls Xi.'), ['calls:041']);
  assert.deepEqual(triggersOf('Truckers seeking to enter Ukraine protested.'), ['protested:140']);
  assert.deepEqual(triggersOf('Ukraine sought weapons from NATO.'), ['sought:020']);
  assert.deepEqual(triggersOf('Putin received Erdogan in Sochi.'), ['received:043']);
  assert.deepEqual(triggersOf('Putin received the Turkish delegation.'), ['received:043']);
  assert.deepEqual(triggersOf('The app helps you find a partner.'), []);
  assert.deepEqual(triggersOf('I couldn’t help but dance.'), []);
  assert.deepEqual(triggersOf('Germany helped Greece with a loan.'), ['helped:070']);
  assert.deepEqual(triggersOf('The singer shared photos of her trip on Instagram.'), []);
  assert.deepEqual(triggersOf('Britain shared intelligence with Ukraine.'), ['shared:064']);
  assert.deepEqual(triggersOf('Putin has signed decrees granting his government power.'), []);
  assert.deepEqual(triggersOf('Israel and Egypt signed a peace treaty.'), ['signed:057']);
  assert.deepEqual(triggersOf('The models were trained on their own text messages.'), []);
  assert.deepEqual(triggersOf('Britain trained thousands of Ukrainian troops.'), ['trained:072']);
  assert.deepEqual(triggersOf('Ukrainian pilots were trained in Denmark.'), ['trained:072']);
  assert.deepEqual(triggersOf('Weapons were delivered to Kyiv.'), ['delivered:070']);
  assert.deepEqual(triggersOf('The country has enough supply.'), []);
  assert.deepEqual(triggersOf('Russia supplied Syria with weapons.'), ['supplied:072']);
  assert.deepEqual(triggersOf('They hope to stabilize declining prices.'), []);
  assert.deepEqual(triggersOf('Iran declined an invitation to the talks.'), ['declined:120']);
  assert.deepEqual(triggersOf('The homeowner was forced to defend his family.'), []);
  assert.deepEqual(triggersOf('The minister defended the decision.'), ['defended:052']);
  assert.deepEqual(triggersOf('Farmers will suspend their protest at the border.'), ['protest:141']);
  assert.deepEqual(triggersOf('The EU suspended aid to Niger.'), ['suspended:160']);
  assert.deepEqual(triggersOf('After the release of the show’s first trailer, fans cheered.'), []);
  assert.deepEqual(triggersOf('Hamas released the hostages of the attack.'), ['released:0841']);
});

test('a participle before its noun describes it; a promise of harm is a threat', () => {
  assert.deepEqual(triggersOf('He slammed the proposed bill on Friday.'), ['slammed:111']);
  assert.deepEqual(triggersOf('They discussed the agreed plan.'), ['discussed:040']);
  assert.deepEqual(triggersOf('Russia proposed talks.'), ['proposed:030']);
  assert.deepEqual(triggersOf('Graham promises ‘war’ on New York.'), ['promises:130']);
  assert.deepEqual(triggersOf('Hezbollah vowed swift retaliation.'), ['vowed:130']);
  assert.deepEqual(triggersOf('Biden promised aid to Kyiv.'), ['promised:030']);
});

test('cracking software is no repression; cracking down is', () => {
  assert.deepEqual(triggersOf('Hackers cracked the software.'), []);
  assert.deepEqual(triggersOf('Police cracked down on protesters.'), ['cracked down:175']);
});

test('firing weapons is an attack; firing an employee is not', () => {
  assert.deepEqual(triggersOf('He was fired for incompetence.'), []);
  assert.deepEqual(triggersOf('The club fired its coach.'), []);
  assert.deepEqual(triggersOf('Shots were fired near the embassy.'), ['fired:193']);
  assert.deepEqual(triggersOf('They fired tear gas at protesters.'), ['fired:193']);
});

test('a word read as a verb after an article (and a modifier) is a noun', () => {
  assert.deepEqual(triggersOf('The farmer achieved the expected yield.'), []);
  assert.deepEqual(triggersOf('The rebels will yield the town.'), ['yield:080']);
});

test('a word joined by a hyphen to a name or to the next word is no trigger', () => {
  assert.deepEqual(triggersOf('The Iranian-backed militia fired rockets.'), ['fired rockets:194(2nd)']);
  assert.deepEqual(triggersOf('European cheeses, which are mass-produced, are cheap.'), []);
});

test('"it strikes me" is an impression, no attack', () => {
  assert.deepEqual(triggersOf('It strikes me that this did not bother him.'), []);
  assert.deepEqual(triggersOf('The plan struck him as odd.'), []);
  assert.deepEqual(triggersOf('The army struck the village.'), ['struck:190']);
});
