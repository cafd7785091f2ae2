import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlDoc } from './html-doc.js';

const page = (body: string) =>
  htmlDoc({
    kind: 'html',
    body: `<html><head><title>Study</title></head><body><article><h1>Study</h1>${body}</article></body></html>`,
    source: { path: 'page.html', format: 'html', bytes: body.length, sha256: '' },
  });

const story =
  '<p>The study was funded by a grant from the National Institutes of Health, which supports research across the country and abroad.</p><p>Researchers followed eighty-nine patients for two months and measured their stress hormones before and after the course.</p>';

test('a title-case first line and a <br> above sentences are a heading and its paragraph', () => {
  const doc = page(
    `${story}<p><b>About Georgetown University Medical Center</b><br>Georgetown University Medical Center is an academic medical center with a three-part mission of research and teaching.</p>`,
  );
  assert.match(
    doc.text,
    /About Georgetown University Medical Center\n\nGeorgetown University Medical Center is/,
  );
});

test('a table row broken by <br> stays one line', () => {
  const doc = page(`${story}<p>July 6<br>WWE Money in the Bank Toronto</p>`);
  assert.match(doc.text, /July 6 WWE Money in the Bank Toronto/);
});
