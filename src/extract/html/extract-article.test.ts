import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseHtml } from './dom.js';
import { extractArticle } from './extract-article.js';
import { htmlToBlocks } from './html-to-blocks.js';
import { repairMojibake } from './prepare-html.js';

const html = readFileSync(new URL('../../../test/fixtures/html/article.html', import.meta.url), 'utf8');
const article = extractArticle(html, {
  url: 'https://gazette.example/news/2024/03/05/council-approves-bridge',
});
const body = article.blocks.map((b) => b.text).join('\n');

test('metadata from JSON-LD, OpenGraph and the page', () => {
  assert.equal(article.title, 'Council approves new bridge over the river');
  assert.equal(article.byline, 'Jane Doe, John Roe');
  assert.equal(article.published, '2024-03-05T09:30:00-05:00');
  assert.equal(article.modified, '2024-03-06T10:00:00-05:00');
  assert.equal(article.siteName, 'Riverside Gazette');
  assert.equal(article.canonicalUrl, 'https://gazette.example/news/2024/03/05/council-approves-bridge');
  assert.equal(article.language, 'en');
});

test('body blocks keep paragraphs, headings, quotes and lists in reading order', () => {
  const kinds = article.blocks.map((b) => b.kind);
  assert.deepEqual(kinds, ['paragraph', 'paragraph', 'heading', 'paragraph', 'quote', 'list', 'paragraph']);
  assert.match(article.blocks[0]!.text, /^RIVERSIDE \(AP\) — The city council voted 7-2/);
  assert.equal(article.blocks[5]!.text.split('\n').length, 3);
});

test('share bars, newsletter boxes, related lists, comments, menus and footers are left out', () => {
  for (const junk of [
    'Facebook',
    'newsletter',
    'Bridge plan faces',
    'Great news for the east',
    'Local team',
    'Home',
    '©',
  ]) {
    assert.ok(!body.includes(junk), `body should not contain ${junk}`);
  }
  assert.ok(!body.includes('never text'));
});

test('captions and credits move to their own fields', () => {
  assert.deepEqual(article.captions, [{ text: 'The old bridge at dusk.', credit: 'AP Photo/Sam Smith' }]);
  assert.deepEqual(article.credits, ['AP']);
  assert.ok(article.removed.some((r) => r.reason === 'caption'));
});

test('a page without article markup still yields its text', () => {
  const a = extractArticle(
    `<div><div>${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `<p>Paragraph ${i} is long enough to count as article text for the extractor.</p>`).join('')}</div></div>`,
  );
  assert.equal(a.blocks.length, 8);
});

