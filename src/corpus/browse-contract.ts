/**
 * The store contract for what the web page and API add: paginated, filtered article lists, one story
 * by id, and deleting an article. Run beside `store-contract.ts` by each implementation's test file.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OpenStore } from './store-contract.js';
import { ALL, mosul, talks, talksFollowUp, talksSameText, talksWireCopy } from './testing/corpus-fixtures.js';

export function browseContract(name: string, open: OpenStore, skip?: string): void {
  const it = (title: string, fn: () => Promise<void>) => test(`${name}: ${title}`, skip ? { skip } : {}, fn);

  it('lists originals newest first, in pages, with filters', async () => {
    const { store } = await open();
    try {
      for (const record of ALL) await store.write(record);
      const all = await store.articles({ limit: 10 });
      assert.equal(all.total, 3);
      assert.deepEqual(
        all.items.map((item) => item.id),
        [talksFollowUp.id, talks.id, mosul.id],
      );
      assert.equal(all.items.find((item) => item.id === talks.id)?.duplicates, 3);
      const second = await store.articles({ limit: 1, offset: 1 });
      assert.deepEqual(
        second.items.map((item) => item.id),
        [talks.id],
      );
      assert.equal(second.total, 3);
      const lavrov = await store.articles({ entity: 'Lavrov' });
      assert.deepEqual(lavrov.items.map((item) => item.id).sort(), [talks.id, talksFollowUp.id].sort());
      assert.equal((await store.articles({ place: 'Iraq' })).items[0]?.id, mosul.id);
      assert.equal((await store.articles({ place: 'Blinken' })).total, 0);
      assert.equal((await store.articles({ eventType: 'FIGHT' })).items[0]?.id, mosul.id);
      assert.equal((await store.articles({ since: '2021-06-18' })).items[0]?.id, talksFollowUp.id);
      assert.equal((await store.articles({ until: '2021-05-31' })).items[0]?.id, mosul.id);
      const text = await store.articles({ text: 'guarantees', since: '2021-06-01' });
      assert.ok(text.items.some((item) => item.id === talksFollowUp.id));
      assert.match(text.items[0]?.snippet ?? '', /guarantees/);
      assert.equal((await store.articles({ text: 'guarantees', entity: 'Islamic State' })).total, 0);
      assert.equal((await store.articles({ entity: 'nobody at all' })).total, 0);
    } finally {
      await store.close();
    }
  });

  it('gives one story by id', async () => {
    const { store } = await open();
    try {
      const written = await store.write(talks);
      const story = await store.story(written.storyId!);
      assert.equal(story?.id, written.storyId);
      assert.equal(story?.articleCount, 1);
      assert.equal(await store.story(987654), undefined);
      const page = await store.articles({ story: written.storyId! });
      assert.deepEqual(
        page.items.map((item) => item.id),
        [talks.id],
      );
    } finally {
      await store.close();
    }
  });

  it('deletes an original with its copies and facts, and the corpus stays consistent', async () => {
    const { store } = await open();
    try {
      for (const record of ALL) await store.write(record);
      assert.deepEqual(await store.delete('ng-unknown'), []);
      assert.deepEqual(await store.delete(talksWireCopy.id), [talksWireCopy.id]);
      const removed = await store.delete(talks.id);
      assert.ok(removed.includes(talks.id) && removed.includes(talksSameText.id));
      assert.equal(await store.has(talks.id), false);
      assert.equal(await store.has(talksSameText.id), false);
      assert.deepEqual(await store.checkIntegrity(), []);
      const stats = await store.stats();
      assert.equal(stats.articles, 2);
      assert.equal((await store.search('frank useful exchange')).length, 0);
      assert.equal((await store.entity('Blinken'))?.articleCount, 1);
      await store.delete(mosul.id);
      assert.equal(await store.entity('Islamic State'), undefined);
      assert.deepEqual(await store.checkIntegrity(), []);
    } finally {
      await store.close();
    }
  });
}
