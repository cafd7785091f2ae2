/**
 * Canonical entities and their mentions, within one article, from the coreference clusters
 * (src/entities/coref): one entity per cluster that has a name, or that describes a person or an
 * organisation more than once without naming it ("the coalition"). Its id comes from its type and
 * canonical name, so the same thing gets the same id in every article; its aliases are its other names;
 * its roles come from the role phrases before its names ("The US Secretary of State, Antoine Blink"); its
 * country is the one a country entity stands for, or the one its roles or demonyms name ("his Italian
 * counterpart" → ITA). An entity known only by descriptions ("the team", "police") is this article's own:
 * its id ends in a key of the article's text, since every article's "team" is another team.
 */
import { createHash } from 'node:crypto';
import type { NameSpan, Token } from '../doc/doc.js';
import type { Entity, EntityType, Flag, Mention, Role } from '../doc/record-schema.js';
import { countryByCode, countryByCode3 } from '../places/country-names.js';
import { countryOfDemonym, countryOfName } from '../places/demonyms.js';
import { foldToAscii } from '../text/fold-to-ascii.js';
import type { CorefMention } from './coref/coref-mention.js';
import { type Coreference, resolveCoreference } from './coref/resolve-coref.js';
import { isGenerationalSuffix, isNameTitle } from './name-titles.js';
import { findAppositiveRole, findRolePhrase, type RolePhrase } from './role-phrases.js';

const slug = (name: string) =>
  foldToAscii(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function entityId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}/${slug(name)}`;
}

export interface LinkedMentions {
  entities: Entity[];
  mentions: Mention[];
  flags: Flag[];
}

/** Hex digits of the text's SHA-256 that make a described entity's id the article's own. */
const ARTICLE_KEY_LENGTH = 10;

const ACRONYM = /^\p{Lu}{2,6}$/u;
const LEADING_DETERMINER = /^(?:the|this|that|these|those|his|her|its|their|our|my|your|a|an|every|each)\s+/i;
/** Types a cluster's name can give it, most telling first ("MISC" only when nothing else is known). */
const TYPE_ORDER: EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'PRODUCT', 'NORP', 'MISC'];

/** The ISO alpha-3 code a country word stands for ("US", "Italian", "Iranian-backed"). */
function countryCode3(word: string): string | undefined {
  const code = countryOfName(word) ?? countryOfDemonym(word);
  return code ? countryByCode(code)?.code3 : undefined;
}

export function linkMentions(
  text: string,
  names: readonly NameSpan[],
  tokens: readonly Token[],
  sentences: readonly { start: number; end: number }[],
): LinkedMentions {
  const coref = resolveCoreference(text, names, tokens, sentences);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const byId = new Map<string, Entity>();
  const articleKey = createHash('sha256').update(text).digest('hex').slice(0, ARTICLE_KEY_LENGTH);
  for (const cluster of coref.clusters) {
    const entity = entityOf(text, coref, cluster, articleKey);
    if (!entity) continue;
    const known = byId.get(entity.id);
    if (known) {
      for (const alias of [entity.name, ...entity.aliases]) {
        if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
      }
      for (const role of entity.roles)
        if (!known.roles.some((r) => r.title === role.title)) known.roles.push(role);
    } else {
      byId.set(entity.id, entity);
      entities.push(entity);
    }
    for (const i of cluster) {
      const m = coref.mentions[i]!;
      mentions.push({
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        entity: entity.id,
        kind: m.kind,
      });
    }
  }
  for (const entity of entities) respellFromAliases(entity);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions, flags: coref.flags };
}

function entityOf(
  text: string,
  coref: Coreference,
  cluster: number[],
  articleKey: string,
): Entity | undefined {
  // Pushed one by one, as is `country` below found by a loop: the arrays map() made kept entityOf's
  // optimised code from settling (recompiled five times per worker).
  const members: CorefMention[] = [];
  for (const i of cluster) members.push(coref.mentions[i]!);
  const spelled = (m: CorefMention) => text.slice(m.start, m.end);
  let country: string | undefined;
  for (const i of cluster) {
    country = coref.countries.get(i);
    if (country !== undefined) break;
  }
  if (country) {
    const name = countryByCode3(country)?.name ?? spelled(members[0]!);
    const aliases = unique(members.filter((m) => m.kind === 'name').map(spelled)).filter((n) => n !== name);
    return { id: entityId('GPE', name), type: 'GPE', name, aliases, roles: [], country };
  }
  const named = members.filter(
    (m) => m.kind === 'name' && m.type !== 'NORP' && !(m.type === 'MISC' && !/\s/.test(spelled(m))),
  );
  if (named.length > 0) {
    const type = TYPE_ORDER.find((t) => named.some((m) => m.type === t)) ?? 'MISC';
    const forms = named
      .filter((m) => m.type === type)
      .map((m) => (type === 'PERSON' ? withoutRole(spelled(m)).name : spelled(m)));
    const name = canonicalName(type, forms);
    const entity: Entity = {
      id: entityId(type, name),
      type,
      name,
      aliases: unique(named.map(spelled)).filter((n) => n !== name),
      roles: type === 'PERSON' ? rolesOf(text, named) : [],
    };
    const affiliation = entity.roles.find((r) => r.country)?.country ?? demonymCountry(text, members);
    if (affiliation && (type === 'PERSON' || type === 'ORG')) entity.country = affiliation;
    return entity;
  }
  return describedEntity(text, members, articleKey);
}

/**
 * An actor the article describes but never names: at least two descriptions of a person or an
 * organisation. Its id is `<type>/<description>@<key of the article's text>`: the same on every run
 * over the same text, never shared with another article's "team" or "police".
 */
