import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from './dom.js';
import { dateFromUrl, findDates, preferUrlDate, toIsoDate } from './find-dates.js';
import { readPageMeta } from './page-meta.js';

const now = new Date('2025-01-01T00:00:00Z');

test('date strings to ISO 8601, keeping the local day and offset', () => {
  const cases: [string, string | undefined][] = [
    ['2024-03-05T09:30:00-05:00', '2024-03-05T09:30:00-05:00'],
    ['2024-03-05 09:30', '2024-03-05T09:30:00'],
    ['2024-03-05', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Tue, 05 Mar 2024 14:30:00 GMT', '2024-03-05'],
    ['1709649000', '2024-03-05T14:30:00.000Z'],
    ['1970-01-01', undefined],
    ['2031-01-01', undefined],
    ['yesterday', undefined],
    ['not a date', undefined],
  ];
  for (const [input, expected] of cases) assert.equal(toIsoDate(input, now), expected, input);
});

test('dates in URL paths', () => {
  assert.equal(dateFromUrl('https://x.example/2024/03/05/story'), '2024-03-05');
  assert.equal(dateFromUrl('https://x.example/news/20240305/story'), '2024-03-05');
  assert.equal(dateFromUrl('https://x.example/2024/3/5/story'), '2024-03-05');
  assert.equal(dateFromUrl('https://x.example/story-12345678'), undefined);
  assert.equal(dateFromUrl(undefined), undefined);
});

test('all-number dates: year first, dotted day first, and day first when the day cannot be a month', () => {
  const cases: [string, string | undefined][] = [
    ['2020年07月03日', '2020-07-03'],
    ['2020.07.03', '2020-07-03'],
    ['2020/07/03 01:43', '2020-07-03'],
    ['23.07.2024', '2024-07-23'],
    ['22/11/2024', '2024-11-22'],
    ['11/22/2024', '2024-11-22'],
  ];
  for (const [input, expected] of cases) assert.equal(toIsoDate(input, now), expected, input);
});

test('dates in URL paths: month names, and no day taken from a slug', () => {
  assert.equal(dateFromUrl('https://x.example/factchecks/2023/dec/21/story/'), '2023-12-21');
  assert.equal(dateFromUrl('https://x.example/blog/2023/october/03/story/'), '2023-10-03');
  assert.equal(dateFromUrl('https://x.example/hudson/2023/12/16-new-officers-join.html'), undefined);
  assert.equal(dateFromUrl('https://x.example/t/2024-4-4-2024-5-0-issue/724779'), undefined);
  assert.equal(dateFromUrl('https://x.example/news/2023-12-19-china-earthquake'), '2023-12-19');
});

test('the URL date wins when the stated date is days away or an early UTC time past midnight', () => {
  assert.equal(preferUrlDate('2022-02-11', '2023-06-08'), '2023-06-08');
  assert.equal(preferUrlDate('2023-12-23T01:48:19Z', '2023-12-22'), '2023-12-22');
  assert.equal(preferUrlDate('2023-12-22T17:08:49.000Z', '2023-12-21'), '2023-12-22T17:08:49.000Z');
  assert.equal(preferUrlDate('2023-12-20T07:30:00-05:00', '2023-12-19'), '2023-12-20T07:30:00-05:00');
  assert.equal(preferUrlDate(undefined, '2023-12-19'), '2023-12-19');
});

test('a date written in the byline area under the headline, and other publication <meta> names', () => {
  const dates = (html: string) => findDates(readPageMeta(parseHtml(html)), undefined, undefined).published;
  assert.equal(
    dates(
      '<h1>Why Congress must act</h1><div class="info">Dec 20, 2023 <span>6 min read</span></div><p>Body</p>',
    ),
    '2023-12-20',
  );
  // After the body, a date is no byline: only a line that is a date and little else counts there.
  assert.equal(
    dates(
      `<h1>Headline</h1><p>${'Long body text. '.repeat(20)}</p><p>Seen at the fair on Dec 20, 2023, by all of us and many more, in the rain</p>`,
    ),
    undefined,
  );
  assert.equal(
    dates('<meta name="w-published-date" content="2025-05-27T06:03:43Z"><h1>Headline</h1>'),
    '2025-05-27T06:03:43Z',
  );
  assert.equal(dates('<meta name="published" content="July 17, 2025"><h1>Headline</h1>'), '2025-07-17');
  assert.equal(dates('<meta name="review-date" content="2025-05-27"><h1>Headline</h1>'), undefined);
});

test('dates written with month names in other languages', () => {
  const cases: [string, string | undefined][] = [
    ['duminică, 20 septembrie 2020', '2020-09-20'],
    ['Miércoles, 15 de Abril de 2020', '2020-04-15'],
    ['9 oktober 2020 11:12', '2020-10-09'],
    ['6. März 2024', '2024-03-06'],
    ['17 марта 2020 г.', '2020-03-17'],
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
    ['2020. október 9.', '2020-10-09'],
    ['30th March 2024, 16:26', '2024-03-30'],
    ['Sun Dec 17, 2023 11:23 am', '2023-12-17'],
    ['Room 12 of 2020', undefined],
  ];
  for (const [input, expected] of cases) assert.equal(toIsoDate(input, now), expected, input);
});

test('a UTC time stamp becomes the day the page shows locally for the same instant', () => {
  const dates = (html: string) => findDates(readPageMeta(parseHtml(html)), undefined, undefined).published;
  assert.equal(
    dates(
      '<meta property="article:published_time" content="2023-12-23T03:22:07Z"><h1>H</h1><time datetime="2023-12-22T22:22:07-0500">Dec 22, 2023, 10:22 PM EST</time>',
    ),
    '2023-12-22T22:22:07-0500',
  );
  assert.equal(
    dates(
      '<meta property="article:published_time" content="2023-12-22T04:00:41+00:00"><h1>H</h1><time datetime="2023-12-22T04:00:41+00:00">Dec. 21, 2023 11:00 pm EST</time>',
    ),
    '2023-12-21',
  );
  // Another instant, or the same day shown, keeps the stated time stamp.
  assert.equal(
    dates(
      '<meta property="article:published_time" content="2023-12-22T14:00:41+00:00"><h1>H</h1><time datetime="2023-12-22T14:00:41+00:00">Dec 22, 2023</time><time datetime="2023-12-20T09:00:00-05:00">x</time>',
    ),
    '2023-12-22T14:00:41+00:00',
  );
});

test('no publication date: the modification date, else a date line outside comments and chrome', () => {
  const dates = (html: string) => findDates(readPageMeta(parseHtml(html)), undefined, undefined).published;
  assert.equal(
    dates('<meta property="article:modified_time" content="2023-03-22T17:52:04+00:00"><h1>Services</h1>'),
    '2023-03-22T17:52:04+00:00',
  );
  const intro = `<p>${'Intro text that is long. '.repeat(12)}</p>`;
  assert.equal(
    dates(`<h1>Headline</h1>${intro}<div><span>Posted on</span> <span>Nov 21, 2018</span></div>`),
    '2018-11-21',
  );
  assert.equal(
    dates(
      `<h1>Headline</h1>${intro}<dl><dd><strong>Joined:</strong> Dec 11, 2021</dd></dl><div class="comments"><p>Dec 12, 2021</p></div><footer><p>Jan 2, 2022</p></footer>`,
    ),
    undefined,
  );
  // A line that gives only the month, when no line gives a day: the month's first day, as htmldate does.
  assert.equal(dates(`<h1>Headline</h1><p>November 2015</p>${intro}`), '2015-11-01');
  assert.equal(dates(`<h1>Headline</h1><p>November 2015</p>${intro}<p>Dec 2, 2019</p>`), '2019-12-02');
  assert.equal(dates(`<h1>Headline</h1><p>Our November 2015 trip</p>`), undefined);
});

test("a question's dateCreated before its answers' datePublished", () => {
  const dates = (html: string) => findDates(readPageMeta(parseHtml(html)), undefined, undefined).published;
  assert.equal(
    dates(
      '<h1>Why?</h1><time itemprop="dateCreated" datetime="2014-02-04 13:02:51Z">12 years ago</time><div itemprop="datePublished">2018-05-21 20:37:55 +00:00</div>',
    ),
    '2014-02-04T13:02:51Z',
  );
});

test('microdata datePublished before a site-specific publication <meta> name', () => {
  const dates = (html: string) => findDates(readPageMeta(parseHtml(html)), undefined, undefined).published;
  assert.equal(
    dates(
      '<meta name="x.articlefirstpublished" content="2023-12-10 18:00"><h1>H</h1><time itemprop="datePublished" datetime="2023-12-19T15:54+0000">19 December 2023</time>',
    ),
    '2023-12-19T15:54:00+0000',
  );
});

test('an ISO time stamp written out near the headline', () => {
  const dates = (html: string) => findDates(readPageMeta(parseHtml(html)), undefined, undefined).published;
  assert.equal(
    dates('<h1>Five solutions</h1><p><span class="x">2022-11-23T08:10+02:00 </span></p>'),
    '2022-11-23',
  );
});

test('the update date when the byline shows only it, the publication date when it shows both', () => {
  const dates = (byline: string) =>
    findDates(
      readPageMeta(
        parseHtml(
          `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2022-10-24T10:00:00Z"><meta property="article:modified_time" content="2023-12-14T10:00:00Z"></head><body><h1>Headline</h1><div class="byline">${byline}</div><p>Text.</p></body></html>`,
        ),
      ),
      undefined,
      undefined,
    ).published?.slice(0, 10);
  assert.equal(dates('Updated December 14, 2023'), '2023-12-14');
  assert.equal(
    dates('<span>Updated December 14, 2023</span> <span>Originally published October 24, 2022</span>'),
    '2022-10-24',
  );
  assert.equal(dates('By Ann Lee'), '2022-10-24');
  // A re-dated edition between the two, then a silent edit.
  assert.equal(dates('Nov 6, 2023 8:41 am PST'), '2023-11-06');
  // A plain byline date before the stated publication is the one its author set (the metadata's
  // was restamped), update or not.
  assert.equal(dates('Nov 6, 2021'), '2021-11-06');
  assert.equal(dates('Updated Nov 6, 2021'), '2022-10-24');
});

test('the day shown under the headline beats a stated time stamp one day off', () => {
  const dates = (stamp: string, shown: string) =>
    findDates(
      readPageMeta(
        parseHtml(
          `<html><head><meta property="article:published_time" content="${stamp}"></head><body><h1>Headline</h1><div class="byline">${shown}</div><p>Text.</p></body></html>`,
        ),
      ),
      undefined,
      undefined,
    ).published?.slice(0, 10);
  assert.equal(dates('2023-12-23T04:10:00+01:00', 'December 22, 2023'), '2023-12-22');
  // Days later is no time-zone slip (days earlier is the byline's own date: see the next test).
  assert.equal(dates('2023-12-23T04:10:00+01:00', 'December 26, 2023'), '2023-12-23');
});

test('an earlier byline date beats a (re)publication date in the metadata', () => {
  const dates = (byline: string, modified = '2025-06-24T10:00:00Z') =>
    findDates(
      readPageMeta(
        parseHtml(
          `<html><head></head><body><h1>Headline</h1><div class="byline">${byline}</div><p>Text.</p></body></html>`,
        ),
      ),
      { datePublished: '2025-06-24T09:00:00Z', dateModified: modified, authors: [] },
      undefined,
    ).published?.slice(0, 10);
  assert.equal(dates('<span>Ann Lee</span><span>August 25, 2024</span>'), '2024-08-25');
  // Also when the metadata has a separate, later update (it is no date the author set)...
  assert.equal(dates('August 25, 2024', '2025-09-01T10:00:00Z'), '2024-08-25');
  // ...but not from an update line, a join date or a date that reads both ways.
  assert.equal(dates('Updated August 25, 2024'), '2025-06-24');
  assert.equal(dates('Joined August 25, 2024'), '2025-06-24');
  assert.equal(dates('<span>03/10/2024</span>'), '2025-06-24');
  assert.equal(dates('<span>25/08/2024</span>'), '2024-08-25');
});

test('a date labelled "Published" near the headline beats the metadata and the next-day rule', () => {
  const dates = (byline: string) =>
    findDates(
      readPageMeta(
        parseHtml(
          `<html><head></head><body><h1>Headline</h1><div class="byline">${byline}</div><p>Text.</p></body></html>`,
        ),
      ),
      { datePublished: '2025-08-21', dateModified: '2025-08-20', authors: [] },
      undefined,
    ).published?.slice(0, 10);
  assert.equal(
    dates('<div>Published <span>Apr 26, 2023</span></div><div>Updated <span>Aug 21, 2025</span></div>'),
    '2023-04-26',
  );
  assert.equal(dates('<p>Posted on: August 25, 2025</p>'), '2025-08-25');
  // Unlabelled, or labelled as an update, the date near the headline does not override.
  assert.equal(dates('<div>Updated <span>Apr 26, 2023</span></div>'), '2025-08-21');
});

test('the <time> nearest the headline, not one of a menu or a list of stories before it', () => {
  const page = readPageMeta(
    parseHtml(
      '<html><body><nav><p><time datetime="2025-01-31T12:00:00Z">01/31/2025</time> Other story</p><ul><li><a>Home</a></li><li><a>News</a></li></ul></nav><h1>Headline</h1><div><time datetime="2017-03-01T12:00:00Z">03/01/2017</time> by Ann Lee</div><p>Text.</p><aside><time datetime="2025-12-17T12:00:00Z">12/17/2025</time></aside></body></html>',
    ),
  );
  assert.equal(findDates(page, undefined, undefined).published?.slice(0, 10), '2017-03-01');
});

test('a date line split by an inline element, and a year-first dotted date', () => {
  const dates = (html: string) => findDates(readPageMeta(parseHtml(html)), undefined, undefined).published;
  assert.equal(dates('<h1>Deep dive</h1><p>October 16, 2020<span> · </span>8 min read</p>'), '2020-10-16');
  assert.equal(
    dates('<h1>Death spiral</h1><p><span>Essay - Published: 2025.12.17 | </span></p>'),
    '2025-12-17',
  );
});

test('a shown all-number date that reads both ways is read as the stated date reads it', () => {
  const page = readPageMeta(
    parseHtml(
      '<html><head><meta property="og:type" content="article"></head><body><h1>Renovation phases</h1><p class="post-date">By Block 09.10.2024</p><p>Text.</p></body></html>',
    ),
  );
  const ld = { datePublished: '2024-09-10T16:07:00Z', dateModified: '2025-11-25T17:47:39Z', authors: [] };
  // 09.10.2024 is the 10th of September here, the stated day, not an update on the 9th of October.
  assert.equal(findDates(page, ld, undefined).published?.slice(0, 10), '2024-09-10');
});

test("a date-classed element far below the headline is another story's when the headline area shows a date", () => {
  const related = Array.from({ length: 160 }, (_, i) => `<div><a>Story ${i}</a></div>`).join('');
  const page = readPageMeta(
    parseHtml(
      `<html><body><div>Last updated: Dec 12, 2025</div><h1>Blockchain SEO</h1><p>Text.</p>${related}<div class="r-posts-date">December 2, 2025</div></body></html>`,
    ),
  );
  assert.equal(findDates(page, undefined, undefined).published, '2025-12-12');
});

test('the latest of the stated modification dates, a <meta name="updated"> among them', () => {
  const page = readPageMeta(
    parseHtml(
      '<html><head><meta property="og:type" content="article"><meta name="updated" content="2025-12-18"></head><body><h1>Blockchain trends</h1><p class="info">Updated Dec 18, 2025 · 12 min read</p><p>Text.</p></body></html>',
    ),
  );
  const ld = { datePublished: '2025-06-17', dateModified: '2025-06-17', authors: [] };
  const { published, modified } = findDates(page, ld, undefined);
  assert.equal(modified, '2025-12-18');
  // The byline shows only the update: the update is the article's date (as the shownUpdate rule has it).
  assert.equal(published, '2025-12-18');
});

test('a <time> labelled "Published" below the article beats restamped metadata', () => {
  const body = `<p>${'Long body text. '.repeat(20)}</p>`;
  const dates = (foot: string) =>
    findDates(
      readPageMeta(parseHtml(`<html><body><h1>Free accounting tools</h1>${body}${foot}</body></html>`)),
      { datePublished: '2025-11-29T12:28:31-05:00', dateModified: '2025-11-29T12:28:31-05:00', authors: [] },
      undefined,
    ).published?.slice(0, 10);
  assert.equal(dates('<p>Published <time datetime="2025-08-13">August 13, 2025</time></p>'), '2025-08-13');
  // Not another story's, nor an unlabelled one.
  assert.equal(
    dates('<div class="related"><p>Published <time>August 13, 2025</time></p></div>'),
    '2025-11-29',
  );
  assert.equal(dates('<p><time>August 13, 2025</time></p>'), '2025-11-29');
});
