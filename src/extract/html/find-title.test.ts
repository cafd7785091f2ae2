import assert from 'node:assert/strict';
import { test } from 'node:test';
import { elementsByTag, parseHtml, textOf } from './dom.js';
import { decodeEntities, findTitle, garbledCopy, stripSiteName, withoutMediaMarker } from './find-title.js';

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

const h1s = (html: string) => elementsByTag(parseHtml(html), 'h1');

test('short Title Case site and section segments are cut, headline words are kept', () => {
  assert.equal(
    stripSiteName("Getting to Know 'Holding' Star Conleth Hill | Anglophenia | BBC America"),
    "Getting to Know 'Holding' Star Conleth Hill",
  );
  assert.equal(stripSiteName('Storm hits the coast – report'), 'Storm hits the coast – report');
  assert.equal(
    stripSiteName('The Finals review - mechanically thrilling, thematically wanting'),
    'The Finals review - mechanically thrilling, thematically wanting',
  );
  assert.equal(
    stripSiteName('Ten tips for new runners – Runner Daily – Run your best.', 'Runner Daily'),
    'Ten tips for new runners',
  );
  assert.equal(
    stripSiteName('Opinion | Let kids be kids and leave them alone'),
    'Let kids be kids and leave them alone',
  );
  assert.equal(stripSiteName('Gadget Review - News Site', undefined, 'gadgets.example.com'), 'Gadget Review');
  assert.equal(stripSiteName('Example.com - Five ways to fix a bike'), 'Five ways to fix a bike');
});

test('a title opening with the bare host name loses it; one ending with it keeps it', () => {
  assert.equal(
    stripSiteName('janedoe.net Notes on caching', undefined, 'www.janedoe.net'),
    'Notes on caching',
  );
  assert.equal(stripSiteName('Welcome to Example.org', undefined, 'example.org'), 'Welcome to Example.org');
  assert.equal(stripSiteName('example.org rocks', undefined, 'other.org'), 'example.org rocks');
});

test('an exclamation or a question after a separator is headline, not a section name', () => {
  assert.equal(stripSiteName('Best Garden Hoses – Our Picks!'), 'Best Garden Hoses – Our Picks!');
  assert.equal(stripSiteName('Ten Ways to Rest – Too Many?'), 'Ten Ways to Rest – Too Many?');
  assert.equal(stripSiteName('Best Garden Hoses – Garden Weekly'), 'Best Garden Hoses');
});

test('the <h1> that agrees with the metadata wins over a logo or site-name <h1>', () => {
  assert.equal(
    findTitle({
      candidates: ["A brief intro to git • Cory's Blog"],
      h1s: h1s("<h1>Cory's Blog</h1><h1>A brief intro to git</h1>"),
      siteName: "Cory's Blog",
    }),
    'A brief intro to git',
  );
  assert.equal(
    findTitle({
      candidates: ['Budget Guide To Travel Insurance - Budget Travel With Gabby'],
      h1s: h1s('<h1>Budget Travel With Gabby</h1><h1>Budget Guide To Travel Insurance</h1>'),
    }),
    'Budget Guide To Travel Insurance',
  );
});

test('a kicker, date or count set apart inside the <h1> is not part of the headline', () => {
  const title = (h1: string, meta: string) => findTitle({ candidates: [meta], h1s: h1s(h1) });
  assert.equal(
    title('<h1><span>Opinion</span> <span>What I will pray for</span></h1>', 'What I will pray for'),
    'What I will pray for',
  );
  assert.equal(
    title('<h1><a><time>Dec 18 2025</time> Preparing a transition</a></h1>', 'Preparing a transition'),
    'Preparing a transition',
  );
  assert.equal(
    title(
      '<h1><span><a>Grads find no jobs</a> <a>(latimes.com)</a></span> <a>87</a></h1>',
      'Grads find no jobs - Slashdot',
    ),
    'Grads find no jobs',
  );
  assert.equal(title('<h1>The show finale [Watch]</h1>', 'The show finale'), 'The show finale');
  // Words of the headline itself stay, even when the metadata title is shorter.
  assert.equal(
    title('<h1>Composition techniques in landscape photography</h1>', 'Composition techniques in landscape'),
    'Composition techniques in landscape photography',
  );
});

test('a truncated metadata title gives way to the full one; one visible <h1> beats an SEO title', () => {
  assert.equal(
    findTitle({
      candidates: [
        'Fix It Friday: We Help 4 Readers (Including',
        'Fix It Friday: We Help 4 Readers (Including One Trick) - Site Name',
      ],
      h1s: [],
      siteName: 'Site Name',
    }),
    'Fix It Friday: We Help 4 Readers (Including One Trick)',
  );
  assert.equal(
    findTitle({
      candidates: ['Health And Nutrition Trends For 2026 - Tastewise'],
      h1s: h1s('<h1>Top 10 Health and Nutrition Trends to Watch</h1>'),
    }),
    'Top 10 Health and Nutrition Trends to Watch',
  );
});

test('text of inline elements joins up inside words', () => {
  assert.equal(
    textOf(parseHtml('<h1>Planning C<span>ycle</span> from <b>two</b> weeks</h1>')),
    'Planning Cycle from two weeks',
  );
  assert.equal(
    textOf(parseHtml('<h1>The Best Alternatives<span class="block">Top Tools</span></h1>')),
    'The Best Alternatives Top Tools',
  );
});

test('a page title put in og:site_name is not taken for the site name', () => {
  const title = 'How to Design a Website: a Complete Guide for 2026 | Clay';
  assert.equal(
    findTitle({
      candidates: [title, title],
      h1s: h1s('<h1>How to Design a Website: a Complete Guide for 2026</h1>'),
      siteName: title,
    }),
    'How to Design a Website: a Complete Guide for 2026',
  );
});

