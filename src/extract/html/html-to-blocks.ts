/**
 * Block-aware HTML → text: one walk over the page that turns every run of text into a block
 * (paragraph, heading, list, quote, caption) in reading order. Nothing is thrown away here: a block
 * inside page chrome or a boilerplate container carries the reason, so later steps can choose
 * (and can relax the choice when the article came out too short).
 */
import { BLOCK_TAGS, boilerplateReason, CHROME_TAGS, namedContent, SKIP_TAGS } from './boilerplate.js';
import {
  type AnyNode,
  type Element,
  elementsByTag,
  isElement,
  rawText,
  textChars,
  withoutSoftHyphens,
} from './dom.js';
import { MAX_WALK_DEPTH } from './limits.js';

export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list' | 'caption';
export type RemovedReason = 'caption' | 'credit' | 'related-links' | 'trailer' | 'boilerplate';

export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** The element whose content this block is (used to pick the main content subtree). */
  owner: Element;
  /** Set when the block sits in chrome (header/footer/aside) or a boilerplate-looking container. */
  reason?: RemovedReason;
  /** Heading level 1–6. */
  level?: number;
}

interface State {
  blocks: RawBlock[];
  buffer: string[];
  linkChars: number;
  links: number;
  pre: number;
  /** Ancestors of the page's <h1>s: a container of the headline is not boilerplate, whatever its class says. */
  headlinePath: Set<AnyNode>;
  /** The tree walked, and its text's size once a sidebar-named container needs it. */
  page: { root: AnyNode; chars?: number };
}

/**
 * A sidebar-named container that holds more than this share of the page's text is the layout
 * around the content ("sidebar-container", "content-area theme-sidebar"), not a sidebar.
 */
const SIDEBAR_MAX_SHARE = 0.5;

const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** `h1s`: the page's <h1>s when the caller has them already (else the tree is searched). */
export function htmlToBlocks(root: AnyNode, h1s?: Element[]): RawBlock[] {
  const headlinePath = new Set<AnyNode>();
  for (const h1 of h1s ?? elementsByTag(root, 'h1')) {
    for (let n = h1.parent, i = 0; n && !headlinePath.has(n) && i < MAX_WALK_DEPTH; n = n.parent, i++)
      headlinePath.add(n);
  }
  const state: State = {
    blocks: [],
    buffer: [],
    linkChars: 0,
    links: 0,
    pre: 0,
    headlinePath,
    page: { root },
  };
  const owner = isElement(root)
    ? root
    : ({ name: 'root', attribs: {}, children: [], parent: null } as unknown as Element);
  walkChildren(root, state, owner, undefined, 0);
  flush(state, 'paragraph', owner, undefined);
  return state.blocks;
}

function flush(
  state: State,
  kind: BlockKind,
  owner: Element,
  reason: RemovedReason | undefined,
  level?: number,
) {
  if (state.buffer.length === 0) return;
  const raw = withoutSoftHyphens(state.buffer.join(''));
  const text = state.pre
    ? raw.replace(/[ \t]+\n/g, '\n').trim()
    : singleSpaced(raw)
      ? raw.trim()
      : raw
          .replace(/[ \t\r\f\v\u00a0\u200b]*\n[ \t\r\f\v\n\u00a0\u200b]*/g, '\n')
          .replace(/[ \t\r\f\v\u00a0\u200b]+/g, ' ')
          .trim();
  if (text) {
    const block: RawBlock = { kind, text, linkChars: Math.min(state.linkChars, text.length), owner };
    if (reason) block.reason = reason;
    if (level) block.level = level;
    state.blocks.push(block);
  }
  state.buffer = [];
  state.linkChars = 0;
}

/**
 * Whether `text` has no space but single U+0020s (no line break, tab, no-break or zero-width space,
 * no two spaces in a row): then flush's replacements leave it as it is, and are skipped (most
 * blocks; the two replacements over every block were a tenth of the walk).
 */
function singleSpaced(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if ((c <= 13 && c >= 9) || c === 0xa0 || c === 0x200b) return false;
    else space = false;
  }
  return true;
}

/** JavaScript's `\s` beyond ASCII: U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
const isWideSpace = (c: number) =>
  c === 0xa0 ||
  (c >= 0x1680 &&
    (c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/**
 * `text.replace(/\s+/g, ' ')`, without the replacement when every space in the text is already a
 * single U+0020 (most text nodes of prose: the regex replaced every space between two words).
 */
