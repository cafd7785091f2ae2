/**
 * From the blocks of the chosen subtree to the article body: drop what is not article text, each
 * with its reason (boilerplate lines, link lists, credit lines, trailers), move figure captions and
 * photo/wire credits to their own fields.
 */
import { BOILERPLATE_TEXT, RELATED_LINE } from './boilerplate.js';
import type { RawBlock, RemovedReason } from './html-to-blocks.js';

export interface CleanBlock {
  kind: 'heading' | 'paragraph' | 'quote' | 'list';
  text: string;
}
export interface Cleaned {
  blocks: CleanBlock[];
  captions: { text: string; credit?: string }[];
  credits: string[];
  removed: { text: string; reason: RemovedReason }[];
}

/** A block whose text is more than this share link text is a link list (related stories, tags, menus). */
export const MAX_LINK_DENSITY = 0.6;
/** Headings more link than this are teasers ("<h3><a>Other story</a></h3>"). */
export const MAX_HEADING_LINK_DENSITY = 0.8;

const WIRES =
  /\b(AP|Associated Press|Reuters|AFP|Agence France-Presse|dpa|Bloomberg|UPI|EFE|ANSA|Xinhua|PA Media|Getty Images|EPA|Shutterstock)\b/;
const PHOTO_CREDIT =
  /\(((?:AP|Reuters|AFP|EPA|Getty Images|[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})(?: Photo)?\s*\/\s*[^)]{2,60}|(?:Photo|Image|Credit|Foto)s?:[^)]{2,60})\)\s*$/;
const CREDIT_LINE =
  /^((photo|image|picture|illustration|video|graphic|foto)s?( credit)?|credit)\s*[:/]\s*\S.{0,80}$/i;
const DATELINE_WIRE = /^[\p{Lu}][\p{Lu}\p{Lt} .,'-]{1,60}\((AP|Reuters|AFP|dpa|UPI|Bloomberg|EFE)\)\s*[—–-]/u;
const TRAILER =
  /^(©|\(c\)|copyright\b|all rights reserved|this (article|story) (was|has been|is) (originally |first )?(published|republished|updated)|(this material|the associated press) .{0,40}(may not be|contributed)|tags?:|filed under|topics?:|related topics|share this|follow .{0,40} on (twitter|facebook|x)\b)/i;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function wireOf(text: string): string | undefined {
  const m = WIRES.exec(text);
  if (!m) return undefined;
  return m[1] === 'Associated Press' ? 'AP' : m[1] === 'Agence France-Presse' ? 'AFP' : m[1];
}

export function cleanBlocks(raw: RawBlock[], title?: string): Cleaned {
  const out: Cleaned = { blocks: [], captions: [], credits: [], removed: [] };
  const credits = new Set<string>();
  const titleKey = title ? norm(title) : '';
  const drop = (text: string, reason: RemovedReason) => out.removed.push({ text, reason });
  for (const b of raw) {
    const text = b.text;
    if (b.kind === 'caption' || b.reason === 'caption') {
      const m = PHOTO_CREDIT.exec(text);
      const caption: { text: string; credit?: string } = { text: m ? text.slice(0, m.index).trim() : text };
      if (m) {
        caption.credit = m[1]!.trim();
        const w = wireOf(caption.credit);
        if (w) credits.add(w);
      }
      if (caption.text || caption.credit) out.captions.push(caption);
      drop(text, 'caption');
      continue;
    }
    if (b.reason) {
      drop(text, b.reason);
      continue;
    }
    if (b.kind === 'heading' && titleKey && norm(text) === titleKey) continue;
    const density = b.linkChars / Math.max(1, text.length);
    if (BOILERPLATE_TEXT.test(text)) drop(text, 'boilerplate');
    else if (RELATED_LINE.test(text) && (density > 0.2 || text.length < 120)) drop(text, 'related-links');
    else if (density > (b.kind === 'heading' ? MAX_HEADING_LINK_DENSITY : MAX_LINK_DENSITY))
      drop(text, 'related-links');
    else if (CREDIT_LINE.test(text) || (PHOTO_CREDIT.test(text) && text.length < 80)) {
      const w = wireOf(text);
      if (w) credits.add(w);
      drop(text, 'credit');
    } else {
      const last = out.blocks[out.blocks.length - 1];
      if (last && last.text === text) continue;
      out.blocks.push({ kind: b.kind, text });
    }
  }
  trimTrailer(out);
  const lead = out.blocks.find((b) => b.kind === 'paragraph');
  const dateline = lead && DATELINE_WIRE.exec(lead.text);
  if (dateline?.[1]) credits.add(dateline[1]);
  out.credits = [...credits];
  return out;
}

/** Copyright lines, tag lists and dangling headings at the end of the body. */
function trimTrailer(out: Cleaned) {
  for (;;) {
    const last = out.blocks[out.blocks.length - 1];
    if (!last) return;
    if (TRAILER.test(last.text) && last.text.length < 400)
      out.removed.push({ text: last.text, reason: 'trailer' });
    else if (last.kind === 'heading' && out.blocks.length > 1)
      out.removed.push({ text: last.text, reason: 'boilerplate' });
    else return;
    out.blocks.pop();
  }
}
