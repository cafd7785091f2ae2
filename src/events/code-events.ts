/**
 * Event coding: for each sentence, its triggers (find-triggers) become PLOVER events with a CAMEO
 * code, actors and targets (participants before and after the trigger, or the other way round in the
 * passive), the place (a GPE or LOC after "in", "at", "near"…) and the date.
 */
import type { Token } from '../doc/doc.js';
import type {
  Amount,
  DateMention,
  Entity,
  Event,
  EventParticipant,
  Mention,
  Sentence,
  Span,
} from '../doc/record-schema.js';
import { spanContaining, spansWithin } from '../doc/span-search.js';
import { datelineEnd } from '../text/dateline.js';
import { eventDating } from './event-dates.js';
import { ploverOf } from './event-lexicon.js';
import { findParticipants, type Participant } from './find-participants.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { reportedAccusations } from './reported-accusations.js';

/** CAMEO codes whose place is also their target: visits and hosted visits. */
const VISIT = /^04[234]/;
/** Violence aimed "at" a place strikes it: "the rockets it fires at Israel". */
const AIMED_AT = /^(?:18|19|20)/;
const JOINER = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+|\s+as well as\s+)(?:the\s+)?$/i;

/** The participants coordinated with `members[index]` ("Brazil and the United States", "Ghana, Mozambique and Burkina Faso"). */
function group(text: string, members: Participant[], index: number): Participant[] {
  let from = index;
  let to = index;
  const joiner = (a: Participant, b: Participant) => text.slice(a.end, b.start);
  while (from > 0 && JOINER.test(joiner(members[from - 1] as Participant, members[from] as Participant)))
    from--;
  while (
    to < members.length - 1 &&
    JOINER.test(joiner(members[to] as Participant, members[to + 1] as Participant))
  )
    to++;
  const list = members.slice(from, to + 1);
  // Commas alone do not make a list ("With his counterpart Di Maio, he proposed"): an "and" or "or" must close it.
  const closed = list
    .slice(1)
    .some((p, k) => /\b(?:and|or|as well as)\b/i.test(joiner(list[k] as Participant, p)));
  return list.length > 1 && !closed ? [members[index] as Participant] : list;
}

