/**
 * A label that heads several paragraphs of a transcript or Q&A ("Asake: I felt excited …", "Asake:
 * It is a brilliant …") names the person speaking, even where the tagger did not read it as a name;
 * the same words elsewhere in the text ("Asake and Olamide") are that person too.
 */
import type { NameSpan } from '../doc/doc.js';
import { escapeRegExp } from '../resources/regex-alternation.js';
import { labelCounts, MIN_REPEATS, speakerLabels } from '../text/speaker-labels.js';
import { isRoleWord } from './role-phrases.js';

/** Labels of transcripts that name a part, not a person. */
const PARTS =
  /^(?:host|hosts|reporter|interviewer|moderator|audience|crowd|male|female|man|woman|unidentified|announcer|narrator|voice|voices|caller|guest|panelist|participant|speaker|student|teacher|doctor|patient|child|both|all|everyone|several|protester|protesters|officer)$/i;

const isNameLike = (label: string) =>
  label.split(/\s+/).every((word) => !PARTS.test(word) && !isRoleWord(word.replace(/\.$/, '')));

const overlapping = (names: readonly NameSpan[], start: number, end: number) =>
  names.filter((n) => n.start < end && start < n.end);

/**
 * The names with the transcript's speakers: a recurring name-like label that the tagger did not read as one
 * name is a person at each paragraph it heads, even where the tagger cut it up ("MARTINEZ-BELTRAN:" had
 * been a place and an organisation), and where it stands elsewhere untagged; the speaker's part after the name
 * ("SERGIO MARTINEZ-BELTRAN, BYLINE:") is no name.
 */
export function withTranscriptSpeakers(
  text: string,
  blocks: readonly { start: number; end: number }[],
  names: readonly NameSpan[],
): NameSpan[] {
  const labelled = speakerLabels(text, blocks);
  const dropped = new Set<NameSpan>();
  const added: NameSpan[] = [];
  for (const l of labelled)
    for (const n of overlapping(names, l.labelEnd, l.contentStart)) if (n.start >= l.labelEnd) dropped.add(n);
  for (const [label, count] of labelCounts(labelled)) {
    if (count < MIN_REPEATS || !isNameLike(label)) continue;
    const heads = new Set(labelled.filter((l) => l.label === label).map((l) => l.block.start));
    const exact = (start: number, end: number) => names.some((n) => n.start === start && n.end === end);
    // A label the tagger read as one name, of whatever type, is left as it read it.
    if ([...heads].some((start) => exact(start, start + label.length))) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(word)) {
      const start = match.index;
      const end = start + label.length;
      const found = overlapping(names, start, end);
      if (found.length > 0 && (!heads.has(start) || exact(start, end))) continue;
      for (const n of found) dropped.add(n);
      added.push({ start, end, type: 'PERSON' });
    }
  }
  if (added.length === 0 && dropped.size === 0) return [...names];
  return [...names.filter((n) => !dropped.has(n)), ...added].sort((a, b) => a.start - b.start);
}
