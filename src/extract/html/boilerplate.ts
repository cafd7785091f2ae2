/**
 * What is not article text: tags, class/id/role patterns and text patterns for share bars,
 * newsletter boxes, related-article lists, comment sections, cookie banners and the like.
 * Data only; `find-main-content.ts` and `html-to-blocks.ts` apply it.
 */
import type { Element } from './dom.js';

/** Elements that never hold article text. */
export const SKIP_TAGS = new Set([
  'head',
  'nav',
  'button',
  'select',
  'input',
  'textarea',
  'label',
  'option',
  'dialog',
  'menu',
  'script',
  'style',
  'noscript',
  'svg',
  'iframe',
  'template',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'map',
  'link',
  'meta',
  'img',
  'picture',
  'source',
]);

/**
 * Page chrome: skipped unless it holds most of the page's text (some sites wrap everything in
 * <header>). A <form> counts as chrome rather than as never-text: search boxes and filters are
 * forms, but forum software (XenForo, vBulletin) and ASP.NET pages wrap the whole thread or page
 * in one, which was lost (WCXB dev, all pages 0.8283 → 0.8307; articles 0.9474 → 0.9472).
 */
export const CHROME_TAGS = new Set(['header', 'footer', 'aside', 'form']);

/** Class or id fragments of boilerplate containers, matched anywhere in `class`+`id` (lowercased). */
const BOILERPLATE_SUBSTRING = [
  'share',
  'social',
  'sociable',
  'newsletter',
  'subscri',
  'signup',
  'sign-up',
  'related',
  'recommend',
  'more-stories',
  'more-from',
  'read-more',
  'readmore',
  'also-read',
  'trending',
  'most-read',
  'mostread',
  'outbrain',
  'taboola',
  'comment',
  'disqus',
  'cookie',
  'consent',
  'gdpr',
  'advert',
  'sponsor',
  'promo',
  'paywall',
  'breadcrumb',
  'pagination',
  'sidebar',
  'navbar',
  'masthead',
  'site-header',
  'site-footer',
  'skip-link',
  'tag-list',
  'taglist',
  'author-bio',
  'author-box',
  'about-author',
  // The author box under a post: WordPress's Simple Author Box and Starbox plugins and the like.
  // WCXB dev articles 0.9567 -> 0.9570 (6 pages, none lower), all pages and NAEB unchanged or up.
  // ("author-card" and "author-info" also named an online shop's "about the author" and testimonials.)
  'author-description',
  'saboxplugin',
  'abh-box',
  'byline',
  'print-only',
  'visually-hidden',
  'screen-reader',
  'sr-only',
  'modal',
  'popup',
  'toolbar',
  'ad-slot',
  'ad-container',
  'ad-wrapper',
  'ad-unit',
  'adslot',
  // Embedded social posts: never article text in NAEB's references (56 of 56 embeds).
  'twitter-tweet',
  'instagram-media',
  'tiktok-embed',
  // Lists and grids of other posts below the story (a headline, a date and an excerpt each).
  // NAEB 0.9279 -> 0.9303, WCXB dev articles 0.9556 -> 0.9561, all pages 0.8526 -> 0.8528 (4
  // pages, one lower by 0.02; "posts-container" left out: NodeBB names its thread so).
  'article-list',
  'articles-list',
  'story-list',
  'stories-list',
  'post-grid',
  'posts-grid',
];
/** Short fragments that must be a whole hyphen/underscore-separated part ("nav" but not "unavailable"). */
const BOILERPLATE_TOKEN = [
  'nav',
  'menu',
  'ad',
  'ads',
  'tags',
  'footer',
  'banner',
  'popular',
  'pager',
  'respond',
  'overlay',
  // A list of teasers for other stories, some with whole paragraphs of theirs ("b-teasers"); a
  // single "teaser" is as often the article's own lede. NAEB 0.9249 -> 0.9260, WCXB unchanged.
  'teasers',
  // ...as whole parts: vBulletin's thread is a "postlist".
  'post-list',
  'posts-list',
];
const BOILERPLATE_CLASS = new RegExp(
  `${BOILERPLATE_SUBSTRING.map((s) => s.replace(/-/g, '[-_]?')).join('|')}|(?:^|[\\s_-])(?:${BOILERPLATE_TOKEN.join('|')})(?:$|[\\s_-])`,
);

