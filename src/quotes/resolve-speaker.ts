/**
 * From a source span to the canonical entity it names: a name or role mention inside the span, a
 * pronoun linked by coreference, "Both"/"the two" (the last two people named), an unlinked pronoun
 * or definite role phrase ("the head of the American diplomacy": the last person named).
 */
import type { Entity, Mention, Quote } from '../doc/record-schema.js';
import { firstStartingAt, spansWithin } from '../doc/span-search.js';

/** The record's speaker; `entities` lists joint speakers ("Both agreed"), pending a schema field for them. */
export type Speaker = NonNullable<Quote['speaker']> & { entities?: string[] };

export interface SpeakerInputs {
  text: string;
  mentions: readonly Mention[];
  entities: ReadonlyMap<string, Entity>;
}

const JOINT =
  /^(?:both|the two|the two (?:men|women|leaders|ministers|candidates|sides)|they both|both men|both leaders)$/i;
const PERSONAL_PRONOUN = /^(?:he|she|him|her|his)$/i;
const ROLE_PHRASE =
  /^the\s+(?:(?:[\p{L}-]+\s+){0,3})(?:head|chief|minister|secretary|president|leader|spokes(?:man|woman|person)|official|director|chairman|chairwoman|governor|senator|mayor|candidate|nominee|diplomat|ambassador|envoy|general|commander|premier|chancellor|king|queen|prince|pope|ceo|founder)\b/iu;
/** A body that speaks for its country: "the Ukrainian government", "Russian officials", "Israel's military". */
const STATE_BODY =
  /\b(?:government|administration|authorities|officials|ministry|cabinet|parliament|military|army|forces|embassy|presidency|state media|leadership|regime)$/i;
/** How far back (characters) "Both" and unlinked pronouns look for the people they mean. */
const LOOKBACK = 3000;

const typeOf = (inputs: SpeakerInputs, id: string) => inputs.entities.get(id)?.type;

const rank = (type: Entity['type'] | undefined) =>
  type === 'PERSON' ? 3 : type === 'ORG' ? 2 : type === 'NORP' || type === 'GPE' ? 1 : 0;

/** The people named most recently before `at`, nearest first, each once. */
function recentPeople(inputs: SpeakerInputs, at: number, count: number): string[] {
  const { mentions } = inputs;
  const out: string[] = [];
  for (let i = firstStartingAt(mentions, at) - 1; i >= 0 && out.length < count; i--) {
    const m = mentions[i]!;
    if (at - m.start > LOOKBACK) break;
    if (typeOf(inputs, m.entity) === 'PERSON' && !out.includes(m.entity)) out.push(m.entity);
  }
  return out;
}

/**
 * "The Trump campaign", "the Obama administration", "Trump's tweet", "her account": a body that
 * speaks for the person, or the person's own words, as the phrase's head.
 */
const SPEAKS_FOR =
  /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+)?(?:campaign|administration|team|camp|tweets?|posts?|statements?|account|words|remarks|letter|brief|book|memoir|testimony|message|speech)$/u;