function collapseSpaces(text: string): string {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return text.replace(/\s+/g, ' ');
      space = true;
    } else if ((c <= 13 && c >= 9) || (c >= 0xa0 && isWideSpace(c))) return text.replace(/\s+/g, ' ');
    else space = false;
  }
  return text;
}

function walkChildren(
  node: AnyNode,
  s: State,
  owner: Element,
  reason: RemovedReason | undefined,
  depth: number,
) {
  if (!('children' in node)) return;
  for (const child of node.children) walk(child, s, owner, reason, depth + 1);
}

function walk(
  node: AnyNode,
  s: State,
  owner: Element,
  reason: RemovedReason | undefined,
  depth: number,
): void {
  if (node.type === 'text') {
    const data = s.pre ? node.data : collapseSpaces(node.data);
    // Whitespace between tags at the start of a block: trimmed anyway (a third of all text nodes).
    if (data === ' ' && s.buffer.length === 0) return;
    s.buffer.push(data);
    if (s.links) s.linkChars += data.trim().length;
    return;
  }
  if (!isElement(node)) {
    if (node.type === 'root') walkChildren(node, s, owner, reason, depth);
    return;
  }
  const name = node.name;
  if (SKIP_TAGS.has(name)) return;
  if (depth > MAX_WALK_DEPTH) {
    // Pathological nesting: read the rest as flat text instead of recursing further.
    s.buffer.push(' ', rawText(node).replace(/\s+/g, ' '));
    return;
  }
  if (name === 'br') {
    s.buffer.push('\n');
    return;
  }
  if (name === 'a') {
    // A heading's link to itself (its permalink anchor) does not make it a teaser for another page:
    // WCXB dev articles 0.9562 -> 0.9563, all pages 0.8535 -> 0.8536, NAEB 0.9310 (35 pages, 27
    // higher, 8 lower by at most 0.023; counting no in-page link anywhere kept tables of contents:
    // 236 pages, 156 lower).
    const away = !(HEADINGS[owner.name] && node.attribs.href?.startsWith('#'));
    if (away) s.links++;
    walkChildren(node, s, owner, reason, depth);
    if (away) s.links--;
    return;
  }
  if (!BLOCK_TAGS.has(name)) {
    // A custom element ("bsp-carousel-read-more") is judged by its class as a block is, its own text
    // staying in the block around it: NAEB 0.9310 -> 0.9316 (a gallery's captions), WCXB dev
    // articles 0.9564 and all pages 0.8536 unchanged (3 pages, one lower by 0.04).
    const own = reason ?? (name.includes('-') ? elementReason(node, s) : undefined);
    walkChildren(node, s, owner, own, depth);
    return;
  }
  // A block element: what came before it is one block, its content is others.
  flush(s, 'paragraph', owner, reason);
  const own =
    reason === 'boilerplate' && articleInChrome(node) ? undefined : (reason ?? elementReason(node, s));
  const level = HEADINGS[name];
  if (level) {
    walkChildren(node, s, node, own, depth);
    flush(s, 'heading', node, own, level);
  } else if (name === 'ul' || name === 'ol' || name === 'dl') {
    walkList(node, s, own, depth);
  } else if (name === 'figcaption') {
    walkChildren(node, s, node, own, depth);
    flush(s, 'caption', node, own ?? 'caption');
  } else if (name === 'blockquote') {
    // A quote is one block, whatever paragraphs it is made of.
    const sub: State = {
      blocks: [],
      buffer: [],
      linkChars: 0,
      links: 0,
      pre: s.pre,
      headlinePath: s.headlinePath,
      page: s.page,
    };
    walkChildren(node, sub, node, own, depth);
    flush(sub, 'paragraph', node, own);
    const text = sub.blocks.map((b) => b.text).join('\n');
    if (text) {
      const block: RawBlock = {
        kind: 'quote',
        text,
        linkChars: sub.blocks.reduce((n, b) => n + b.linkChars, 0),
        owner: node,
      };
      if (own) block.reason = own;
      s.blocks.push(block);
    }
  } else if (name === 'pre') {
    s.pre++;
    walkChildren(node, s, node, own, depth);
    flush(s, 'paragraph', node, own);
    s.pre--;
  } else if (name === 'tr') {
    for (const cell of node.children) {
      walk(cell, s, node, own, depth + 1);
      s.buffer.push(' ');
    }
    flush(s, 'paragraph', node, own);
  } else {
    walkChildren(node, s, node, own, depth);
    flush(s, 'paragraph', node, own);
  }
}