/** Class fragments that look like boilerplate words but mark content (e.g. "post-comments-count" aside). */
const CONTENT_CLASS =
  /article[-_]?body|articlebody|post[-_]?(body|content)|entry[-_]?content|story[-_]?body|main[-_]?content|content[-_]?body|body[-_]?text|article[-_]?text|rich[-_]?text|prose/;

const ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alert',
  'menu',
  'menubar',
  // A widget to pick from (a carousel of story tiles): NAEB 0.9303 -> 0.9307, WCXB dev unchanged
  // (4 pages, 2 lower by at most 0.005). Not "tablist" (tabs hold text) nor "toolbar".
  'listbox',
]);

/**
 * Layout switches that mention chrome but mark the content area ("main-with-sidebar", "has-comments"),
 * and wrappers named for two things, the content and what sits beside it ("post-and-ads-container",
 * "map-and-related", a heading's slug "challenges-with-hr-shared-services"), unless the first is
 * chrome too ("share-and-comments"). The first word was one of post/article/content/entry/story/main;
 * any word: WCXB dev articles body F1 0.9532 -> 0.9537, all pages 0.8517 -> 0.8520 (3 pages, none
 * lower), NAEB unchanged.
 */
const LAYOUT_TOKEN =
  /^(with|has|no|is|without|enabled?|show|single|page|layout|main|content|site-content)[-_].*(sidebar|comments?|share|nav|menu|header|footer)|[-_](layout|template|width|wrapper-width)$|^(?!(share|social|related|comments?|ads?|nav|menu|sidebar|newsletter|promo|footer|header)[-_])[a-z]+[-_](and|with|plus)[-_]/;
/** Utility-class tokens (Tailwind and the like) say nothing about the content. */
const UTILITY_TOKEN = /[[:/()]/;
const CAPTION_CLASS =
  /(^|[\s_-])(caption|figcaption|wp-caption-text)($|[\s_-])|[-_]credits?($|\s)|^credits?($|\s)/;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** An id of four or more words, as a heading's anchor is named after its words ("why-share-data"). */
const isSlug = (id: string | undefined) => !!id && /^[^-_]+([-_][^-_]+){3,}$/.test(id);

/** Elements never judged by their class: the page's own structure. */
const STRUCTURAL = new Set(['html', 'body', 'main', 'article']);

function rawClassAndId(el: Element): string {
  const c = el.attribs.class;
  const id = HEADING_TAGS.has(el.name) && isSlug(el.attribs.id) ? undefined : el.attribs.id;
  return c && id ? `${c} ${id}` : (c ?? id ?? '');
}

function namesOf(raw: string): string {
  return raw
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => t && !UTILITY_TOKEN.test(t) && !LAYOUT_TOKEN.test(t))
    .join(' ');
}

/**
 * 'sidebar': a container with a name made with "sidebar", which is either a sidebar or the layout
 * that holds the content beside one ("sidebar-container", "inline-and-sidebar-container",
 * "content-area theme-sidebar"); the caller tells them apart by how much of the page's text it
 * holds. (A class or id that is "sidebar" alone names a sidebar.)
 */
type Verdict = 'related-links' | 'boilerplate' | 'caption' | 'sidebar';

/** What the class and id names alone say (the end of boilerplateReason). */
function namesVerdict(names: string): Verdict | undefined {
  if (!names || CONTENT_CLASS.test(names)) return undefined;
  if (CAPTION_CLASS.test(names)) return 'caption';
  const m = BOILERPLATE_CLASS.exec(names);
  if (!m) return undefined;
  if (m[0] === 'sidebar' && !/(^|\s)sidebar(\s|$)/.test(names)) return 'sidebar';
  if (/related|recommend|more|read|trending|popular|outbrain|taboola|teasers/.test(m[0]))
    return 'related-links';
  return 'boilerplate';
}

