/**
 * Mention detection: the names the tagger found, personal and possessive pronouns, and noun phrases
 * chunked from part-of-speech tags ([determiner] [modifiers] head [of + noun phrase]). A name is one
 * unit of a chunk: a modifier before a common noun ("the US Secretary of State") or a mention by itself.
 * Numbered reference markers ("[17]") are mentions of the work they cite; a year standing alone ("in 1859")
 * is a mention of that year; proper-noun modifiers the tagger left unnamed ("Harrow" in "Harrow boys") and
 * names inside longer names that also occur on their own ("San Francisco" in "San Francisco Bay") are
 * mentions of their own.
 * Linear in the number of tokens.
 */
import type { NameSpan, Token } from '../../doc/doc.js';
import { firstStartingAt } from '../../doc/span-search.js';
import { countryOfDemonym } from '../../places/demonyms.js';
import { isNameTitle, isPartyMembers, isRankOrAddress } from '../name-titles.js';
import {
  determinerOf,
  type Gender,
  givenNameGender,
  nounClass,
  nounGender,
  nounNumber,
  pronounInfo,
} from './coref-lexicon.js';
import { type CorefMention, semanticOfType, withEveryField } from './coref-mention.js';

/** One token, or a whole name (tokens `from`..`to` exclusive). */
interface Unit {
  from: number;
  to: number;
  start: number;
  end: number;
  pos: string;
  word: string;
  name?: NameSpan;
}

/** Numbers that stand for things after a determiner ("this one", "the two"), not measures ("the 1990s"). */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)$/i;

/**
 * Words the tagger makes nouns that head no mention: fillers and interjections of speech ("um", "mhm",
 * "alright"), contracted verbs ("gonna", "wanna"), and a few others ("aka", "whilst").
 */
const FILLER =
  /^(?:um+|uh+|uhm|erm|mhm+|mm+|hm+|unhunh|hunh|uh-huh|gosh|alright|gonna|wanna|gotta|yeah|yep|okay|ok|bye|cheers|thanks|aka|whilst|amidst|like|naw|nah|wow|oh|hey)$/i;

/** Abbreviations the tagger makes nouns: "No." of "No. 8", "in." (inches), "c." (circa), initials "b.", "d.". */
const ABBREVIATION = /^(?:\p{Ll}{1,2}|No)\.$/u;

/** Words that, alone (no determiner, no modifier), are adverbs or answers the tagger made nouns: "right", "First,", "kind of". */
const BARE_NON_NOUN = /^(?:right|correct|first|kind)$/i;

/** Entity types of places: a place inside a longer name is a mention of its own ("North [Texas]"). */
const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'FAC']);

/** A year: 1500–2099. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;
const MODIFIER_POS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);
const HEAD_POS = new Set(['NOUN', 'PROPN']);
const DEMONSTRATIVE = /^(?:this|that|these|those)$/i;
/** Days named from the text's own time. */
const DEICTIC_DAY = /^(?:today|tonight|tomorrow|yesterday)$/i;
/** Words after "you" that make one plural mention with it: "you guys", "you two". */
const YOU_GROUP = /^(?:guys|all|two|people)$/i;
/** Parts of speech after a determiner that leave it standing alone: "[these] are questions", "touch [those],". */
const NO_NOUN_AFTER = new Set(['AUX', 'VERB', 'PUNCT', 'ADP', 'CCONJ', 'PRON', 'PART', 'SCONJ']);
const standsAlone = (next: Unit | undefined) => !next || NO_NOUN_AFTER.has(next.pos);
/** "I'm" as the tokenizer leaves it, one token: the pronoun is its first letter. */
const I_AM = /^I['’]m$/i;

/** A capitalised word that can be a given name: letters only, not a role or a noun the lexicon knows. */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/**
 * What stands right before a person's name and belongs to it (GUM's minimal span of the name holds it): a
 * title or rank ("Pope Francis", "General George Washington"), a one-word person name the tagger split off
 * ("Justice" "Scalia"), or the given name it left out of a lone surname ("Claire [Bailey-Ross]", "Gary
 * [Chan]": a capitalised proper noun after a word that is neither).
 */
function joinsNameBefore(text: string, previous: Unit, name: NameSpan, before: Unit | undefined): boolean {
  if (name.type !== 'PERSON') return false;
  const gap = text.slice(previous.end, name.start);
  if (previous.name) return gap === ' ' && previous.name.type === 'PERSON' && !/\s/.test(previous.word);
  if (isNameTitle(previous.word) || isRankOrAddress(previous.word)) return gap.trim() === '';
  const surname = !/\s/.test(text.slice(name.start, name.end));
  return (
    surname &&
    gap === ' ' &&
    previous.pos === 'PROPN' &&
    GIVEN_NAME.test(previous.word) &&
    nounClass(previous.word) === undefined &&
    !isPartyMembers(previous.word) &&
    countryOfDemonym(previous.word) === undefined &&
    !(before && (before.name || /^\p{Lu}/u.test(before.word)) && before.end + 1 === previous.start)
  );
}

function units(text: string, names: readonly NameSpan[], tokens: readonly Token[]): Unit[] {
  const out: Unit[] = [];
  const sorted = [...names].sort((a, b) => a.start - b.start);
  let n = 0;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    while (n < sorted.length && sorted[n]!.start < token.start) n++;
    const name = sorted[n];
    if (name && name.start === token.start) {
      const to = Math.max(i + 1, firstStartingAt(tokens, name.end));
      let span = name;
      let from = i;
      // "Pope Francis", "Justice Scalia", "Claire Bailey-Ross": what belongs to the name before it joins it.
      for (
        let previous = out[out.length - 1];
        previous && joinsNameBefore(text, previous, span, out[out.length - 2]);
        previous = out[out.length - 1]
      ) {
        out.pop();
        span = { ...span, start: previous.start };
        from = previous.from;
      }
      out.push({
        from,
        to,
        start: span.start,
        end: span.end,
        pos: 'NAME',
        word: text.slice(span.start, span.end),
        name: span,
      });
      i = to;
      n++;
      continue;
    }
    out.push({
      from: i,
      to: i + 1,
      start: token.start,
      end: token.end,
      pos: token.pos,
      word: text.slice(token.start, token.end),
      name: undefined,
    });
    i++;
  }
  return out;
}

