/**
 * HTML page → article: metadata and body blocks. A numbered cascade in the spirit of trafilatura,
 * where each step runs only when the one before under-delivered:
 *
 *   1. our block extractor: the page as blocks, the subtree that holds most long non-link text,
 *      boilerplate containers skipped (fast: one htmlparser2 parse, one walk);
 *   1b. step 1 on the page with its big <noscript>s read, when the page has such a <noscript> and
 *      step 1 gave little (forum software serves the whole thread there);
 *   2. step 1 again with boilerplate-looking containers let back in (some sites class their
 *      article wrapper "comments-enabled" or "has-sidebar"), when step 1 gave little;
 *   3. Mozilla Readability on linkedom, when both found next to nothing (it costs more than the
 *      rest of the extraction together, so it runs last and on as few pages as possible);
 *   4. the JSON-LD articleBody or the rich text of a Next.js page's app state, when it states much
 *      more than the HTML shows;
 *   then the best candidate is cleaned (captions, credits, link lists, trailers → `removed`).
 */
import { appStateBody } from './app-state.js';
import { cleanBlocks } from './clean-blocks.js';
import { detectLanguage } from './detect-language.js';
import { type AnyNode, type Element, isElement, parseHtml, parsePage } from './dom.js';
import { findByline } from './find-byline.js';
import { findDates } from './find-dates.js';
import { blocksWithin, selectMainContent } from './find-main-content.js';
import { findTitle } from './find-title.js';
import { htmlToBlocks, type RawBlock } from './html-to-blocks.js';
import { findJsonLdArticle, hasJsonLdType, jsonLdSiteName, parseJsonLd } from './json-ld.js';
import { firstMeta, readPageMeta } from './page-meta.js';
import { prepareHtml } from './prepare-html.js';
import { runReadability } from './readability-step.js';

export interface ExtractedBlock {
  kind: 'title' | 'heading' | 'paragraph' | 'quote' | 'list';
  text: string;
}
export interface ExtractedArticle {
  title?: string;
  byline?: string;
  /** ISO 8601. */
  published?: string;
  modified?: string;
  language?: string;
  siteName?: string;
  canonicalUrl?: string;
  /** Body in reading order (no title block: the pipeline adds it). */
  blocks: ExtractedBlock[];
  captions: { text: string; credit?: string }[];
  /** Wire and photo credits such as "AP", "Reuters". */
  credits: string[];
  removed: { text: string; reason: 'caption' | 'credit' | 'related-links' | 'trailer' | 'boilerplate' }[];
}

/**
 * Step 1 is enough when it found at least this much non-link text: a short news item is ~500
 * characters; below that, step 1 probably caught a teaser or a widget.
 */
export const MIN_ARTICLE_CHARS = 500;
/** ...and when no more than this share of its text is links (else it caught a link hub or menu). */
export const MAX_ARTICLE_LINK_SHARE = 0.35;
/**
 * Readability (step 3) runs only when steps 1 and 2 found less than this: measured on WCXB dev,
 * between this and MIN_ARTICLE_CHARS (short pages, link-heavy pages) it wins as often as it loses,
 * and it costs more than the rest of the extraction together. Run after the relaxed step 2 (not
 * before, as it was), it runs on a third fewer pages and F1 goes up on WCXB (0.9464 → 0.9472 on the
 * articles, 0.8166 → 0.8181 on all pages; NAEB 0.9158 → 0.9157).
 */
export const READABILITY_BELOW_CHARS = 300;
/** A JSON-LD articleBody replaces a good HTML candidate only when it is this many times longer. */
const LD_BODY_FACTOR = 2;
/** A later step replaces an earlier candidate only if it has this much more own text (avoids churn on ties). */
const REPLACE_FACTOR = 1.1;

/**
 * JSON-LD types that make a page an article for cleanBlocks' link-hub rule. WebPage, ItemPage and
 * the like are on catalogue and listing pages as much as on stories: counting them made a news
 * section front (BBC Technology, WebPage markup) an article whose story links all went (WCXB dev
 * all pages 0.8495 -> 0.8500, articles and NAEB unchanged).
 */
const STORY_TYPES = /Article|Posting|Report|QAPage|Recipe|Review/;

interface Candidate {
  blocks: RawBlock[];
  ownChars: number;
  linkShare: number;
}

