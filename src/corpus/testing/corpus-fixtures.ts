/** A small corpus for the store contract: two stories, copies of one article, quotes and events. */
import type { Entity } from '../../doc/record-schema.js';
import { makeRecord } from './make-record.js';

const usa: Partial<Entity> = {
  id: 'gpe/united-states',
  name: 'United States',
  aliases: ['US'],
  country: 'USA',
  geo: { name: 'United States', featureClass: 'A', lat: 39.8, lon: -98.5, countryCode: 'US' },
};
const blinken: Partial<Entity> = {
  id: 'person/antony-blinken',
  name: 'Antony Blinken',
  aliases: ['Blinken'],
};
const lavrov: Partial<Entity> = { id: 'person/sergei-lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov'] };
const russia: Partial<Entity> = {
  id: 'gpe/russia',
  name: 'Russia',
  country: 'RUS',
  geo: { name: 'Russia', featureClass: 'A', lat: 60, lon: 100, countryCode: 'RU' },
};
const geneva: Partial<Entity> = { id: 'gpe/geneva', name: 'Geneva', country: 'CHE' };
const isis: Partial<Entity> = {
  id: 'org/islamic-state',
  type: 'ORG',
  name: 'Islamic State',
  aliases: ['IS'],
};
const iraq: Partial<Entity> = {
  id: 'gpe/iraq',
  name: 'Iraq',
  country: 'IRQ',
  geo: { name: 'Iraq', featureClass: 'A', lat: 33, lon: 44, countryCode: 'IQ' },
};

const TALKS_BODY = `Antony Blinken met Sergei Lavrov in Geneva on Thursday for talks on arms control between the United States
and Russia. "We had a frank and useful exchange about strategic stability," Blinken said after the meeting, which lasted
two hours. Lavrov said Russia wanted written guarantees, and both delegations agreed to meet again in Geneva next month to
continue the arms control negotiations.`;

const talksEvent = {
  type: 'CONSULT',
  actors: ['gpe/united-states'],
  targets: ['gpe/russia'],
  date: '2021-06-17',
};

export const talks = makeRecord({
  title: 'Blinken and Lavrov hold arms control talks in Geneva',
  body: TALKS_BODY,
  url: 'https://www.example-news.com/world/blinken-lavrov-geneva/?utm_source=rss',
  published: '2021-06-17',
  entities: [blinken, lavrov, usa, russia, geneva],
  quotes: [{ text: 'We had a frank and useful exchange about strategic stability', speaker: 'Blinken' }],
  events: [talksEvent],
});

/** The same page, fetched again under another link form: a URL duplicate. */
export const talksSameUrl = makeRecord({
  title: 'Blinken and Lavrov hold arms control talks in Geneva (updated)',
  body: `${TALKS_BODY} Updated with details.`,
  url: 'http://example-news.com/world/blinken-lavrov-geneva',
  published: '2021-06-17',
  entities: [blinken, lavrov, usa, russia, geneva],
});

/** The same text from another file: an exact duplicate. */
export const talksSameText = makeRecord({
  title: 'Blinken and Lavrov hold arms control talks in Geneva',
  body: TALKS_BODY,
  path: 'mirror/talks.txt',
  published: '2021-06-17',
  entities: [blinken, lavrov, usa, russia, geneva],
  salt: 'mirror',
});

/** A wire copy with a new headline and a credit line: a near-duplicate. */
export const talksWireCopy = makeRecord({
  title: 'US, Russia top diplomats talk arms control',
  body: `GENEVA (Wire) - ${TALKS_BODY} (Reporting by the wire desk; editing by the night editor.)`,
  url: 'https://other-paper.example.org/2021/06/17/us-russia-diplomats',
  published: '2021-06-18',
  entities: [blinken, lavrov, usa, russia, geneva],
});

/** Another outlet's own report of the same meeting: same story, not a duplicate. */
export const talksFollowUp = makeRecord({
  title: 'Lavrov demands guarantees after Geneva arms control talks with Blinken',
  body: `Russian foreign minister Sergei Lavrov said on Friday that Russia expected written security guarantees from
the United States, a day after his arms control talks with Antony Blinken in Geneva. Lavrov told reporters the Geneva
meeting had been useful but that arms control could not advance without guarantees. "Without guarantees there is nothing
to discuss," Lavrov said. The US State Department said Blinken would brief allies on the talks.`,
  url: 'https://third.example.net/lavrov-guarantees',
  published: '2021-06-18',
  entities: [
    { ...lavrov, roles: [{ title: 'foreign minister', country: 'RUS' }] },
    blinken,
    usa,
    russia,
    geneva,
  ],
  quotes: [{ text: 'Without guarantees there is nothing to discuss', speaker: 'Lavrov' }],
  events: [{ ...talksEvent, date: '2021-06-18' }],
});

/** A different story, weeks earlier. */
export const mosul = makeRecord({
  title: 'Islamic State fighters retreat from villages near Mosul',
  body: `Iraqi forces said on Monday that Islamic State fighters had withdrawn from four villages south of Mosul after
days of air strikes. Some 10,000 IS fighters are believed to remain in the region, according to officials in Iraq. The
United States said its aircraft had supported the offensive.`,
  url: 'https://example-news.com/world/mosul-villages',
  published: '2021-05-03',
  entities: [
    isis,
    iraq,
    usa,
    { id: 'org/iraqi-forces@5e0c2f9a41', type: 'ORG', name: 'Iraqi forces', described: true },
  ],
  events: [
    { type: 'FIGHT', actors: ['gpe/united-states'], targets: ['org/islamic-state'], date: '2021-05-03' },
  ],
});

export const ALL = [talks, talksSameUrl, talksSameText, talksWireCopy, talksFollowUp, mosul];
