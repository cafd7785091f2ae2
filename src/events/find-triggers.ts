/**
 * Event triggers in one sentence: verbs, phrases ("hold talks", "launch * air strike") and event
 * nouns ("its military withdrawal") from data/events/verbs.json, each with its CAMEO code, adjusted
 * for negation ("would not provide support" → a refusal) and intent ("wants to attack" → a threat).
 */
import type { Token } from '../doc/doc.js';
import { lemma, verbLemma, verbLexicon } from './event-lexicon.js';

export interface Trigger {
  start: number;
  end: number;
  /** Token indices (in the sentence's tokens) of the first and last word of the trigger. */
  first: number;
  last: number;
  cameo: string;
  /** "was released by", "were killed": the grammatical subject is the target. */
  passive: boolean;
  /** In a participle or relative clause ("…, killing eight people", "who had been arrested"). */
  secondary: boolean;
}

/** Phrase words that must follow the previous word directly ("call for", "fire at"). */
const PARTICLES = new Set([
  'for',
  'on',
  'at',
  'against',
  'down',
  'up',
  'off',
  'out',
  'into',
  'to',
  'fire',
  'part',
]);
const BE = new Set([
  'was',
  'were',
  'been',
  'being',
  'is',
  'are',
  'be',
  'got',
  'get',
  'remain',
  'remains',
  'remained',
]);
/** "after meeting Pope Francis": wink tags such gerunds as nouns. */
const GERUND_AFTER = new Set(['after', 'before', 'while', 'by', 'since', 'when', 'without']);
const NEGATION = /^(?:not|n't|never|no|refused|refuses|refuse|declined|declines|decline|failed)$/i;
const POSSESSIVE = /^(?:its|their|his|her|our|'s)$/i;
const VIOLENT_ROOTS = new Set(['18', '19', '20']);

let phraseIndex: Map<string, { words: string[]; cameo: string }[]> | undefined;

function phrases(): Map<string, { words: string[]; cameo: string }[]> {
  if (phraseIndex) return phraseIndex;
  phraseIndex = new Map();
  for (const [phrase, cameo] of Object.entries(verbLexicon().phrases)) {
    const words = phrase.split(' ');
    const list = phraseIndex.get(words[0] as string) ?? [];
    list.push({ words, cameo });
    phraseIndex.set(words[0] as string, list);
  }
  for (const list of phraseIndex.values()) list.sort((a, b) => b.words.length - a.words.length);
  return phraseIndex;
}

/** The index of the last token of `words` matched from token `i`, or -1. */
function matchPhrase(words: string[], lemmas: string[], tokens: readonly Token[], i: number): number {
  let at = i;
  for (const word of words.slice(1)) {
    const gap = PARTICLES.has(word) ? 0 : 3;
    let found = -1;
    for (let j = at + 1; j <= at + 1 + gap && j < tokens.length; j++) {
      if (lemmas[j] === word) {
        found = j;
        break;
      }
      if (['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(tokens[j]?.pos ?? '')) break;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

export function findTriggers(text: string, tokens: readonly Token[]): Trigger[] {
  const lex = verbLexicon();
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const lemmas = words.map((w) => lemma(w));
  const reporting = new Set(lex.reporting);
  const intent = new Set(lex.intent);
  const triggers: Trigger[] = [];
  const skipped: number[] = [];
  const isTrigger = (i: number) => triggers.some((t) => t.first <= i && i <= t.last);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = (words[i] ?? '').toLowerCase();
    let last = i;
    let cameo: string | undefined;
    for (const phrase of phrases().get(lemmas[i] ?? '') ?? []) {
      const end = matchPhrase(phrase.words, lemmas, tokens, i);
      if (end >= 0) {
        last = end;
        cameo = phrase.cameo;
        break;
      }
    }
    const participle = /(?:ed|en)$/.test(word) || lex.irregular[word] !== undefined;
    const previous = (words[i - 1] ?? '').toLowerCase();
    const passive = participle && (BE.has(previous) || BE.has((words[i - 2] ?? '').toLowerCase()));
    // "Iranian-backed", "Al Qaeda-linked": a verb glued to a name by a hyphen qualifies it.
    if (text[token.start - 1] === '-') continue;
    if (!cameo && !reporting.has(lemmas[i] ?? '')) {
      const gerund = token.pos === 'NOUN' && word.endsWith('ing') && GERUND_AFTER.has(previous);
      const verbLike = token.pos === 'VERB' || gerund || (passive && token.pos === 'ADJ');
      if (verbLike) cameo = lex.verbs[verbLemma(word) ?? ''];
      else if (
        token.pos === 'NOUN' &&
        (POSSESSIVE.test(previous) || ['PROPN', 'ADJ'].includes(tokens[i - 1]?.pos ?? ''))
      )
        cameo = lex.nouns[lemmas[i] ?? ''] ?? lex.nouns[word];
    }
    if (!cameo) continue;
    // "an effort to repatriate": an infinitive under a noun, or under another trigger, is no event of its own.
    let intended = false;
    // "to repatriate – and rehabilitate or prosecute": verbs coordinated with a skipped infinitive.
    const coordinated =
      /^(?:and|or)$/.test(previous) || /^(?:and|or)$/.test((words[i - 2] ?? '').toLowerCase());
    if (coordinated && skipped.some((k) => i - k <= 5)) {
      skipped.push(i);
      continue;
    }
    if (previous === 'to' && tokens[i - 1]?.pos === 'PART') {
      const head = tokens[i - 2];
      if (head?.pos !== 'VERB' || isTrigger(i - 2)) {
        skipped.push(i);
        continue;
      }
      intended = intent.has((words[i - 2] ?? '').toLowerCase()) || intent.has(lemmas[i - 2] ?? '');
    }
    for (let j = Math.max(0, i - 3); j < i; j++) {
      const before = (words[j] ?? '').toLowerCase();
      if (intent.has(before)) intended = true;
      if (NEGATION.test(before)) {
        const refusal = lex.negated[cameo.slice(0, 2)];
        cameo = refusal;
        break;
      }
    }
    if (!cameo) continue;
    if (intended && VIOLENT_ROOTS.has(cameo.slice(0, 2))) cameo = '138';
    const lastToken = tokens[last] as Token;
    const relative = words.slice(Math.max(0, i - 3), i).some((w) => /^(?:who|which|whom|whose)$/i.test(w));
    const participleClause =
      word.endsWith('ing') && (previous === ',' || ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? ''));
    const secondary = relative || participleClause || GERUND_AFTER.has(previous);
    triggers.push({ start: token.start, end: lastToken.end, first: i, last, cameo, passive, secondary });
    i = last;
  }
  return triggers;
}