function candidate(blocks: RawBlock[]): Candidate {
  let chars = 0;
  let links = 0;
  for (const b of blocks) {
    if (b.reason || b.kind === 'caption') continue;
    chars += b.text.length;
    links += b.linkChars;
  }
  return { blocks, ownChars: chars - links, linkShare: chars ? links / chars : 1 };
}

const good = (c: Candidate) => c.ownChars >= MIN_ARTICLE_CHARS && c.linkShare <= MAX_ARTICLE_LINK_SHARE;

export function extractArticle(html: string, options?: { url?: string }): ExtractedArticle {
  const url = options?.url;
  const prepared = prepareHtml(html);
  const { doc, elements } = parsePage(prepared.html);
  const page = readPageMeta(doc, elements);
  const ldObjects = parseJsonLd(prepared.jsonLd);
  // One walk of the tree (readPageMeta's) serves every later search for elements.
  const h1s = page.elements.filter((e) => e.name === 'h1');
  const ld = findJsonLdArticle(ldObjects);
  let host: string | undefined;
  try {
    host = url ? new URL(url).hostname : undefined;
  } catch {}

  const siteName =
    firstMeta(page, 'og:site_name', 'application-name', 'twitter:site:name') ??
    ld?.publisher ??
    jsonLdSiteName(ldObjects);
  const title = findTitle({
    candidates: [ld?.headline, firstMeta(page, 'og:title', 'twitter:title', 'title', 'headline'), page.title],
    h1s,
    siteName,
    host,
  });

  // 1. Our block extractor.
  let allBlocks = htmlToBlocks(doc, h1s);
  let first = selectMainContent(allBlocks, false, title);
  let best = candidate(first.blocks);
  if (!good(best) && prepared.noscriptPageChars) {
    // 1b. The page as served to clients without scripts, when it is in a <noscript> (a second
    //     parse, on the few pages that have such a <noscript> and no article without it).
    const blocks = htmlToBlocks(parseHtml(prepareHtml(html, { keepNoscript: true }).html));
    const selected = selectMainContent(blocks, false, title);
    const c = candidate(selected.blocks);
    if (c.ownChars > best.ownChars * REPLACE_FACTOR) {
      allBlocks = blocks;
      first = selected;
      best = c;
    }
  }
  let readabilityByline: string | undefined;
  if (!good(best)) {
    // 2. Relaxed: boilerplate-looking containers count again (cheap: the same blocks, voted again).
    const relaxed = selectMainContent(allBlocks, true).blocks.map(({ reason, ...b }) =>
      b.kind === 'caption' ? { ...b, reason: 'caption' as const } : b,
    );
    const c = candidate(relaxed);
    if (c.ownChars > best.ownChars * REPLACE_FACTOR) best = c;
  }
  if (best.ownChars < READABILITY_BELOW_CHARS && allBlocks.length > 0) {
    // 3. Readability, on the same pre-cleaned HTML, when both found next to nothing. Not on a page
    //    with no text at all (an app its scripts render): Readability's article is read by
    //    htmlToBlocks too, so it could hold no text either, and its four attempts at finding some
    //    cost 10-80 ms a page (WCXB dev: 26 such pages, 0.36 s of CPU; output unchanged).
    const r = runReadability(prepared.html);
    if (r) {
      const c = candidate(r.blocks);
      if (c.ownChars > best.ownChars * REPLACE_FACTOR) best = c;
      readabilityByline = r.byline;
    }
  }
  // 4. The body the page states in its data, the JSON-LD articleBody or the rich text of its app
  //    state (the longer), for pages that render their text with scripts, and for pages whose
  //    HTML shows only part of the article (a teaser, a first page) while the publisher's own
  //    data holds much more of it.
  const appBody = prepared.appState ? teaserOf(appStateBody(prepared.appState), best) : undefined;
  const stated = (appBody?.length ?? 0) > (ld?.body?.length ?? 0) ? appBody : ld?.body;
  const statedChars = stated?.length ?? 0;
  if (
    stated &&
    statedChars > best.ownChars * (good(best) ? LD_BODY_FACTOR : REPLACE_FACTOR) &&
    (statedChars >= MIN_ARTICLE_CHARS || !good(best))
  ) {
    best = candidate(withLeadIn(jsonLdBlocks(stated, best.blocks[0]?.owner ?? doc), best.blocks));
  }
  const { published, modified } = findDates(page, ld, url);
  // A page that gives neither article markup nor a date is more likely a catalogue or a listing.
  // (A JSON-LD WebPage or ItemPage, which findJsonLdArticle also reads, says nothing either way.)
  const articlePage =
    hasJsonLdType(ldObjects, STORY_TYPES) ||
    firstMeta(page, 'og:type')?.toLowerCase() === 'article' ||
    !!published;
  const around = captionsAround(allBlocks, first.root, best.blocks);
  const byline = findByline(page, ld?.authors ?? []) ?? readabilityByline;
  const cleaned = cleanBlocks([...best.blocks, ...around], title, { article: articlePage, byline });
  const bodyText = cleaned.blocks.map((b) => b.text).join('\n');
  const language = detectLanguage(
    bodyText,
    page.htmlLang ?? ld?.inLanguage ?? firstMeta(page, 'content-language', 'og:locale', 'language'),
  );
  const canonicalUrl = page.links.get('canonical') ?? firstMeta(page, 'og:url') ?? ld?.url;

  const article: ExtractedArticle = {
    blocks: cleaned.blocks,
    captions: cleaned.captions,
    credits: cleaned.credits,
    removed: cleaned.removed,
  };
  if (title) article.title = title;
  if (byline) article.byline = byline;
  if (published) article.published = published;
  if (modified) article.modified = modified;
  if (language) article.language = language;
  if (siteName) article.siteName = siteName;
  if (canonicalUrl) article.canonicalUrl = absolute(canonicalUrl, url);
  return article;
}

