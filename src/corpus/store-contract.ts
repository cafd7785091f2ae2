/**
 * The one test suite every CorpusStore implementation passes (run by `sqlite/sqlite-store.test.ts` and
 * `postgres/postgres-store.test.ts`). Each test gets a fresh, empty store from `open`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FullTextOptions } from './full-text-index.js';
import type { CorpusStore } from './store.js';
import {
  ALL,
  mosul,
  talks,
  talksFollowUp,
  talksSameText,
  talksSameUrl,
  talksWireCopy,
} from './testing/corpus-fixtures.js';

export type OpenStore = (
  options?: FullTextOptions,
) => Promise<{ store: CorpusStore; reopen: () => Promise<CorpusStore> }>;

async function filled(open: OpenStore) {
  const opened = await open();
  for (const record of ALL) await opened.store.write(record);
  return opened;
}

export function storeContract(name: string, open: OpenStore, skip?: string): void {
  const it = (title: string, fn: () => Promise<void>) => test(`${name}: ${title}`, skip ? { skip } : {}, fn);

  it('stores a record and gives it back whole; writing it again changes nothing', async () => {
    const { store } = await open();
    try {
      const first = await store.write(talks);
      assert.equal(first.status, 'added');
      const before = await store.stats();
      const again = await store.write(talks);
      assert.equal(again.status, 'exists');
      assert.equal(again.storyId, first.storyId);
      assert.deepEqual(await store.stats(), before);
      const stored = await store.article(talks.id);
      assert.deepEqual(stored?.record, talks);
      assert.equal(stored?.published, '2021-06-17');
      const json = await store.articleJson(talks.id);
      assert.deepEqual(JSON.parse(Buffer.from(json ?? []).toString('utf8')), stored);
      assert.equal(await store.articleJson('ng-missing'), undefined);
      assert.equal(await store.has(talks.id), true);
      assert.equal(await store.has('ng-missing'), false);
    } finally {
      await store.close();
    }
  });

  it('marks copies by URL, by text and by near-identical text, keeping each source', async () => {
    const { store } = await filled(open);
    try {
      const byUrl = await store.article(talksSameUrl.id);
      assert.equal(byUrl?.duplicateOf, talks.id);
      assert.equal(byUrl?.duplicateKind, 'url');
      assert.equal((await store.article(talksSameText.id))?.duplicateKind, 'text');
      const wire = await store.article(talksWireCopy.id);
      assert.equal(wire?.duplicateKind, 'near');
      assert.equal(wire?.duplicateOf, talks.id);
      assert.equal((await store.article(talksFollowUp.id))?.duplicateOf, undefined);
      const original = await store.article(talks.id);
      assert.deepEqual(
        original?.duplicates.map((copy) => copy.url ?? copy.path),
        [talksSameUrl.source.url, 'mirror/talks.txt', talksWireCopy.source.url],
      );
      const stats = await store.stats();
      assert.equal(stats.articles, 6);
      assert.equal(stats.duplicates, 3);
    } finally {
      await store.close();
    }
  });

  it('writes a batch in one transaction: in order, each record seeing the ones before it', async () => {
    const { store } = await open();
    try {
      assert.deepEqual(await store.writeMany([]), []);
      const results = await store.writeMany(ALL);
      assert.deepEqual(
        results.map((r) => r.status),
        ALL.map((record) =>
          record === talks || record === talksFollowUp || record === mosul ? 'added' : 'duplicate',
        ),
      );
      assert.equal((await store.article(talksWireCopy.id))?.duplicateOf, talks.id);
      assert.deepEqual(
        (await store.writeMany([talks, mosul])).map((r) => r.status),
        ['exists', 'exists'],
      );
      assert.equal((await store.stats()).articles, 6);
      assert.deepEqual(await store.checkIntegrity(), []);
    } finally {
      await store.close();
    }
  });

  it('clusters articles into stories with a title, span, entities, places and events counted once', async () => {
    const { store } = await filled(open);
    try {
      const talksStory = (await store.article(talks.id))?.storyId;
      assert.ok(talksStory !== undefined);
      assert.equal((await store.article(talksFollowUp.id))?.storyId, talksStory);
      assert.equal((await store.article(talksWireCopy.id))?.storyId, talksStory);
      assert.notEqual((await store.article(mosul.id))?.storyId, talksStory);
      const stories = await store.stories();
      assert.equal(stories.length, 2);
      const story = stories.find((s) => s.id === talksStory)!;
      assert.equal(story.title, talks.meta.title);
      assert.equal(story.articleCount, 5);
      assert.equal(story.firstSeen, '2021-06-17');
      assert.equal(story.lastSeen, '2021-06-18');
      assert.ok(story.entities.some((e) => e.id === 'person/antony-blinken'));
      assert.ok(story.places.some((e) => e.id === 'gpe/geneva'));
      assert.equal(story.events.length, 1, 'the same event in two articles is one event of the story');
      assert.equal(story.events[0]?.articles, 2);
      assert.deepEqual(
        (await store.stories({ since: '2021-06-01' })).map((s) => s.id),
        [talksStory],
      );
    } finally {
      await store.close();
    }
  });

  it('searches the full text of originals, with snippets and copy counts', async () => {
    const { store } = await filled(open);
    try {
      const hits = await store.search('arms control guarantees');
      assert.deepEqual(new Set(hits.map((hit) => hit.id)), new Set([talks.id, talksFollowUp.id]));
      const hit = hits.find((h) => h.id === talks.id)!;
      assert.equal(hit.duplicates, 3);
      assert.match(hit.snippet, /arms control/i);
      assert.equal(
        (await store.search('demands'))[0]?.snippet.startsWith('…'),
        false,
        'a match in the title',
      );
      assert.match((await store.search('stability'))[0]?.snippet ?? '', /^….*strategic stability/);
      assert.deepEqual(
        (await store.search('Mosul')).map((h) => h.id),
        [mosul.id],
      );
      assert.deepEqual(await store.search('"; DROP TABLE articles; --'), []);
      assert.deepEqual(await store.search('   '), []);
    } finally {
      await store.close();
    }
  });

  it('ranks only the most recently added matches when a query matches more than rankedMatches', async () => {
    const opened = await open({ rankedMatches: 2 });
    for (const record of ALL) await opened.store.write(record);
    const { store } = opened;
    try {
      // "said" is in three originals, written in this order: talks, talksFollowUp, mosul.
      assert.deepEqual(
        new Set((await store.search('said')).map((hit) => hit.id)),
        new Set([talksFollowUp.id, mosul.id]),
      );
      assert.equal((await store.articles({ text: 'said' })).total, 2);
      assert.deepEqual(
        new Set((await store.search('Geneva')).map((hit) => hit.id)),
        new Set([talks.id, talksFollowUp.id]),
        'two matches: all ranked',
      );
    } finally {
      await store.close();
    }
  });

  it('searches see every change, made through this store or another one open on the same corpus', async () => {
    const { store, reopen } = await open();
    const other = await reopen();
    try {
      await store.write(talks);
      assert.deepEqual(await store.search('Mosul'), []);
      assert.equal((await store.articles({ text: 'Mosul' })).total, 0);
      await other.write(mosul);
      assert.deepEqual(
        (await store.search('Mosul')).map((hit) => hit.id),
        [mosul.id],
      );
      assert.equal((await store.articles({ text: 'Mosul' })).total, 1);
      await other.delete(mosul.id);
      assert.deepEqual(await store.search('Mosul'), []);
      assert.equal((await store.articles({ text: 'Mosul' })).total, 0);
      await store.write(mosul);
      assert.equal((await other.articles({ text: 'Mosul' })).total, 1);
    } finally {
      await other.close();
      await store.close();
    }
  });

  it('finds quotes by speaker name, alias or id, once per original', async () => {
    const { store } = await filled(open);
    try {
      for (const speaker of ['Blinken', 'antony blinken', 'person/antony-blinken']) {
        const quotes = await store.quotes({ speaker });
        assert.equal(quotes.length, 1, speaker);
        assert.equal(quotes[0]?.speakerEntity, 'person/antony-blinken');
        assert.equal(quotes[0]?.articleId, talks.id);
      }
      assert.equal(
        (await store.quotes({ speaker: 'Lavrov' }))[0]?.text,
        'Without guarantees there is nothing to discuss',
      );
      assert.deepEqual(await store.quotes({ speaker: 'Nobody' }), []);
    } finally {
      await store.close();
    }
  });

  it('gives one entry per entity across documents', async () => {
    const { store } = await filled(open);
    try {
      const entry = await store.entity('Islamic State');
      assert.equal(entry?.id, 'org/islamic-state');
      assert.equal(entry?.articleCount, 1);
      assert.deepEqual(entry?.aliases, ['is']);
      const usa = await store.entity('USA');
      assert.equal(usa?.id, 'gpe/united-states');
      assert.equal(usa?.articleCount, 3, 'originals only');
      assert.equal(usa?.firstSeen, '2021-05-03');
      assert.equal(usa?.lastSeen, '2021-06-18');
      assert.deepEqual(usa?.timeline, [
        { period: '2021-05', articles: 1 },
        { period: '2021-06', articles: 2 },
      ]);
      assert.equal(usa?.coMentioned[0]?.count, 2);
      assert.deepEqual(usa?.geo, {
        name: 'United States',
        featureClass: 'A',
        lat: 39.8,
        lon: -98.5,
        countryCode: 'US',
      });
      assert.deepEqual(usa?.roles, []);
      const lavrov = await store.entity('Lavrov');
      assert.deepEqual(
        lavrov?.roles,
        [{ title: 'foreign minister', country: 'RUS' }],
        'roles from the latest articles',
      );
      assert.equal(lavrov?.geo, undefined);
      const blinken = await store.entity('Blinken');
      assert.equal(blinken?.quoteCount, 1);
      // A name's first or last words find it; words inside it, or part of a word, do not.
      assert.equal((await store.entity('antony'))?.id, blinken?.id);
      assert.equal((await store.entity('Antony Blinken'))?.id, blinken?.id);
      assert.equal(await store.entity('Blink'), undefined);
      assert.equal(await store.entity('Atlantis'), undefined);
      // Known only by a description: the article's own entity, found by its id, not by the description.
      assert.equal(await store.entity('Iraqi forces'), undefined);
      assert.equal((await store.entity('org/iraqi-forces@5e0c2f9a41'))?.name, 'Iraqi forces');
    } finally {
      await store.close();
    }
  });

  it('lists events per story by actor and date', async () => {
    const { store } = await filled(open);
    try {
      const all = await store.events({ actor: 'USA' });
      assert.equal(all.length, 2);
      const recent = await store.events({ actor: 'USA', since: '2021-06-01' });
      assert.equal(recent.length, 1);
      assert.equal(recent[0]?.type, 'CONSULT');
      assert.equal(recent[0]?.articles, 2);
      assert.deepEqual(recent[0]?.targets, ['gpe/russia']);
      assert.deepEqual(await store.events({ actor: 'Russia' }), [], 'Russia is only a target');
    } finally {
      await store.close();
    }
  });

  it('exports every record, keeps everything across reopening and passes the integrity check', async () => {
    const { store, reopen } = await filled(open);
    await store.close();
    const again = await reopen();
    try {
      const exported = [];
      for await (const item of again.exportRecords()) exported.push(item.record.id);
      assert.deepEqual(
        exported,
        ALL.map((record) => record.id),
      );
      assert.deepEqual(await again.checkIntegrity(), []);
      assert.equal((await again.write(talksFollowUp)).status, 'exists');
    } finally {
      await again.close();
    }
  });
}