const para = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>${topic} paragraph ${i} carries enough words to be counted as article text here.</p>`,
  ).join('');

test('of several stories on one page, the one headed by the page title is the article', () => {
  const a = extractArticle(
    `<html><head><title>Second story</title></head><body><main>
      <article><h1>First story</h1>${para('First', 9)}</article>
      <article><h1>Second story</h1>${para('Second', 9)}</article>
      <article><h1>Third story</h1>${para('Third', 9)}</article></main></body></html>`,
  );
  const text = a.blocks.map((b) => b.text).join('\n');
  assert.match(text, /Second paragraph 0/);
  assert.doesNotMatch(text, /First paragraph|Third paragraph/);
});

test('forum posts as <article>s without a story heading stay together', () => {
  const a = extractArticle(
    `<html><head><title>A thread</title></head><body><h1>A thread</h1><main>
      <article>${para('Post one', 3)}</article><article>${para('Post two', 3)}</article></main></body></html>`,
  );
  const text = a.blocks.map((b) => b.text).join('\n');
  assert.match(text, /Post one/);
  assert.match(text, /Post two/);
});

test('a JSON-LD articleBody much longer than the HTML text replaces a teaser', () => {
  const body = Array.from(
    { length: 30 },
    (_, i) => `Sentence ${i} of the full article body stated in the metadata.`,
  ).join(' ');
  const a = extractArticle(
    `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Teaser', articleBody: body })}</script></head>
     <body><h1>Teaser</h1><article>${para('Teaser', 5)}</article></body></html>`,
  );
  assert.match(a.blocks.map((b) => b.text).join('\n'), /Sentence 29 of the full article/);
});

test('a wrapper named for the post and the ads beside it is not an ad', () => {
  const body = Array.from(
    { length: 8 },
    (_, i) => `<p>Paragraph ${i} of the post about renting a car in the United States, with tips.</p>`,
  ).join('');
  const html = `<html><body><h1>Best car rentals</h1><div class="post-and-ads-container">${body}<div class="ad-slot">Buy now</div></div><aside><p>${'Sidebar text about other things entirely. '.repeat(20)}</p></aside></body></html>`;
  const text = extractArticle(html)
    .blocks.map((b) => b.text)
    .join(' ');
  assert.ok(text.includes('Paragraph 7 of the post'));
  assert.ok(!text.includes('Buy now'));
});

test("a list of teasers for other stories below the article is not its text; the article's own teaser is", () => {
  const html = `<html><body><h1>Card games of the year</h1><div class="single"><article><p class="teaser">The lede of the story, in a paragraph of its own.</p>${para('Story', 8)}</article>
    <div class="b-teasers"><div class="b-teaser"><p>${'Another story about a different game, told at some length here. '.repeat(6)}</p></div>
    <div class="b-teaser"><p>${'A third story, about a studio and its plans for the year ahead. '.repeat(6)}</p></div></div></div></body></html>`;
  const text = extractArticle(html)
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /The lede of the story/);
  assert.match(text, /Story paragraph 5/);
  assert.doesNotMatch(text, /Another story|A third story/);
});

test('a layout named for its sidebar holds the article; a sidebar is still left out', () => {
  const post = Array.from(
    { length: 8 },
    (_, i) => `<p>Paragraph ${i} of the guide to cheap car repairs, with second-hand parts and research.</p>`,
  ).join('');
  const widget = `<p>${'Casino promotions and pokies with fast payouts for every player. '.repeat(8)}</p>`;
  const html = `<html><body><div class="sidebar-container"><div class="lr-content">${post}</div><div class="sidebar">${widget}</div></div></body></html>`;
  const text = extractArticle(html)
    .blocks.map((b) => b.text)
    .join(' ');
  assert.ok(text.includes('Paragraph 7 of the guide'));
  assert.ok(!text.includes('Casino promotions'));
});

test("a heading's anchor named after its words is not a class of boilerplate", () => {
  const post = Array.from(
    { length: 6 },
    (_, i) => `<p>Paragraph ${i} on shared services in human resources, with their costs and risks.</p>`,
  ).join('');
  const html = `<html><body><h1>HR shared services</h1><article>${post}<h2 id="why-teams-share-services">Why teams share services</h2>${post}</article></body></html>`;
  const headings = extractArticle(html).blocks.filter((b) => b.kind === 'heading');
  assert.deepEqual(
    headings.map((b) => b.text),
    ['Why teams share services'],
  );
});

test('embedded posts, agency photo credits, stamps and sign-up notes are not body text', () => {
  const html = `<html><body><h1>Senator vows to fight the bill</h1><article>${para('Story', 6)}
    <p>Victor Virgile/Getty Images</p>
    <blockquote class="twitter-tweet"><p>Hands off our sandwiches! pic.twitter.com/xyz</p>— A Person (@aperson) December 22, 2023</blockquote>
    <p>By Ann Lee • December 21, 2023</p><p>3d ago / 9:59 AM UTC</p>
    <p>Thanks for signing up!</p><p>Article continues below this ad</p>
    ${para('More', 3)}</article></body></html>`;
  const a = extractArticle(html);
  const text = a.blocks.map((b) => b.text).join('\n');
  assert.match(text, /More paragraph 2/);
  for (const junk of ['Getty', 'sandwiches', 'Ann Lee', 'ago', 'signing up', 'continues below'])
    assert.ok(!text.includes(junk), `body should not contain ${junk}`);
  assert.ok(a.credits.includes('Getty Images'));
});

test('a page served in a big <noscript> (forum software) is read from it; a small one is not', () => {
  const post = (i: number) =>
    `<div class="post"><span class="creator">user${i}</span><p>Reply number ${i} says that the thread is worth reading for anyone who wants to learn how the valuation of a fast-growing company works in practice.</p></div>`;
  const thread = Array.from({ length: 40 }, (_, i) => post(i)).join('');
  const page = `<html><head><title>Thread</title></head><body><noscript>Please enable JavaScript.</noscript><div id="app"></div><noscript><div id="main-outlet"><h1>Thread</h1>${thread}</div></noscript></body></html>`;
  const a = extractArticle(page);
  const text = a.blocks.map((b) => b.text).join('\n');
  assert.match(text, /Reply number 0 says/);
  assert.match(text, /Reply number 39 says/);
  assert.ok(!text.includes('enable JavaScript'));
  // With the article outside it, the <noscript> copy stays out (it would repeat the text).
  const both = `<html><body><article>${thread}</article><noscript>${thread}</noscript></body></html>`;
  const b = extractArticle(both)
    .blocks.map((x) => x.text)
    .join('\n');
  assert.equal(b.split('Reply number 7 says').length, 2);
});

test('UTF-8 stored as Windows-1252 or Latin-1 in the page itself is repaired; real accents stay', () => {
  assert.equal(repairMojibake('Investorâ€™s guide'), 'Investor’s guide');
  assert.equal(repairMojibake('Investorâ\u0080\u0099s guide'), 'Investor’s guide');
  assert.equal(repairMojibake('â€œquotedâ€\u009d'), '“quoted”');
  for (const ok of ['café crème', 'naïve', 'Ã© alone', 'Â£5']) assert.equal(repairMojibake(ok), ok);
  const a = extractArticle(
    `<html><head><title>A DIY Investorâ€™s Guide</title></head><body><h1>A DIY Investorâ€™s Guide</h1></body></html>`,
  );
  assert.equal(a.title, 'A DIY Investor’s Guide');
});

test('a thread wrapped in a <form> (forum software) is read when nothing outside it is an article', () => {
  const post = (i: number) =>
    `<li class="message"><article><blockquote class="messageText">Post ${i} explains at some length which hosting providers the author used over the years and why each one was kept or dropped.</blockquote></article></li>`;
  const page = `<html><body><h1>Best hosts</h1><form class="InlineModForm"><ol class="messageList">${Array.from({ length: 12 }, (_, i) => post(i)).join('')}</ol></form><form class="search"><input name="q"></form></body></html>`;
  const text = extractArticle(page)
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Post 0 explains/);
  assert.match(text, /Post 11 explains/);
});

const guidePara = (i: number) =>
  `<p>Paragraph ${i} of the guide explains at some length how the work is planned, what it costs and which mistakes to avoid.</p>`;

test('an article held once per screen size comes out once', () => {
  const copy = Array.from({ length: 6 }, (_, i) => guidePara(i)).join('');
  const page = `<html><body><h1>Remodel costs</h1><main><div class="desktop">${copy}</div><div class="tablet">${copy}</div><div class="mobile">${copy}</div></main></body></html>`;
  const text = extractArticle(page)
    .blocks.map((b) => b.text)
    .join('\n');
  assert.equal(text.match(/Paragraph 3 of the guide/g)?.length, 1);
});

test('a folded accordion panel is text; a folded FAQ answer and a hidden menu are not', () => {
  const page = `<html><body><h1>Solar guide</h1><main>${Array.from({ length: 6 }, (_, i) => guidePara(i)).join('')}
    <div class="es-accordion"><div style="display:none;" role="region" aria-labelledby="h1"><p>Week one: gather twelve months of electric bills so that installers can size the system.</p></div></div>
    <div class="faq-item"><div class="accordion-content" style="display:none"><p>Question answered in the folded FAQ that readers rarely open.</p></div></div>
    <div hidden><p>Hidden menu text that is never shown to the reader at all.</p></div></main></body></html>`;
  const text = extractArticle(page)
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /gather twelve months/);
  assert.doesNotMatch(text, /folded FAQ/);
  assert.doesNotMatch(text, /Hidden menu/);
});

test('a listing keeps its links; an article drops its link lists', () => {
  const items = Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/b/${i}">Catalogue of hardware number ${i}</a> (1902)</li>`,
  ).join('');
  const listing = extractArticle(
    `<html><body><h1>Hardware catalogues</h1><main><ul>${items}</ul></main></body></html>`,
  );
  assert.match(listing.blocks.map((b) => b.text).join('\n'), /Catalogue of hardware number 29/);
  const article = extractArticle(
    `<html><head><meta property="og:type" content="article"></head><body><h1>Guide</h1><main>${Array.from({ length: 6 }, (_, i) => guidePara(i)).join('')}<ul>${items}</ul></main></body></html>`,
  );
  assert.doesNotMatch(article.blocks.map((b) => b.text).join('\n'), /Catalogue of hardware/);
});