/** Words after a name that modify something else: "DeSantis campaign officials", "Trump aides". */
const MODIFIES_NEXT =
  /^(?:['’]s?)?\s+(?!(?:of|for|at|in|from|with|to|and|or|who|whose|on|by|this|last|next|earlier|later|yesterday|today|\p{L}+day)\b)\p{L}/iu;

/**
 * A person named inside a phrase whose head is someone else: "DeSantis campaign officials", "Trump's
 * spokesman" (the name modifies the words after it), "a lawyer for Trump", "supporters of DeSantis"
 * (the name is the object of a preposition after the head). "Blinken, the US Secretary of State",
 * "Antony Blinken of the State Department" and "the Trump campaign" (speaking for him) are the person.
 */
function namesSomeoneElse(inputs: SpeakerInputs, m: Mention, start: number, end: number): boolean {
  if (typeOf(inputs, m.entity) !== 'PERSON') return false;
  const after = inputs.text.slice(m.end, end);
  const before = inputs.text.slice(start, m.start);
  if (SPEAKS_FOR.test(after)) return false;
  return MODIFIES_NEXT.test(after) || /\p{Ll}\s+(?:of|for|to|with)\s+$/u.test(before);
}

export function resolveSpeaker(inputs: SpeakerInputs, start: number, end: number): Speaker {
  const text = inputs.text.slice(start, end);
  const speaker: Speaker = { start, end, text };
  const inside = spansWithin(inputs.mentions, start, end);
  const score = (m: Mention) =>
    rank(typeOf(inputs, m.entity)) * 4 + (m.kind === 'name' ? 2 : m.kind === 'nominal' ? 1 : 0);
  const phrase = text.trim().replace(/[,\s]+$/, '');
  let best: Mention | undefined;
  for (const m of inside)
    if (score(m) > (best ? score(best) : -1) && !namesSomeoneElse(inputs, m, start, start + phrase.length))
      best = m;
  // "the head of the American diplomacy": a place inside a role phrase is not the speaker; nor is the
  // country of "Polish farmers" or "the Ukrainian border service", which speak for themselves.
  const place = best !== undefined && rank(typeOf(inputs, best.entity)) <= 1;
  const placeInRole = place && ROLE_PHRASE.test(phrase);
  // "Officials in Kyiv" speak for the place; "residents in Gaza" for themselves.
  const head = phrase.replace(/\s+(?:in|from)\s.*$/s, '');
  const placeModifier =
    place && (best!.end < start + phrase.length || head !== phrase) && !STATE_BODY.test(head);
  if (best && !placeInRole && !placeModifier) {
    speaker.entity = best.entity;
    return speaker;
  }
  if (/^who$/i.test(phrase)) {
    const antecedent = relativeAntecedent(inputs, start);
    if (antecedent) speaker.entity = antecedent;
    return speaker;
  }
  if (JOINT.test(phrase)) {
    const people = recentPeople(inputs, start, 2);
    if (people.length === 2) speaker.entities = people;
    return speaker;
  }
  if (PERSONAL_PRONOUN.test(phrase) || ROLE_PHRASE.test(phrase)) {
    const person = holderOfRole(inputs, phrase) ?? recentPeople(inputs, start, 1)[0];
    if (person) speaker.entity = person;
  }
  return speaker;
}

/** How far back (characters) a relative "who" looks for what it stands for. */
const RELATIVE_REACH = 150;

/**
 * "McConnell, now the Senate majority leader, who in 2010 said", "Peter Morgan, a lawyer for the Sierra
 * Club, who has been challenging": after a comma, "who" stands for the person or body named right
 * before that comma or before the appositions that end there (a person before an organisation); not
 * for a name earlier in the clause ("… from Clinton is likely to placate nervous Democrats on Capitol
 * Hill, who have argued").
 */
function relativeAntecedent(inputs: SpeakerInputs, start: number): string | undefined {
  const reach = Math.max(0, start - RELATIVE_REACH);
  const comma = inputs.text.slice(reach, start).search(/,\s*$/);
  if (comma < 0) return undefined;
  const commaAt = reach + comma;
  let best: Mention | undefined;
  for (let i = firstStartingAt(inputs.mentions, start) - 1; i >= 0; i--) {
    const m = inputs.mentions[i]!;
    if (m.end <= reach) break;
    const between = inputs.text.slice(m.end, commaAt);
    const r = rank(typeOf(inputs, m.entity));
    const named = between === '' || (between.startsWith(',') && !/[.!?;:]/.test(between));
    // ("Democrats in Congress, who": a body after "in" says where the people are.)
    const where =
      r === 2 &&
      /\b(?:in|at|on|from)\s+(?:the\s+)?$/i.test(inputs.text.slice(Math.max(0, m.start - 10), m.start));
    if (where) continue;
    if (named && r >= 2 && (!best || r > rank(typeOf(inputs, best.entity)))) best = m;
  }
  return best?.entity;
}

/**
 * The one person of the article who holds a role the phrase names: "The top general" → the person
 * introduced as "General Hossein Salami", wherever in the article, rather than the last person named.
 */
function holderOfRole(inputs: SpeakerInputs, phrase: string): string | undefined {
  const words = new Set(phrase.toLowerCase().split(/[^\p{L}]+/u));
  const holders = [...inputs.entities.values()].filter(
    (e) =>
      e.type === 'PERSON' &&
      e.roles.some((r) =>
        r.title
          .toLowerCase()
          .split(/\s+/)
          .every((w) => words.has(w)),
      ),
  );
  return holders.length === 1 ? holders[0]!.id : undefined;
}