function describedEntity(text: string, members: CorefMention[], articleKey: string): Entity | undefined {
  // "college degrees", "college-educated": a noun that modifies another word describes no actor.
  const nominals = members.filter((m) => m.kind === 'nominal' && !m.modifier && text[m.end] !== '-');
  if (nominals.length < 2) return undefined;
  // "If you are the photographer, … your query": a description of the reader, addressed as "you".
  if (members.some((m) => m.kind === 'pronoun' && m.person === 2)) return undefined;
  const semantic = nominals[0]!.semantic;
  if (semantic !== 'organization' && semantic !== 'person') return undefined;
  if (nominals.some((m) => m.semantic !== semantic || m.number !== nominals[0]!.number)) return undefined;
  // "people" ×28, "artists", "a person": people described mostly without "the" or a possessive are
  // people in general, not one actor ("the minister", "its staff" pick one out). A body stays even so:
  // news writes "police said", "localist group" for one force or party.
  const specific = nominals.filter((m) => m.determiner === 'definite' || m.determiner === 'possessive');
  if (semantic === 'person' && specific.length * 2 < nominals.length) return undefined;
  // "companies valuing profits", "brands": bodies in the plural, never picked out, are bodies in general
  // ("authorities said" and "forces attacked" name the ones of the story).
  const general = (m: CorefMention) =>
    m.number === 'pl' && m.head.endsWith('s') && !ACTING_BODIES.has(m.head);
  if (specific.length === 0 && nominals.every(general)) return undefined;
  const type: EntityType = semantic === 'person' ? 'PERSON' : 'ORG';
  const name = describedName(nominals.map((m) => text.slice(m.start, m.end)));
  const entity: Entity = {
    id: `${entityId(type, name)}@${articleKey}`,
    type,
    name,
    aliases: [],
    roles: [],
    described: true,
  };
  const country = demonymCountry(text, members);
  if (country) entity.country = country;
  return entity;
}

/** Bodies in the plural that news names as one actor without "the": "authorities said", "forces shelled". */
const ACTING_BODIES = new Set([
  'authorities',
  'forces',
  'troops',
  'militants',
  'rebels',
  'insurgents',
  'officials',
]);

