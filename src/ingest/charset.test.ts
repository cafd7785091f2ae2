import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeHtmlBytes, headerCharset, metaCharset, normalizeCharset } from './charset.js';

const page = (head: string, body: string) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;
const french =
  'Le café de la gare a fermé ses portes après trente années de service à la communauté. '.repeat(5);
const russian = 'Городской совет одобрил строительство нового моста через реку после долгих споров. '.repeat(
  5,
);

test('byte-order marks win', () => {
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('', 'é'), 'utf8')]);
  assert.match(decodeHtmlBytes(utf8), /<p>é<\/p>/);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page('', 'é'), 'utf16le')]);
  assert.match(decodeHtmlBytes(utf16), /<p>é<\/p>/);
});

test('<meta charset> and http-equiv declarations', () => {
  assert.equal(metaCharset(Buffer.from('<meta charset="windows-1251">')), 'windows-1251');
  assert.equal(
    metaCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
    'ISO-8859-1',
  );
  const bytes = iconv.encode(page('<meta charset="windows-1251">', russian), 'windows-1251');
  assert.ok(decodeHtmlBytes(bytes).includes(russian));
});

test('the transport header is used when the page declares nothing', () => {
  assert.equal(headerCharset('text/html; charset=Shift_JIS'), 'Shift_JIS');
  const japanese = '市議会は川に新しい橋を架ける計画を承認した。'.repeat(5);
  const bytes = iconv.encode(page('', japanese), 'shift_jis');
  assert.ok(decodeHtmlBytes(bytes, 'text/html; charset=Shift_JIS').includes(japanese));
});

test('a wrong declaration loses to the bytes', () => {
  const latin1 = iconv.encode(page('<meta charset="utf-8">', french), 'windows-1252');
  assert.ok(decodeHtmlBytes(latin1).includes(french));
  const utf8 = Buffer.from(page('<meta charset="iso-8859-1">', french), 'utf8');
  assert.ok(decodeHtmlBytes(utf8).includes(french));
});

test('undeclared single-byte pages are detected', () => {
  const bytes = iconv.encode(page('', russian), 'windows-1251');
  assert.ok(decodeHtmlBytes(bytes).includes(russian));
});

test('charset labels are normalised the WHATWG way', () => {
  assert.equal(normalizeCharset('ISO-8859-1'), 'windows-1252');
  assert.equal(normalizeCharset('UTF8'), 'utf-8');
  assert.equal(normalizeCharset('no-such-charset'), undefined);
});
