/**
 * Transcripts and Q&A interviews: paragraphs that open with a speaker's name and a colon ("Asake: I
 * felt excited …", "MADDOW: Senator, …"). The quotes read them as speech; the names stage reads a
 * label that recurs as a person's name the tagger may have missed.
 */
type Block = { start: number; end: number };

/**
 * One to four capitalised words, then a colon and the words spoken; a radio transcript adds the
 * speaker's part in capitals after a comma ("SERGIO MARTINEZ-BELTRAN, BYLINE:", "SACHA PFEIFFER, HOST:"),
 * which is no part of the name.
 */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const PART_AND_COLON = String.raw`(?:,\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2})?\s*:`;
const LABEL = new RegExp(String.raw`^(${NAME})${PART_AND_COLON}\s+(?=\S)`, 'u');
/** What follows the name in a speaker label: the part in capitals, if any, and the colon. */
export const LABEL_END = new RegExp(`^${PART_AND_COLON}`, 'u');
/** Labels that head notes, captions and links, not speech. */
const NOT_SPEAKERS =
  /^(?:note|notes|update|updated|editor'?s? note|editor’s note|correction|clarification|disclosure|photo|photos|image|video|watch|listen|read|read more|related|source|sources|credit|credits|warning|tags?|posted|published|by|q|a|question|answer|also|see also|subscribe|click here|more|advertisement|caption|file|location|date|time|where|when|what|who|why|how|price|cost|tickets|venue|address|phone|email|website|contact)$/i;
/** "Alternatively:", "Finally:": an adverb heads a list item, not a speech. */
const ADVERB = /^\p{Lu}\p{Ll}+ly$/u;
/** What a speaker says is sentences ("I felt excited."), not a title ("Xanadu Next (2005)"). */
const SPOKEN = /(?:^|\s)\p{Ll}.*[.!?…"”’]$/su;
/** Fewer words after the colon are a heading or a label, not a statement. */
export const MIN_WORDS = 3;
/** A label heads at least this many paragraphs before it counts as a speaker without a person's name. */
export const MIN_REPEATS = 2;

export interface SpeakerLabel {
  block: Block;
  label: string;
  labelEnd: number;
  contentStart: number;
  /** Whether the words after the label read as sentences, not as a title or a list item. */
  spoken: boolean;
}

/**
 * Whether `text.split(/\s+/)` has more than `limit` pieces, found without splitting: every paragraph
 * is asked whether it is a short heading, and most are long.
 */
export function moreWordsThan(text: string, limit: number): boolean {
  const space = /\s+/g;
  let pieces = 1;
  while (space.exec(text) !== null) if (++pieces > limit) return true;
  return false;
}

/** The paragraphs that open with a speaker label and say something after it. */
export function speakerLabels(text: string, blocks: readonly Block[]): SpeakerLabel[] {
  const labelled: SpeakerLabel[] = [];
  for (const block of blocks) {
    const match = LABEL.exec(text.slice(block.start, Math.min(block.end, block.start + 80)));
    if (!match || NOT_SPEAKERS.test(match[1]!) || ADVERB.test(match[1]!)) continue;
    const labelEnd = block.start + match[1]!.length;
    const contentStart = block.start + match[0].length;
    const content = text.slice(contentStart, block.end).trimEnd();
    if (!moreWordsThan(content, MIN_WORDS - 1)) continue;
    labelled.push({ block, label: match[1]!, labelEnd, contentStart, spoken: SPOKEN.test(content) });
  }
  return labelled;
}

/** How many paragraphs of sentences each label heads. */
export function labelCounts(labelled: readonly SpeakerLabel[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { label, spoken } of labelled) if (spoken) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}
