/**
 * The headline. Metadata titles (JSON-LD headline, og:title, <title>) are reliable but often carry
 * the site name or a section ("Headline | Section | Site"); the page's <h1> is the visible headline
 * but some pages use <h1> for the logo, the site name or section titles, and some put a kicker or a
 * date inside it. So: the <h1> that best agrees with a metadata title (both without site names)
 * wins, cut down to that title when it only adds a kicker; else the metadata title without its
 * site segments; else the first <h1>.
 */
import { type Element, isElement, textOf } from './dom.js';

const SEPARATORS = /\s+[|\-–—:·•»/]\s+|\s*[|•»·]\s*/;
/** An <h1> agrees with a metadata title when this share of their words is common to both. */
export const MIN_TITLE_AGREEMENT = 0.6;
/** At most this many words of kicker, label or date around a headline inside an <h1>. */
const MAX_KICKER_WORDS = 4;
/** A segment with more words than this is part of the headline, not a site or section name. */
const MAX_SITE_WORDS = 5;
/** A "site name" of more words than this is a page title put in og:site_name, not a name. */
const MAX_SITE_NAME_WORDS = 8;
/** An <h1> of fewer words is a label ("Home", "Planning"), not a headline that can stand alone. */
const MIN_HEADLINE_WORDS = 3;
/** A leading section label ("Opinion | …") has at most this many words. */
const MAX_SECTION_WORDS = 3;
/** Lower-case words that may appear in a site or section name ("Museum of Art", "Arts & Culture"). */
const NAME_PARTICLES = /^(of|the|and|for|on|in|at|de|la|le|du|des|del|di|der|und|y|et|&|\+|-|–|—)$/;

/** norm's results by text: it is asked for the same titles again for every <h1> a page has (listing pages have hundreds). */
const NORMS = new Map<string, string>();
/** Cleared when full, so that it stays small across pages. */
const MAX_NORMS = 1_000;

function norm(s: string): string {
  let n = NORMS.get(s);
  if (n === undefined) {
    n = s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (NORMS.size >= MAX_NORMS) NORMS.clear();
    NORMS.set(s, n);
  }
  return n;
}
const words = (s: string) => {
  const n = norm(s);
  return n ? n.split(' ') : [];
};

function tokenOverlap(a: string, b: string): number {
  const x = new Set(words(a));
  const y = words(b);
  if (!x.size || !y.length) return 0;
  return y.filter((t) => x.has(t)).length / Math.max(x.size, y.length);
}

/** Share of `part`'s words found in `whole` (for a title cut short by the site). */
function coverage(part: string, whole: string): number {
  const x = new Set(words(whole));
  const y = words(part);
  return y.length ? y.filter((t) => x.has(t)).length / y.length : 0;
}

/** "example.co.uk" → "example"; names compared without spaces and punctuation. */
const compact = (s: string) =>
  norm(
    s
      .replace(/^(https?:\/\/)?(www\.)?/i, '')
      .replace(/\.(com|org|net|co|gov|edu|info|news|io|[a-z]{2})(\.[a-z]{2})?$/i, ''),
  ).replace(/ /g, '');

/** A segment that names the site: the og:site_name, the host, or a domain. */
function isKnownSite(segment: string, siteName?: string, host?: string): boolean {
  const n = compact(segment);
  if (!n) return false;
  if (siteName) {
    const site = compact(siteName);
    // "BBC" in "BBC News", "Example.com News" for "Example": the segment is (mostly) the name.
    const close = (a: string, b: string) => a.length >= 3 && b.includes(a) && b.length <= a.length * 1.6 + 4;
    if (site && (n === site || close(n, site) || close(site, n))) return true;
  }
  if (host) {
    const h = compact(host.replace(/^www\./, ''));
    if (h && n === h) return true;
  }
  return /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i.test(segment.trim());
}