test('an <h1> in capitals gives way to the metadata title in its own casing', () => {
  assert.equal(
    findTitle({
      candidates: ['Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros | Home Grounds'],
      h1s: h1s('<h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS</h1>'),
      siteName: 'Home Grounds',
    }),
    'Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros',
  );
  assert.equal(
    findTitle({
      candidates: ['GAAP Compliance: Applying Accounting Best Practices To Your Business'],
      h1s: h1s('<h1>SUPPORTING GAAP COMPLIANCE</h1>'),
    }),
    'GAAP Compliance: Applying Accounting Best Practices To Your Business',
  );
  assert.equal(findTitle({ candidates: [], h1s: h1s('<h1>NASA AND ESA AGREE</h1>') }), 'NASA AND ESA AGREE');
});

test('a metadata title that reorders or adds to the words of an <h1> in capitals is another title', () => {
  assert.equal(
    findTitle({ candidates: ['Marathon Beginner Plan'], h1s: h1s('<h1>BEGINNER MARATHON PLAN</h1>') }),
    'BEGINNER MARATHON PLAN',
  );
  assert.equal(
    findTitle({
      candidates: ['CERTIFICATE PROGRAMS | Professional Education'],
      h1s: h1s('<h1>CERTIFICATE PROGRAMS</h1>'),
    }),
    'CERTIFICATE PROGRAMS',
  );
});

test('an <h1> with characters lost to a wrong encoding gives way to the metadata title', () => {
  assert.equal(
    findTitle({
      candidates: ["Basics Of Event Planning: Beginner's Guide | Example College"],
      h1s: h1s('<h1>Basics Of Event Planning? Beginner? Guide</h1>'),
      siteName: 'Example College',
    }),
    "Basics Of Event Planning: Beginner's Guide",
  );
  assert.equal(garbledCopy('Caf\uFFFD opens today', 'Café opens today'), true);
  // A real question mark, or a title that differs in more than the lost characters, is no copy.
  assert.equal(garbledCopy('Is the caf\u00e9 open?', 'Is the café open?'), false);
  assert.equal(garbledCopy('What is mesh WiFi?', 'What is mesh WiFi? Our guide'), false);
});

test("a media marker after the headline is the page's format, not part of the headline", () => {
  assert.equal(
    findTitle({
      candidates: ['Cat video beamed to Earth from deep space (video) | Space News'],
      h1s: h1s('<h1>Cat video beamed to Earth from deep space (video)</h1>'),
      siteName: 'Space News',
    }),
    'Cat video beamed to Earth from deep space',
  );
  assert.equal(withoutMediaMarker('Finale recap [Watch]'), 'Finale recap');
  assert.equal(
    withoutMediaMarker('The case for (and against) remote work'),
    'The case for (and against) remote work',
  );
  assert.equal(withoutMediaMarker('(Video)'), '(Video)');
});

test('a leading year is part of the headline, not a date kicker', () => {
  assert.equal(
    findTitle({
      candidates: ['Bicycle Repair Price Guide'],
      h1s: h1s('<h1>2031 Bicycle Repair Price Guide</h1>'),
    }),
    '2031 Bicycle Repair Price Guide',
  );
  assert.equal(
    findTitle({
      candidates: ['Bicycle Repair Price Guide'],
      h1s: h1s('<h1>March 3, 2031 Bicycle Repair Price Guide</h1>'),
    }),
    'Bicycle Repair Price Guide',
  );
});

test('a headline rendered twice (mobile and desktop copies) is still the one visible <h1>', () => {
  assert.equal(
    findTitle({
      candidates: ['Why tide pools matter | Shore Notes'],
      h1s: h1s('<h1>A walk along the rock pools</h1><h1>A walk along the rock pools</h1>'),
    }),
    'A walk along the rock pools',
  );
});

test('soft hyphens are not part of a heading', () => {
  assert.equal(
    findTitle({ candidates: [], h1s: h1s('<h1>Home Repair Assis&shy;tance Program</h1>') }),
    'Home Repair Assistance Program',
  );
});

test("a documentation heading's permalink anchor is not part of the title", () => {
  assert.equal(
    findTitle({
      candidates: ['Working with queues — Pipeline docs'],
      h1s: h1s('<h1>Working with queues<a class="headerlink" href="#queues">¶</a></h1>'),
    }),
    'Working with queues',
  );
  assert.equal(
    findTitle({ candidates: [], h1s: h1s('<h1>Working with queues Â¶</h1>') }),
    'Working with queues',
  );
});

test('a one-word <h1> that opens the title before a short site name is the headline', () => {
  const title = (candidate: string, h1: string) => findTitle({ candidates: [candidate], h1s: h1s(h1) });
  assert.equal(title('Flexbox - Learn web development | MDN', '<h1>Flexbox</h1>'), 'Flexbox');
  assert.equal(title('pacman - ArchWiki', '<h1>pacman</h1>'), 'pacman');
  // Not a one-word label found elsewhere in the title, nor one before a colon or a long headline.
  assert.equal(
    title('Why the river floods - News | The Valley Gazette', '<h1>News</h1>'),
    'Why the river floods',
  );
  assert.equal(title('Opinion: Let kids be kids', '<h1>Opinion</h1>'), 'Opinion: Let kids be kids');
  assert.equal(
    title('Opinion | Let kids be kids and leave them alone', '<h1>Opinion</h1>'),
    'Let kids be kids and leave them alone',
  );
});
