import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTextInput } from '../ingest/read-text.js';
import { cleanScrapedText, rawTextDoc } from './clean-scraped-text.js';

const input = (text: string) => readTextInput(Buffer.from(text), { path: 'fixture.txt' });

test('captions, credit lines, related headlines and trailers leave the body', () => {
  const doc = cleanScrapedText(
    input(
      [
        'Floods hit the valley',
        '',
        'Rescuers at work (AP Photo/Jane Roe)',
        '',
        'Heavy rain flooded the valley on Sunday, officials said.',
        '',
        'More rain is expected.',
        '',
        '(Reporting by John Smith; Editing by Mary Lee)',
        '',
        'Related:',
        'Storm season starts early in the south',
        'Source link',
      ].join('\r\n'),
    ),
  );
  assert.equal(
    doc.text,
    'Floods hit the valley\n\nHeavy rain flooded the valley on Sunday, officials said.\n\nMore rain is expected.',
  );
  assert.equal(doc.meta.title, 'Floods hit the valley');
  assert.deepEqual(doc.meta.captions, [{ text: 'Rescuers at work', credit: 'AP Photo/Jane Roe' }]);
  assert.deepEqual(
    doc.layers.removed?.map((r) => r.reason),
    ['caption', 'credit', 'related-links', 'related-links', 'trailer'],
  );
  assert.deepEqual(doc.meta.credits, ['John Smith', 'Mary Lee', 'AP Photo/Jane Roe']);
  assert.deepEqual(
    doc.layers.blocks?.map((b) => b.kind),
    ['title', 'paragraph', 'paragraph'],
  );
});

test('removed parts keep their offsets into the input', () => {
  const text = 'Title here\n\nBody text one.\n\nSource link\n';
  const doc = cleanScrapedText(input(text));
  const trailer = doc.layers.removed?.[0];
  assert.equal(trailer && text.slice(trailer.sourceStart, trailer.sourceEnd), 'Source link');
});

test('whitespace and invisible characters are normalised; hard-wrapped lines are joined', () => {
  const doc = cleanScrapedText(input('Title\n\nA line\u00a0with  odd\u200b spaces that\nwraps here.\n'));
  assert.equal(doc.text, 'Title\n\nA line with odd spaces that wraps here.');
});

test('a first line ending a sentence without a blank line after it is not a title', () => {
  const doc = cleanScrapedText(input('The minister resigned on Monday.\nHis party thanked him.\n'));
  assert.equal(doc.meta.title, undefined);
});

test('--raw keeps the text byte for byte', () => {
  const text = '  Title\r\n\r\nBody  with\tspaces.\r\n';
  const doc = rawTextDoc(input(text));
  assert.equal(doc.text, text);
  assert.deepEqual(
    doc.layers.blocks?.map((b) => text.slice(b.start, b.end)),
    ['Title', 'Body  with\tspaces.'],
  );
});

test('a dateline under the title is the publication date, unless one is given', () => {
  const text = 'Talks resume in Geneva\n\nFriday, August 21, 2015\n\nThe talks resumed yesterday.\n';
  assert.equal(cleanScrapedText(input(text)).meta.published, '2015-08-21');
  assert.equal(
    cleanScrapedText(input(text.replace('Friday, August 21, 2015', '21 August 2015'))).meta.published,
    '2015-08-21',
  );
  const given = { ...input(text), meta: { published: '2015-08-22' } };
  assert.equal(cleanScrapedText(given).meta.published, '2015-08-22');
  const dated = (line: string) =>
    cleanScrapedText(input(text.replace('Friday, August 21, 2015', line))).meta.published;
  assert.equal(dated('Sept. 5, 2015'), '2015-09-05');
  assert.equal(dated('2015-08-21'), '2015-08-21');
  assert.equal(dated('February 30, 2015'), undefined);
  assert.equal(dated('Augustus 21, 2015'), undefined);
  // A date inside a sentence is no dateline.
  const prose = 'Talks resume in Geneva\n\nThe talks began on August 21, 2015 in Geneva.\n';
  assert.equal(cleanScrapedText(input(prose)).meta.published, undefined);
  // A place and a date open the first paragraph, as on the wire and in press releases.
  const opening = (line: string) =>
    cleanScrapedText(input(`Talks resume in Geneva\n\n${line} The talks resumed yesterday.\n`)).meta
      .published;
  assert.equal(opening('WASHINGTON, March 4, 2024 —'), '2024-03-04');
  assert.equal(opening('NEW YORK, Jan. 5, 2024 /PRNewswire/ --'), '2024-01-05');
  assert.equal(opening('PARIS, France, 5 March 2024 (AFP) -'), '2024-03-05');
  assert.equal(opening('LONDON, March 4 (Reuters) -'), undefined);
  assert.equal(opening('KYIV, Ukraine (AP) —'), undefined);
});

