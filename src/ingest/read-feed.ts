/**
 * RSS, Atom, RDF and JSON Feed files (feedsmith): one RawInput per item, its HTML content when
 * the feed carries it (`content:encoded`, Atom `content`, JSON Feed `content_html`), else its
 * summary; title, link, date and author go to `meta` and `source`.
 */
import { parseFeed } from 'feedsmith';
import { decodeHtmlBytes } from './charset.js';
import { InputError, type RawInput } from './raw-input.js';
import { readFileBytes } from './read-file-bytes.js';
import { sha256 } from './read-text.js';

/** Feeds are small; a bigger file is not a feed we should hold in memory whole. */
export const MAX_FEED_BYTES = 64 * 1024 * 1024;

export interface FeedItem {
  title?: string;
  url?: string;
  id?: string;
  published?: string;
  byline?: string;
  html?: string;
  text?: string;
}

type Loose = Record<string, unknown> | undefined;
const s = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function isoDate(v: unknown): string | undefined {
  const raw = s(v);
  if (!raw) return undefined;
  const d = new Date(raw);
  return Number.isNaN(d.getTime()) ? raw : d.toISOString();
}

function authorNames(v: unknown): string | undefined {
  const names = arr(v)
    .map((a) => s(a) ?? s(obj(a)?.name))
    .filter((n): n is string => !!n);
  return names.length ? names.join(', ') : undefined;
}

/** The items of a parsed feed, whatever its format, in one shape. */
export function feedItems(content: string): FeedItem[] {
  const { format, feed } = parseFeed(content);
  const f = feed as Record<string, unknown>;
  const items = arr(format === 'atom' ? f.entries : f.items).map((x) => obj(x) ?? {});
  return items.map((it) => {
    const content = obj(it.content);
    const links = arr(it.links).map((l) => obj(l));
    const link = links.find((l) => !s(l?.rel) || s(l?.rel) === 'alternate') ?? links[0];
    const dc = obj(it.dc);
    const item: FeedItem = {
      title: s(it.title) ?? s(obj(it.title)?.value),
      url: s(it.link) ?? s(it.url) ?? s(link?.href) ?? s(obj(it.guid)?.value) ?? s(it.external_url),
      id: s(it.id) ?? s(obj(it.guid)?.value) ?? s(it.guid),
      published: isoDate(it.pubDate ?? it.published ?? it.date_published ?? dc?.date ?? it.updated),
      byline: authorNames(it.authors ?? it.author ?? dc?.creator ?? dc?.creators),
      html: s(content?.encoded) ?? s(it.content_html) ?? s(content?.value) ?? s(it.content),
      text: s(it.content_text) ?? s(it.description) ?? s(it.summary) ?? s(obj(it.summary)?.value),
    };
    return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as FeedItem;
  });
}

const looksHtml = (t: string) => /<\/?(p|div|br|a|img|span|h\d|ul|li|blockquote|figure)\b/i.test(t);

export async function* readFeed(path: string): AsyncGenerator<RawInput> {
  const bytes = await readFileBytes(path, MAX_FEED_BYTES);
  let items: FeedItem[];
  try {
    items = feedItems(decodeHtmlBytes(bytes));
  } catch (err) {
    throw new InputError(path, `not a feed: ${(err as Error).message}`);
  }
  for (const item of items) {
    const body = item.html ?? item.text ?? '';
    if (!body.trim()) continue;
    const bodyBytes = Buffer.from(body, 'utf8');
    const input: RawInput = {
      source: { path, format: 'feed-item', bytes: bodyBytes.length, sha256: sha256(bodyBytes) },
      kind: item.html || looksHtml(body) ? 'html' : 'text',
      body,
      meta: {},
    };
    if (item.url) input.source.url = item.url;
    if (item.id) input.source.recordId = item.id;
    if (item.title) input.meta!.title = item.title;
    if (item.published) input.meta!.published = item.published;
    if (item.byline) input.meta!.byline = item.byline;
    yield input;
  }
}