/**
 * Figure captions near the body but outside its subtree (a lead photo above the text): those
 * within the same <article> (or <main>) as the body.
 */
function captionsAround(all: RawBlock[], root: AnyNode | undefined, chosen: RawBlock[]): RawBlock[] {
  if (!root) return [];
  let scope: AnyNode | null = root;
  while (scope && !(isElement(scope) && (scope.name === 'article' || scope.name === 'main')))
    scope = scope.parent;
  const have = new Set(chosen);
  return blocksWithin(
    all.filter((b) => b.kind === 'caption' && !have.has(b)),
    scope ?? root,
  );
}

/** A paragraph the HTML and the stated body share must be this long: prose, not a kicker ("Citylab") or a label. */
const SHARED_PARAGRAPH_CHARS = 80;

/**
 * `body` when the HTML candidate shows a teaser of it (a paragraph of prose of the candidate is in
 * the body), else undefined. App state holds much besides the story (a product page's
 * descriptions, a site's notices), so its rich text is taken only for an article the HTML shows
 * part of: on WCXB dev a product page with no text in its HTML got its app state's blurbs against an
 * empty reference.
 */
function teaserOf(body: string | undefined, c: Candidate): string | undefined {
  if (!body) return undefined;
  const flat = body.replace(/\s+/g, ' ');
  const shown = c.blocks.some(
    (b) =>
      !b.reason &&
      b.kind === 'paragraph' &&
      b.text.length >= SHARED_PARAGRAPH_CHARS &&
      flat.includes(b.text.replace(/\s+/g, ' ')),
  );
  return shown ? body : undefined;
}

/** How much of the stated body's opening is looked for in the HTML (see withLeadIn). */
const LEAD_IN_PROBE_CHARS = 60;

/**
 * The stated body with the HTML's paragraphs above its opening: some publishers leave the article's
 * first paragraph (the one set with a drop cap or a lead-in) out of their JSON-LD articleBody. Only
 * when the stated body's opening is found in the HTML candidate, and only the paragraphs above it.
 * NAEB 0.9316 -> 0.9317 (2 pages, none lower), WCXB dev unchanged. (Anchoring on the first
 * paragraph the two share instead: one page lower.)
 */
function withLeadIn(stated: RawBlock[], html: RawBlock[]): RawBlock[] {
  const probe = stated[0]?.text.slice(0, LEAD_IN_PROBE_CHARS);
  if (!probe || probe.length < LEAD_IN_PROBE_CHARS) return stated;
  const at = html.findIndex((b) => !b.reason && b.text.includes(probe));
  if (at <= 0) return stated;
  const lead = html.slice(0, at).filter((b) => !b.reason && b.kind === 'paragraph');
  return [...lead, ...stated];
}

/** Plain text (possibly with markup) from JSON-LD → paragraph blocks. */
function jsonLdBlocks(body: string, owner: AnyNode): RawBlock[] {
  const text = /<\w+[^>]*>/.test(body)
    ? htmlToBlocks(parseHtml(body)).map((b) => b.text)
    : body.split(/\n\s*\n/);
  return text
    .map((t) => t.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t, linkChars: 0, owner: owner as Element }));
}

function absolute(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}
