/**
 * Publication and modification dates, in order of trust: JSON-LD, OpenGraph/article meta, other
 * <meta> conventions, <time datetime>, the URL path, then dates written in the visible byline area
 * (read with chrono-node). Values are returned as ISO 8601 strings, keeping the page's own local
 * date and offset when it gave one (the day is what matters, and converting to UTC can move it).
 */
import * as chrono from 'chrono-node';
import { type Element, textOf } from './dom.js';
import type { JsonLdArticle } from './json-ld.js';
import { firstMeta, type PageMeta } from './page-meta.js';

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'published_time',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'date',
  'article.published',
  'article_date_original',
  'cxenseparse:recs:publishtime',
  'originalpublicationdate',
  'og:article:published_time',
  'displaydate',
  'release_date',
  'citation_publication_date',
  'citation_date',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'article:modified',
  'datemodified',
  'dcterms.modified',
  'dc.date.modified',
  'lastmod',
  'last-modified',
  'modified_time',
];

/** Dates before this are almost always parse errors or template placeholders. */
const EARLIEST_YEAR = 1995;
/** Longer strings are sentences, not date stamps. */
const MAX_CHRONO_CHARS = 120;

/** A date string → ISO 8601, or undefined when it is not a plausible date. */
export function toIsoDate(value: string | undefined, now = new Date()): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (iso) {
    const [, y, mo, d, time, zone] = iso;
    if (!plausible(Number(y), Number(mo), Number(d), now)) return undefined;
    return `${y}-${mo}-${d}${time ? `T${time.length === 5 ? `${time}:00` : time}${zone ?? ''}` : ''}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(v);
  if (compact && plausible(Number(compact[1]), Number(compact[2]), Number(compact[3]), now)) {
    return `${compact[1]}-${compact[2]}-${compact[3]}`;
  }
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? Number(v) : Number(v) * 1000;
    const d = new Date(ms);
    return plausible(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), now)
      ? d.toISOString()
      : undefined;
  }
  // chrono is the slow path: only short strings that contain a year-like number are worth it.
  if (v.length > MAX_CHRONO_CHARS || !/\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(v)) return undefined;
  const parsed = chrono.parse(v, now)[0];
  if (!parsed) return undefined;
  const c = parsed.start;
  if (!c.isCertain('year') || !c.isCertain('month')) return undefined;
  const y = c.get('year')!;
  const m = c.get('month')!;
  const d = c.isCertain('day') ? c.get('day')! : 1;
  if (!plausible(y, m, d, now)) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function plausible(y: number, m: number, d: number, now: Date): boolean {
  if (y < EARLIEST_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return false;
  // A little slack for time zones and embargoed pages.
  return Date.UTC(y, m - 1, d) <= now.getTime() + 2 * 86_400_000;
}

/** /2023/12/17/, /2023-12-17, /20231217/ in a URL path. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m =
    /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url) ??
    /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  return m ? toIsoDate(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`) : undefined;
}

const DATE_CLASS =
  /(^|[\s_-])(date|time|published|publish|pubdate|posted|timestamp|dateline|byline|meta|entry-meta|post-meta|article-meta|updated)([\s_-]|$)/i;

function fromTimeElements(elements: Element[]): string | undefined {
  const times = elements.filter((e) => e.name === 'time');
  const pick =
    times.find((t) =>
      /pub|post|creat/i.test(
        `${t.attribs.class ?? ''} ${t.attribs.itemprop ?? ''} ${t.attribs.pubdate !== undefined ? 'pub' : ''}`,
      ),
    ) ?? times.find((t) => !/updat|modif/i.test(`${t.attribs.class ?? ''} ${t.attribs.itemprop ?? ''}`));
  if (!pick) return undefined;
  return toIsoDate(pick.attribs.datetime) ?? toIsoDate(textOf(pick));
}

function fromItemprop(elements: Element[], prop: string): string | undefined {
  for (const e of elements) {
    if (e.attribs.itemprop !== prop || e.name === 'meta') continue;
    const v = toIsoDate(e.attribs.datetime ?? e.attribs.content) ?? toIsoDate(textOf(e));
    if (v) return v;
  }
  return undefined;
}

function fromVisibleText(elements: Element[]): string | undefined {
  let tried = 0;
  for (const e of elements) {
    const c = `${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`;
    if (!DATE_CLASS.test(c)) continue;
    const text = textOf(e);
    if (!text || text.length > 300) continue;
    const v = toIsoDate(text.replace(/^(published|posted|updated|last updated)( on)?:?\s*/i, ''));
    if (v) return v;
    if (++tried > 30) break;
  }
  return undefined;
}

export function findDates(page: PageMeta, ld: JsonLdArticle | undefined, url: string | undefined) {
  const published =
    toIsoDate(ld?.datePublished) ??
    toIsoDate(firstMeta(page, ...PUBLISHED_META.slice(0, 3))) ??
    PUBLISHED_META.slice(3)
      .map((k) => toIsoDate(firstMeta(page, k)))
      .find(Boolean) ??
    fromItemprop(page.elements, 'datePublished') ??
    fromTimeElements(page.elements) ??
    dateFromUrl(url) ??
    fromVisibleText(page.elements);
  const modified =
    toIsoDate(ld?.dateModified) ??
    MODIFIED_META.map((k) => toIsoDate(firstMeta(page, k))).find(Boolean) ??
    fromItemprop(page.elements, 'dateModified');
  return { published, modified };
}
