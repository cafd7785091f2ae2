import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatRows, parseRowFormat, toCsv } from './format-rows.js';

test('toCsv quotes cells with commas, quotes and line breaks', () => {
  assert.equal(
    toCsv(
      ['a', 'b'],
      [
        ['x, y', 'say "hi"'],
        [1, undefined],
      ],
    ),
    'a,b\n"x, y","say ""hi"""\n1,',
  );
});

test('formatRows prints an aligned table, or the objects as JSON', () => {
  const table = formatRows(
    'table',
    ['id', 'name'],
    [
      ['1', 'Kim'],
      ['22', 'Lee'],
    ],
    [],
  );
  assert.equal(table, 'id  name\n--  ----\n1   Kim\n22  Lee\n');
  assert.equal(formatRows('json', ['id'], [], [{ id: 1 }]), '[\n  {\n    "id": 1\n  }\n]\n');
  assert.equal(formatRows('table', ['id'], [], []), 'no results\n');
  assert.throws(() => parseRowFormat('xml'), /unknown --format/);
});