/**
 * namesVerdict by the raw `class id` string (null: nothing to say): pages repeat their class names
 * (every teaser, every list item), and splitting them and matching the five patterns was a fifth
 * of the block walk. Cleared when full, so that pages of generated names cannot grow it without bound.
 */
const VERDICTS = new Map<string, Verdict | null>();
const MAX_VERDICTS = 20_000;

function cachedVerdict(raw: string): Verdict | undefined {
  let v = VERDICTS.get(raw);
  if (v === undefined) {
    v = namesVerdict(namesOf(raw)) ?? null;
    if (VERDICTS.size >= MAX_VERDICTS) VERDICTS.clear();
    VERDICTS.set(raw, v);
  }
  return v ?? undefined;
}

/** Class, id or role of a panel that the page shows on a click: an accordion, a tab, a "read more" fold. */
const COLLAPSIBLE = /accordion|collaps|tab-?pane|tabpanel|toggle|expand/;
/** ...and of a FAQ, whose folded answers are a page appendix rather than the text. */
const FAQ = /faq|question|answer/;
/** Ancestors of a hidden element looked at for a FAQ. */
const FAQ_ANCESTORS = 4;

const labelsOf = (el: Element | null) =>
  el?.attribs
    ? `${el.attribs.class ?? ''} ${el.attribs.id ?? ''} ${el.attribs.role ?? ''} ${el.attribs.itemtype ?? ''} ${el.attribs.itemprop ?? ''}`.toLowerCase()
    : '';

/**
 * A hidden element that is a folded section of the text (an accordion panel, a tab): the reader
 * opens it, and WCXB's annotators kept its text (a guide written as a list of accordions lost four
 * fifths of its words). Folded FAQ answers stay out, as other hidden elements (mobile menus,
 * modals, duplicate layouts).
 */
function collapsedSection(el: Element): boolean {
  const parent = el.parent as Element | null;
  if (el.attribs['aria-labelledby'] === undefined && !COLLAPSIBLE.test(`${labelsOf(el)} ${labelsOf(parent)}`))
    return false;
  let n: Element | null = el;
  for (let i = 0; n && i <= FAQ_ANCESTORS; i++, n = n.parent as Element | null)
    if (FAQ.test(labelsOf(n))) return false;
  return true;
}

const isHidden = (el: Element) =>
  el.attribs.hidden !== undefined ||
  el.attribs['aria-hidden'] === 'true' ||
  (el.attribs.style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style));

/** Chrome that never holds the article: what sits beside it, under it, or over it (a modal). */
const NEVER_ARTICLE_TAGS = new Set(['footer', 'aside', 'nav', 'form']);
const OVERLAY = /modal|popup|dialog|takeover|lightbox/;

/**
 * An element named as the article's text ("blog-rich-text w-richtext", "post-content") inside a
 * visible container that looks like chrome: a <header> that holds the whole post, a
 * "newsletter-wrapper" around a newsletter's own article. Not in a footer, an aside or a modal
 * (a privacy policy's "prose"). The caller weighs how much text it holds. WCXB dev articles
 * 0.9540 -> 0.9556, all pages 0.8517 -> 0.8526 (5 pages touched, one lower by 0.02), NAEB unchanged.
 */
export function namedContent(el: Element): boolean {
  if (!CONTENT_CLASS.test((el.attribs.class ?? '').toLowerCase())) return false;
  for (let n: Element | null = el; n?.attribs; n = n.parent as Element | null)
    if (isHidden(n) || NEVER_ARTICLE_TAGS.has(n.name) || OVERLAY.test(labelsOf(n))) return false;
  return true;
}

/** Why `el` looks like boilerplate by its markup alone, or undefined. */
export function boilerplateReason(el: Element): Verdict | undefined {
  if (isHidden(el) && !collapsedSection(el)) return 'boilerplate';
  const role = el.attribs.role;
  if (role && ROLES.has(role)) return 'boilerplate';
  if (STRUCTURAL.has(el.name)) return undefined;
  const raw = rawClassAndId(el);
  return raw ? cachedVerdict(raw) : undefined;
}