/** A short name in Title Case ("BBC America", "US elections 2020"), as sites and sections are written. */
function looksLikeName(segment: string): boolean {
  const ws = segment.trim().split(/\s+/);
  if (ws.length > MAX_SITE_WORDS) return false;
  // An exclamation or a question ("Best Bread Machines – My Favorites!") is the headline talking.
  if (ws.length > 1 && /[!?]$/.test(segment.trim())) return false;
  return ws.every((w) => NAME_PARTICLES.test(w.toLowerCase()) || /^[^\p{Ll}]/u.test(w));
}

/** A domain name written as a word of its own. */
const DOMAIN_WORD = /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i;

/**
 * A title that starts with the page's own host name as a bare word, without a separator
 * ("davidbau.com Vibe Coding"): the host is the site's name there too. (At the end the host is
 * more often part of the words, "Welcome to LWN.net", or after a separator that the segment
 * rules below handle.)
 */
function withoutHostWord(title: string, host?: string): string {
  if (!host) return title;
  const space = title.search(/\s/);
  if (space < 0) return title;
  const first = title.slice(0, space);
  const rest = title.slice(space).trim();
  if (!DOMAIN_WORD.test(first) || !/\s/.test(rest)) return title;
  return compact(first) === compact(host.replace(/^www\./, '')) ? rest : title;
}

/**
 * Drop site and section segments from the ends of a document title. Segments naming the site are
 * always dropped; other short Title Case segments only from the end, and only while a longer
 * segment is left ("Headline | Anglophenia | BBC America"), so that "Storm hits – report" and
 * "The Finals review - mechanically thrilling" keep their parts.
 */
export function stripSiteName(title: string, siteName?: string, host?: string): string {
  const t = withoutHostWord(title.trim(), host);
  const parts: { text: string; start: number; end: number; sep: string }[] = [];
  const re = new RegExp(SEPARATORS.source, 'g');
  let pos = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m.index > pos)
      parts.push({ text: t.slice(pos, m.index), start: pos, end: m.index, sep: m[0].trim() });
    pos = m.index + m[0].length;
    if (!m[0].length) re.lastIndex++;
  }
  if (pos < t.length) parts.push({ text: t.slice(pos), start: pos, end: t.length, sep: '' });
  if (parts.length < 2) return t;
  const notSite = parts.filter((p) => !isKnownSite(p.text, siteName, host));
  const longest = (notSite.length ? notSite : parts).reduce((a, b) =>
    b.text.length > a.text.length ? b : a,
  );
  const at = parts.indexOf(longest);
  let first = 0;
  let last = parts.length - 1;
  // "Headline – Site – Tagline", "Section | Site | Headline": the site name ends the headline's side.
  for (let i = 0; i < parts.length; i++) {
    if (i === at || !isKnownSite(parts[i]!.text, siteName, host)) continue;
    if (i > at) {
      last = Math.min(last, i - 1);
      break;
    }
    first = i + 1;
  }
  while (last > at && looksLikeName(parts[last]!.text)) last--;
  // A section label before a bar: "Opinion | Headline", "Sport » Headline".
  while (
    first < at &&
    !looksLikeName(longest.text) &&
    /^[|»•·]$/.test(parts[first]!.sep) &&
    looksLikeName(parts[first]!.text) &&
    parts[first]!.text.split(/\s+/).length <= MAX_SECTION_WORDS
  )
    first++;
  return t.slice(parts[first]!.start, parts[last]!.end).trim();
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** Metadata written with its HTML entities still escaped (WordPress's "Full &#038; Part Time"). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
    const point =
      code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** Separators between a title's segments, a colon not among them (it introduces the headline's own part). */
const SEGMENT_SEPARATOR = /\s+[|\-–—·•»/]\s+|\s*[|•»·]\s*/;

/**
 * A one-word <h1> that is the first segment of the title, the rest being a short name or two
 * ("Flexbox" in "Flexbox - Learn web development", "pacman" in "pacman - ArchWiki"): the page's
 * headline, the rest its site and section. (A one-word <h1> found elsewhere in a title is more
 * often a label: "News", "Home".)
 */
