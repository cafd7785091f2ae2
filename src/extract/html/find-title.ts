/**
 * The headline. Metadata titles (JSON-LD headline, og:title, <title>) are reliable but often carry
 * the site name ("Headline | Site"); the page's <h1> is the visible headline but some pages use
 * <h1> for the logo. So: an <h1> that agrees with a metadata title wins, then the metadata title
 * without its site suffix, then the first <h1>.
 */
import { type Element, textOf } from './dom.js';

const SEPARATORS = /\s+[|\-–—:·•»/]\s+|\s*[|•»·]\s*/;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function tokenOverlap(a: string, b: string): number {
  const x = new Set(norm(a).split(' '));
  const y = norm(b).split(' ');
  if (!x.size || !y.length) return 0;
  return y.filter((t) => x.has(t)).length / Math.max(x.size, y.length);
}

/** Drop a trailing (or leading) site-name segment from a document title. */
export function stripSiteName(title: string, siteName?: string, host?: string): string {
  const parts = title
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = siteName ? norm(siteName) : '';
  const hostName = host ? norm(host.replace(/^www\./, '').replace(/\.[a-z.]+$/, '')) : '';
  const isSite = (p: string) => {
    const n = norm(p);
    return (
      (site && (n === site || site.includes(n) || n.includes(site))) ||
      (hostName && n.replace(/ /g, '') === hostName.replace(/ /g, '')) ||
      false
    );
  };
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length && kept.length < parts.length) {
    // Rejoin with the original separators by slicing the title between kept segments.
    const first = title.indexOf(kept[0]!);
    const last = kept[kept.length - 1]!;
    return title.slice(first, title.indexOf(last, first) + last.length).trim();
  }
  // No known site name: the longest segment is the headline when the others are short.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  const others = parts.filter((p) => p !== longest);
  if (others.every((p) => p.split(/\s+/).length <= 4)) return longest;
  return title.trim();
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

export function findTitle(opts: {
  candidates: (string | undefined)[];
  h1s: Element[];
  siteName?: string;
  host?: string;
}): string | undefined {
  const metaTitles = opts.candidates
    .filter((t): t is string => !!t?.trim())
    .map((t) => decodeEntities(t).replace(/\s+/g, ' ').trim());
  const texts = (elements: Element[]) =>
    elements.map((h) => textOf(h)).filter((t) => t.length >= 3 && t.length <= 400);
  const headings = texts(opts.h1s);
  const agrees = (h: string) =>
    metaTitles.some((m) => tokenOverlap(m, h) >= 0.6 || norm(m).includes(norm(h)));
  const agreeing = headings.find(agrees);
  // A headline can carry a section kicker or the site name too ("Politics | …"): cut them the same way.
  if (agreeing) return stripSiteName(agreeing, opts.siteName, opts.host);
  const meta = metaTitles[0];
  if (meta) return stripSiteName(meta, opts.siteName, opts.host);
  return headings[0];
}