/** Leading words of a description that say how many or which, not what: "the entire team", "the other two camps". */
const QUANTIFIERS =
  /^(?:(?:entire|whole|same|other|both|all|several|many|some|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\s+)+/i;

/**
 * The name of an entity known only by descriptions, without determiners and quantifiers: the most
 * frequent description with a modifier that occurs at least twice ("pan-democracy camp", "international
 * coalition"), else the most frequent one ("artists", not the once-seen "use artists" of "companies that
 * use artists' work"); the longer of equals. The longest description was chosen before and read oddly
 * ("other two anti-establishment camp", "163 teams").
 */
function describedName(descriptions: string[]): string {
  const counts = new Map<string, { form: string; count: number }>();
  for (const description of descriptions) {
    const form = description.replace(LEADING_DETERMINER, '').replace(QUANTIFIERS, '') || description;
    const key = form.toLowerCase();
    const entry = counts.get(key) ?? { form, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count || b.form.length - a.form.length);
  return (ranked.find((d) => /\s/.test(d.form) && d.count >= 2) ?? ranked[0])!.form;
}

/** The country a demonym or country name in the cluster's descriptions names ("the American diplomacy"). */
function demonymCountry(text: string, members: CorefMention[]): string | undefined {
  for (const m of members) {
    if (m.kind !== 'nominal') continue;
    for (const word of text.slice(m.start, m.end).split(/\s+/)) {
      const code = /^\p{Lu}/u.test(word) ? countryCode3(word) : undefined;
      if (code) return code;
    }
  }
  return undefined;
}

/** A courtesy title before a name, no part of it ("Mr. Tom Jones"); "Sir" and "Dame" are. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Messrs)\.?\s+(?=\p{Lu})/u;

/**
 * A person's name without a courtesy title or the role words tagged with it: "Afghan Ambassador
 * Hamdullah Mohib" → "Hamdullah Mohib" (the role: "Ambassador", Afghan), so that the canonical name
 * and id are the person's wherever the title is left out.
 */
function withoutRole(written: string): { name: string; role?: RolePhrase } {
  const form = written.replace(HONORIFIC, '');
  // The longest role that opens the form: "Lt. Gen." of "Lt. Gen. John Smith", not "Lt.".
  let out: { name: string; role?: RolePhrase } = { name: form };
  for (const word of form.matchAll(/\s(?=\p{Lu})/gu)) {
    const at = word.index + 1;
    // "Martin Luther King Jr.": a generational suffix is no name of its own.
    if (isGenerationalSuffix(form.slice(at))) continue;
    const role = findRolePhrase(form, at);
    if (role?.start === 0 && !isNameTitle(role.title)) out = { name: form.slice(at), role };
  }
  return out;
}

function rolesOf(text: string, named: CorefMention[]): Role[] {
  const roles: Role[] = [];
  for (const m of named) {
    const role =
      findRolePhrase(text, m.start) ??
      withoutRole(text.slice(m.start, m.end)).role ??
      findAppositiveRole(text, m.end);
    if (!role || roles.some((r) => r.title === role.title)) continue;
    const country = role.countryWord ? countryCode3(role.countryWord) : undefined;
    roles.push(country ? { title: role.title, country } : { title: role.title });
  }
  return roles;
}

const hasLowercase = (name: string) => /\p{Ll}/u.test(name);

/**
 * "TEHRAN" → "Tehran" when the article also writes it so (an alias of the same entity, whatever its
 * type or cluster): a dateline or headline in capitals is not how the name is spelled.
 */
function respellFromAliases(entity: Entity): void {
  if (hasLowercase(entity.name)) return;
  const name = entity.name.toLowerCase();
  const cased = entity.aliases.find((a) => hasLowercase(a) && a.toLowerCase() === name);
  if (!cased) return;
  entity.aliases = [entity.name, ...entity.aliases.filter((a) => a !== cased)];
  entity.name = cased;
}

/** The longest name for people and places; for organisations the most frequent spelled-out form, then the shortest. */
function canonicalName(type: EntityType, forms: string[]): string {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  const all = [...counts.keys()];
  const distinct = all.some(hasLowercase) ? all.filter(hasLowercase) : all;
  if (type === 'ORG') {
    // "Security Council" is named by "UN Security Council", the name it ends.
    const spelledOut = distinct.filter((n) => !ACRONYM.test(n) && !distinct.some((o) => o.endsWith(` ${n}`)));
    const count = (n: string) => counts.get(n) ?? 0;
    const best = [...spelledOut].sort((a, b) => count(b) - count(a) || a.length - b.length)[0];
    if (best) return best;
  }
  return [...distinct].sort((a, b) => b.length - a.length)[0] ?? '';
}

const unique = (items: string[]) => [...new Set(items)];
