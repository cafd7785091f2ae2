/**
 * Names → canonical entities and their mentions, within one article: short forms join the full name
 * ("Blinken" → "Antony Blinken"), acronyms join their expansion ("ISIS" → "Islamic State in Iraq and
 * Syria"), demonyms join their country ("American" → United States), probable name variants join with
 * a flag ("Antoine Blink" ~ "Antony Blinken"), role phrases next to a name become nominal mentions and
 * roles, and he/she/his/her link to the person most recently named.
 */
import type { NameSpan, Token } from '../doc/doc.js';
import type { Entity, EntityType, Flag, Mention, MentionKind, Role } from '../doc/record-schema.js';
import { firstStartingAt } from '../doc/span-search.js';
import { type Country, countryByCode } from '../places/country-names.js';
import { countryOfDemonym, countryOfName } from '../places/demonyms.js';
import { findRolePhrase } from './role-phrases.js';

interface Draft {
  type: EntityType;
  names: string[];
  country?: string;
  roles: Role[];
  /** How often each name form occurs. */
  counts: Map<string, number>;
}

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}/${slug(name)}`;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

/** Two spellings of one person's name, as translation damages them: "Antoine Blink" ~ "Antony Blinken". */
function isNameVariant(a: string[], b: string[]): boolean {
  const lastA = a[a.length - 1] ?? '';
  const lastB = b[b.length - 1] ?? '';
  if (a.length < 2 || b.length < 2 || lastA === lastB) return false;
  const sharedPrefix = (x: string, y: string) => {
    let n = 0;
    while (n < x.length && n < y.length && x[n]?.toLowerCase() === y[n]?.toLowerCase()) n++;
    return n;
  };
  return sharedPrefix(lastA, lastB) >= 4 && sharedPrefix(a[0] ?? '', b[0] ?? '') >= 3;
}

/** The country a name ("Syria", "US") or an adjective ("Italian", "Iranian-backed") stands for. */
function countryOf(word: string, asAdjective: boolean): Country | undefined {
  const code = asAdjective ? countryOfDemonym(word) : countryOfName(word);
  return code ? countryByCode(code) : undefined;
}

const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);

export interface LinkedMentions {
  entities: Entity[];
  mentions: Mention[];
  flags: Flag[];
}

export function linkMentions(
  text: string,
  names: readonly NameSpan[],
  tokens: readonly Token[],
  sentences: readonly { start: number; end: number }[],
): LinkedMentions {
  const drafts: Draft[] = [];
  /** Type and name → draft, so that a name seen before is not compared with every entity again. */
  const byName = new Map<string, Draft>();
  const flags: Flag[] = [];
  const assigned: { span: NameSpan; draft: Draft; kind: MentionKind }[] = [];
  const nameText = (span: NameSpan) => text.slice(span.start, span.end);

  const findOrCreate = (span: NameSpan): Draft | undefined => {
    const name = nameText(span);
    const words = name.split(/\s+/);
    if (span.type === 'NORP') {
      const country = countryOf(name, true);
      return country ? countryDraft(country.name, country.code3) : undefined;
    }
    const country = span.type === 'GPE' ? countryOf(name, false) : undefined;
    if (country) return countryDraft(country.name, country.code3);
    const known = byName.get(`${span.type}:${name}`);
    if (known) return known;
    for (const draft of drafts) {
      if (draft.names.includes(name)) return draft;
      if (span.type === 'PERSON' || span.type === 'MISC') {
        if (draft.type !== 'PERSON') continue;
        const full = (draft.names[0] ?? '').split(/\s+/);
        if (words.length < full.length && words.every((w) => full.includes(w))) return draft;
        if (span.type === 'PERSON' && isNameVariant(words, full)) {
          flags.push({
            code: 'name-variant',
            message: `"${name}" is probably a variant of "${draft.names[0]}" (likely translation damage); merged`,
            start: span.start,
            end: span.end,
          });
          return draft;
        }
      } else if (draft.type === span.type || span.type === 'ORG') {
        const longest = draft.names[0] ?? '';
        if (/^\p{Lu}{2,6}$/u.test(name) && draft.names.some((n) => initials(n) === name)) return draft;
        if (longest.startsWith(`${name} `) || name.startsWith(`${longest} `)) return draft;
      }
    }
    if (span.type === 'MISC' && words.length === 1) return undefined;
    const draft: Draft = { type: span.type, names: [name], roles: [], counts: new Map() };
    drafts.push(draft);
    return draft;
  };

  function countryDraft(name: string, cca3: string): Draft {
    let draft = drafts.find((d) => d.country === cca3 && d.type === 'GPE');
    if (!draft) {
      draft = { type: 'GPE', names: [name], country: cca3, roles: [], counts: new Map() };
      drafts.push(draft);
    }
    return draft;
  }

  // Longer names first, so that short forms find the full name whatever the order in the text.
  const byLength = [...names].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const span of byLength) {
    const draft = findOrCreate(span);
    if (draft) {
      const name = nameText(span);
      byName.set(`${span.type}:${name}`, draft);
      if (!draft.names.includes(name)) draft.names.push(name);
      draft.counts.set(name, (draft.counts.get(name) ?? 0) + 1);
      assigned.push({ span, draft, kind: 'name' });
    }
  }

  // Role phrases right before a person's name: "The US Secretary of State, Antoine Blink".
  for (const item of assigned.filter((a) => a.kind === 'name')) {
    if (item.draft.type !== 'PERSON') continue;
    const role = findRolePhrase(text, item.span.start);
    if (!role) continue;
    const country = role.countryWord
      ? (countryOf(role.countryWord, false) ?? countryOf(role.countryWord, true))
      : undefined;
    if (!item.draft.roles.some((r) => r.title === role.title)) {
      item.draft.roles.push(country ? { title: role.title, country: country.code3 } : { title: role.title });
    }
    assigned.push({
      span: { start: role.start, end: role.end, type: 'PERSON' },
      draft: item.draft,
      kind: 'nominal',
    });
  }

  linkPronouns(text, tokens, sentences, assigned);

  const used = new Set(assigned.map((a) => a.draft));
  const entities = drafts
    .filter((draft) => used.has(draft))
    .map((draft): Entity => {
      const name = canonicalName(draft);
      const entity: Entity = {
        id: entityId(draft.type, name),
        type: draft.type,
        name,
        aliases: draft.names.filter((n) => n !== name),
        roles: draft.roles,
      };
      if (draft.country) entity.country = draft.country;
      return entity;
    });
  const idOf = new Map(drafts.map((draft) => [draft, entityId(draft.type, canonicalName(draft))]));
  const mentions = assigned
    .map(
      ({ span, draft, kind }): Mention => ({
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        entity: idOf.get(draft) ?? '',
        kind,
      }),
    )
    .sort((a, b) => a.start - b.start);
  return { entities, mentions, flags };
}

/** The longest name for people and places; for organisations the most frequent spelled-out form. */
function canonicalName(draft: Draft): string {
  if (draft.type === 'ORG') {
    const spelledOut = draft.names.filter((n) => !/^\p{Lu}{2,6}$/u.test(n));
    const count = (n: string) => draft.counts.get(n) ?? 0;
    const best = [...spelledOut].sort((a, b) => count(b) - count(a) || a.length - b.length)[0];
    if (best) return best;
  }
  return draft.names[0] ?? '';
}

function linkPronouns(
  text: string,
  tokens: readonly Token[],
  sentences: readonly { start: number; end: number }[],
  assigned: { span: NameSpan; draft: Draft; kind: MentionKind }[],
): void {
  const people = assigned
    .filter((a) => a.draft.type === 'PERSON')
    .sort((a, b) => a.span.start - b.span.start);
  if (people.length === 0) return;
  const starts = people.map((p) => p.span);
  let s = 0;
  for (const token of tokens) {
    const word = text.slice(token.start, token.end).toLowerCase();
    if (!PRONOUNS.has(word)) continue;
    while (s < sentences.length - 1 && (sentences[s]?.end ?? 0) <= token.start) s++;
    const sentenceStart = sentences[s]?.start ?? 0;
    const firstToken = tokens[firstStartingAt(tokens, sentenceStart)];
    // Inside the sentence, a person named before the pronoun is its antecedent, unless the sentence
    // opens with a prepositional phrase ("With his counterpart X, he…"), where X is not the subject.
    const opensWithPreposition = firstToken?.pos === 'ADP' || firstToken?.pos === 'SCONJ';
    const firstInSentence = people[firstStartingAt(starts, sentenceStart)];
    const inSentence =
      firstInSentence && firstInSentence.span.end <= token.start ? firstInSentence : undefined;
    const earlier = people[firstStartingAt(starts, sentenceStart) - 1];
    const antecedent = (!opensWithPreposition ? inSentence : undefined) ?? earlier ?? inSentence;
    if (antecedent) {
      assigned.push({
        span: { start: token.start, end: token.end, type: 'PERSON' },
        draft: antecedent.draft,
        kind: 'pronoun',
      });
    }
  }
}