test('a catalogue without article markup keeps item links that outweigh a long blurb; an article does not', () => {
  const items = Array.from(
    { length: 40 },
    (_, i) => `<li><a href="/p/${i}">Oak bookcase with five shelves, model ${i}</a> $${100 + i}</li>`,
  ).join('');
  const blurb = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Range ${i}: our bookcases are made from solid oak and birch, finished by hand and shipped flat.</p>`,
  ).join('');
  const page = (head: string) =>
    extractArticle(
      `<html><head>${head}</head><body><h1>Bookcases</h1><main>${blurb}<ul>${items}</ul></main></body></html>`,
    )
      .blocks.map((b) => b.text)
      .join('\n');
  assert.match(page(''), /Oak bookcase with five shelves, model 39/);
  // JSON-LD WebPage markup is on catalogues as much as on stories: it does not make one an article.
  assert.match(
    page('<script type="application/ld+json">{"@type":"WebPage","name":"Bookcases"}</script>'),
    /model 39/,
  );
  assert.doesNotMatch(
    page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bookcases"}</script>'),
    /model 39/,
  );
  assert.doesNotMatch(page('<meta property="og:type" content="article">'), /Oak bookcase with five shelves/);
});

test('posts rendered twice within one list (a post, then its preview card) come out once', () => {
  const posts = Array.from(
    { length: 4 },
    (_, i) =>
      `Reply ${i}: I moved to the newer release last week and the upgrade went through without trouble.`,
  );
  const items = posts.map(
    (p, i) => `<li>member${i} wrote</li><li>${p}</li><li>M member${i}</li><li>${p}</li>`,
  );
  const a = extractArticle(
    `<html><body><h1>Which release to use?</h1><main><ul>${items.join('')}</ul></main></body></html>`,
  );
  const text = a.blocks.map((b) => b.text).join('\n');
  for (const p of posts) assert.equal(text.split(p).length, 2);
  assert.match(text, /member3 wrote/);
});

test("a forum post's member card, quote folder, date stamp and answer lines are not its text", () => {
  const post = (i: number) =>
    `<div class="post"><ul class="user"><li>member${i}</li><li>Joined</li><li>Oct 12, 2023</li><li>Messages</li><li>1,204</li><li>Reaction score</li><li>Offline</li><li>Senior Member</li><li>7.1k</li><li>Moderator</li></ul>` +
    `<div class="body"><blockquote>An earlier message is quoted here.<br>Click to expand...</blockquote>` +
    `<p>Post ${i} says the new firmware fixed the dropouts for me after a day of testing at home.</p><p>12 likes</p><p>answered Mar 5, 2019 at 10:22</p></div></div>`;
  const a = extractArticle(
    `<html><body><h1>Firmware dropouts</h1><main>${Array.from({ length: 5 }, (_, i) => post(i)).join('')}</main></body></html>`,
  );
  const text = a.blocks.map((b) => b.text).join('\n');
  assert.match(text, /Post 4 says the new firmware/);
  assert.match(text, /member4/);
  assert.doesNotMatch(
    text,
    /Click to expand|Joined|Reaction score|Offline|12 likes|Oct 12, 2023|^Messages$/m,
  );
});

test('soft hyphens set for line breaking are not part of the body text', () => {
  const para = 'The commit&shy;tee met on Tuesday to review the bud&shy;get for the coming year. ';
  const a = extractArticle(
    `<html><body><article><h1>Budget review</h1><p>${para.repeat(12)}</p></article></body></html>`,
  );
  const text = a.blocks.map((b) => b.text).join(' ');
  assert.ok(!text.includes('\u00ad'));
  assert.match(text, /The committee met on Tuesday to review the budget/);
});

test('caption toggles, image source labels, shop-the-look lines, gallery counters and name-date lines are not body text', () => {
  const html = `<html><body><h1>Harbour bridge reopens after repairs</h1><article>${para('Story', 5)}
    <p>Show Caption</p><p>Hide Caption</p><p>Image source, Getty Images</p><p>Image caption,</p>
    <p>Shop Similar Look</p><p>Subtitles</p><p>5 of 9 |</p><p>Jo Bloggs - December 21, 2023</p>
    ${para('More', 3)}</article></body></html>`;
  const text = extractArticle(html)
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /More paragraph 2/);
  for (const junk of [
    'Caption',
    'Image source',
    'Image caption',
    'Similar Look',
    'Subtitles',
    '5 of 9',
    'Jo Bloggs',
  ])
    assert.ok(!text.includes(junk), `body should not contain ${junk}`);
});

test("a donation appeal ends the article; an editors' recommendations list is not body text", () => {
  const appeal = `<html><body><h1>Senator defends sandwich chain</h1><article>${para('Story', 6)}
    <h2>Our 2024 Coverage Needs You</h2><p>Would you join us to help keep our stories free for all?</p></article></body></html>`;
  const recommendations = `<html><body><h1>A year of card games</h1><article>${para('Story', 6)}
    <h2>Editors' Recommendations</h2><p><a href="/a">The best mobile games of the year, ranked by our staff</a></p></article></body></html>`;
  for (const [html, junk] of [
    [appeal, 'join us'],
    [recommendations, 'best mobile games'],
  ] as const) {
    const text = extractArticle(html)
      .blocks.map((b) => b.text)
      .join('\n');
    assert.match(text, /Story paragraph 5/);
    assert.ok(!text.includes(junk), `body should not contain ${junk}`);
  }
});