function leadsTitle(heading: string, title: string): boolean {
  const [first, ...rest] = title.split(SEGMENT_SEPARATOR);
  return rest.length > 0 && norm(first!) === norm(heading) && words(rest.join(' ')).length <= MAX_SITE_WORDS;
}

/**
 * How well an <h1> agrees with a metadata title (site segments already cut): shared words, or the
 * <h1> standing whole inside the title ("What is Mesh WiFi?" in "What Is Mesh WiFi? Our Guide"),
 * or, for a title cut short, the title's words all in the <h1>.
 */
function agreement(heading: string, title: string): number {
  let s = tokenOverlap(title, heading);
  const h = norm(heading);
  // ...but not when the <h1> is the label before a colon ("Lessons Learned: The lean startup").
  // (Tested last: building the pattern for every <h1> and title was almost half of findTitle's time.)
  const label = () =>
    title.includes(':') &&
    new RegExp(`^\\W*${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:\\s`, 'i').test(title);
  if (
    h &&
    (h.includes(' ') || h.length >= 8 || leadsTitle(heading, title)) &&
    ` ${norm(title)} `.includes(` ${h} `) &&
    !label()
  )
    s = Math.max(s, 0.9);
  // ...or the title standing whole inside the <h1> ("<time>Dec 18</time> Title", "Title <small>by X</small>").
  const t = norm(title);
  if (t.includes(' ') && ` ${h} `.includes(` ${t} `)) s = Math.max(s, 0.85);
  if (looksTruncated(title)) s = Math.max(s, coverage(title, heading) * 0.9);
  return s;
}

/** Whether `part`'s words all appear in `whole`, in the same order (some of `whole`'s may be left out). */
function inOrderWithin(part: string, whole: string): boolean {
  const ws = words(whole);
  let at = 0;
  for (const w of words(part)) {
    while (at < ws.length && ws[at] !== w) at++;
    if (at++ >= ws.length) return false;
  }
  return true;
}

