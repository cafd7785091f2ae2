/**
 * Precise constructions: a role or description right next to a name ("The US Secretary of State, Antoine
 * Blink", "his Italian counterpart Luigi Di Maio") and appositives ("Antoine Blink, the US envoy,").
 * The nominal joins the name's cluster; a role nominal before a person's name is kept as that person's role.
 */
import type { EntityType } from '../../doc/record-schema.js';
import { semanticOfType } from './coref-mention.js';
import { longestStartingAt, type SieveContext } from './sieve-context.js';

/** Nothing but spaces and at most one comma between two mentions. */
const ADJACENT = /^[ \t]*,?[ \t]*$/;

export function appositiveSieve(context: SieveContext): void {
  const { text, mentions, clusters } = context;
  const startingAt = longestStartingAt(mentions);
  mentions.forEach((m, i) => {
    if (m.kind === 'pronoun') return;
    const end =
      m.kind === 'nominal' && m.semantic === 'person' ? afterPlaceOrBody(context, m.end, startingAt) : m.end;
    const gap = /^[ \t]*,?[ \t]*/.exec(text.slice(end, end + 8))?.[0] ?? '';
    const j = startingAt.get(end + gap.length);
    const next = j === undefined ? undefined : mentions[j];
    if (j === undefined || !next || next.kind === 'pronoun' || next.sentence !== m.sentence) return;
    if (!ADJACENT.test(gap) || (end > m.end && !(gap.includes(',') && next.type === 'PERSON'))) return;
    const nominal = m.kind === 'nominal' ? m : next;
    const name = m.kind === 'name' ? m : next;
    if (nominal === name || nominal.kind !== 'nominal' || name.kind !== 'name') return;
    if (nominal.determiner === 'indefinite' && nominal === m) return;
    if (name.type === 'PERSON') {
      if (nominal.semantic !== 'person') return;
      // A role before the name ("Secretary of State Blinken") needs no comma; after it, it does.
      if (nominal === next && !gap.includes(',')) return;
      // "Jake Sullivan, Ambassador Thomas-Greenfield, …": a title right before another name is that
      // name's, in a list of people.
      if (nominal === next && titlesNextName(text, next.end, startingAt, mentions)) return;
      if (nominal === m) context.roles.set(i, j);
    } else {
      if (!gap.includes(',') || nominal.semantic === 'person' || nominal.semantic === '?') return;
      // "very close to your company, Farah, and …": a company is no place (a vocative, not an appositive).
      if (name.type && !describesType(nominal.semantic, name.type)) return;
      // "Rome, the capital," — the appositive must end its clause; "the capital, Rome, …" — so must the
      // name after a phrase ("Yesterday, North Korea fired", "After the exchange of fire, North Korea
      // stated": an opening phrase, no appositive).
      if (nominal === next && !/^[ \t]*[,.;:)]/.test(text.slice(next.end, next.end + 3))) return;
      if (nominal === m && !/^[ \t]*[,;:)]/.test(text.slice(next.end, next.end + 3))) return;
    }
    clusters.union(i, j);
  });
}

/**
 * "the secretary of state in Georgia, Brad Raffensperger": where a place or a body named after a role
 * ends (the role's own phrase stops before the preposition); `end` when none follows.
 */
function afterPlaceOrBody(
  context: SieveContext,
  end: number,
  startingAt: ReadonlyMap<number, number>,
): number {
  const preposition = /^[ \t]+(?:in|of|for|from|at)[ \t]+/.exec(context.text.slice(end, end + 8))?.[0];
  const j = preposition ? startingAt.get(end + preposition.length) : undefined;
  const place = j === undefined ? undefined : context.mentions[j];
  return place?.kind === 'name' && place.type && place.type !== 'PERSON' ? place.end : end;
}

/** A place or organisation noun describes only a name of its kind; other nouns ("the event") any name. */
function describesType(semantic: string, type: EntityType): boolean {
  if (semantic !== 'place' && semantic !== 'organization') return true;
  return semanticOfType(type) === semantic;
}

function titlesNextName(
  text: string,
  end: number,
  startingAt: ReadonlyMap<number, number>,
  mentions: SieveContext['mentions'],
): boolean {
  const space = /^[ \t]*/.exec(text.slice(end, end + 4))?.[0] ?? '';
  const after = startingAt.get(end + space.length);
  return space.length > 0 && after !== undefined && mentions[after]?.kind === 'name';
}
