/**
 * Quotation marks as scraped and machine-translated text really has them: curly, straight and
 * guillemets mixed, facing the wrong way, or missing. Within each block the marks are paired
 * (alternating open/close; with an odd count, the one unpaired mark is the one whose removal leaves
 * the others agreeing best with their context). Marks that face the wrong way are turned round
 * (a one-character change, so offsets stay valid) and flagged; unpaired marks are flagged.
 */
import { type Doc, layer, type QuoteMark, withLayers } from '../doc/doc.js';
import type { Flag } from '../doc/record-schema.js';
import type { Stage } from '../pipeline/stage.js';

const DOUBLE_MARKS = /["“”„‟«»]/g;
const OPENING_GLYPHS = '“„«';
const CLOSING_GLYPHS = '”»';
const TURNED: Record<string, string> = { '“': '”', '”': '“', '«': '»', '»': '«', '„': '“' };

/** Positive: the context says the mark opens a quotation; negative: it closes one. */
function openingEvidence(text: string, at: number): number {
  const mark = text[at] ?? '';
  const before = text[at - 1];
  const after = text[at + 1];
  let score = OPENING_GLYPHS.includes(mark) ? 1 : CLOSING_GLYPHS.includes(mark) ? -1 : 0;
  const spaceBefore = before === undefined || /[\s([{—–-]/u.test(before);
  const spaceAfter = after === undefined || /[\s)\]},.;:!?]/u.test(after);
  if (spaceBefore && !spaceAfter) score += 2;
  if (!spaceBefore && spaceAfter) score -= 2;
  return score;
}

interface BlockMarks {
  positions: number[];
  roles: QuoteMark['role'][];
  /** Index (within the block) of the mark left unpaired, or -1. */
  unpaired: number;
}

function pairBlockMarks(text: string, positions: number[]): BlockMarks {
  const evidence = positions.map((at) => openingEvidence(text, at));
  const alternate = (from: number, to: number, roles: QuoteMark['role'][]) => {
    for (let i = from; i < to; i++) roles[i] = (i - from) % 2 === 0 ? 'open' : 'close';
  };
  if (positions.length % 2 === 0) {
    const roles: QuoteMark['role'][] = [];
    alternate(0, positions.length, roles);
    return { positions, roles, unpaired: -1 };
  }
  let best: BlockMarks | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < positions.length; k += 2) {
    const roles: QuoteMark['role'][] = [];
    alternate(0, k, roles);
    roles[k] = (evidence[k] ?? 0) >= 0 ? 'open' : 'close';
    alternate(k + 1, positions.length, roles);
    const score = roles.reduce((sum, role, i) => sum + (role === 'open' ? 1 : -1) * (evidence[i] ?? 0), 0);
    if (score > bestScore) {
      bestScore = score;
      best = { positions, roles, unpaired: k };
    }
  }
  return best ?? { positions, roles: [], unpaired: -1 };
}

/**
 * Straight marks nested in a curly quotation ("“… the shift from "application consumption" to …,”"):
 * quotation marks inside the quotation, not its ends. Left out of the pairing when the block's curly
 * marks pair up and the straight ones inside them do too; else every mark is paired as it comes.
 */
function withoutNestedStraightMarks(text: string, positions: number[]): number[] {
  let depth = 0;
  let opens = 0;
  let closes = 0;
  const nested: number[] = [];
  for (const at of positions) {
    const glyph = text[at] ?? '';
    if (OPENING_GLYPHS.includes(glyph)) {
      opens++;
      depth++;
    } else if (CLOSING_GLYPHS.includes(glyph)) {
      closes++;
      depth = Math.max(0, depth - 1);
    } else if (glyph === '"' && depth > 0) nested.push(at);
  }
  if (nested.length === 0 || nested.length % 2 !== 0 || opens !== closes) return positions;
  return positions.filter((at) => !nested.includes(at));
}

/** The positions of the double quotation marks of each block, found in one pass over the text. */
function marksByBlock(text: string, blocks: readonly { start: number; end: number }[]): number[][] {
  const byBlock: number[][] = blocks.map(() => []);
  let b = 0;
  for (const match of text.matchAll(DOUBLE_MARKS)) {
    while (b < blocks.length && blocks[b]!.end <= match.index) b++;
    if (b === blocks.length) break;
    if (blocks[b]!.start <= match.index) byBlock[b]!.push(match.index);
  }
  return byBlock;
}

/** The text with the marks at `positions` (ascending) turned to face the other way. */
function turnRound(text: string, positions: readonly number[]): string {
  if (positions.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const at of positions) {
    const glyph = text[at] ?? '';
    parts.push(text.slice(from, at), TURNED[glyph] ?? glyph);
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

export interface QuoteMarkRepair {
  text: string;
  marks: QuoteMark[];
  flags: Flag[];
}

/** Pairs the quotation marks of each block; with `rewrite`, turns wrongly facing marks round. */
export function repairQuoteMarks(
  text: string,
  blocks: readonly { start: number; end: number }[],
  rewrite: boolean,
): QuoteMarkRepair {
  const marks: QuoteMark[] = [];
  const flags: Flag[] = [];
  /** Positions of the marks to turn round, ascending. */
  const turned: number[] = [];
  const perBlock = marksByBlock(text, blocks).map((positions) =>
    pairBlockMarks(text, withoutNestedStraightMarks(text, positions)),
  );
  perBlock.forEach((paired, b) => {
    const base = marks.length;
    paired.positions.forEach((at, i) => {
      const role = paired.roles[i] ?? 'open';
      const pair = i === paired.unpaired ? -1 : role === 'open' ? base + i + 1 : base + i - 1;
      marks.push({ start: at, end: at + 1, role, pair });
      const glyph = text[at] ?? '';
      const facesWrongWay =
        (role === 'open' && CLOSING_GLYPHS.includes(glyph)) ||
        (role === 'close' && OPENING_GLYPHS.includes(glyph));
      if (facesWrongWay) {
        flags.push({
          code: 'quote-mark-reversed',
          message: `"${glyph}" is used as ${role === 'open' ? 'an opening' : 'a closing'} mark`,
          start: at,
          end: at + 1,
        });
        turned.push(at);
      }
    });
    if (paired.unpaired >= 0) {
      const at = paired.positions[paired.unpaired] ?? 0;
      const role = paired.roles[paired.unpaired];
      const nextBlockOpens = perBlock[b + 1]?.roles[0] === 'open' && role === 'open';
      // News style leaves a quote open at a paragraph end when the next paragraph continues it.
      if (!nextBlockOpens) {
        flags.push({
          code: 'quote-mark-unbalanced',
          message:
            role === 'open'
              ? 'this opening quotation mark has no closing mark in its paragraph'
              : 'this closing quotation mark has no opening mark in its paragraph',
          start: at,
          end: at + 1,
        });
      }
    }
  });
  return { text: rewrite ? turnRound(text, turned) : text, marks, flags };
}

export const repairQuoteMarksStage: Stage = {
  name: 'repair-quote-marks',
  reads: ['blocks'],
  adds: ['quoteMarks', 'flags'],
  run(doc: Doc, options) {
    const repair = repairQuoteMarks(doc.text, layer(doc, 'blocks'), !options.raw);
    const repaired = { ...doc, text: repair.text };
    return withLayers(repaired, {
      quoteMarks: repair.marks,
      flags: [...(doc.layers.flags ?? []), ...repair.flags],
    });
  },
};