/** Between an owner and its event noun: "'s" and at most two modifiers ("Israel's deadly air strikes"). */
const OWNER_OF_TRIGGER = /^['’]s(?:\s+[\p{Ll}-]+){0,2}\s+$/u;
/** Between a possessive pronoun and its event noun ("its deliberate targeting"). */
const OWNED = /^(?:\s+(?!(?:and|or|but|then)\b)[\p{Ll}-]+){0,2}\s+$/u;
/**
 * A subject pronoun right before the verb ("I couldn't have asked", "we will meet") that coreference
 * left unresolved: the actor is whoever it stands for, not a name further back.
 */
const UNRESOLVED_SUBJECT =
  /\b(?:I|we|you|he|she|they|it)\s+(?:(?:not|never|also|just|still|will|would|could|can|should|may|might|must|shall|have|has|had|do|does|did|\w+n['’]t|['’](?:ll|ve|d))\s+)*$/i;
/** Semicolons end the reach of a trigger. */
const BARRIER = /;/;
/**
 * A clause of its own between the trigger and a later participant: "talking about leaving before the
 * Seminoles were excluded from the Playoff", "signed a deal – one that stipulates ESPN would fund".
 */
const CLAUSE_BARRIER =
  /\b(?:before|after|while|because|although|though|whereas|unless|until|when|since)\b[^,;]*?\b(?:is|are|was|were|has|have|had|will|would|could|can|did|do|does|may|might)\b|\s[–—]\s/i;
const MAX_TARGET_DISTANCE = 120;
const PRONOUN =
  /^(?:he|she|it|they|him|her|them|us|we|his|its|their|themselves|itself|himself|herself|ourselves)$/i;
/** Prepositions that introduce a target ("airstrikes against militias", "talks with Suleiman"). */
const TARGET_PREPOSITIONS = new Set([
  'against',
  'at',
  'on',
  'to',
  'toward',
  'towards',
  'with',
  'into',
  'upon',
  'by',
  'from',
  'of',
]);

/**
 * Between a subject and its verb: at most two lower-case words that are not prepositions or
 * conjunctions ("Hamas militants stormed", "Israel has also struck"), whatever governs the subject
 * ("declared war after Hamas militants stormed").
 */
const SUBJECT_GAP =
  /^(?:['’]s)?(?:\s+(?!(?:and|or|but|to|of|in|on|at|for|with|by|from|that|which|who)\b)[\p{Ll}-]+){0,2}\s+$/u;

/** A verb joined to the one before it, with no subject of its own: "stormed across its border and killed". */
const COORDINATED_VERB = /\b(?:and|or|then)\s+(?:then\s+|also\s+)?$/i;
/** A subordinator that the tagger reads as a preposition ("after Hamas militants stormed"). */
const SUBORDINATOR_BEFORE =
  /\b(?:after|before|when|while|as|because|since|until|once|though|although)\s+(?:the\s+)?$/i;

function before(text: string, members: Participant[], offset: number): Participant[] {
  const reachable = members.filter((p) => p.end <= offset && !BARRIER.test(text.slice(p.end, offset)));
  const nearest = reachable.at(-1);
  const subordinated = (p: Participant) =>
    SUBORDINATOR_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start));
  if (
    nearest &&
    (!nearest.object || subordinated(nearest)) &&
    SUBJECT_GAP.test(text.slice(nearest.end, offset))
  )
    return group(text, reachable, reachable.length - 1);
  // The nearest subject-like participant: not the object of a verb or preposition ("on the border with
  // Egypt, an airstrike killed" has none), unless a subordinator governs it ("as the US leader prepared").
  for (let k = reachable.length - 1; k >= 0; k--) {
    const members2 = group(text, reachable, k);
    const first = members2[0];
    if (first && (!first.object || subordinated(first))) return members2;
    k = reachable.indexOf(members2[0] as Participant);
  }
  return [];
}

function after(
  text: string,
  members: Participant[],
  offset: number,
  skip?: (p: Participant) => boolean,
): Participant[] {
  const index = members.findIndex(
    (p) =>
      p.start >= offset &&
      p.start - offset <= MAX_TARGET_DISTANCE &&
      !BARRIER.test(text.slice(offset, p.start)) &&
      !CLAUSE_BARRIER.test(text.slice(offset, p.start)) &&
      (!p.preposition || TARGET_PREPOSITIONS.has(p.preposition)) &&
      !skip?.(p),
  );
  return index < 0 ? [] : group(text, members, index);
}

function asParticipant(p: Participant, role: 'actor' | 'target'): EventParticipant {
  const out: EventParticipant = { role, start: p.start, end: p.end, text: p.text };
  if (p.entity) out.entity = p.entity;
  if (p.country) out.country = p.country;
  if (p.sector) out.sector = p.sector;
  return out;
}

const ids = (list: Participant[]) => [...new Set(list.flatMap((p) => (p.entity ? [p.entity] : [])))];

function codeTrigger(
  text: string,
  trigger: Trigger,
  participants: Participant[],
  /** Possessive pronouns ("its"), which are actors only of the event nouns they own. */
  owners: Participant[],
  sentence: Sentence,
  context: { dateOf: ReturnType<typeof eventDating>; quotes: readonly Span[] },
  /** The actors of the sentence's previous trigger: "stormed across its border and killed" share them. */
  previousActors: Participant[],
): { event: Event; actors: Participant[] } | undefined {
  const plover = ploverOf(trigger.cameo);
  if (!plover) return undefined;
  const visit = VISIT.test(trigger.cameo);
  // A trigger inside a quotation reaches only the participants quoted with it, and one outside only those outside.
  const quote = spanContaining(context.quotes, trigger.start);
  const sameSide = (p: Participant) => spanContaining(context.quotes, p.start) === quote;
  const aimedAt = (p: Participant) =>
    AIMED_AT.test(trigger.cameo) && p.preposition === 'at' && p.start >= trigger.end;
  const actorsAndTargets = participants.filter((p) => (!p.place || visit || aimedAt(p)) && sameSide(p));
  let actors: Participant[];
  let targets: Participant[];
  if (trigger.passive) {
    targets = before(text, actorsAndTargets, trigger.start);
    const by = after(
      text,
      actorsAndTargets,
      trigger.end,
      (p) => !/\bby\s+(?:the\s+)?$/i.test(text.slice(p.start - 8, p.start)),
    );
    actors = by;
  } else {
    // "Israel's killing campaigns", "its deliberate targeting": the owner of an event noun is its actor,
    // whoever the clause's subject.
    const between = (p: Participant) => text.slice(p.end, trigger.start);
    const owner =
      actorsAndTargets.find((p) => OWNER_OF_TRIGGER.test(between(p))) ??
      owners.find((p) => sameSide(p) && OWNED.test(between(p)));
    const coordinated = COORDINATED_VERB.test(text.slice(Math.max(0, trigger.start - 12), trigger.start));
    actors = owner
      ? [owner]
      : coordinated && previousActors.length > 0
        ? previousActors
        : before(text, actorsAndTargets, trigger.start);
    const subject = actors.at(-1);
    if (!owner && subject && UNRESOLVED_SUBJECT.test(text.slice(subject.end, trigger.start))) actors = [];
    targets = after(text, actorsAndTargets, trigger.end);
  }
  // "Police appealed for anyone … to contact them", "Trump was refusing to accept that he had lost": a
  // pronoun for the actor, or the actor's own person, is no target of its act ("Iraqi forces attacked
  // Iraqi militants" has one country on both sides).
  const actorItself = (t: Participant) =>
    (PRONOUN.test(t.text) || t.entity?.startsWith('person/')) &&
    actors.some((a) => t.entity && a.entity === t.entity);
  targets = targets.filter((t) => !actors.includes(t) && !actorItself(t));
  if (actors.length === 0 && targets.length === 0) return undefined;
  const place =
    participants.find((p) => p.place && p.start >= trigger.end && p.entity) ??
    participants.find((p) => p.place && p.entity);
  const event: Event = {
    type: plover.type,
    context: plover.context,
    trigger: { start: trigger.start, end: trigger.end, text: text.slice(trigger.start, trigger.end) },
    actors: ids(actors),
    targets: ids(targets),
    participants: eventParticipants(actors, targets),
    cameo: trigger.cameo,
    salience: trigger.secondary ? 'secondary' : 'main',
  };
  if (plover.mode) event.mode = plover.mode;
  if (place?.entity) event.place = place.entity;
  const date = context.dateOf(trigger, sentence);
  if (date) event.date = date;
  return { event, actors };
}

/**
 * The actors, then the targets, as the event's participants. Pushed one by one: spreading two mapped
 * arrays, some empty and some not (two kinds of array), threw away codeTrigger's optimised code.
 */
function eventParticipants(
  actors: readonly Participant[],
  targets: readonly Participant[],
): EventParticipant[] {
  const out: EventParticipant[] = [];
  for (const p of actors) out.push(asParticipant(p, 'actor'));
  for (const p of targets) out.push(asParticipant(p, 'target'));
  return out;
}

export interface EventInputs {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  dates: readonly DateMention[];
  amounts: readonly Amount[];
  /** Quotation spans, sorted by start. */
  quotes: readonly Span[];
  published?: string;
}

export function codeEvents(input: EventInputs): Event[] {
  const { text } = input;
  const entities = new Map(input.entities.map((e) => [e.id, e]));
  const mentions = [...input.mentions].sort((a, b) => a.start - b.start);
  const context = { dateOf: eventDating(text, input.dates, input.published), quotes: input.quotes };
  const events: Event[] = [];
  for (const sentence of input.sentences) {
    const tokens = spansWithin(input.tokens, sentence.start, sentence.end);
    const triggers = findTriggers(text, tokens);
    if (triggers.length === 0) continue;
    const inside = spansWithin(mentions, sentence.start, sentence.end);
    const amounts = spansWithin(input.amounts, sentence.start, sentence.end);
    // "RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening has been contributing": the dateline's agency
    // reports the sentence; it acts in none of its events.
    const dateline = datelineEnd(text, tokens);
    const excluded =
      dateline > 0 ? [...amounts, { start: sentence.start, end: tokens[dateline - 1]!.end }] : amounts;
    const found = findParticipants(text, tokens, inside, entities, excluded);
    const participants = found.filter((p) => !p.owner);
    const owners = found.filter((p) => p.owner);
    // Places coordinated with a place are places too ("between Iraq and Kuwait").
    for (const p of participants)
      if (p.place)
        for (const q of group(text, participants, participants.indexOf(p))) q.place = q.entity !== undefined;
    const coded: Event[] = [];
    let previousActors: Participant[] = [];
    for (const trigger of triggers) {
      const found = codeTrigger(text, trigger, participants, owners, sentence, context, previousActors);
      if (!found) continue;
      coded.push(found.event);
      previousActors = found.actors;
    }
    events.push(...reportedAccusations(text, tokens, participants, coded));
  }
  return events;
}
