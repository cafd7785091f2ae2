/**
 * Event triggers in one sentence: verbs, phrases ("hold talks", "launch * air strike") and event
 * nouns ("its military withdrawal") from data/events/verbs.json, each with its CAMEO code, adjusted
 * for negation ("would not provide support" → a refusal) and intent ("wants to attack" → a threat).
 */
import type { Token } from '../doc/doc.js';
import { wordSet } from '../resources/word-set.js';
import { canonicalWord } from '../text/canonical-word.js';
import { hasObjectComplement } from '../text/object-complement.js';
import { inQuotedTitle, isTitleCase } from '../text/quoted-title.js';
import { lemma, verbLemma, verbLexicon, verbWordSets } from './event-lexicon.js';

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
const SUBJECT_PRONOUNS = /^(?:it|they|he|she|we|i|you)$/;
/** How far after "charge" the offence may be named ("charged three former officials with fraud"). */
const CHARGE_REACH = 6;
const CHARGE_FOR = new Set(['with', 'over', 'for', 'after', 'in']);
/** "have fired by": a perfect, not a passive. */
const PERFECT = new Set(['have', 'has', 'had', "'ve", 'having']);
/** "after meeting Pope Francis": wink tags such gerunds as nouns. */
const GERUND_AFTER = new Set(['after', 'before', 'while', 'by', 'since', 'when', 'without']);
const EMPHASIS_REACH = 4;
const NEGATION = /^(?:not|n't|never|no|refused|refuses|refuse|declined|declines|decline|failed)$/i;
const POSSESSIVE = /^(?:its|their|his|her|our|'s)$/i;
const VIOLENT_ROOTS = new Set(['18', '19', '20']);
/**
 * Verbs whose "to" complement is the event: "agreed to lift the sanctions" is a lifting of sanctions,
 * "pledged to expel" an expulsion (CAMEO codes the complement, not the commitment).
 */
const COMMITMENT_HEADS = new Set(['agree', 'decide', 'vote', 'pledge', 'promise', 'vow', 'offer', 'seek']);
/**
 * Verbs that only announce the act: a cooperative act in their "to" complement is an intent (CAMEO 03:
 * "wants to help" → 033, "seeking to deepen a partnership" → 031). A bare future ("will meet") is not.
 */
const INTENT_HEAD =
  /^(?:(?:want|plan|intend|hope|aim|wish|seek|pledge|promise|vow|offer)(?:s|ed|d|ing|ned|ning)?|sought)$/i;
/** Cooperative roots and the CAMEO 03 code that states the intent to do them ("wants to help" → 033). */
const INTENT_CODES: Record<string, string> = {
  '04': '036',
  '05': '032',
  '06': '031',
  '07': '033',
  '08': '035',
};
/** "a report released Tuesday": releasing a document is a publication, not the release of a captive. */
const PUBLICATIONS = wordSet(
  'report statement video footage figures data study results findings document documents list details book album film photos images transcript audit survey poll trailer teaser series show movie season episode game song single track products product update version app software poster guidance guidelines',
);
/** "victims killed by the crash": deaths in accidents and disasters are no one's act. */
const ACCIDENTS = wordSet(
  'crash accident collision earthquake quake flood floods flooding storm hurricane typhoon cyclone tornado landslide avalanche tsunami wildfire disease virus epidemic heatwave derailment',
);
const ACCIDENT_REACH = 8;
/** Verbs of force and justice never used without their object (who is jailed, killed, deported). */
const ALWAYS_TRANSITIVE = wordSet(
  'jail imprison detain arrest convict sentence indict kill injure wound kidnap abduct execute deport expel fine sack',
);

/** Objects that decide whether a verb is an event, looked for within `reach` words of it. */
interface ObjectRule {
  objects: ReadonlySet<string>;
  reach: number;
}

/** What is delivered or supplied as aid: "delivered food", "supplied Ukraine with tanks". */
const AID_GOODS = wordSet(
  'aid food supplies supply weapons weapon arms ammunition munitions missiles tanks jets medicine medicines medical assistance equipment fuel vaccines vaccine water humanitarian relief grain shipment shipments shells troops convoy convoys',
);

/**
 * Verbs that are an event only with the right object within a few words: "delivered aid", "deliver
 * weapons to Kyiv" (not "delivers sound"), "shared intelligence with Kyiv" (not "shared photos"),
 * "signed a peace treaty" (not "signed decrees", "signed the bill into law"), "trained Ukrainian
 * troops" (not "models trained on text").
 */
const NEEDS_OBJECT = new Map<string, ObjectRule>([
  ['deliver', { objects: AID_GOODS, reach: 4 }],
  // "has enough supply", "supply chains": no aid without the goods.
  ['supply', { objects: AID_GOODS, reach: 5 }],
  // "declined an invitation", "declined to comment" refuse; "declining prices", "exports declined 5%" fall.
  [
    'decline',
    {
      objects: wordSet(
        'to invitation invitations offer offers request requests proposal proposals demand demands appeal appeals call calls bid bids comment nomination',
      ),
      reach: 3,
    },
  ],
  [
    'share',
    {
      objects: wordSet(
        'intelligence information data evidence details findings technology technologies expertise knowledge know-how secrets files records documents assessment assessments intel',
      ),
      reach: 4,
    },
  ],
  [
    'sign',
    {
      objects: wordSet(
        'agreement agreements deal deals accord accords treaty treaties pact pacts memorandum memoranda mou contract contracts ceasefire truce declaration protocol charter communique partnership convention framework armistice',
      ),
      reach: 5,
    },
  ],
  // "fired missiles", "shots were fired", "fired at the crowd" are attacks; "was fired for incompetence",
  // "fired the coach" are dismissals.
  [
    'fire',
    {
      objects: wordSet(
        'on at upon into shots shot rounds bullets missiles missile rockets rocket shells mortars mortar artillery salvo salvos volley volleys guns gun weapons gas ammunition cannon cannons torpedo torpedoes projectiles drones flares grenades',
      ),
      reach: 4,
    },
  ],
  [
    'train',
    {
      objects: wordSet(
        'troops soldiers forces army armies military militia militias fighters pilots police officers recruits personnel rebels units battalions brigades guards militants commandos cadets marines sailors crews',
      ),
      reach: 4,
    },
  ],
]);

/**
 * Verbs that are no event with these objects: "defended his family" or "defend the city" is a fight,
 * not CAMEO's verbal defence ("defended the decision", "defended Kavanaugh"); "suspended the strike"
 * is no sanction.
 */
const WRONG_OBJECT = new Map<string, ObjectRule>([
  // "suspend a protest", "suspended the strike": those who protest stop, no sanction on anyone.
  [
    'suspend',
    {
      objects: wordSet(
        'protest protests strike strikes blockade blockades rally rallies march marches sit-in boycott',
      ),
      reach: 3,
    },
  ],
  [
    'defend',
    {
      objects: wordSet(
        'family families home homes house houses homeland territory territories border borders city cities town towns village villages land lives base bases airspace positions position children property',
      ),
      reach: 3,
    },
  ],
]);

/** One of the rule's objects among the next words, or, in the passive, among the words before ("troops were trained"). */
function objectWithin(rule: ObjectRule, lower: readonly string[], i: number, passive: boolean): boolean {
  const after = lower.slice(i + 1, i + 1 + rule.reach);
  const before = passive ? lower.slice(Math.max(0, i - rule.reach), i) : [];
  return [...after, ...before].some((w) => rule.objects.has(w));
}

/** Whether the verb lacks the object it needs to be an event ("signed decrees"). */
function lacksNeededObject(lemma: string, lower: readonly string[], i: number, passive: boolean): boolean {
  const needed = NEEDS_OBJECT.get(lemma);
  return !!needed && !objectWithin(needed, lower, i, passive);
}

/** Whether the verb has an object that makes it no event: "defended his family". */
function hasWrongObject(lemma: string, lower: readonly string[], i: number): boolean {
  const wrong = WRONG_OBJECT.get(lemma);
  return !!wrong && objectWithin(wrong, lower, i, false);
}
/** "received Erdogan", "received the delegation": hosting someone; "receive calls", "received praise" are not. */
const GUESTS = wordSet(
  'delegation delegations envoy envoys minister ministers president leader leaders ambassador ambassadors counterpart visitor visitors king queen prince pope chancellor premier officials',
);
/** "committed to peace" is a commitment; "atrocities committed", "committed a crime" are not. */
const COMMIT_TO_REACH = 3;
/**
 * "meets the definition", "met the deadline", "was met with criticism": meeting a standard or a
 * reaction, not a meeting with someone (CAMEO 04).
 */
const MET_STANDARDS = wordSet(
  'definition criteria criterion requirement requirements standard standards target targets goal goals demand demands need needs expectation expectations deadline threshold condition conditions obligation obligations quota benchmark cost costs fate death end ends challenge',
);
const MET_STANDARD_REACH = 3;
/**
 * "Thwaites agrees, noting…", "I agree that…": agreeing in the present tense, with nothing agreed
 * to or on, is an opinion; agreements are reported as done ("agreed", "agreed that a truce…").
 */
const AGREES_WITH_VIEW = /^(?:agree|agrees)$/;
const VIEW_FOLLOWS = new Set(['that', ',', '.', '!', 'with', '']);
/** Words that open a clause of their own: a verb after them has its own subject. */
const CLAUSE_OPENERS =
  /^(?:who|which|whom|whose|that|where|when|while|as|after|before|because|since|if|and|or|but)$/i;

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

const RELATIVE = /^(?:that|which|who)$/i;

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
      // A relative clause starts a new verb: "offer unique features that support…" offers no support.
      if (RELATIVE.test(lemmas[j] ?? '')) break;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

const isNounLike = (token: Token | undefined) => token?.pos === 'NOUN' || token?.pos === 'PROPN';
/** wink reads "alleged" in "a report alleged that…" as an adjective; before "that" it is the verb. */
const verbBeforeThat = (tokens: readonly Token[], words: readonly string[], i: number) =>
  tokens[i]?.pos === 'ADJ' && /ed$/i.test(words[i] ?? '') && /^that$/i.test(words[i + 1] ?? '');
/** A verb with a tense: not "-ing", not an infinitive after "to", not a participle after a noun. */
const isFiniteVerb = (tokens: readonly Token[], words: readonly string[], i: number) =>
  tokens[i]?.pos === 'AUX' ||
  (tokens[i]?.pos === 'VERB' &&
    !(words[i] ?? '').endsWith('ing') &&
    !/^to$/i.test(words[i - 1] ?? '') &&
    !(isNounLike(tokens[i - 1]) && /(?:ed|en)$/i.test(words[i] ?? ''))) ||
  verbBeforeThat(tokens, words, i);
const endsClause = (word: string) => word === ',' || word === ';' || CLAUSE_OPENERS.test(word);

/**
 * A participle right after a noun that modifies it ("a report released Tuesday … alleged", "the
 * civilians imprisoned for acting against Moscow were released", "identify victims killed by"): the
 * noun is the object of an earlier verb, or the subject of a finite verb later in the same clause.
 */
function reducedRelative(words: readonly string[], tokens: readonly Token[], i: number): boolean {
  if (!isNounLike(tokens[i - 1]) || !/(?:ed|en)$/i.test(words[i] ?? '')) return false;
  for (let j = i - 2; j >= 0 && !endsClause(words[j] ?? ''); j--)
    if (isFiniteVerb(tokens, words, j)) return true;
  for (let j = i + 1; j < tokens.length && !endsClause(words[j] ?? ''); j++)
    if (isFiniteVerb(tokens, words, j)) return true;
  return false;
}

/** "killed in the crash", "died in floods": an accident or disaster follows within a few words. */
function byAccident(lemmas: readonly string[], words: readonly string[], i: number): boolean {
  const next = (words[i + 1] ?? '').toLowerCase();
  if (next !== 'by' && next !== 'in') return false;
  for (let j = i + 2; j < Math.min(words.length, i + 2 + ACCIDENT_REACH); j++)
    if (ACCIDENTS.has(lemmas[j] ?? '') || ACCIDENTS.has((words[j] ?? '').toLowerCase())) return true;
  return false;
}

/** "released a report", "a report released", "the release of the show's first trailer": a publication. */
function publication(words: readonly string[], i: number): boolean {
  const near = [words[i - 1], ...words.slice(i + 1, i + 6)];
  return near.some((w) => PUBLICATIONS.has((w ?? '').toLowerCase()));
}

function metStandard(lower: readonly string[], i: number): boolean {
  if (lower[i + 1] === 'with' && BE.has(lower[i - 1] ?? '')) return true;
  return lower.slice(i + 1, i + 1 + MET_STANDARD_REACH).some((w) => MET_STANDARDS.has(w));
}

/** Whether the object of "receive" at `i` is a person or a body: a name, or a guest noun. */
function receivesGuest(tokens: readonly Token[], lower: readonly string[], i: number): boolean {
  let j = i + 1;
  while (['DET', 'ADJ', 'NUM'].includes(tokens[j]?.pos ?? '')) j++;
  return tokens[j]?.pos === 'PROPN' || GUESTS.has(lower[j] ?? '');
}

/**
 * "helps you find", "helps users stay safe": helping the reader or a public do something is a
 * product's promise, not aid (CAMEO 07); "will help identify victims" still is.
 */
const HELPED = new Set(['you', 'us', 'me', 'users', 'people', 'customers', 'readers']);
const helpsDoSomething = (tokens: readonly Token[], lower: readonly string[], i: number) =>
  // "couldn't help but dance": an idiom, no help at all.
  lower[i + 1] === 'but' ||
  (HELPED.has(lower[i + 1] ?? '') && (tokens[i + 2]?.pos === 'VERB' || lower[i + 2] === 'to'));

/** "promises war on New York", "vowed revenge": a promise of harm is a threat (CAMEO 130). */
const PROMISING = new Set(['promise', 'vow', 'pledge']);
const HARM = new Set(['war', 'revenge', 'retaliation', 'retribution', 'vengeance', 'reprisals']);
/** Words between the promise and the harm: "promises ‘war’", "vowed swift retaliation". */
const BEFORE_HARM = /^(?:a|an|the|swift|harsh|severe|[‘’'"“”])$/;
const promisesHarm = (lower: readonly string[], i: number) =>
  HARM.has(lower.slice(i + 1, i + 4).find((w) => !BEFORE_HARM.test(w)) ?? '');

/** A word as written, in lower case and as its lemma, each a canonical word. */
interface WordForms {
  word: string;
  lower: string;
  lemma: string;
}

const MAX_CACHED_SPELLINGS = 100_000;
const formsBySpelling = new Map<string, WordForms>();

/** The forms of a spelling, kept per spelling: one lookup per token instead of three, and no lower-casing. */
function wordForms(spelling: string): WordForms {
  let forms = formsBySpelling.get(spelling);
  if (forms === undefined) {
    const word = canonicalWord(spelling);
    forms = { word, lower: canonicalWord(word.toLowerCase()), lemma: canonicalWord(lemma(word)) };
    // Bounded, so that a stream of junk cannot grow it forever.
    if (formsBySpelling.size >= MAX_CACHED_SPELLINGS) formsBySpelling.clear();
    formsBySpelling.set(word, forms);
  }
  return forms;
}

const ARTICLE = /^(?:the|a|an)$/;

/** Words after "struck him" that make it an impression: "struck him as odd", "strikes me that". */
const IMPRESSION_AFTER = /^(?:as|that|how|what)$/;

export function findTriggers(text: string, tokens: readonly Token[]): Trigger[] {
  const lex = verbLexicon();
  // Built by push, in one loop, as canonical words: one elements kind for the arrays and two kinds of
  // string in them, whatever the article, so that the optimised code is not thrown away per article.
  const words: string[] = [];
  const lower: string[] = [];
  const lemmas: string[] = [];
  for (const token of tokens) {
    const forms = wordForms(text.slice(token.start, token.end));
    words.push(forms.word);
    lower.push(forms.lower);
    lemmas.push(forms.lemma);
  }
  const { reporting, intent, irregular } = verbWordSets();
  const triggers: Trigger[] = [];
  const skipped: number[] = [];
  const isTrigger = (i: number) => triggers.some((t) => t.first <= i && i <= t.last);
  let headline: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = lower[i] ?? '';
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
    const participle = word.endsWith('ed') || word.endsWith('en') || irregular.has(word);
    const previous = lower[i - 1] ?? '';
    // "were released by", and the reduced relative "militants backed by Iran", "stockpile, supplied by Iran";
    // not "responded by firing" (the means) nor "they stood by" (a subject before the verb).
    const reducedPassive =
      participle &&
      lower[last + 1] === 'by' &&
      !/ing$/.test(lower[last + 2] ?? '') &&
      !PERFECT.has(previous) &&
      !SUBJECT_PRONOUNS.test(previous);
    // "Derry man jailed for six months", "three killed in blast": a verb that always takes an object,
    // as a participle after a noun with none after it, is passive (a headline's, or a reduced relative).
    const bareParticiplePassive =
      participle &&
      ALWAYS_TRANSITIVE.has(lemmas[i] ?? '') &&
      (isNounLike(tokens[i - 1]) || tokens[i - 1]?.pos === 'NUM') &&
      (tokens[last + 1] === undefined || ['ADP', 'PUNCT'].includes(tokens[last + 1]!.pos));
    const passive =
      (participle && (BE.has(previous) || BE.has(lower[i - 2] ?? ''))) ||
      reducedPassive ||
      bareParticiplePassive;
    // "Iranian-backed", "Al Qaeda-linked": a verb glued to a name by a hyphen qualifies it; "mass-produced",
    // "strike-hit": a word glued to the next one is part of a compound modifier.
    if (text[token.start - 1] === '-' || text[token.end] === '-') continue;
    if (!cameo && !reporting.has(lemmas[i] ?? '')) {
      const gerund = token.pos === 'NOUN' && word.endsWith('ing') && GERUND_AFTER.has(previous);
      // "achieved the expected yield": a word the tagger read as a verb after an article (and a modifier)
      // is a noun.
      const afterArticle =
        ARTICLE.test(previous) ||
        (ARTICLE.test(lower[i - 2] ?? '') && (tokens[i - 1]?.pos === 'ADJ' || previous.endsWith('ed')));
      const verbLike =
        (token.pos === 'VERB' && !afterArticle) ||
        gerund ||
        (passive && token.pos === 'ADJ') ||
        verbBeforeThat(tokens, words, i);
      if (verbLike) cameo = lex.verbs[verbLemma(word) ?? ''];
      else if (
        token.pos === 'NOUN' &&
        (POSSESSIVE.test(previous) || ['PROPN', 'ADJ'].includes(tokens[i - 1]?.pos ?? ''))
      )
        cameo = lex.nouns[lemmas[i] ?? ''] ?? lex.nouns[word];
    }
    if (!cameo) continue;
    // The “Delivering for America” plan: a word of a title in quotation marks is no act; nor is a
    // capitalised word between two others inside a sentence ("Coffee Meets Bagel"), unless the whole
    // sentence is a headline in title case ("Obama Meets Putin in Geneva").
    if (/^\p{Lu}/u.test(words[i] ?? '')) {
      if (inQuotedTitle(text, token.start, token.end)) continue;
      headline ??= isTitleCase(words.filter((w) => /\p{L}/u.test(w)).join(' '), Infinity);
      const capitalised = (k: number) => /^\p{Lu}/u.test(words[k] ?? '') && tokens[k]?.pos === 'PROPN';
      if (!headline && capitalised(i - 1) && capitalised(last + 1)) continue;
    }
    // "an effort to repatriate": an infinitive under a noun, or under another trigger, is no event of its own.
    let intended = false;
    let announced = false;
    // "to repatriate – and rehabilitate or prosecute": verbs coordinated with a skipped infinitive.
    const coordinated = /^(?:and|or)$/.test(previous) || /^(?:and|or)$/.test(lower[i - 2] ?? '');
    if (coordinated && skipped.some((k) => i - k <= 5)) {
      skipped.push(i);
      continue;
    }
    if (previous === 'to' && tokens[i - 1]?.pos === 'PART') {
      const head = tokens[i - 2];
      const headLemma = lemmas[i - 2] ?? '';
      const commitment = head?.pos === 'VERB' && COMMITMENT_HEADS.has(headLemma);
      if (commitment && isTrigger(i - 2))
        triggers.splice(
          triggers.findIndex((t) => t.last === i - 2),
          1,
        );
      else if (head?.pos !== 'VERB' || isTrigger(i - 2)) {
        skipped.push(i);
        continue;
      }
      announced = INTENT_HEAD.test(words[i - 2] ?? '');
      intended = announced || intent.has(lower[i - 2] ?? '') || intent.has(headLemma);
    }
    for (let j = Math.max(0, i - 3); j < i; j++) {
      const before = lower[j] ?? '';
      if (intent.has(before)) intended = true;
      // "couldn't thank them enough": emphasis, not a refusal.
      if (NEGATION.test(before) && !lower.slice(i + 1, i + 1 + EMPHASIS_REACH).includes('enough')) {
        const refusal = lex.negated[cameo.slice(0, 2)];
        cameo = refusal;
        break;
      }
    }
    if (!cameo) continue;
    // "the proposed bill", "over promised aid": a participle between a determiner or preposition and its
    // noun describes the noun; only violence is still an act ("the wounded soldiers").
    if (
      participle &&
      last === i &&
      (['DET', 'ADP'].includes(tokens[i - 1]?.pos ?? '') || POSSESSIVE.test(previous)) &&
      isNounLike(tokens[i + 1]) &&
      !VIOLENT_ROOTS.has(cameo.slice(0, 2))
    )
      continue;
    if ((lemmas[i] === 'release' || lemmas[i] === 'publish') && publication(words, i)) continue;
    // "charged with murder", "charged him over the attack": a legal charge names what for; "wireless
    // charging", "charge your phone", "charged $5" are no arrests.
    if (lemmas[i] === 'charge' && !lower.slice(i + 1, i + 1 + CHARGE_REACH).some((w) => CHARGE_FOR.has(w)))
      continue;
    // "called the report a hoax": a comment on something (CAMEO 01, no event), not a telephone call.
    if (lemmas[i] === 'call' && last === i && hasObjectComplement(tokens, words, i + 1)) continue;
    // "receive calls", "make calls": a verb's object that the tagger read as a verb.
    if (lemmas[i] === 'call' && tokens[i - 1]?.pos === 'VERB') continue;
    // "made hoax calls to the ambulance service": after a noun and with no object, "calls" is a noun,
    // which consults someone only "with" them ("held phone calls with Xi"; "the president calls Xi").
    if (
      lemmas[i] === 'call' &&
      last === i &&
      tokens[i - 1]?.pos === 'NOUN' &&
      !['DET', 'PROPN', 'PRON', 'NOUN'].includes(tokens[i + 1]?.pos ?? '') &&
      lower[i + 1] !== 'with'
    )
      continue;
    if (lemmas[i] === 'commit' && !lower.slice(i + 1, i + 1 + COMMIT_TO_REACH).includes('to')) continue;
    // "truckers seeking to enter Ukraine": an aim, no request; its "to" complement is coded if it is an act.
    if (lemmas[i] === 'seek' && lower[i + 1] === 'to') continue;
    // "It strikes me that …", "struck him as odd": an impression, no attack.
    const impression =
      lemmas[i] === 'strike' &&
      /^(?:me|us|him|her|them|you)$/.test(lower[i + 1] ?? '') &&
      (previous === 'it' || IMPRESSION_AFTER.test(lower[i + 2] ?? ''));
    if (impression) continue;
    if (lemmas[i] === 'meet' && metStandard(lower, i)) continue;
    if (last === i && lacksNeededObject(lemmas[i] ?? '', lower, i, passive)) continue;
    if (hasWrongObject(lemmas[i] ?? '', lower, i)) continue;
    if (lemmas[i] === 'receive' && last === i && !receivesGuest(tokens, lower, i)) continue;
    if (lemmas[i] === 'help' && last === i && helpsDoSomething(tokens, lower, i)) continue;
    if (AGREES_WITH_VIEW.test(word) && last === i && VIEW_FOLLOWS.has(lower[i + 1] ?? '')) continue;
    if (VIOLENT_ROOTS.has(cameo.slice(0, 2)) && byAccident(lemmas, words, i)) continue;
    if (intended && VIOLENT_ROOTS.has(cameo.slice(0, 2))) cameo = '138';
    else if (PROMISING.has(lemmas[i] ?? '') && last === i && promisesHarm(lower, i)) cameo = '130';
    else if (announced && INTENT_CODES[cameo.slice(0, 2)]) cameo = INTENT_CODES[cameo.slice(0, 2)] as string;
    const lastToken = tokens[last] as Token;
    const relative = words.slice(Math.max(0, i - 3), i).some((w) => /^(?:who|which|whom|whose)$/i.test(w));
    const participleClause =
      word.endsWith('ing') && (previous === ',' || ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? ''));
    const secondary =
      relative ||
      participleClause ||
      GERUND_AFTER.has(previous) ||
      (!passive && reducedRelative(words, tokens, i));
    triggers.push({ start: token.start, end: lastToken.end, first: i, last, cameo, passive, secondary });
    i = last;
  }
  return triggers;
}