export function findMentions(
  text: string,
  names: readonly NameSpan[],
  tokens: readonly Token[],
  sentences: readonly { start: number; end: number }[],
): CorefMention[] {
  const all = units(text, names, tokens);
  const sentenceIndex: number[] = [];
  let s = 0;
  for (const unit of all) {
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= unit.start) s++;
    sentenceIndex.push(s);
  }
  const out: CorefMention[] = [];
  const sameSentence = (a: number, b: number) => sentenceIndex[a] === sentenceIndex[b];
  const isDeterminer = (u: Unit) =>
    (u.pos === 'DET' && determinerOf(u.word) !== 'none') || pronounInfo(u.word)?.possessive === true;

  /** The name right before the phrase at `i` with a possessive clitic between ("Michael" of "Michael's nephews"). */
  const nameOwning = (i: number): Unit | undefined => {
    const clitic = all[i - 1];
    const owner = all[i - 2];
    if (!clitic || !owner?.name || clitic.start !== owner.end || !/^['’]s?$/.test(clitic.word))
      return undefined;
    return sameSentence(i - 2, i) ? owner : undefined;
  };

  /** Last unit of the noun phrase that starts at `i` (its head), or -1. */
  const chunkHead = (i: number): number => {
    let j = i;
    if (all[j] && isDeterminer(all[j]!)) j++;
    if (all[j] && all[j]!.pos === 'DET' && sameSentence(i, j)) j++; // "all the"
    let head = -1;
    let sawNoun = false;
    let lastNumber = -1;
    const determined = j > i;
    while (j < all.length && sameSentence(i, j)) {
      const u = all[j]!;
      if (u.name) {
        if (sawNoun) break;
        head = j;
      } else if (
        u.word === '-' &&
        j > i &&
        all[j + 1] &&
        u.start === all[j - 1]!.end &&
        all[j + 1]!.start === u.end
      ) {
        j++; // "Iranian-backed": the word after the hyphen is a modifier
        if (HEAD_POS.has(all[j]!.pos)) head = j;
      } else if (MODIFIER_POS.has(u.pos)) {
        if (HEAD_POS.has(u.pos)) {
          head = j;
          sawNoun = true;
        } else lastNumber = u.pos === 'NUM' ? j : -1;
      } else if (!(u.pos === 'ADV' && all[j + 1]?.pos === 'ADJ')) break;
      j++;
    }
    // "this one", "the last two", "another one": a determiner and a number with no noun after it.
    if (head < 0 && determined && lastNumber === j - 1 && NUMBER_WORD.test(all[lastNumber]!.word))
      return lastNumber;
    // "The military said", "The general condemned": a determiner and an adjective right before the
    // clause's verb; the adjective is the noun the tagger missed.
    const verbNext = all[j]?.pos === 'VERB' || all[j]?.pos === 'AUX';
    if (head < 0 && determined && j === i + 2 && all[j - 1]?.pos === 'ADJ' && verbNext && sameSentence(i, j))
      return j - 1;
    return head;
  };

  all.forEach((u, i) => {
    if (u.name) out.push(nameMention(u, sentenceIndex[i] ?? 0, all[i - 1]));
  });
  for (let i = 0; i < all.length; i++) {
    const u = all[i]!;
    const sentence = sentenceIndex[i] ?? 0;
    const iAm = I_AM.test(u.word);
    // "let's": the clitic is "us" (GUM chains it with "we"; GUM train 60.37 -> 60.43, 2-fold 58.38 / 59.38
    // -> 58.41 / 59.49).
    const letUs = u.pos === 'PRON' && /^['’]s$/.test(u.word) && /^let$/i.test(all[i - 1]?.word ?? '');
    const pronoun = pronounInfo(iAm ? 'i' : letUs ? 'us' : u.word);
    const clause = u.pos === 'PRON' && u.word.toLowerCase() === 'it' ? extraposedClause(all, i) : undefined;
    // Every "it" is a mention, even before "is … that / to" where no extraposed clause was found: GUM chains
    // most of them ("It is the only cycle to be preserved", "it's going to be"). Keeping them instead of
    // dropping them as pleonastic: GUM train 60.07 -> 60.17, 2-fold 58.05 / 59.01 -> 58.22 / 59.10.
    if (pronoun && (u.pos === 'PRON' || iAm)) {
      // "you guys", "you two": one mention, as GUM has it (the "you" alone matched no mention there; GUM
      // train 60.26 -> 60.33, 2-fold 58.34 / 59.16 -> 58.37 / 59.29).
      const next = all[i + 1];
      const guys =
        /^you$/i.test(u.word) &&
        next &&
        YOU_GROUP.test(next.word) &&
        next.pos !== 'DET' &&
        sameSentence(i, i + 1)
          ? next
          : undefined;
      const end = iAm ? u.start + 1 : guys ? guys.end : u.end;
      out.push({
        start: u.start,
        end,
        kind: 'pronoun',
        head: guys ? 'you' : u.word.slice(0, end - u.start).toLowerCase(),
        headStart: u.start,
        headEnd: end,
        modifiers: [],
        sentence,
        token: u.from,
        number: guys ? 'pl' : pronoun.number,
        gender: pronoun.gender,
        person: pronoun.person,
        semantic: pronoun.person < 3 || pronoun.gender === 'm' || pronoun.gender === 'f' ? 'person' : '?',
        determiner: 'none',
        possessive: pronoun.possessive,
      });
      if (guys) {
        i++;
        continue;
      }
    }
    if (clause) {
      const [opening, to] = clause;
      // GUM's clause spans leave out a "that"/"whether"/"if" complementizer as often as not, keep "to"; the
      // clause ends before punctuation or a reference marker ("to investigate causality [23]").
      const from = /^(?:that|whether|if)$/i.test(all[opening]!.word) ? opening + 1 : opening;
      const head = all[to]!;
      let last = to;
      while (
        all[last + 1] &&
        sentenceIndex[last + 1] === sentenceIndex[to] &&
        !/^[.;:!?,()[\]"“”—–]$/.test(all[last + 1]!.word)
      )
        last++;
      out.push({
        start: all[from]!.start,
        end: all[last]!.end,
        kind: 'nominal',
        head: head.word.toLowerCase(),
        headStart: head.start,
        headEnd: head.end,
        modifiers: [],
        sentence: sentenceIndex[from] ?? sentence,
        token: all[from]!.from,
        number: 'sg',
        gender: 'n',
        person: 3,
        semantic: 'clause',
        determiner: 'none',
        extraposedBy: u.start,
      });
    }
    // "That was a joke": a demonstrative standing alone is a mention (the copula sieve links it; pronoun
    // resolution leaves it, its antecedent being as often a clause as a noun phrase). wink tags many of
    // them DET ("[These] are questions", "get [these] out"): a determiner with no noun after it stands alone.
    if (DEMONSTRATIVE.test(u.word) && (u.pos === 'PRON' || (u.pos === 'DET' && standsAlone(all[i + 1])))) {
      const w = u.word.toLowerCase();
      out.push({
        start: u.start,
        end: u.end,
        kind: 'pronoun',
        head: w,
        headStart: u.start,
        headEnd: u.end,
        modifiers: [],
        sentence,
        token: u.from,
        number: w === 'these' || w === 'those' ? 'pl' : 'sg',
        gender: 'n',
        person: 3,
        semantic: '?',
        determiner: 'none',
        demonstrative: true,
      });
      continue;
    }
    // "[17]": a numbered reference marker stands for the work it cites; the same number, the same work.
    const number = all[i + 1];
    const close = all[i + 2];
    if (
      u.word === '[' &&
      number?.pos === 'NUM' &&
      /^\d+$/.test(number.word) &&
      close?.word === ']' &&
      number.start === u.end &&
      close.start === number.end
    ) {
      out.push({
        start: number.start,
        end: number.end,
        kind: 'nominal',
        head: number.word,
        headStart: number.start,
        headEnd: number.end,
        modifiers: [],
        sentence,
        token: number.from,
        number: 'sg',
        gender: 'n',
        person: 3,
        semantic: 'citation',
        determiner: 'none',
      });
      i += 2;
      continue;
    }
    // "today", "yesterday": a day named from the text's own time is a mention of it, as a year is (GUM
    // chains repeated ones: GUM train 60.33 -> 60.37, 2-fold 58.37 / 59.29 -> 58.38 / 59.38); so is "home"
    // with no determiner and no noun after it ("went home"; 60.43 -> 60.47, 58.41 / 59.49 -> 58.46 / 59.48).
    if (DEICTIC_DAY.test(u.word) && !all[i - 1]?.name) {
      out.push(wordMention(u, sentence, 'time'));
      continue;
    }
    if (/^home$/i.test(u.word) && all[i + 1]?.pos !== 'NOUN' && !(all[i - 1] && isDeterminer(all[i - 1]!))) {
      out.push(wordMention(u, sentence, 'place'));
      continue;
    }
    if (!(isDeterminer(u) || MODIFIER_POS.has(u.pos)) || u.name || iAm || afterJoiningHyphen(all, i))
      continue;
    const head = chunkHead(i);
    // "in 1859": a year standing alone is a mention of that year (GUM chains repeated years).
    if (head < 0 && u.pos === 'NUM' && YEAR.test(u.word)) {
      out.push(wordMention(u, sentence, 'time'));
      continue;
    }
    const headUnit = all[head];
    if (head < 0 || !headUnit || headUnit.name) continue;
    if (
      FILLER.test(headUnit.word) ||
      ABBREVIATION.test(headUnit.word) ||
      (head === i && BARE_NON_NOUN.test(headUnit.word))
    ) {
      i = head;
      continue;
    }
    // "the s- — the salt": a word cut off in speech heads no mention.
    if (/^-(?:\s|$)/.test(text.slice(headUnit.end, headUnit.end + 2))) {
      i = head;
      continue;
    }
    if (isIdiom(text, u.start, headUnit.end)) {
      i = head;
      continue;
    }
    // "a risk that people might …", "companies that use artists' work": "that" or "this" before a plural
    // head is a conjunction or a relative pronoun, not the phrase's determiner; the phrase starts after it.
    if (/^(?:this|that)$/i.test(u.word) && head > i && nounNumber(headUnit.word.toLowerCase()) === 'pl')
      continue;
    let end = headUnit.end;
    // "Figure 1", "Method 2", "Table 3a": a capitalised noun and the number right after it.
    const numbered = all[head + 1];
    if (
      numbered &&
      /^\p{Lu}/u.test(headUnit.word) &&
      /^\d+[a-z]?$/.test(numbered.word) &&
      numbered.start === headUnit.end + 1 &&
      sameSentence(head, head + 1)
    ) {
      end = numbered.end;
    }
    // "the head of the American diplomacy": the of-phrase belongs to the mention.
    // So do the of-phrases after it ("studies of the psychology of art").
    let last = head;
    while (all[last + 1]?.word === 'of' && sameSentence(last, last + 1)) {
      const inner = all[last + 2] && pronounInfo(all[last + 2]!.word) ? last + 2 : chunkHead(last + 2);
      if (inner < 0) break;
      end = all[inner]!.end;
      last = inner;
    }
    const modifiers = all
      .slice(i, head)
      .filter((m) => !isDeterminer(m) && /\p{L}/u.test(m.word))
      .map((m) => m.word.toLowerCase());
    const word = headUnit.word.toLowerCase();
    // "William Shakespeare's play": a name that owns the phrase is part of it, as a possessive pronoun is
    // ("his play"); GUM's minimal span holds the name's last word, so "play" alone matched no mention
    // there (GUM train 60.21 -> 60.26, 2-fold 58.26 / 59.14 -> 58.34 / 59.16).
    const owner = nameOwning(i);
    out.push({
      start: owner?.start ?? u.start,
      end,
      kind: 'nominal',
      head: word,
      headStart: headUnit.start,
      headEnd: headUnit.end,
      modifiers,
      sentence,
      token: owner?.from ?? u.from,
      number: headUnit.pos === 'NUM' && word !== 'one' ? 'pl' : nounNumber(word),
      gender: nounGender(word),
      person: 3,
      semantic: headNounClass(text, word, headUnit.end),
      determiner: owner ? 'possessive' : isDeterminer(u) ? determinerOf(u.word) : 'none',
    });
    // "iodine deficiency": a noun modifying the head is a mention of its own ("iodine" … "the iodine");
    // so is a run of proper nouns the tagger left unnamed ("Harrow" in "his Harrow friendships").
    for (let k = i; k < head; k++) {
      const mod = all[k]!;
      if (!mod.name && mod.pos === 'PROPN' && /^\p{Lu}/u.test(mod.word)) {
        let last = k;
        while (last + 1 < head && all[last + 1]!.pos === 'PROPN' && !all[last + 1]!.name) last++;
        const end = all[last]!;
        const w = end.word.toLowerCase();
        out.push({
          start: mod.start,
          end: end.end,
          kind: 'nominal',
          head: w,
          headStart: end.start,
          headEnd: end.end,
          modifiers: all.slice(k, last).map((x) => x.word.toLowerCase()),
          sentence,
          token: mod.from,
          number: 'sg',
          gender: '?',
          person: 3,
          semantic: '?',
          determiner: 'none',
          modifier: true,
        });
        k = last;
        continue;
      }
      if (mod.name || mod.pos !== 'NOUN' || !/^\p{L}/u.test(mod.word) || FILLER.test(mod.word)) continue;
      if (inHyphenCompound(text, mod)) continue;
      const w = mod.word.toLowerCase();
      out.push({
        start: mod.start,
        end: mod.end,
        kind: 'nominal',
        head: w,
        headStart: mod.start,
        headEnd: mod.end,
        modifiers: [],
        sentence,
        token: mod.from,
        number: nounNumber(w),
        gender: nounGender(w),
        person: 3,
        semantic: nounClass(w) ?? '?',
        determiner: 'none',
        modifier: true,
      });
    }
    i = head; // nested phrases after the head ("of the American diplomacy") are read on
  }
  out.push(...nestedNames(text, tokens, out));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // In place: \`map\` would make a holey array, another elements kind for the code that reads mentions.
  for (let k = 0; k < out.length; k++) out[k] = withEveryField(out[k]!);
  return out;
}

/**
 * The class of a phrase's head noun; "head" is a person only as a role, with an of-phrase after it ("the
 * head of the American diplomacy"), and a thing otherwise ("pointed the gun at her own head").
 */
function headNounClass(text: string, word: string, end: number): string {
  if (word === 'head' && !/^\s+of\b/.test(text.slice(end, end + 4))) return 'object';
  return nounClass(word) ?? '?';
}

/** A one-word mention of a time ("1859", "today") or a place ("home"). */
function wordMention(u: Unit, sentence: number, semantic: 'time' | 'place'): CorefMention {
  return {
    start: u.start,
    end: u.end,
    kind: 'nominal',
    head: u.word.toLowerCase(),
    headStart: u.start,
    headEnd: u.end,
    modifiers: [],
    sentence,
    token: u.from,
    number: 'sg',
    gender: 'n',
    person: 3,
    semantic,
    determiner: 'none',
  };
}

/** "peer-reviewed journals", "tenure-track faculty": a noun joined by a hyphen to the word before or after it. */
function inHyphenCompound(text: string, u: Unit): boolean {
  return (
    /^-\p{L}/u.test(text.slice(u.end, u.end + 2)) ||
    /\p{L}-$/u.test(text.slice(Math.max(0, u.start - 2), u.start))
  );
}

/** "in-person support", "high-tech": the word after a hyphen between two words is part of a modifier, no phrase of its own. */
function afterJoiningHyphen(all: readonly Unit[], i: number): boolean {
  const hyphen = all[i - 1];
  const word = all[i - 2];
  return hyphen?.word === '-' && hyphen.end === all[i]!.start && word?.end === hyphen.start;
}

/**
 * "San Francisco" in "San Francisco Bay", "Cambridge" in "the Cambridge Whig Club": a name (or proper-noun
 * run) that holds, word for word, a name found on its own elsewhere in the text holds a mention of it,
 * unless the inner name, no place, ends the outer one right after a capitalised word ("Pirates" in "Pittsburgh
 * Pirates": GUM marks no such mention).
 * The longest such inner names are taken, left to right. Person names are left whole ("Lord Byron").
 */
function nestedNames(text: string, tokens: readonly Token[], found: readonly CorefMention[]): CorefMention[] {
  const proper = (m: CorefMention) =>
    m.kind === 'name' || (m.kind === 'nominal' && /^\p{Lu}/u.test(text[m.start] ?? ''));
  const byText = new Map<string, CorefMention>();
  // The first word of each name and the most words a name has: where an inner name can start, and how
  // long it can be (keeps the search near linear in long capitalised phrases).
  const firstWords = new Set<string>();
  let longest = 0;
  for (const m of found) {
    if (m.kind !== 'name' || m.type === 'NORP') continue;
    const key = text.slice(m.start, m.end);
    if (!byText.has(key)) byText.set(key, m);
    const first = firstStartingAt(tokens, m.start);
    let last = first;
    while (last < tokens.length && tokens[last]!.end <= m.end) last++;
    longest = Math.max(longest, last - first);
    if (tokens[first]) firstWords.add(text.slice(tokens[first]!.start, tokens[first]!.end));
  }
  const spans = new Set(found.map((m) => `${m.start}:${m.end}`));
  const out: CorefMention[] = [];
  for (const m of found) {
    if (!proper(m) || m.type === 'PERSON') continue;
    const from = firstStartingAt(tokens, m.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= m.end) to++;
    if (to - from < 2) continue;
    for (let a = from; a < to; a++) {
      if (!firstWords.has(text.slice(tokens[a]!.start, tokens[a]!.end))) continue;
      let taken = -1;
      for (let b = Math.min(to - 1, a + longest - 1); b >= a && taken < 0; b--) {
        if (a === from && b === to - 1) continue;
        const start = tokens[a]!.start;
        const end = tokens[b]!.end;
        const known = byText.get(text.slice(start, end));
        if (!known || spans.has(`${start}:${end}`)) continue;
        // "Pittsburgh [Pirates]": a name's last words right after a capitalised word are its head, no mention of
        // their own, unless they name a place ("North [Texas]", "Education [Minnesota]": the place is kept).
        const before = text.slice(tokens[a - 1]?.start ?? 0, tokens[a - 1]?.end ?? 0);
        if (b === to - 1 && /^\p{Lu}/u.test(before) && !PLACE_TYPES.has(known.type ?? 'MISC')) continue;
        out.push({
          ...known,
          start,
          end,
          headStart: end - (known.headEnd - known.headStart),
          headEnd: end,
          sentence: m.sentence,
          token: a,
        });
        taken = b;
      }
      if (taken >= 0) a = taken;
    }
  }
  return out;
}

function nameMention(u: Unit, sentence: number, before: Unit | undefined): CorefMention {
  const span = u.name!;
  const words = u.word.split(/\s+/);
  const honorific = before ? nounGender(before.word) : '?';
  return {
    start: span.start,
    end: span.end,
    kind: 'name',
    type: span.type,
    head: (words[words.length - 1] ?? '').toLowerCase(),
    headStart: span.end - (words[words.length - 1] ?? '').length,
    headEnd: span.end,
    modifiers: words.slice(0, -1).map((w) => w.toLowerCase()),
    sentence,
    token: u.from,
    number: 'sg',
    gender: span.type === 'PERSON' ? personGender(words, honorific) : 'n',
    person: 3,
    semantic: span.type === 'NORP' ? 'norp' : semanticOfType(span.type),
    determiner: 'none',
  };
}

/** A person's gender from a title in the name ("Mr"), the title before it, or a given name ("Donald Trump"). */
function personGender(words: readonly string[], honorific: Gender): Gender {
  const title = nounGender(words[0] ?? '');
  if (title !== '?') return title;
  if (honorific !== '?') return honorific;
  return words.length > 1 ? givenNameGender(words[0] ?? '') : '?';
}

/**
 * Nouns of fixed phrases, which GUM does not mark as mentions ("for example", "in order to", "in fact",
 * "took place"): the phrase, bracketed, with the words around it. GUM train marks none of these nouns as a
 * mention, or one in a handful of occurrences ("for example" 52 times unmarked, "in fact" 16); left as
 * mentions they joined their repeats ("for example" … "for example"). GUM train 56.1 -> 56.2.
 */
const IDIOM = new RegExp(
  `(?:${[
    String.raw`\bfor \[(?:example|instance)\]`,
    String.raw`\bof \[course\]`,
    String.raw`\bin \[order\] (?:to|for)\b`,
    String.raw`\bin \[(?:fact|addition|particular|general|turn|short|part|contrast|total|person|question|charge|mind|touch|need|place|detail|advance|use)\]`,
    String.raw`\bin \[(?:terms|front|line|response|relation|spite|favou?r|case)\] (?:of|with|to)\b`,
    String.raw`\bon \[(?:the other hand|behalf|top|average|purpose|board|the basis)\]`,
    String.raw`\bin \[other words\]`,
    String.raw`\bas \[(?:a result|a whole|a matter)\]`,
    String.raw`\bby \[(?:the way|means|far)\]`,
    String.raw`\bwith \[(?:respect|regard)\] to\b`,
    String.raw`\bin \[the (?:meantime|case)\]`,
    String.raw`\b(?:take|takes|took|taken|taking) \[(?:place|part|care)\]`,
    String.raw`\b(?:make|makes|made|making) \[(?:sure|sense)\]`,
    String.raw`\bpay \[attention\]`,
    String.raw`\ball \[the time\]`,
    String.raw`\bat \[(?:risk|first)\]`,
  ].join('|')})`,
  'i',
);

function isIdiom(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + 8).replace(/\s+/g, ' ');
  return IDIOM.test(`${before}[${text.slice(start, end).replace(/\s+/g, ' ')}]${after}`);
}

/** Verbs after which "it" stands for a clause that follows ("it seems that", "it follows that"). */
const RAISING = /^(?:seems?|seemed|appears?|appeared|follows|followed|happens|happened|remains|remained)$/;
/** Verbs whose object "it" stands for a clause after a predicate ("makes it difficult to", "found it hard to"). */
const HAVE_OR_DO = /^(?:have|has|had|do|does|did)$/i;
const VERB_GROUP_POS = new Set(['VERB', 'AUX', 'PART', 'ADV']);
const OBJECT_RAISING =
  /^(?:make|makes|made|making|find|finds|found|finding|consider|considers|considered|think|thinks|thought|keep|keeps|kept)$/;
const COMPLEMENTIZER = /^(?:to|that|whether|if|how|why|what|when|where|who)$/;
const PREDICATE_POS = new Set(['ADJ', 'ADV', 'NOUN', 'DET', 'VERB', 'PART', 'ADP', 'PRON', 'AUX']);
/** Words of a clause between a subject and a copula or verb: the clause's head is found within this many. */
const MAX_CLAUSE_WORDS = 14;

/**
 * Extraposition: "it is critical that agents believe …", "it is hard to tell", "it follows that …", "this
 * makes it difficult to investigate …", "it became clear that …", "how is it possible that …", and the fixed
 * frames of fixedExtraposition (GUM train: 71 links right, 52 spurious; 54 and 47 before "became", the
 * inverted copula and the fixed frames). GUM chains such an "it" with the clause it stands for; the clause
 * is a mention from its complementizer to its head ("to tell", "that agents believe", "that the role … is
 * essential": the predicate of a copular clause is its head, as in UD). Returns the clause's first and head
 * units, or undefined.
 */
function extraposedClause(all: readonly Unit[], i: number): [number, number] | undefined {
  const w = (k: number) => all[k]?.word.toLowerCase() ?? '';
  const pos = (k: number) => all[k]?.pos ?? '';
  let j = i + 1;
  let predicate = 0;
  let lastPredicate = '';
  let raising = false;
  const fixed = fixedExtraposition(all, i);
  if (fixed !== undefined) return fixed;
  if (OBJECT_RAISING.test(w(i - 1)) && pos(i + 1) !== 'AUX') {
    // "makes it (very) difficult to …": an adjective predicate right after the object.
    while (pos(j) === 'ADV') j++;
    if (pos(j) !== 'ADJ') return undefined;
    lastPredicate = 'ADJ';
    j++;
  } else {
    while (pos(j) === 'ADV') j++;
    let verb = false;
    // "how is it possible that …": the copula before "it".
    if (pos(i - 1) === 'AUX' && /^(?:is|was)$/.test(w(i - 1))) verb = true;
    while (pos(j) === 'AUX' || pos(j) === 'PART' || (pos(j) === 'ADV' && verb) || BECOME.test(w(j))) {
      if (pos(j) === 'AUX' || BECOME.test(w(j))) verb = true;
      j++;
    }
    if (RAISING.test(w(j))) {
      verb = true;
      raising = true;
      j++;
      if (w(j) === 'to' && w(j + 1) === 'be') j += 2; // "it seems to be clear that"
    }
    if (!verb) return undefined;
    if (!raising && !PREDICATE_POS.has(pos(j))) return undefined;
    // The predicate: "critical", "no exaggeration", "widely accepted", "incumbent on me".
    for (; predicate < 4 && PREDICATE_POS.has(pos(j)) && !COMPLEMENTIZER.test(w(j)); predicate++, j++)
      lastPredicate = pos(j) === 'PRON' || pos(j) === 'ADP' ? lastPredicate : pos(j);
  }
  const c = j;
  const word = w(c);
  if (!COMPLEMENTIZER.test(word)) return undefined;
  // "it is hard to tell", "it is no exaggeration to say" (not "it is the only cycle to be preserved", "it is
  // going to"); "it is clear that", "it was decided that", "it seems that" (not "it is the same green that").
  const negatedNoun = lastPredicate === 'NOUN' && w(c - 2) === 'no';
  if (word === 'to' && (pos(c) !== 'PART' || !(lastPredicate === 'ADJ' || negatedNoun))) return undefined;
  if (word !== 'to' && !(lastPredicate === 'ADJ' || lastPredicate === 'VERB' || (predicate === 0 && raising)))
    return undefined;
  const head = clauseHead(all, c, word === 'to');
  return head === undefined ? undefined : [c, head];
}

const BECOME = /^(?:became|becomes|become|becoming)$/;
const TAKE = /^(?:takes?|took|taken|taking)$/;
/** Words a "to"-clause after "it takes …" may be apart from the verb ("it takes serious study to become"). */
const MAX_TAKES_WORDS = 12;

/**
 * Fixed extraposition frames: "it takes (serious study) to become …", "what it means to be human", "it
 * turned out that …", "it stands to reason that …". Returns the clause's first and head units, or undefined.
 */
function fixedExtraposition(all: readonly Unit[], i: number): [number, number] | undefined {
  const w = (k: number) => all[k]?.word.toLowerCase() ?? '';
  const pos = (k: number) => all[k]?.pos ?? '';
  let j = i + 1;
  while (pos(j) === 'AUX' || pos(j) === 'ADV' || pos(j) === 'PART') j++;
  if (TAKE.test(w(j))) {
    for (let k = j + 2; k < Math.min(all.length, j + MAX_TAKES_WORDS); k++) {
      if (/^[.;:!?()]$/.test(w(k))) return undefined;
      if (w(k) === 'to' && pos(k) === 'PART') {
        const head = clauseHead(all, k, true);
        return head === undefined ? undefined : [k, head];
      }
    }
    return undefined;
  }
  if (w(i - 1) === 'what' && /^(?:means|meant|mean)$/.test(w(i + 1)) && w(i + 2) === 'to') {
    const head = clauseHead(all, i + 2, true);
    return head === undefined ? undefined : [i + 2, head];
  }
  if (/^(?:turned|turns|turn)$/.test(w(j)) && w(j + 1) === 'out' && w(j + 2) === 'that') {
    const head = clauseHead(all, j + 2, false);
    return head === undefined ? undefined : [j + 2, head];
  }
  if (/^(?:stands|stood)$/.test(w(j)) && w(j + 1) === 'to' && w(j + 2) === 'reason' && w(j + 3) === 'that') {
    const head = clauseHead(all, j + 3, false);
    return head === undefined ? undefined : [j + 3, head];
  }
  return undefined;
}

/** The head of a clause opened at unit `c`: its first verb, or the predicate after a copula ("is essential"). */
function clauseHead(all: readonly Unit[], c: number, infinitive: boolean): number | undefined {
  const limit = Math.min(all.length, c + (infinitive ? 4 : MAX_CLAUSE_WORDS));
  for (let k = c + 1; k < limit; k++) {
    const u = all[k]!;
    if (/^[.;:!?()"“”]$/.test(u.word)) return undefined;
    if (u.pos === 'VERB') return k;
    // "that we have an unsustainable situation": "have" or "do" tagged AUX with no verb after it is the verb.
    if (u.pos === 'AUX' && HAVE_OR_DO.test(u.word) && !VERB_GROUP_POS.has(all[k + 1]?.pos ?? '')) return k;
    if (u.pos === 'AUX' && /^(?:is|are|was|were|be|been|being|['’]s|['’]re|am)$/i.test(u.word)) {
      let adjective: number | undefined;
      for (let n = k + 1; n < Math.min(all.length, k + 6); n++) {
        const p = all[n]!.pos;
        if (p === 'VERB') return adjective ?? n;
        if (p === 'NOUN' || p === 'PROPN') {
          let last = n;
          while (all[last + 1] && (all[last + 1]!.pos === 'NOUN' || all[last + 1]!.pos === 'PROPN')) last++;
          return last; // "is a daily necessity": the noun, not its adjective
        }
        if (p === 'ADJ') adjective = n;
        else if (p !== 'ADV' && p !== 'PART' && p !== 'DET' && p !== 'AUX') return adjective;
      }
      return adjective;
    }
    if (infinitive && u.pos !== 'ADV' && u.pos !== 'PART' && u.pos !== 'AUX') return undefined;
  }
  return undefined;
}