test('a repeated line leaves the body, a repeated interview question stays', () => {
  const doc = cleanScrapedText(
    input(
      [
        'Share this article',
        '',
        'Ana Ruiz',
        '',
        'What do you think of the new category?',
        '',
        'It is long overdue.',
        '',
        'Tom Baker',
        '',
        'What do you think of the new category?',
        '',
        'It is a start.',
        '',
        'Share this article',
      ].join('\n'),
    ),
  );
  assert.equal(doc.text.split('What do you think of the new category?').length, 3);
  assert.deepEqual(doc.layers.removed?.filter((r) => r.reason === 'duplicate-line').length, 1);
});

test('a photo credit on a line of its own leaves the body; names with a slash in prose stay', () => {
  const doc = cleanScrapedText(
    input(
      [
        'Stamp prices go up',
        '',
        'The cost of first-class stamps will rise.',
        '',
        'UCG/Universal Images Group via Getty Images, FILE',
        '',
        'AP Photo/Evan Vucci, File',
        '',
        'Shipping costs will also increase.',
        '',
        'Reuters/Ipsos polling',
      ].join('\n'),
    ),
  );
  assert.equal(
    doc.text,
    'Stamp prices go up\n\nThe cost of first-class stamps will rise.\n\nShipping costs will also increase.\n\nReuters/Ipsos polling',
  );
  assert.deepEqual(doc.meta.credits, [
    'UCG/Universal Images Group via Getty Images, FILE',
    'AP Photo/Evan Vucci, File',
  ]);
});

test('a summary above the article that repeats its sentences leaves the body', () => {
  const lede =
    'Chinese police have shut down 34,000 online accounts for allegedly spreading rumours, state media reported on Friday.';
  const quote = '"We have investigated more than 4,800 online rumour cases," CCTV said on Friday.';
  const doc = cleanScrapedText(
    input(
      [
        'China shuts down 34,000 online accounts',
        '',
        `${lede} ${quote}`,
        '',
        `SHANGHAI: ${lede}`,
        '',
        'The Chinese internet is tightly controlled by the ruling Communist Party.',
        '',
        quote,
      ].join('\n'),
    ),
  );
  assert.equal(doc.text.split(lede).length, 2);
  assert.equal(doc.text.split(quote).length, 2);
  assert.ok(doc.text.includes(`SHANGHAI: ${lede}`));
});

test('a wire sign-off run into one line is a credit: each reporter and editor, without where they reported from', () => {
  const doc = cleanScrapedText(
    input(
      [
        'Haley tours Iowa',
        '',
        'Haley spoke to voters on Friday.',
        '',
        'Reporting by Gram Slattery Additional reporting by Alexandra Ulmer in San Francisco and Jason Lange in Washington Editing by Colleen Jenkins and Alistair Bell',
      ].join('\n'),
    ),
  );
  assert.equal(doc.text, 'Haley tours Iowa\n\nHaley spoke to voters on Friday.');
  assert.deepEqual(doc.meta.credits, [
    'Gram Slattery',
    'Alexandra Ulmer',
    'Jason Lange',
    'Colleen Jenkins',
    'Alistair Bell',
  ]);
});