/** Text a named content element inside chrome holds to be the article (see namedContent). */
const MIN_ARTICLE_IN_CHROME_CHARS = 1500;

const articleInChrome = (el: Element) =>
  namedContent(el) && textChars(el, MIN_ARTICLE_IN_CHROME_CHARS) >= MIN_ARTICLE_IN_CHROME_CHARS;

/** Why a block element outside any boilerplate is boilerplate itself, or undefined. */
function elementReason(el: Element, s: State): RemovedReason | undefined {
  if (CHROME_TAGS.has(el.name)) return 'boilerplate';
  return s.headlinePath.has(el) ? undefined : markupReason(el, s);
}

function markupReason(el: Element, s: State): RemovedReason | undefined {
  const verdict = boilerplateReason(el);
  if (verdict !== 'sidebar') return verdict;
  s.page.chars ??= textChars(s.page.root);
  const limit = SIDEBAR_MAX_SHARE * s.page.chars;
  return textChars(el, limit) > limit ? undefined : 'boilerplate';
}

/**
 * An item with a heading of its own above this much prose is read as blocks where it stands (see
 * walkList); a menu's items (a heading over a one-line blurb) stay lines of their list. At 120
 * characters WCXB dev articles gained less (0.95854 against 0.95860).
 */
const ITEM_PROSE_CHARS = 200;

/**
 * A list is one block, an item a line; items holding block content (paragraphs) still join up. An
 * item with a heading of its own (not a link: a product tile's title) above a paragraph of prose
 * ("<li><h3>1. Phoneography</h3><p>…</p></li>") is read as blocks where it stands, the list so far
 * one block before it: its heading moved below the list had lost its place (and, next to the other
 * items' headings, was dropped as heading nothing). WCXB dev articles 0.95842 -> 0.95860, all pages
 * 0.85621 -> 0.85636, NAEB 0.93302 -> 0.93309 (WCXB: 16 articles, 3 lower; with any heading, linked
 * or not, and any text, all pages lost 0.0017: product tiles and menus).
 */
function walkList(list: Element, s: State, reason: RemovedReason | undefined, depth: number) {
  let lines: string[] = [];
  let linkChars = 0;
  const nested: RawBlock[] = [];
  const flushList = () => {
    const text = lines.join('\n');
    if (text) {
      const block: RawBlock = { kind: 'list', text, linkChars, owner: list };
      if (reason) block.reason = reason;
      s.blocks.push(block);
    }
    lines = [];
    linkChars = 0;
  };
  for (const item of list.children) {
    if (!isElement(item)) continue;
    const sub: State = {
      blocks: [],
      buffer: [],
      linkChars: 0,
      links: 0,
      pre: 0,
      headlinePath: s.headlinePath,
      page: s.page,
    };
    walkChildren(item, sub, list, reason, depth + 1);
    flush(sub, 'paragraph', list, reason);
    // An item that is nothing but a heading is a line of the list all the same ("<li><h3>hemp</h3></li>"):
    // as headings, a list of them was dropped as headings heading nothing. WCXB dev articles 0.9530 ->
    // 0.9535, all pages 0.8513 -> 0.8514 (14 pages touched, 2 lower by more than 0.01), NAEB unchanged.
    const headingItem = sub.blocks.length === 1 && sub.blocks[0]!.kind === 'heading';
    if (
      !headingItem &&
      sub.blocks.some((b) => b.kind === 'heading' && b.reason === reason && b.linkChars === 0) &&
      sub.blocks.some((b) => b.kind === 'paragraph' && b.text.length - b.linkChars >= ITEM_PROSE_CHARS)
    ) {
      flushList();
      s.blocks.push(...sub.blocks);
      continue;
    }
    for (const b of sub.blocks) {
      if ((b.kind === 'heading' && !headingItem) || b.kind === 'caption' || b.reason !== reason)
        nested.push(b);
      else {
        lines.push(b.text);
        linkChars += b.linkChars;
      }
    }
  }
  flushList();
  s.blocks.push(...nested);
}
