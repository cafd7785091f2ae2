/**
 * Reported speech that accuses: when a named, placed speaker says that someone used force
 * ("Israel said a mortar bomb was fired at it", "The US claimed that ISIL had attacked Iraq"),
 * PLOVER and PETRARCH code the statement as the speaker ACCUSE-ing the perpetrator, and the
 * violence itself as a secondary event. Unplaced speakers ("medics said", "state media reported")
 * only relay the event; statement verbs are the `reporting` list of data/events/verbs.json.
 */
import type { Token } from '../doc/doc.js';
import type { Event, EventParticipant } from '../doc/record-schema.js';
import { lemma, ploverOf, verbLexicon } from './event-lexicon.js';
import type { Participant } from './find-participants.js';

const VIOLENT_ROOTS = new Set(['18', '19', '20']);
const ACCUSE_CAMEO = '112';

function speakerOf(
  text: string,
  participants: Participant[],
  verb: Token,
): { speaker?: Participant; before: boolean } {
  const subject = [...participants].reverse().find((p) => p.end <= verb.start && !p.object && !p.place);
  const inverted = participants.find((p) => p.start >= verb.end && p.start - verb.end <= 3);
  // "…, Blinken said": the speaker follows the verb and the statement precedes it.
  if (inverted && (!subject || /,\s*$/.test(text.slice(subject.end, verb.start)) === false)) {
    const statementBefore = /[,”"]\s*$/.test(text.slice(0, verb.start));
    if (statementBefore) return { speaker: inverted, before: false };
  }
  return { speaker: subject, before: true };
}

/** Adds ACCUSE events for a sentence's reported violence; marks the reported events secondary. */
export function reportedAccusations(
  text: string,
  tokens: readonly Token[],
  participants: Participant[],
  events: Event[],
): Event[] {
  const reporting = new Set(verbLexicon().accusing);
  const added: Event[] = [];
  for (const verb of tokens) {
    if (verb.pos !== 'VERB' || !reporting.has(lemma(text.slice(verb.start, verb.end)))) continue;
    const { speaker, before } = speakerOf(text, participants, verb);
    if (!speaker || speaker.sector === 'media' || (!speaker.country && !speaker.entity)) continue;
    const reported = events.filter(
      (e) =>
        VIOLENT_ROOTS.has(e.cameo?.slice(0, 2) ?? '') &&
        (before ? e.trigger.start > verb.end : e.trigger.end <= verb.start) &&
        !(speaker.entity && e.actors.includes(speaker.entity)),
    );
    const violence = reported[0];
    if (!violence) continue;
    const plover = ploverOf(ACCUSE_CAMEO);
    if (!plover) continue;
    for (const e of reported) e.salience = 'secondary';
    const actor: EventParticipant = {
      role: 'actor',
      start: speaker.start,
      end: speaker.end,
      text: speaker.text,
    };
    if (speaker.entity) actor.entity = speaker.entity;
    if (speaker.country) actor.country = speaker.country;
    if (speaker.sector) actor.sector = speaker.sector;
    const targets = violence.participants
      .filter((p) => p.role === 'actor')
      .map((p): EventParticipant => ({ ...p, role: 'target' }));
    const accusation: Event = {
      type: plover.type,
      context: plover.context,
      trigger: { start: verb.start, end: verb.end, text: text.slice(verb.start, verb.end) },
      actors: speaker.entity ? [speaker.entity] : [],
      targets: [...new Set(targets.flatMap((p) => (p.entity ? [p.entity] : [])))],
      participants: [actor, ...targets],
      cameo: ACCUSE_CAMEO,
      salience: 'main',
    };
    if (plover.mode) accusation.mode = plover.mode;
    if (violence.place) accusation.place = violence.place;
    if (violence.date) accusation.date = violence.date;
    added.push(accusation);
  }
  return [...events, ...added].sort((a, b) => a.trigger.start - b.trigger.start);
}
