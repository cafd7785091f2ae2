/**
 * Pronouns to their antecedents. First and second person: every "I/me/my" of a document is one speaker,
 * every "we/us/our" one group, every "you" one addressee (news quotes and interviews mostly keep one
 * voice); in a dialogue (interview, conversation) "you" and "I" are taken as one person, the one answering
 * (splitting "I" by turn, alternately, measured worse on GUM train and dev; so did splitting "I" and "you"
 * by the parity of the turn, and keeping first persons inside quotation marks apart; even GUM's own speaker
 * of each turn, which the text does not give, would only lift dev 56.8 -> 57.2: see models/coref.md). Third person: the candidates are the mentions before the pronoun in its sentence and in the
 * sentences before it (at most MAX_SENTENCES back), read sentence by sentence from the nearest, each
 * sentence from left to right (so subjects come first, as in Hobbs' and the Stanford sieve's search);
 * the first candidate whose cluster agrees in number, gender and animacy wins, except that in the pronoun's
 * own sentence a cluster the same pronoun already continues ("it … it") goes first. An object pronoun skips
 * the mentions of its own clause ("Poisson asked him").
 */
import { LABEL_END } from '../../text/speaker-labels.js';
import type { Clusters } from './clusters.js';
import { pronounInfo } from './coref-lexicon.js';
import type { CorefMention } from './coref-mention.js';
import { pairFeatures } from './pronoun-features.js';
import { pairScore, pronounModel } from './pronoun-model.js';
import type { SieveContext } from './sieve-context.js';

const MAX_SENTENCES = 3;
/**
 * How far back "he" / "she" look when no agreeing candidate is in the MAX_SENTENCES window (a person named
 * a paragraph before): GUM train 58.86 -> 58.96, dev 59.77 -> 59.76 (after the "it" subject preference,
 * shipped singleton filter).
 */
const MAX_SENTENCES_PERSON = 10;
/** Candidates the learned ranker scores, nearest first. */
export const MAX_CANDIDATES = 30;
const PERSON_LIKE = new Set(['person', 'animal']);
/** Semantic classes no third-person pronoun refers to here: times, and reference markers ("[17]"). */
const NO_ANTECEDENT = new Set(['time', 'citation', 'clause']);

/** Offsets where the paragraphs of a text start (paragraphs are separated by blank lines). */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n[ \t]*\n\s*/g)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

/** Paragraphs a text needs, and the share of them ending in a question, to read as a dialogue. */
const DIALOGUE_MIN_PARAGRAPHS = 8;
const DIALOGUE_MIN_QUESTIONS = 0.1;

/**
 * An interview or a conversation: many paragraphs (turns), a tenth or more of them questions. GUM train:
 * conversations, interviews, podcasts and multi-voice vlogs pass; speeches, letters, essays, how-tos and
 * most fiction do not.
 */