/** Text in capitals throughout (at least two words with letters, none in lower case). */
function shouted(text: string): boolean {
  return !/\p{Ll}/u.test(text) && (text.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
}

/**
 * An <h1> that is the metadata title with characters lost to a wrong encoding: "?" or "�" for
 * each character the page's encoding could not hold ("Planning? Beginner? Guide" for "Planning:
 * Beginner's Guide"; a lost character may have been two, as an apostrophe and its "s"). The
 * metadata title is the headline as written.
 */
export function garbledCopy(heading: string, title: string): boolean {
  const h = heading.trim();
  const t = title.trim();
  if (h === t || !/[?\uFFFD]/.test(h)) return false;
  const pattern = h
    .split(/[?\uFFFD]/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^\\s?\uFFFD]{1,2}');
  return new RegExp(`^${pattern}$`, 'u').test(t);
}

/** A title cut short by a length limit: "…", "...", a trailing colon or dash, an unclosed bracket. */
function looksTruncated(title: string): boolean {
  if (/(…|\.\.\.|[:–—-])$/.test(title)) return true;
  const open = (title.match(/[([]/g) ?? []).length;
  const close = (title.match(/[)\]]/g) ?? []).length;
  return open > close;
}

/** Leading text of an <h1> set in its own element: a kicker ("Opinion"), a section, a date. */
function leadingElementText(h1: Element): string | undefined {
  const whole = textOf(h1);
  let node: Element = h1;
  for (let depth = 0; depth < 8; depth++) {
    const first = node.children.find((c) => c.type !== 'text' || c.data.trim());
    if (!first || !isElement(first)) return undefined;
    const text = textOf(first);
    if (!text) return undefined;
    if (text !== whole) return whole.startsWith(text) ? text : undefined;
    node = first;
  }
  return undefined;
}

const LINE_BREAKING = new Set([
  'br',
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'section',
  'header',
]);

/** The text of `root` before its first line-breaking child (the headline's first line). */
function textBeforeBlock(root: Element): string | undefined {
  const parts: string[] = [];
  for (const c of root.children) {
    if (isElement(c) && LINE_BREAKING.has(c.name)) return parts.join('').replace(/\s+/g, ' ').trim();
    parts.push(c.type === 'text' ? c.data : isElement(c) ? textOf(c) : '');
  }
  return undefined;
}

/** The text of an element inside `root` that reads `target` (normalized), if any. */
function elementWithText(root: Element, target: string): string | undefined {
  const stack = [...root.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const text = textOf(n);
    if (norm(text) === target) return text;
    if (text.length > target.length) stack.push(...n.children);
  }
  return undefined;
}

const DATE_WORDS =
  /^((\d{1,4}[./-]){2}\d{1,4}|((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?|\d{1,2}(st|nd|rd|th)?,?|\d{4}|\d{1,2}:\d{2}|[ap]m)(\s+|$))+$/iu;
/**
 * Words that read as a date set before or after a headline ("Dec 18 2025 Preparing…"). A bare year
 * is not one: "2025 Software Development Price Guide" keeps its year, which the headline needs
 * and a shorter metadata title may leave out (WCXB titles: articles 715 → 716, all pages 1187 → 1189).
 */
function isDateKicker(ws: string[]): boolean {
  return !(ws.length === 1 && /^\d{4}$/.test(ws[0]!)) && DATE_WORDS.test(ws.join(' '));
}

const MEDIA_MARKER =
  /\s*[[(](watch|video|videos|photos?|pictures|gallery|listen|audio|podcast|live|updated?)[\])]$/i;

/**
 * A headline without the media marker sites append to it ("… from 19 million miles away (video)",
 * "… Finale [Watch]"): it tells the format of the page, and is no word of the headline.
 */
export function withoutMediaMarker(title: string): string {
  const cut = title.replace(MEDIA_MARKER, '').trim();
  return cut || title;
}

/**
 * The headline inside an <h1> that adds a kicker, section or date in its own leading element
 * ("<span>Opinion</span> What I'll be praying…", "<time>Dec 18 2025</time> Preparing…") or a
 * media marker after it ("… Finale [Watch]"), when what is left is the metadata title.
 */
function withoutKicker(h1: Element, heading: string, title: string): string | undefined {
  const target = norm(title);
  if (!target || norm(heading) === target) return undefined;
  // An element of its own that reads the title is the headline; the rest is kicker, byline, counts.
  const inner = elementWithText(h1, target);
  if (inner) return inner;
  const firstLine = textBeforeBlock(h1);
  if (firstLine && norm(firstLine) === target) return firstLine;
  let rest = heading;
  const lead = leadingElementText(h1);
  if (lead && lead.split(/\s+/).length <= MAX_KICKER_WORDS) rest = heading.slice(lead.length);
  else {
    const ws = heading.split(/\s+/);
    for (let i = 1; i <= MAX_KICKER_WORDS && i < ws.length; i++) {
      if (isDateKicker(ws.slice(0, i)) && norm(ws.slice(i).join(' ')) === target)
        return ws.slice(i).join(' ');
      const j = ws.length - i;
      if (isDateKicker(ws.slice(j)) && norm(ws.slice(0, j).join(' ')) === target)
        return ws.slice(0, j).join(' ');
    }
  }
  rest = rest.replace(/^[\s|:·•»–—-]+/, '').trim();
  if (norm(rest) === target) return rest;
  const cut = withoutMediaMarker(rest);
  return norm(cut) === target ? cut : undefined;
}

/**
 * A heading without the permalink anchor that documentation generators append to it (Sphinx's
 * "¶", MkDocs' "#", "§", "🔗"; "Â¶" when the page's encoding was misread): a link to the heading
 * itself, no word of it.
 */
const PERMALINK_MARK = /\s*(?:Â?¶|§|#|🔗)$/u;
const withoutPermalink = (text: string) => text.replace(PERMALINK_MARK, '');

/**
 * One heading per text: responsive pages render the headline twice (a mobile and a desktop copy),
 * and two copies of one headline are still the page's one visible headline (WCXB titles: articles
 * 716 → 717, all pages 1189 → 1192; NAEB unchanged).
 */
function distinctTexts<T extends { text: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter(({ text }) => {
    const key = norm(text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface TitleSources {
  candidates: (string | undefined)[];
  h1s: Element[];
  siteName?: string;
  host?: string;
}

export function findTitle(opts: TitleSources): string | undefined {
  const title = pickTitle(opts);
  return title && withoutMediaMarker(title);
}

function pickTitle(opts: TitleSources): string | undefined {
  const { host } = opts;
  const siteName =
    opts.siteName && opts.siteName.trim().split(/\s+/).length <= MAX_SITE_NAME_WORDS
      ? opts.siteName
      : undefined;
  const site = siteName ? norm(siteName) : '';
  const metaTitles = opts.candidates
    .filter((t): t is string => !!t?.trim())
    .map((t) => decodeEntities(t).replace(/\s+/g, ' ').trim())
    .filter((t) => !site || norm(t) !== site);
  const stripped = [...new Set(metaTitles.map((t) => stripSiteName(t, siteName, host)))];
  const headings = distinctTexts(
    opts.h1s
      .map((element) => ({ element, text: withoutPermalink(textOf(element)) }))
      .filter(({ text }) => text.length >= 3 && text.length <= 400 && !isKnownSite(text, siteName, host)),
  );

  let best: { element: Element; text: string } | undefined;
  let bestScore = 0;
  for (const h of headings) {
    const score = Math.max(...stripped.map((m) => agreement(h.text, m)));
    if (score > bestScore) {
      best = h;
      bestScore = score;
    }
  }
  if (best && bestScore >= MIN_TITLE_AGREEMENT) {
    // An <h1> set in capitals (often by the markup, not by CSS) loses the headline's own casing and
    // punctuation; the metadata title that agrees with it has them (and an <h1> in capitals that
    // agrees with no metadata title is a section label, not the visible headline below). WCXB
    // articles titles 714 -> 715 of 793, all WCXB and NAEB unchanged. Only a metadata title that
    // says the <h1>'s words in the <h1>'s order (perhaps leaving some out) is its headline: one
    // that reorders them ("Marathon Beginner Plan" for "BEGINNER MARATHON PLAN") or adds a section
    // ("CERTIFICATE PROGRAMS | Professional Education") is another title (WCXB articles 720 -> 721
    // of 793, all WCXB 1203 -> 1205 of 1497, NAEB unchanged).
    if (shouted(best.text)) {
      const m = stripped.find(
        (t) => !shouted(t) && agreement(best.text, t) >= MIN_TITLE_AGREEMENT && inOrderWithin(t, best.text),
      );
      if (m) return m;
    }
    const clean = stripped.find((t) => garbledCopy(best.text, t));
    if (clean) return clean;
    for (const m of stripped) {
      if (looksTruncated(m) || agreement(best.text, m) < MIN_TITLE_AGREEMENT) continue;
      const cut = withoutKicker(best.element, best.text, m);
      if (cut) return cut;
    }
    return stripSiteName(best.text, siteName, host);
  }
  // No <h1> agrees with the metadata: the metadata title is often an SEO title, and the one
  // visible headline (not a logo or a one-word label) is what readers and citations use.
  const visible = headings.filter(
    (h) => h.text.split(/\s+/).length >= MIN_HEADLINE_WORDS && !(stripped.length && shouted(h.text)),
  );
  if (visible.length === 1 && headings.length === 1) return stripSiteName(visible[0]!.text, siteName, host);
  const meta = stripped[0];
  if (meta) {
    if (looksTruncated(meta)) {
      const key = norm(meta);
      const longer = stripped.find((m) => m.length > meta.length && norm(m).startsWith(key));
      if (longer) return longer;
    }
    return meta;
  }
  return headings[0]?.text;
}
