/** The places stage on hand-made entity and mention layers (no tagger): what frames an article's places. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { layer, withLayers } from '../doc/doc.js';
import type { Entity, Mention } from '../doc/record-schema.js';
import { rawTextDoc } from '../extract/clean-scraped-text.js';
import { resolvePlacesStage } from './places-stage.js';

/** A doc whose entities are the given phrases (first occurrence of each, every occurrence a mention). */
function placesOf(text: string, phrases: [string, Entity['type']][]) {
  const doc = rawTextDoc({
    kind: 'text',
    body: text,
    source: { path: 't', format: 'text', bytes: 0, sha256: '' },
  });
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  phrases.forEach(([phrase, type], k) => {
    const id = `e${k}`;
    entities.push({ id, type, name: phrase, aliases: [], roles: [] });
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
      mentions.push({ start: at, end: at + phrase.length, text: phrase, entity: id, kind: 'name' });
  });
  const out = resolvePlacesStage.run(withLayers(doc, { entities, mentions }), {});
  return new Map(layer(out, 'entities').map((e) => [e.name, e.geo]));
}

test('a county inside an organisation name frames the town ("Henry County General Sessions Court")', () => {
  const text =
    'A Paris man was arrested Sunday. He is scheduled to appear Tuesday in Henry County General Sessions Court.';
  const geo = placesOf(text, [
    ['Paris', 'GPE'],
    ['Henry County General Sessions Court', 'GPE'],
  ]).get('Paris');
  assert.equal(geo?.countryCode, 'US');
  assert.equal(geo?.admin1, 'TN');
});

test('a tagger span cut short is looked up as the whole gazetteer name ("British" of "British Columbia")', () => {
  const text = 'British Columbia, Alberta and Ontario reported cases.';
  const places = placesOf(text, [
    ['British', 'GPE'],
    ['Alberta', 'GPE'],
  ]);
  assert.equal(places.get('British')?.countryCode, 'CA');
  assert.equal(places.get('British')?.name, 'British Columbia');
});