export function isDialogue(text: string): boolean {
  const starts = paragraphStarts(text);
  const paragraphs = starts
    .map((s, k) => text.slice(s, starts[k + 1] ?? text.length).trim())
    .filter((p) => p.length > 0);
  const questions = paragraphs.filter((p) => /\?["”’)]*$/.test(p)).length;
  return (
    paragraphs.length >= DIALOGUE_MIN_PARAGRAPHS && questions / paragraphs.length >= DIALOGUE_MIN_QUESTIONS
  );
}

export function firstPersonSieve(context: SieveContext): void {
  const first = new Map<string, number>();
  // In a dialogue, "you" is mostly the one who answers with "I" (the interviewee, the other speaker).
  const dialogue = isDialogue(context.text);
  context.mentions.forEach((m, i) => {
    if (m.kind !== 'pronoun' || m.person === 3) return;
    const key = dialogue && m.person === 2 ? '1 sg' : `${m.person} ${m.person === 2 ? '' : m.number}`;
    const known = first.get(key);
    if (known === undefined) first.set(key, i);
    else context.clusters.union(known, i);
  });
}

/** Whether the cluster of mention `j` can be what the pronoun `p` refers to. */
function agrees(p: CorefMention, clusters: Clusters, j: number): boolean {
  const a = clusters.of(j);
  const antecedent = clusters.mentions[j]!;
  if (antecedent.kind === 'pronoun' && antecedent.person !== 3) return false;
  if (a.semantics.has('clause')) return false; // an extraposed "it" and its clause
  if (antecedent.type === 'NORP' || antecedent.semantic === 'time') return false;
  const personLike = [...a.semantics].some((s) => PERSON_LIKE.has(s));
  const thingLike = [...a.semantics].some((s) => !PERSON_LIKE.has(s) && s !== 'organization');
  if (p.gender === 'm' || p.gender === 'f') {
    if (!personLike || a.genders.has(p.gender === 'm' ? 'f' : 'm') || a.genders.has('n')) return false;
    return !a.numbers.has('pl');
  }
  if (p.gender === 'n') {
    if (personLike && !thingLike) return false;
    if (a.genders.has('m') || a.genders.has('f')) return false;
    return !a.numbers.has('pl');
  }
  // they / them / their: plural, or an organisation, but not one with a name and nothing plural in its
  // cluster ("Scientology officials have stated they…", "Ubisoft … their latest games": on GUM train 12 such
  // links right, 47 wrong).
  if (a.names > 0 && !a.numbers.has('pl')) return false;
  return a.numbers.has('pl') || a.semantics.has('organization');
}

/**
 * "With his counterpart X, he…": a subject pronoun after a sentence-opening adverbial clause or phrase
 * does not refer to the names inside it; they are tried last, after the sentences before.
 */
const OPENING =
  /^(?:with|after|before|for|in|at|during|despite|unlike|like|as|on|from|by|while|when|although|though|if|since|because|once|upon|following|alongside)\b/i;
/**
 * "When governments collect the increase …, they are able to …": after an opening subordinate clause the
 * subject pronoun mostly refers to that clause's subject, so its mentions are not deferred (GUM train 60.00
 * -> 60.03, 2-fold 58.01 / 58.94 -> 58.01 / 58.98).
 */
const OPENING_CONJUNCTION = /^(?:while|when|although|though|if|since|because|once|as)\b/i;
const SUBJECT = new Set(['he', 'she', 'they', 'it']);
/** Third-person object pronouns ("her" only where no noun phrase starts with it: not "her family"). */
const OBJECT = new Set(['him', 'her', 'them']);
/** What ends a clause between a subject and an object pronoun: punctuation, conjunctions, "to" of an infinitive. */
const CLAUSE_BREAK =
  /[,;:()"“”—–]|\b(?:that|who|whom|whose|which|when|where|while|because|and|but|or|if|as|after|before|until|since|so|to)\b/i;

/** Earlier mentions a third-person pronoun may refer to, in the rule search order (nearest sentence first). */
export function pronounCandidates(
  context: SieveContext,
  i: number,
  sentenceStart: Map<number, number>,
  maxSentences = MAX_SENTENCES,
): number[] {
  const { mentions, text, sentences } = context;
  const p = mentions[i]!;
  const inOpening = (candidate: CorefMention) => {
    if (!SUBJECT.has(p.head)) return false;
    const start = sentences[p.sentence]?.start ?? 0;
    const opening = text.slice(start, start + 12);
    return (
      OPENING.test(opening) &&
      !OPENING_CONJUNCTION.test(opening) &&
      text.slice(candidate.end, p.start).includes(',')
    );
  };
  // "Poisson asked him", "the Tsar employed him": an object pronoun is not its own clause's subject
  // (binding theory's principle B); "himself" would be.
  const isObject = OBJECT.has(p.head) && !(mentions[i - 1]?.start === p.start);
  const clauseMate = (candidate: CorefMention) =>
    isObject && candidate.sentence === p.sentence && !CLAUSE_BREAK.test(text.slice(candidate.end, p.start));
  const order: number[] = [];
  const deferred: number[] = [];
  for (let s = p.sentence; s >= 0 && p.sentence - s <= maxSentences; s--) {
    const from = sentenceStart.get(s);
    if (from === undefined) continue;
    // "Asked about Trump's comments, McConnell pointed out …": in an earlier sentence, the mentions of a
    // participial opening phrase come after the rest of that sentence's.
    const openingEnd = s < p.sentence ? participialOpeningEnd(text, sentences[s]) : -1;
    const later: number[] = [];
    for (let j = from; j < mentions.length && mentions[j]!.sentence === s; j++) {
      const candidate = mentions[j]!;
      if (candidate.start >= p.start) break;
      if (candidate.end > p.start) continue; // "his" inside "his counterpart"
      if (candidate.type === 'NORP' || NO_ANTECEDENT.has(candidate.semantic)) continue;
      if (candidate.kind === 'pronoun' && (candidate.person !== 3 || candidate.demonstrative)) continue;
      if (clauseMate(candidate)) continue;
      if (ownedByAgreeing(text, p, candidate)) continue;
      if (isSpeakerLabel(text, candidate)) continue;
      if (s === p.sentence && inOpening(candidate)) deferred.push(j);
      else if (candidate.end <= openingEnd) later.push(j);
      else order.push(j);
    }
    order.push(...later);
  }
  return [...order, ...deferred];
}

/** Where a sentence's opening participial phrase ends (its comma): "Asked about X, …", "Speaking to Y, …"; else -1. */
function participialOpeningEnd(text: string, sentence: { start: number; end: number } | undefined): number {
  if (!sentence) return -1;
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200));
  if (!/^\p{Lu}\p{Ll}+(?:ed|ing)\b/u.test(head)) return -1;
  const comma = head.indexOf(',');
  return comma < 0 ? -1 : sentence.start + comma;
}

/**
 * A name at the start of a line followed by a colon (and a part in capitals: ", BYLINE:").
 * "MARTINEZ-BELTRAN: Most people here are educators, like Rosie Curts. She says …": a transcript's speaker
 * label names who speaks the paragraph, who would say "I"; "she" and "he" in it are someone else.
 */
const isSpeakerLabel = (text: string, m: CorefMention) =>
  (m.start === 0 || text[m.start - 1] === '\n') && LABEL_END.test(text.slice(m.end, m.end + 40));

/** "its path" for "it", "her mom" for "she": a phrase owned by a pronoun like this one is what that pronoun's referent has. */
function ownedByAgreeing(text: string, p: CorefMention, candidate: CorefMention): boolean {
  if (candidate.kind !== 'nominal' || candidate.determiner !== 'possessive') return false;
  const owner = pronounInfo(/^\S+/.exec(text.slice(candidate.start, candidate.end))?.[0] ?? '');
  return owner !== undefined && owner.person === 3 && owner.gender === p.gender && owner.number === p.number;
}

/**
 * "it", "they" and their forms reach a common-noun phrase in the pronoun's sentence or the one before, not
 * further: two sentences back such links were right 18% of the time for "it" and 7% for "they" on GUM
 * train (train 55.3 -> 55.4, dev 56.6 -> 56.7, both without the singleton filter). "He" and "she" keep
 * the whole window (their links to names and pronouns are right nine times in ten).
 */
function tooFar(p: CorefMention, candidate: CorefMention): boolean {
  return (
    p.gender !== 'm' &&
    p.gender !== 'f' &&
    candidate.kind === 'nominal' &&
    p.sentence - candidate.sentence >= 2
  );
}

/** The cluster of mention `j` holds, before pronoun `i`, the same pronoun ("it" … "it"). */
function continues(context: SieveContext, j: number, i: number): boolean {
  const { mentions, clusters } = context;
  const p = mentions[i]!;
  for (let k = 0; k < i; k++) {
    const m = mentions[k]!;
    if (m.kind === 'pronoun' && m.head === p.head && clusters.same(k, j)) return true;
  }
  return false;
}

/** A mention followed by a verb (adverbs between) and not preceded by a preposition: a clause's subject, roughly. */
function isSubject(context: SieveContext, m: CorefMention): boolean {
  const { tokens } = context;
  let k = m.token;
  while (k < tokens.length && tokens[k]!.start < m.end) k++;
  while (tokens[k]?.pos === 'ADV') k++;
  const next = tokens[k]?.pos;
  return (next === 'VERB' || next === 'AUX') && tokens[m.token - 1]?.pos !== 'ADP';
}

/**
 * Centering's preference for subjects, for "it": within the pronoun's sentence and the one before, the
 * subjects (own sentence, then the previous one) come before the other mentions, which keep their order
 * ("The drink was popular … we've served it"). GUM train: "it" links right 718 -> 737 of 1,475; for
 * "he/she" and "they" the same order measured flat or lower (train 58.84 -> 58.84, dev 59.73 -> 59.69
 * for all pronouns).
 */
function subjectsFirst(context: SieveContext, p: CorefMention, agreeing: number[]): number[] {
  const { mentions } = context;
  const near = (j: number) => p.sentence - mentions[j]!.sentence <= 1;
  const subjects = agreeing.filter((j) => near(j) && isSubject(context, mentions[j]!));
  const rest = agreeing.filter((j) => !subjects.includes(j));
  return [...subjects, ...rest];
}

export const firstMentionOfSentence = (mentions: readonly CorefMention[]): Map<number, number> => {
  const starts = new Map<number, number>();
  mentions.forEach((m, i) => {
    if (!starts.has(m.sentence)) starts.set(m.sentence, i);
  });
  return starts;
};

/** How far (characters) after the comma that closes an opening phrase the subject's name may start ("Mayor …"). */
const MAX_TITLE_BEFORE_SUBJECT = 25;
/** A subordinating conjunction whose clause opens the sentence with a subject pronoun: "Although he had planned…, Jared". */
const OPENING_CLAUSE =
  /^(?:although|though|while|when|after|before|because|since|if|as|once|until)\s+(?:he|she)\b/i;

/**
 * "Toward the end of his first year in office, Mayor Eric Adams told…", "Although he had planned to stay,
 * Jared left": a pronoun inside a sentence-opening adverbial refers forward to the person named as the
 * subject right after it, when no person is mentioned before it in the sentence or between it and the
 * comma, and the name's cluster holds no pronoun of the other gender ("after her death, Tyler was").
 * Returns that name mention's index. GUM train: 7 such links, all right (train exact 49.1 -> 49.2).
 */
function cataphor(context: SieveContext, i: number, sentenceStart: Map<number, number>): number | undefined {
  const { mentions, text, sentences } = context;
  const p = mentions[i]!;
  if (p.gender !== 'm' && p.gender !== 'f') return undefined;
  const start = sentences[p.sentence]?.start ?? 0;
  const opening = text.slice(start, p.end);
  if (SUBJECT.has(p.head) ? !OPENING_CLAUSE.test(opening) : !OPENING.test(opening)) return undefined;
  const comma = text.indexOf(',', p.end);
  if (comma < 0 || /[.;:!?()]/.test(text.slice(p.end, comma))) return undefined;
  const first = sentenceStart.get(p.sentence) ?? i;
  for (let j = first; j < mentions.length && mentions[j]!.start < comma; j++)
    if (j !== i && mentions[j]!.semantic === 'person') return undefined;
  for (let j = i + 1; j < mentions.length && mentions[j]!.sentence === p.sentence; j++) {
    const m = mentions[j]!;
    if (m.start < comma) continue;
    const next = mentions[j + 1];
    if (m.kind === 'nominal' && next?.kind === 'name' && next.start - m.end <= 1) continue; // a title: "Mayor"
    const isSubjectName =
      m.kind === 'name' &&
      m.type === 'PERSON' &&
      m.start - comma <= MAX_TITLE_BEFORE_SUBJECT &&
      !context.clusters.of(j).genders.has(p.gender === 'm' ? 'f' : 'm');
    return isSubjectName ? j : undefined;
  }
  return undefined;
}

export function pronounSieve(context: SieveContext): void {
  const { mentions, clusters, text } = context;
  const sentenceStart = firstMentionOfSentence(mentions);
  const model = pronounModel();
  mentions.forEach((p, i) => {
    if (p.kind !== 'pronoun' || p.person !== 3 || p.demonstrative || clusters.of(i).size > 1) return;
    const forward = cataphor(context, i, sentenceStart);
    if (forward !== undefined) {
      clusters.union(i, forward);
      return;
    }
    const candidates = pronounCandidates(context, i, sentenceStart);
    if (!model) {
      let agreeing = candidates.filter((j) => agrees(p, clusters, j) && !tooFar(p, mentions[j]!));
      // "he" / "she" with no person in the window: the person may have been named further back.
      if (agreeing.length === 0 && (p.gender === 'm' || p.gender === 'f'))
        agreeing = pronounCandidates(context, i, sentenceStart, MAX_SENTENCES_PERSON).filter((j) =>
          agrees(p, clusters, j),
        );
      // Within the pronoun's own sentence, a cluster that this pronoun already continues ("it … it")
      // comes before the other mentions of the sentence.
      const continued = agreeing.find(
        (j) => mentions[j]!.sentence === p.sentence && continues(context, j, i),
      );
      const first = continued ?? (p.gender === 'n' ? subjectsFirst(context, p, agreeing) : agreeing)[0];
      if (first !== undefined) clusters.union(first, i);
      return;
    }
    let best = -1;
    let bestScore = model.threshold;
    candidates.slice(0, MAX_CANDIDATES).forEach((j, rank) => {
      const score = pairScore(model.weights, pairFeatures(text, p, j, rank, clusters, i - j - 1));
      if (score >= bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best >= 0) clusters.union(best, i);
  });
}
