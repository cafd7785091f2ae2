/**
 * Pick the subtree that holds the article: every block votes for its ancestors with the length of
 * its non-link text beyond a short-line allowance (menus, teasers and bylines are short lines and
 * barely vote), then we descend from the top while one child holds a dominant share of the votes.
 */
import type { AnyNode, Element } from './dom.js';
import type { RawBlock } from './html-to-blocks.js';

/** Non-link characters a block needs before it votes: navigation and teaser lines stay under it. */
export const SHORT_LINE_ALLOWANCE = 30;
/**
 * Descend into a child while it holds this share of its parent's votes. Below 1 so that a stray
 * widget beside the article does not stop the descent; high enough that an article split across
 * sibling containers (text, ad, more text) keeps its common parent.
 */
export const DOMINANT_SHARE = 0.8;
/** An <article> holding this share of the votes counts as one of several stories on the page. */
const MIN_ARTICLE_SHARE = 0.05;
/** ...when together the <article>s hold this share of the votes. */
const ARTICLES_COVER = 0.8;
/** Climbing from a block to the top stops after this many ancestors (pathological nesting). */
const MAX_CLIMB = 2000;

/**
 * Elements that are one piece of the text, not a container of it: the descent stops at their parent,
 * so that a long list or quote does not leave out the paragraphs beside it (an article that is an
 * intro and a long numbered list). WCXB dev articles 0.9571 -> 0.9574, all pages 0.8545 -> 0.8559
 * (39 pages, 15 lower), NAEB unchanged.
 */
const CONTENT_ELEMENTS = new Set(['p', 'ul', 'ol', 'dl', 'blockquote', 'table', 'pre']);

export interface Selection {
  root: AnyNode | undefined;
  /** Blocks inside the root, in reading order. */
  blocks: RawBlock[];
}

function votes(block: RawBlock, relaxed: boolean): number {
  if (block.reason && !relaxed) return 0;
  if (block.kind === 'caption' || block.kind === 'heading') return 0;
  const ownChars = block.text.length - block.linkChars;
  return Math.max(0, ownChars - SHORT_LINE_ALLOWANCE);
}

export function selectMainContent(blocks: RawBlock[], relaxed = false, title?: string): Selection {
  const score = new Map<AnyNode, number>();
  let top: AnyNode | undefined;
  for (const block of blocks) {
    const v = votes(block, relaxed);
    if (!v) continue;
    let node: AnyNode | null = block.owner;
    for (let i = 0; node && i < MAX_CLIMB; i++, node = node.parent) {
      score.set(node, (score.get(node) ?? 0) + v);
      if (!node.parent) top = node;
    }
  }
  if (!top) return { root: undefined, blocks: [] };
  let root: AnyNode = top;
  for (;;) {
    const total = score.get(root) ?? 0;
    if (!('children' in root)) break;
    let best: AnyNode | undefined;
    let bestScore = 0;
    for (const child of root.children) {
      const s = score.get(child) ?? 0;
      if (s > bestScore) {
        best = child;
        bestScore = s;
      }
    }
    if (
      !best ||
      bestScore < DOMINANT_SHARE * total ||
      (best.type === 'tag' && CONTENT_ELEMENTS.has(best.name))
    )
      break;
    root = best;
  }
  root = storyOfSeveral(root, score, blocks, title);
  const chosen = blocksWithin(blocks, root);
  return { root, blocks: [...leadIn(blocks, chosen, root, relaxed), ...chosen] };
}

/** A paragraph read back above the chosen subtree is prose of its own: this long, few links. */
const LEAD_IN_CHARS = 150;
const LEAD_IN_MAX_LINK_SHARE = 0.2;
/** ...in a container beside the root's: they share an ancestor at most this many levels above the root. */
const LEAD_IN_LEVELS = 4;

/**
 * The paragraphs of prose right above the chosen subtree, in a container beside it (an intro set
 * apart from the body's container, a page builder's widget per section): read back from the first
 * chosen block while blocks are paragraphs of prose, not boilerplate, near the root. WCXB dev
 * articles 0.9574 -> 0.9579, all pages 0.8559 -> 0.8563 (37 pages, 8 lower), NAEB 0.9320 -> 0.9322
 * (11 pages, 5 lower: a photo caption or an affiliate note above the story). Paragraphs of 250
 * characters or more: 0.9577; two levels: 0.9577.
 */
function leadIn(blocks: RawBlock[], chosen: RawBlock[], root: AnyNode, relaxed: boolean): RawBlock[] {
  const first = chosen[0];
  if (!first) return [];
  let i = blocks.indexOf(first);
  const near = new Set<AnyNode>();
  let n: AnyNode | null = root.parent;
  for (let k = 0; n && k < LEAD_IN_LEVELS; k++, n = n.parent) near.add(n);
  const lead: RawBlock[] = [];
  for (i--; i >= 0; i--) {
    const b = blocks[i]!;
    if (
      (b.reason && !relaxed) ||
      b.kind !== 'paragraph' ||
      b.text.length < LEAD_IN_CHARS ||
      b.linkChars > LEAD_IN_MAX_LINK_SHARE * b.text.length
    )
      break;
    let shared = false;
    for (let a: AnyNode | null = b.owner; a; a = a.parent)
      if (near.has(a)) {
        shared = true;
        break;
      }
    if (!shared) break;
    lead.unshift(b);
  }
  return lead;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A page that runs several stories one after the other (infinite scroll, a live blog's cards,
 * "next article" loaded below) puts each in its own <article>, and their common parent wins the
 * vote. The page's own story is the one headed by the page's title. (Without such a heading the
 * <article>s are more likely parts of one page: forum posts, list items, tabs.)
 */
function storyOfSeveral(
  root: AnyNode,
  score: Map<AnyNode, number>,
  blocks: RawBlock[],
  title: string | undefined,
): AnyNode {
  const total = score.get(root) ?? 0;
  if (!total) return root;
  const articles: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      const s = score.get(child) ?? 0;
      if (!s) continue;
      if (child.type === 'tag' && child.name === 'article') {
        if (s >= MIN_ARTICLE_SHARE * total) articles.push(child);
      } else stack.push(child);
    }
  }
  // Only when the stories are the content: an article with comments or notes as <article>s beside
  // a body outside them keeps its root.
  const covered = articles.reduce((n, a) => n + (score.get(a) ?? 0), 0);
  if (articles.length < 2 || covered < ARTICLES_COVER * total) return root;
  // Document order: the stack pops children left to right, so `articles` is already in order.
  const key = title ? norm(title) : '';
  const headed =
    key &&
    articles.find((a) =>
      blocksWithin(
        blocks.filter((b) => b.kind === 'heading'),
        a,
      ).some((b) => norm(b.text) === key),
    );
  return headed || root;
}

export function blocksWithin(blocks: RawBlock[], root: AnyNode): RawBlock[] {
  const inside = new Map<AnyNode, boolean>();
  const isInside = (owner: Element): boolean => {
    const path: AnyNode[] = [];
    let result = false;
    for (let node: AnyNode | null = owner; node; node = node.parent) {
      const known = inside.get(node);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (node === root) {
        result = true;
        break;
      }
      path.push(node);
    }
    for (const n of path) inside.set(n, result);
    return result;
  };
  return blocks.filter((b) => isInside(b.owner));
}
