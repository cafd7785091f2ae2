/**
 * The article as a script-rendered page's app state holds it: a Next.js page ships its data in a
 * `<script id="__NEXT_DATA__">` JSON, and CMSs that store stories as rich text (Contentful,
 * Bloomberg's, ProseMirror-style editors) put the body there as a tree of typed nodes:
 * `{type|nodeType: "document", content: [{type: "paragraph", content: [{type: "text", value}]}]}`.
 * Some such pages render only the first paragraphs in HTML (a paywall, a lazy-loaded rest).
 */
import { MAX_WALK_DEPTH } from './limits.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** Node types of a rich-text document that are text of the story (not ads, embeds, media, asides or footnotes). */
const TEXT_BLOCK =
  /^(paragraph|heading(-\d)?|blockquote|quote|(un)?ordered-list|bullet-list|list(-item)?|listItem)$/;

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const typeOf = (o: JsonObject) => {
  const t = o.type ?? o.nodeType;
  return typeof t === 'string' ? t : undefined;
};

/** The text of one node: its text leaves in order, list items and nested blocks on lines of their own. */
function textOf(node: Json, depth: number): string {
  if (!isObject(node) || depth > MAX_WALK_DEPTH) return '';
  if (typeOf(node) === 'text') return typeof node.value === 'string' ? node.value : '';
  const content = node.content;
  if (!Array.isArray(content)) return '';
  return content
    .map((child) => {
      const text = textOf(child, depth + 1);
      return isObject(child) && TEXT_BLOCK.test(typeOf(child) ?? '') ? `${text}\n` : text;
    })
    .join('');
}

/** The paragraphs of the longest rich-text document in `json` (a page's app state), or undefined. */
export function appStateBody(json: string): string | undefined {
  let data: Json;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  let best: string | undefined;
  // Iterative, with the depth carried: app state can nest deeper than the call stack allows.
  const stack: [Json, number][] = [[data, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_WALK_DEPTH) continue;
    if (Array.isArray(node)) {
      for (const v of node) if (typeof v === 'object' && v) stack.push([v, depth + 1]);
      continue;
    }
    if (!isObject(node)) continue;
    if (typeOf(node) === 'document' && Array.isArray(node.content)) {
      const text = node.content
        .filter((b) => isObject(b) && TEXT_BLOCK.test(typeOf(b) ?? ''))
        .map((b) =>
          textOf(b, depth + 1)
            .replace(/[ \t]+/g, ' ')
            .trim(),
        )
        .filter(Boolean)
        .join('\n\n');
      if (text.length > (best?.length ?? 0)) best = text;
      continue;
    }
    for (const v of Object.values(node)) if (typeof v === 'object' && v) stack.push([v, depth + 1]);
  }
  return best;
}