test("a reporter's contact line ends the article", () => {
  const html = `<html><body><h1>Harbour bridge reopens after repairs</h1><article>${para('Story', 6)}
    <p>Contact reporter Jo Bloggs at jbloggs@gazette.example</p><p>Promoted stories from around the web</p>
    <p>—Staff writer Ann Lee can be reached at ann.lee@gazette.example.</p></article></body></html>`;
  const text = extractArticle(html)
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Story paragraph 5/);
  for (const junk of ['jbloggs', 'Promoted', 'reached at'])
    assert.ok(!text.includes(junk), `body should not contain ${junk}`);
});

test('a long site disclaimer at the end of the body is a trailer', () => {
  const disclaimer =
    'Disclaimer: All rights reserved for writing and editorial content. No rights or credit claimed for any images featured on this site unless stated. If you own rights to any of the images because you are the photographer and do not wish them to appear here, please contact us and they will be promptly removed. If you are a representative of the photographer, provide signed documentation in your query that you are acting on that individual’s legal copyright holder status.';
  const a = extractArticle(
    `<html><body><h1>Star celebrates the solstice</h1><article>${para('Story', 6)}<p>${disclaimer}</p></article></body></html>`,
  );
  const text = a.blocks.map((b) => b.text).join('\n');
  assert.match(text, /Story paragraph 5/);
  assert.doesNotMatch(text, /Disclaimer/);
});

