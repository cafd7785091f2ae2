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

const overlaps = (names: readonly NameSpan[], start: number, end: number) =>
  names.some((n) => n.start < end && start < n.end);

export function withTranscriptSpeakers(
  text: string,
  blocks: readonly { start: number; end: number }[],
  names: readonly NameSpan[],
): NameSpan[] {
  const labelled = speakerLabels(text, blocks);
  const added: NameSpan[] = [];
  for (const [label, count] of labelCounts(labelled)) {
    if (count < MIN_REPEATS || !isNameLike(label)) continue;
    const heads = labelled.filter((l) => l.label === label);
    if (heads.some((l) => overlaps(names, l.block.start, l.labelEnd))) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(word)) {
      const start = match.index;
      const end = start + label.length;
      if (!overlaps(names, start, end)) added.push({ start, end, type: 'PERSON' });
    }
  }
  return added.length === 0 ? [...names] : [...names, ...added].sort((a, b) => a.start - b.start);
}
