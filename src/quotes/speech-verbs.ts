/**
 * The reporting-cue lexicon (data/speech-verbs.json), expanded to every inflected form and indexed by
 * form: which lemma a word is, and whether it reports speech, a belief or intention, or cues only a
 * marked quotation.
 */
import { readDataFile } from '../resources/read-data-file.js';

interface SpeechVerbData {
  lemmas: string[];
  cognition: string[];
  markedOnly: string[];
  recipient: string[];
  clauseOnly: string[];
  complementOnly: string[];
  noInfinitive: string[];
  objectOnly: string[];
  particles: Record<string, string[]>;
  irregular: Record<string, string[]>;
  phrases: string[];
}

export type CueClass = 'speech' | 'cognition' | 'marked';

interface Lexicon {
  classOf: Map<string, CueClass>;
  lemmaOf: Map<string, string>;
  recipient: Set<string>;
  clauseOnly: Set<string>;
  complementOnly: Set<string>;
  noInfinitive: Set<string>;
  objectOnly: Set<string>;
  particles: Record<string, string[]>;
}

let lexicon: Lexicon | undefined;

/** Participles that work as prepositions, not cues: "policies regarding migrants", "considering the cost". */
const PREPOSITIONS = ['regarding', 'concerning', 'considering'];

function inflect(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(?:s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  return [lemma, third, past, `${stem}ing`];
}

function load(): Lexicon {
  const data = readDataFile<SpeechVerbData>('speech-verbs.json');
  const classOf = new Map<string, CueClass>();
  const lemmaOf = new Map<string, string>();
  const add = (lemmas: string[], cls: CueClass) => {
    for (const lemma of lemmas) {
      for (const form of [lemma, ...(data.irregular[lemma] ?? inflect(lemma))]) {
        if (!classOf.has(form)) classOf.set(form, cls);
        if (!lemmaOf.has(form)) lemmaOf.set(form, lemma);
      }
    }
  };
  add(data.lemmas, 'speech');
  add(data.cognition, 'cognition');
  add(data.markedOnly, 'marked');
  for (const form of PREPOSITIONS) classOf.delete(form);
  return {
    classOf,
    lemmaOf,
    recipient: new Set(data.recipient),
    clauseOnly: new Set(data.clauseOnly),
    complementOnly: new Set(data.complementOnly),
    noInfinitive: new Set(data.noInfinitive),
    objectOnly: new Set(data.objectOnly),
    particles: data.particles,
  };
}

function lex(): Lexicon {
  lexicon ??= load();
  return lexicon;
}

/** The cue class of a word form, if it is a reporting verb. */
export function cueClass(word: string): CueClass | undefined {
  return lex().classOf.get(word.toLowerCase());
}

/** True for any form of a reporting verb: "said", "warns", "underlined", "proposing". */
export function isSpeechVerb(word: string): boolean {
  return cueClass(word) !== undefined;
}

export function lemmaOf(word: string): string | undefined {
  return lex().lemmaOf.get(word.toLowerCase());
}

function lemmaIn(
  word: string,
  list: 'recipient' | 'clauseOnly' | 'complementOnly' | 'noInfinitive' | 'objectOnly',
): boolean {
  const lemma = lemmaOf(word);
  return lemma !== undefined && lex()[list].has(lemma);
}

/** Verbs whose object is the person addressed: "told reporters that …". */
export function takesRecipient(word: string): boolean {
  return lemmaIn(word, 'recipient');
}

/** Speech verbs whose plain object is not what was said: "maintained a majority". */
export function takesClauseOnly(word: string): boolean {
  return lemmaIn(word, 'clauseOnly');
}

/** Speech verbs whose plain object is speech only with a complement: "called the plan a disaster". */
export function takesComplementOnly(word: string): boolean {
  return lemmaIn(word, 'complementOnly');
}

/** Cues whose "to" never opens what was said: "spoke to reporters", "the customers we spoke to say". */
export function takesNoInfinitive(word: string): boolean {
  return lemmaIn(word, 'noInfinitive');
}

/** Cues whose content follows them, never a clause before them: ", Twitter had refused." reports nothing. */
export function takesObjectOnly(word: string): boolean {
  return lemmaIn(word, 'objectOnly');
}

/** Particles that belong to the cue after this verb: "called for", "pointed out". */
export function cueParticles(word: string): readonly string[] {
  const lemma = lemmaOf(word);
  return (lemma && lex().particles[lemma]) || [];
}
