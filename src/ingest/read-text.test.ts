import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeTextBytes, readTextInput } from './read-text.js';

test('UTF-8 text decodes, with its byte-order mark', () => {
  assert.equal(decodeTextBytes(Buffer.from('\ufeffHéllo'), 'a.txt'), 'Héllo');
});

test('bad inputs get clear errors naming the input', () => {
  const cases: [Uint8Array, RegExp][] = [
    [Buffer.from(''), /a\.txt: is empty/],
    [Buffer.from(' \n\n \t\n'), /a\.txt: is empty/],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), /a\.txt: looks like a binary file/],
    [Buffer.from([0x48, 0x69, 0xff, 0x21]), /a\.txt: is not valid UTF-8 \(first bad byte at offset 2\)/],
  ];
  for (const [bytes, message] of cases) assert.throws(() => decodeTextBytes(bytes, 'a.txt'), message);
  assert.throws(() => decodeTextBytes(Buffer.from('12345'), 'a.txt', 4), /over the 4-byte limit/);
});

test('the source records size and hash', () => {
  const input = readTextInput(Buffer.from('Hello'), { path: 'a.txt' });
  assert.equal(input.source.bytes, 5);
  assert.equal(input.source.sha256, '185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969');
});
