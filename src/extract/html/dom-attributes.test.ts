import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'htmlparser2';
import { type Element, parseHtml, READ_ATTRIBUTES } from './dom.js';

test('every attribute the extraction reads is one the parser keeps', () => {
  const dir = import.meta.dirname;
  const read = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/attribs(?:\.([\w$]+)|\[\s*'([^']+)'\s*\])/g)) read.add(m[1] ?? m[2]!);
    // A name passed as a variable cannot be checked here.
    assert.doesNotMatch(source, /attribs\[\s*[^'\s]/, `${file} reads an attribute by a computed name`);
  }
  assert.ok(read.size > 10);
  for (const name of read)
    assert.ok(READ_ATTRIBUTES.has(name), `attribs.${name} is read but not kept by parseHtml`);
});

test('parseHtml builds the tree parseDocument builds, less the attributes nobody reads', () => {
  const html =
    '<div data-x="a &amp; b" class="c &amp; d" ID=main data-y=\'q"&lt;\' hidden><p style="x" data-z=1 title="t">A &amp; B&nbsp;C &lt;i&gt;</p>' +
    '<a href="/x?a=1&amp;b=2" data-track>link</a><meta property="og:title" content="T &quot;Q&quot;"><title>X &amp; Y</title></div>';
  const strip = (node: unknown): unknown => {
    const n = node as Element & { data?: string };
    return {
      type: n.type,
      name: n.name,
      data: n.data,
      attribs:
        n.attribs && Object.fromEntries(Object.entries(n.attribs).filter(([k]) => READ_ATTRIBUTES.has(k))),
      children: n.children?.map(strip),
    };
  };
  const ours = parseHtml(html);
  const theirs = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true });
  assert.deepEqual(strip(ours), strip(theirs));
  const div = ours.children[0] as Element;
  assert.deepEqual(div.attribs, { class: 'c & d', id: 'main', hidden: '' });
});

test('tag and attribute names are read in lower case however they are written, each time', () => {
  const html =
    '<DIV CLASS="u"><Span Id="s">x</Span></DIV><dIv cLaSs=v>y</dIv><div class=w>z</div>' +
    '<x-ÄB ID=a>é</x-ÄB><x-äb id=b>e</x-äb><P>one<p>two</P>';
  const names = (node: unknown): unknown => {
    const n = node as Element;
    return { name: n.name, attribs: n.attribs, children: n.children?.map(names) };
  };
  const theirs = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true });
  for (let i = 0; i < 2; i++) assert.deepEqual(names(parseHtml(html)), names(theirs));
});