test("a reporter's note with an email address, footnotes and a source note end the article", () => {
  for (const [end, junk] of [
    [
      '<p>Jim Walsh is a senior reporter for the Gazette. Email: jwalsh@gazette.example.</p>',
      'senior reporter',
    ],
    ['<h2>Footnotes</h2><p>[1] Mission commentary, December 25, 1968, page 543.</p>', 'commentary'],
    ['<p>Story Source:</p><p>Materials provided by the Institute. Content may be edited.</p>', 'Materials'],
  ] as const) {
    const text = extractArticle(
      `<html><body><h1>Crew eats dinner in orbit</h1><article>${para('Story', 8)}${end}</article></body></html>`,
    )
      .blocks.map((b) => b.text)
      .join('\n');
    assert.match(text, /Story paragraph 7/);
    assert.ok(!text.includes(junk), `body should not contain ${junk}`);
  }
});

test('an element named as the article text holds the article inside a header or a newsletter box, not in a modal', () => {
  const reasons = (html: string) =>
    new Set(htmlToBlocks(parseHtml(`<html><body>${html}</body></html>`)).map((b) => b.reason ?? 'kept'));
  const story = para('Story', 24);
  assert.deepEqual(
    reasons(`<header><div class="blog-rich-text w-richtext">${story}</div></header>`),
    new Set(['kept']),
  );
  assert.deepEqual(
    reasons(`<div class="newsletter-wrapper"><article><div class="rich-text">${story}</div></article></div>`),
    new Set(['kept']),
  );
  // Too short to be the article, or in a modal under the footer (a privacy policy's "prose").
  assert.deepEqual(
    reasons(`<header><div class="rich-text">${para('Promo', 1)}</div></header>`),
    new Set(['boilerplate']),
  );
  assert.deepEqual(
    reasons(`<footer><div class="modal"><div class="prose">${story}</div></div></footer>`),
    new Set(['boilerplate']),
  );
});

test("the author's bio under the story goes; the story after it stays", () => {
  for (const bio of [
    '<p>Karina Cohen is the owner of a cleaning company in Denver.</p>',
    '<p>*Karina Cohen, MD, is a board-certified pediatrician.</p>',
  ]) {
    const text = extractArticle(
      `<html><head><meta name="author" content="Karina Cohen, MD"></head><body><h1>Cleaning tips</h1><article>${para('Story', 8)}${bio}<p>Appendix: a checklist for every room of the house.</p></article></body></html>`,
    )
      .blocks.map((b) => b.text)
      .join('\n');
    assert.match(text, /Story paragraph 7/);
    assert.match(text, /Appendix/);
    assert.doesNotMatch(text, /Karina Cohen/);
  }
  // Named in the first half of the body, or by another name, she is the story.
  const text = extractArticle(
    `<html><head><meta name="author" content="Jane Doe"></head><body><h1>Cleaning tips</h1><article>${para('Story', 8)}<p>Karina Cohen is the owner of a cleaning company in Denver.</p></article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Karina Cohen/);
});

test('a cookie notice, a video duration, a share button, a donation appeal and a contents label are not body text', () => {
  const junk = [
    'This website uses cookies to enhance user experience and to analyze traffic.',
    'Share page',
    'VIDEO2:4902:49',
    'Help keep news free for everyone by giving us as little as $1.',
    'Support our newsroom by contributing as little as $1 a month.',
    'Table of Contents',
    'In this article',
  ];
  const text = extractArticle(
    `<html><body><h1>Economy shrinks</h1><article>${para('Story', 8)}${junk.map((j) => `<p>${j}</p>`).join('')}</article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Story paragraph 7/);
  for (const j of junk) assert.ok(!text.includes(j), `body should not contain ${j}`);
});

