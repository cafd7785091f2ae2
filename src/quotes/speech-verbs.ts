/** The reporting-verb lexicon (data/speech-verbs.json), expanded to every inflected form. */
import { readDataFile } from '../resources/read-data-file.js';

interface SpeechVerbData {
  lemmas: string[];
  irregular: Record<string, string[]>;
}

let forms: Set<string> | undefined;

function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, third, `${stem}ed`, `${stem}ing`];
}

/** True for any form of a reporting verb: "said", "warns", "underlined", "proposing". */
export function isSpeechVerb(word: string): boolean {
  if (!forms) {
    const data = readDataFile<SpeechVerbData>('speech-verbs.json');
    forms = new Set();
    for (const lemma of data.lemmas) {
      for (const form of data.irregular[lemma] ?? inflect(lemma)) forms.add(form);
      forms.add(lemma);
    }
  }
  return forms.has(word.toLowerCase());
}