/**
 * Whole-paragraph text that is page furniture, not article text. A cookie notice, a video's
 * duration label ("VIDEO2:4902:49") and a donation appeal's lines added: NAEB 0.9260 -> 0.9264
 * (5 pages, none lower), WCXB unchanged. A newsletter box's heading and consent note ("Subscribing to a
 * newsletter indicates your consent to our Terms of Use"): NAEB 0.9308 -> 0.9310 (2 pages), WCXB unchanged.
 * The label over a table of contents ("Table of contents", "In this article", "Jump to"): WCXB dev
 * articles 0.9563 -> 0.9564, all pages and NAEB unchanged (29 pages, 7 lower by at most 0.016).
 */
export const BOILERPLATE_TEXT =
  /^((article|story) continues below( this ad)?|swipe to scroll horizontally|thanks for signing up!?|your subscription has been confirmed.{0,60}|please use chrome browser for a more accessible video player|waiting for your permission to load the \w+ media\.?|continue reading( below)?|already a subscriber\?.{0,30}|you are logged in|log ?in|sign ?in|sign up|register|(keep|continue) reading|view comments|show comments|scroll to continue( with content)?|(image|photo|video) \d+ (of|\/) \d+|\d+ of \d+ \||\d+ min(ute)? read|advertisement|advertisements?|sponsored( content)?|share( this( article| story| page)?| page)?( on \w+)?|share via|(click|tap) (here )?to (share|print|email)|sign up (for|to)\b.{0,80}newsletter.*|like what you'?re reading\??|table of contents|contents|in this (article|post|guide)|on this page|jump to:?( section)?|.{0,80}subscribing to (a|our|this|the) newsletters? indicates your consent\b.*|subscribe( now| today)?( to .{0,60})?|follow us( on .{0,60})?|read more|related( articles| stories| content)?:?|see also:?|recommended( for you)?|most (read|popular)|trending( now)?|skip to (main )?content|comments?( \(\d+\))?|\d+ comments?|leave a (comment|reply)|loading\.*|(we|this (web)?site) uses? cookies\b.*|video ?\d{1,2}:\d{2}.{0,12}|help keep news free for everyone\b.*|support (our|independent) (newsroom|journalism|fact-checking)\b.{0,80}|stand up for the facts!?|accept( all)?( cookies)?|back to top|print( this article)?|email( this article)?|copy link|link copied|listen( to this article)?.{0,30}|(show|hide) caption|image caption,?|image source, .{1,60}|shop (similar|the) look|subtitles|(facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|x)( \| ?(facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|x))*)$/i;

/**
 * The messages of a page's widgets, the same on every site that uses them: a form's hidden field
 * notes and its outcome messages (Gravity Forms, Webflow), a post-rating widget's prompts
 * ("How useful was this post?", "Let us improve this post!"), a placeholder left by a script that
 * never ran ("Loading paragraph..."), and the consent note under a sign-up form ("By subscribing,
 * you agree to our Terms of Use …").
 */
export const WIDGET_TEXT =
  /^(this field is (for validation purposes and should be left unchanged|hidden when viewing the form)\.?|oops! something went wrong( while submitting the form)?\.?|thank you! your submission has been received!?|loading [\w ]{1,30}(\.\.\.|…)|how useful was this (post|article)\??|click on a star to rate it!?|no votes so far! be the first to rate this post\.?|we are sorry that this post was not useful for you!?|let us improve this post!?|tell us how we can improve this post\??|by (subscribing|signing up|clicking|submitting|registering|entering|providing)\b.{0,80}\byou (agree|confirm|consent|acknowledge|accept)\b.{0,300})$/i;

/** Paragraph openers of related-link lines inside the body ("Read more: …", "RELATED: …"). */
export const RELATED_LINE =
  /^(read more|related|see also|also read|read also|more on this|recommended|watch|listen)\s*[:|»>-]/i;

/** Elements that start a new block of text; everything else is inline. */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'li',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'caption',
  'center',
  'details',
  'summary',
  'address',
  'hgroup',
  'fieldset',
  'form',
  'hr',
  'body',
  'html',
  'body',
  'legend',
  'output',
  'search',
]);
