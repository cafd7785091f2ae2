import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEntities, stripSiteName } from './find-title.js';

test('escaped entities in metadata titles are decoded', () => {
  assert.equal(decodeEntities('Full &#038; Part Time'), 'Full & Part Time');
  assert.equal(decodeEntities('Tom&apos;s &quot;caf&#xE9;&quot; &amp; more'), 'Tom\'s "café" & more');
  assert.equal(decodeEntities('&unknown; &#0; plain'), '&unknown; &#0; plain');
});

test('the site name is cut from a document title', () => {
  assert.equal(
    stripSiteName('Floods hit the valley | Daily Gazette', 'Daily Gazette'),
    'Floods hit the valley',
  );
  assert.equal(
    stripSiteName('Floods hit the valley - gazette', undefined, 'www.gazette.com'),
    'Floods hit the valley',
  );
});
