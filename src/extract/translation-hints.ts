/**
 * Signs that an article was machine-translated, as scrapers re-publish wire copy: capitalised common
 * words in mid-sentence ("despite his defeat, Elements of"), sentences run together without a space
 * ("sovereignty.Di Maio"), a period inside a sentence ("the problem. as a whole"), repeated words
 * ("Europe and Europe"), and quotation marks turned the wrong way. Two kinds of signs make it probable.
 */
import { type Doc, layer, withLayers } from '../doc/doc.js';
import type { Flag } from '../doc/record-schema.js';
import { isRoleWord } from '../entities/role-phrases.js';
import type { Stage } from '../pipeline/stage.js';

const SIGNS: { code: string; pattern: RegExp }[] = [
  { code: 'capitalised-word-mid-sentence', pattern: /[,;]\s+([A-Z][a-z]{3,})\s+(?:of|the|to|that|in)\b/g },
  { code: 'missing-space-after-sentence', pattern: /[a-z]{2}[.!?][A-Z][a-z]/g },
  { code: 'period-inside-sentence', pattern: /[a-z]{3}\. [a-z]{2,}\b/g },
  { code: 'repeated-phrase', pattern: /\b([A-Z][a-z]+) and \1\b(?!\s+[A-Z])/g },
];

export function translationSigns(text: string, reversedQuoteMarks: number) {
  const signals: string[] = [];
  const flags: Flag[] = [];
  for (const { code, pattern } of SIGNS) {
    // "Rania Al Abdullah, Queen of Jordan": a title after a name is written with a capital.
    const matches = [...text.matchAll(pattern)].filter((m) => !(m[1] && isRoleWord(m[1])));
    if (matches.length === 0) continue;
    signals.push(code);
    for (const match of matches.slice(0, 5)) {
      flags.push({
        code: 'machine-translation-sign',
        message: `${code.replace(/-/g, ' ')}: "${match[0]}"`,
        start: match.index,
        end: match.index + match[0].length,
      });
    }
  }
  if (reversedQuoteMarks >= 2) signals.push('reversed-quotation-marks');
  return { probable: signals.length >= 2, signals, flags };
}

export const translationHintsStage: Stage = {
  name: 'translation-hints',
  reads: ['flags'],
  adds: ['flags'],
  run(doc: Doc) {
    const flags = layer(doc, 'flags');
    const reversed = flags.filter((f) => f.code === 'quote-mark-reversed').length;
    const hints = translationSigns(doc.text, reversed);
    const summary: Flag[] = hints.probable
      ? [
          {
            code: 'probable-machine-translation',
            message: `signs of machine translation: ${hints.signals.join(', ')}`,
          },
        ]
      : [];
    return withLayers(
      doc,
      { flags: [...flags, ...summary, ...hints.flags] },
      {
        translation: { probable: hints.probable, signals: hints.signals },
      },
    );
  },
};
