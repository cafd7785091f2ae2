/**
 * Authors: JSON-LD `author`, then author <meta> conventions, then the visible byline
 * (`rel=author`, `itemprop=author`, elements classed byline/author). Returned as one string,
 * names joined by ", ".
 */
import { classOrIdMatches, type Element, textOf } from './dom.js';
import { firstMeta, type PageMeta } from './page-meta.js';

const AUTHOR_META = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'citation_author',
];

/** Longest plausible byline; longer text is a bio or a paragraph. */
const MAX_BYLINE_CHARS = 120;

const BYLINE_CLASS = /(^|[\s_-])(byline|author|authors|author-name|writer|contributor)([\s_-]|$)/i;

/** "By Jane Doe and John Roe | Reuters" → "Jane Doe, John Roe". */
export function cleanByline(raw: string): string | undefined {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (!s || /^https?:\/\//i.test(s) || s.length > MAX_BYLINE_CHARS) return undefined;
  s = s
    .replace(/^(written |reported |words |posted |story |article )?by:?\s+/i, '')
    .replace(/^(author|authors|autor|auteur|reporter|von|par|por|di)\s*:?\s+/i, '')
    .replace(/\s*(\||•|·|—|–)\s*.*$/, '')
    .replace(/,?\s*(updated|published|posted)\b.*$/i, '')
    .replace(/\s*\b(\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}).*$/, '')
    .replace(/^@/, '')
    .trim();
  const names = s
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map((n) => n.trim())
    .filter((n) => n && n.length <= 60 && !/^(staff|reporter|correspondent|editor|contributor)$/i.test(n));
  const unique = [...new Set(names)];
  return unique.length ? unique.join(', ') : undefined;
}

function visibleByline(elements: Element[]): string | undefined {
  for (const e of elements) {
    if (e.attribs.rel === 'author' || e.attribs.itemprop === 'author') {
      const name =
        e.attribs.itemprop === 'author'
          ? (nameWithin(e) ?? textOf(e, MAX_BYLINE_CHARS))
          : textOf(e, MAX_BYLINE_CHARS);
      const b = cleanByline(name);
      if (b) return b;
    }
  }
  for (const e of elements) {
    if (!classOrIdMatches(e, BYLINE_CLASS) || e.name === 'meta' || e.name === 'body' || e.name === 'html')
      continue;
    const b = cleanByline(textOf(e, MAX_BYLINE_CHARS));
    if (b && /\p{Lu}/u.test(b)) return b;
  }
  return undefined;
}

function nameWithin(e: Element): string | undefined {
  const stack = [...e.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'tag') {
      if (n.attribs.itemprop === 'name') return n.attribs.content ?? textOf(n);
      stack.push(...n.children);
    }
  }
  return undefined;
}

export function findByline(page: PageMeta, ldAuthors: string[]): string | undefined {
  const fromLd = cleanByline(ldAuthors.filter((a) => !/^https?:/.test(a)).join(', '));
  if (fromLd) return fromLd;
  const meta = firstMeta(page, ...AUTHOR_META);
  const fromMeta = meta ? cleanByline(meta) : undefined;
  return fromMeta ?? visibleByline(page.elements);
}
