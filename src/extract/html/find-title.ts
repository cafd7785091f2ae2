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

export function findTitle(opts: {
  candidates: (string | undefined)[];
  h1s: Element[];
  siteName?: string;
  host?: string;
}): string | undefined {
  const metaTitles = opts.candidates
    .filter((t): t is string => !!t?.trim())
    .map((t) => t.replace(/\s+/g, ' ').trim());
  const headings = opts.h1s.map((h) => textOf(h)).filter((t) => t.length >= 3 && t.length <= 400);
  for (const h of headings) {
    if (metaTitles.some((m) => tokenOverlap(m, h) >= 0.6 || norm(m).includes(norm(h)))) return h;
  }
  const meta = metaTitles[0];
  if (meta) return stripSiteName(meta, opts.siteName, opts.host);
  return headings[0];
}