test('a list whose items are headings is a list, not headings heading nothing', () => {
  const items = ['organic cotton', 'hemp', 'recycled', 'fair trade'];
  const article = extractArticle(
    `<html><body><h1>Sustainable brands</h1><article>${para('Story', 8)}<h2>Aventura</h2><ul>${items.map((i) => `<li><h3>${i}</h3></li>`).join('')}</ul><h2>Benetton</h2>${para('Brand', 1)}</article></body></html>`,
  );
  const list = article.blocks.find((b) => b.kind === 'list');
  assert.equal(list?.text, items.join('\n'));
});

test('a list of other posts below the story is not its text; a forum thread named "postlist" is', () => {
  const cards = ['A race car revealed at the show this week', 'Price cut for the electric sedan']
    .map((t) => `<li><a href="/x">${t}</a><p>${`${t}, with a long excerpt about it. `.repeat(4)}</p></li>`)
    .join('');
  const story = extractArticle(
    `<html><body><h1>Tariffs on imported cars</h1><div class="content"><div class="article-body">${para('Story', 8)}</div><div class="article-list"><ul>${cards}</ul></div></div></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(story, /Story paragraph 7/);
  assert.doesNotMatch(story, /race car|Price cut/);
  const thread = extractArticle(
    `<html><body><h1>Which version for Ubuntu?</h1><div id="postlist" class="postlist">${para('Post', 8)}</div></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(thread, /Post paragraph 7/);
});

test('a carousel of story tiles to pick from (role listbox) is not body text', () => {
  const tiles = ['Do you wash raw meat before cooking', 'The best places for stargazing']
    .map(
      (t) =>
        `<li role="option"><a href="/x">Read</a><div>${t}, a story of the week</div><span>Science</span></li>`,
    )
    .join('');
  const text = extractArticle(
    `<html><body><h1>Why seasons begin twice</h1><main>${para('Story', 8)}<div role="listbox"><ul>${tiles}</ul></div></main></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Story paragraph 7/);
  assert.doesNotMatch(text, /raw meat|stargazing/);
});

test("a copyright line in the body's second half ends it, with the footer after it", () => {
  const text = extractArticle(
    `<html><body><h1>Renting vehicles safely</h1><div class="page">${para('Story', 8)}<p>© 2023 Example Advisors, Inc. All Rights Reserved.</p><p>Our Solutions</p><p>Hunt Valley, MD 11311 McCormick Rd., Suite 500</p></div></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Story paragraph 7/);
  assert.doesNotMatch(text, /Rights Reserved|Our Solutions|McCormick/);
});

test("a newsletter box's consent note and an editors' recommendations section are not body text", () => {
  const text = extractArticle(
    `<html><body><h1>Job scams</h1><article>${para('Story', 8)}<h3>Recommended by Our Editors</h3><p><a href="/a">Other story</a></p><p>Another story's teaser, not this one's text.</p><h2>Like What You're Reading?</h2><p>This newsletter may contain advertising, deals, or affiliate links. Subscribing to a newsletter indicates your consent to our Terms of Use and Privacy Policy.</p>${para('More', 2)}</article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /More paragraph 1/);
  assert.doesNotMatch(text, /Recommended|teaser|Reading\?|consent/);
});

test('a heading that links to itself (its anchor) is a heading, not a teaser; a heading linking away is', () => {
  const text = extractArticle(
    `<html><body><h1>Starting music</h1><article>${para('Story', 6)}<h3 id="tips"><a href="#tips">Tips for daily practice</a></h3>${para('Tips', 2)}<h3><a href="/other">Another article entirely</a></h3></article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Tips for daily practice/);
  assert.doesNotMatch(text, /Another article/);
});

test('a custom element is judged by its class: a "read more" fold of gallery captions is not body text', () => {
  const slides = [
    'FILE - A fan displays a sign at the game',
    'FILE - The moon passes between Earth and the sun',
  ]
    .map(
      (t) =>
        `<bsp-carousel-read-more class="ReadMore"><div class="slide-info"><p>${t}, in a long caption of the photo.</p></div></bsp-carousel-read-more>`,
    )
    .join('');
  const text = extractArticle(
    `<html><body><h1>Good news of the year</h1><main><div class="gallery">${slides}</div>${para('Story', 8)}</main></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Story paragraph 7/);
  assert.doesNotMatch(text, /FILE -/);
});

test('the HTML paragraph above the opening of a JSON-LD articleBody that replaces the HTML is kept', () => {
  const body = Array.from(
    { length: 30 },
    (_, i) => `Sentence ${i} of the full article body stated in the metadata.`,
  ).join(' ');
  const a = extractArticle(
    `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Stars', articleBody: body })}</script></head>
     <body><h1>Stars</h1><article><p><span class="lead-in">Ten years ago,</span> I met an astrologer in a small apartment downtown.</p><p>${body.slice(0, 250)}</p></article></body></html>`,
  );
  const text = a.blocks.map((b) => b.text).join('\n');
  assert.match(text, /^Ten years ago, I met an astrologer/);
  assert.match(text, /Sentence 29 of the full article/);
});

test("an end marker past the middle of the body's text ends it, though a tail of short lines follows", () => {
  const tail = ['Reviewer', 'Print This Page', 'Disclaimer', 'Archive note', 'Contact', 'Terms', 'Privacy']
    .map((line) => `<p>${line} line of the site.</p>`)
    .join('');
  const text = extractArticle(
    `<html><body><h1>Exercise lifts mood</h1><article>${para('Story', 4)}<h3>About the Author</h3><p>Ann Lee, Executive Editor</p>${tail}</article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Story paragraph 3/);
  assert.doesNotMatch(text, /About the Author|Executive Editor|Disclaimer/);
});

test("an author box under the post (WordPress's Simple Author Box, Starbox) is not body text", () => {
  for (const box of [
    '<div class="saboxplugin-wrap"><div class="saboxplugin-desc"><p>Karina holds an MBA and runs a cleaning company in town.</p></div></div>',
    '<div class="abh_box abh_box_down"><div class="abh_text"><p>Autumn founded the studio in 2014 to share her love of travel.</p></div></div>',
    '<div class="author_description"><p>Our editor has written about human resources for twenty years now.</p></div>',
  ]) {
    const text = extractArticle(
      `<html><body><h1>Cleaning trends</h1><article>${para('Story', 8)}${box}</article></body></html>`,
    )
      .blocks.map((b) => b.text)
      .join('\n');
    assert.match(text, /Story paragraph 7/);
    assert.doesNotMatch(text, /MBA|founded|twenty years/);
  }
});

test('a call to sign up for a newsletter is not body text; prose that mentions one is', () => {
  const text = extractArticle(
    `<html><body><h1>Movie dates</h1><article>${para('Story', 8)}<p>Conversion rate measures visitors who act, such as signing up for a newsletter.</p><h3>Example Gear Newsletter</h3><p>Get all the latest news, reviews and exclusives, direct to your inbox.</p><p>Want more movie news? Sign up for Example Weekly's free newsletter to get the latest trailers.</p>${para('More', 2)}</article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /More paragraph 1/);
  assert.match(text, /Conversion rate/);
  assert.doesNotMatch(text, /Gear Newsletter|inbox|movie news/);
});

test('the paragraphs beside a long list that holds most of the text are kept with it', () => {
  const items = Array.from(
    { length: 12 },
    (_, i) => `<li>Tip ${i} is a long piece of advice for students who take their first course online.</li>`,
  ).join('');
  const text = extractArticle(
    `<html><body><h1>Online courses</h1><article><div class="entry-content"><p>Last spring many students suddenly found themselves in online courses for the first time.</p><ol>${items}</ol></div></article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Last spring/);
  assert.match(text, /Tip 11/);
});

test("an intro in a container of its own right above the body's container is kept; a short line there is not", () => {
  const text = extractArticle(
    `<html><body><h1>Car rentals</h1><div class="post"><div class="intro"><p>Sponsored by Example Cars</p><p>Whether you are embarking on a cross-country road trip or exploring one of the many large cities, having a car of your own makes all the difference to the whole trip.</p></div><div class="main-post">${para('Story', 14)}</div></div></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /^Whether you are embarking/);
  assert.match(text, /Story paragraph 13/);
  assert.doesNotMatch(text, /Sponsored/);
});

test('a caption left in the text that ends in a picture credit is a caption; an acronym pair in brackets is not', () => {
  const article = extractArticle(
    `<html><body><h1>Pistons lose again</h1><article><p>Pistons guard Cade Cunningham drives against Jazz forward Simone Fontecchio on Dec. 21, 2023, in Detroit. (Gregory Shamus/Getty Images)</p>${para('Story', 8)}<p>Teams that ship every day run their tests and builds in a pipeline on each and every change (CI/CD)</p></article></body></html>`,
  );
  const text = article.blocks.map((b) => b.text).join('\n');
  assert.match(text, /Story paragraph 7/);
  assert.match(text, /CI\/CD/);
  assert.doesNotMatch(text, /Cunningham/);
});

test("a template's placeholder text and a widget's settings as JSON are not body text; JSON in a <pre> is", () => {
  const text = extractArticle(
    `<html><body><h1>Home gym on a budget</h1><article><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>${para('Story', 8)}<div>{"layoutMobile":2,"layoutDesktop":4,"buttonText":"Buy now","productTitle":{"show":true}}</div><pre>{"name": "example", "version": "1.0.0"}</pre></article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Story paragraph 7/);
  assert.match(text, /"version"/);
  assert.doesNotMatch(text, /Lorem|layoutMobile/);
});

test("a form's and a rating widget's messages and a sign-up consent note are not body text; prose about forms is", () => {
  const text = extractArticle(
    `<html><body><h1>Event planning</h1><article>${para('Story', 8)}<p>By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use and Privacy Policy.</p><p>This field is for validation purposes and should be left unchanged.</p><p>Oops! Something went wrong while submitting the form.</p><p>How useful was this post?</p><p>Let us improve this post!</p><p>Loading paragraph...</p><p>By submitting a form early, planners leave time to fix what goes wrong.</p>${para('More', 2)}</article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /More paragraph 1/);
  assert.match(text, /By submitting a form early/);
  assert.doesNotMatch(text, /Sign Me Up|validation|Oops|useful|improve this post|Loading/);
});

test('a block of teasers, each cut short before its "Read More", is not body text', () => {
  const text = extractArticle(
    `<html><body><h1>Optics merger</h1><article>${para('Story', 8)}<h2>Illuminating Products</h2><ul><li>A camera maker developed new models for... Read More</li><li>A sensor maker announced a line of... Read More</li></ul></article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Story paragraph 7/);
  assert.doesNotMatch(text, /camera maker|sensor maker/);
});

test("a list item's own heading over a paragraph of prose stays in its place", () => {
  const prose = (topic: string) =>
    `<p>${topic} has changed how people take pictures, and this paragraph tells how, at enough length to be prose rather than a blurb or a menu line of any kind: two sentences of it, as an article's list of trends has.</p>`;
  const text = extractArticle(
    `<html><body><h1>Photography trends</h1><article>${para('Story', 4)}<ol><li><h3>1. Phoneography</h3>${prose('The phone camera')}</li><li><h3>2. Macro Photography</h3>${prose('The macro lens')}</li></ol>${para('More', 2)}</article></body></html>`,
  ).blocks;
  const headings = text.filter((b) => b.kind === 'heading').map((b) => b.text);
  assert.deepEqual(headings, ['1. Phoneography', '2. Macro Photography']);
  const order = text.map((b) => b.text.slice(0, 12));
  assert.ok(order.indexOf('1. Phoneogra') < order.indexOf('The phone ca'));
  assert.ok(order.indexOf('The phone ca') < order.indexOf('2. Macro Pho'));
});

test("a bibliography's heading past the middle of the body ends it ('References', 'Article Sources')", () => {
  const text = extractArticle(
    `<html><body><h1>Healthy eating plate</h1><article>${para('Story', 8)}<h2>References</h2><ol><li>Smith J, Doe A. Whole grains and health. J Nutr. 2019;12:1-9.</li><li>Roe B. Vegetables and the heart. Circulation. 2020;3:4-5.</li></ol></article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Story paragraph 7/);
  assert.doesNotMatch(text, /References|Smith J/);
});

test('a list of prose after a related-links box is the article going on', () => {
  const text = extractArticle(
    `<html><body><h1>Rain jackets</h1><article>${para('Story', 8)}<h3>Related</h3><ul><li><a href="/a">Best umbrellas</a></li><li><a href="/b">Best boots</a></li></ul><ul><li>Waterproofing: every jacket here kept us dry through an hour under the shower head, and the best ones breathed well enough for a fast walk uphill.</li><li>Fit: we wore each over a fleece.</li></ul></article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /Waterproofing/);
  assert.doesNotMatch(text, /umbrellas/);
});

test("a wire note, an editor's note and an update note closing the story end it", () => {
  for (const note of [
    '—Field Level Media',
    'Contributing: Associated Press; Jane Roe, USA TODAY',
    "Editor's Note: Our editors worked with the union to honor its rules.",
    'Updated to add comments from the Department of Labor.',
    '• Jane Roe can be reached at jroe@example.com.',
  ]) {
    const text = extractArticle(
      `<html><body><h1>Transfer news</h1><article>${para('Story', 8)}<p>${note}</p></article></body></html>`,
    )
      .blocks.map((b) => b.text)
      .join('\n');
    assert.match(text, /Story paragraph 7/);
    assert.ok(!text.includes(note.slice(2, 20)), note);
  }
});

test('a call to follow the site elsewhere or to pay for its newsroom is not body text', () => {
  const text = extractArticle(
    `<html><body><h1>Star quits</h1><article>${para('Story', 4)}<p>* Follow Example Celebs on Snapchat, Instagram, Twitter and Facebook.</p>${para('More', 4)}<p>For more Media coverage, visit example.com/media</p><p>We cannot do this without your help. Support our newsroom by contributing as little as $1 a month.</p></article></body></html>`,
  )
    .blocks.map((b) => b.text)
    .join('\n');
  assert.match(text, /More paragraph 3/);
  assert.doesNotMatch(text, /Snapchat|Media coverage|newsroom/);
});
