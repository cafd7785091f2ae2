/**
 * The cue and source of a quotation in marks, looked for in this order:
 *   1. after the closing mark: `”, said Blinken`, `”, Blinken told reporters`, `” — Albert Einstein`;
 *   2. before the opening mark: `He said: “`, `Romeo: “`, `Blinken underlined … the fight “`;
 *   3. the next sentence, when it is only an attribution: `“…” Di Maio added.`
 */
import type { Token } from '../doc/doc.js';
import type { Sentence } from '../doc/record-schema.js';
import { firstStartingAt, spanContaining, spansWithin } from '../doc/span-search.js';
import { isQuoteGlyph } from '../text/quote-glyph.js';
import type { MarkedSpan } from './marked-quotes.js';
import {
  appositionsEnd,
  isAttributiveParticiple,
  isTimePhrase,
  phraseAfter,
  phraseBefore,
  type SentenceTokens,
  sentenceTokens,
  sharedSubject,
  type TokenRange,
  verbGroup,
} from './phrases.js';
import { cueClass, takesRecipient } from './speech-verbs.js';

export interface MarkedAttribution {
  cue: { start: number; end: number };
  source?: { start: number; end: number };
}

/** How far (in tokens) after a closing mark the attribution may start. */
const MAX_TOKENS_TO_CUE_AFTER = 12;
/** A belief verb cues a quotation only this close to it: `believes the vote is “rigged”`. */
const MAX_TOKENS_FROM_COGNITION_CUE = 3;

const offsets = (s: SentenceTokens, r: TokenRange) => ({
  start: s.tokens[r.from]!.start,
  end: s.tokens[r.to - 1]!.end,
});
/** A reporting verb, not the "called" of "so-called" or the "cited" of "the widely cited paper". */
const isCueVerb = (s: SentenceTokens, i: number) =>
  s.tokens[i]?.pos === 'VERB' &&
  cueClass(s.words[i] ?? '') !== undefined &&
  s.text[(s.tokens[i]?.start ?? 0) - 1] !== '-' &&
  !isAttributiveParticiple(s, i);

/** `, said Blinken` / `, Blinken told reporters` / `— Albert Einstein` at the start of `s`. */
export function attributionAtStart(
  s: SentenceTokens,
  punctuatedBefore = true,
): MarkedAttribution | undefined {
  let i = 0;
  while (i < s.tokens.length && /^[,.]$/.test(s.words[i] ?? '')) i++;
  const first = s.words[i];
  if (first === '—' || first === '–' || first === '--' || first === '––' || first === '——') {
    const source = phraseAfter(s, i + 1);
    if (!source) return undefined;
    // `” — Albert Einstein`, `” — Einstein, physicist`, `” — a spokesman said`; not `“alts” — alternative
    // jokes that …`, a gloss of the quoted word that goes on as a clause.
    const next = s.words[source.to];
    const ends = next === undefined || /^[,.;:!?()]$/.test(next) || isCueVerb(s, source.to);
    return ends ? { cue: offsets(s, { from: i, to: i + 1 }), source: offsets(s, source) } : undefined;
  }
  if (isCueVerb(s, i)) {
    // `an analysis of the “geography of AI” called the Bay Area a …`: a quotation inside the subject,
    // with no comma or stop between it and the verb, is not what the verb reports.
    if (i === 0 && !punctuatedBefore) return undefined;
    const group = verbGroup(s, i);
    const source = phraseAfter(s, group.to);
    return { cue: offsets(s, group), ...(source ? { source: offsets(s, source) } : {}) };
  }
  const source = phraseAfter(s, i);
  if (!source) return undefined;
  // The name itself stays short; its appositions are bounded on their own.
  const comma = s.words.indexOf(',', source.from);
  const nameEnd = comma < 0 || comma > source.to ? source.to : comma;
  if (nameEnd - source.from > MAX_TOKENS_TO_CUE_AFTER) return undefined;
  let v = source.to;
  while (
    v < s.tokens.length &&
    (s.tokens[v]!.pos === 'AUX' || s.tokens[v]!.pos === 'ADV' || s.words[v] === ',')
  )
    v++;
  if (!isCueVerb(s, v)) {
    // `Bethany Keith, MS, RDN, a registered dietitian at Renal Care, told`: appositions, then the cue.
    const end = appositionsEnd(s, source.to);
    const cue = s.words[end] === ',' ? end + 1 : end;
    if (end === source.to || !isCueVerb(s, cue)) return undefined;
    return { cue: offsets(s, verbGroup(s, cue)), source: offsets(s, { from: source.from, to: end }) };
  }
  const group = verbGroup(s, v);
  // `“a game changer” for the state, explained Clark Imus`: the sentence goes on after the quotation,
  // and the speaker follows the cue (after "told" come those spoken to).
  const after =
    s.words[group.from - 1] === ',' && !takesRecipient(s.words[v] ?? '')
      ? phraseAfter(s, group.to)
      : undefined;
  const inverted = after && !isTimePhrase(s, after) ? after : undefined;
  return { cue: offsets(s, group), source: offsets(s, inverted ?? source) };
}

/**
 * The verb group whose object or prepositional phrase starts at `object`, when the phrase is not who
 * speaks: `Adams told Politico: “`, `she said in a statement: “`. With neither a recipient verb nor a
 * preposition (`said Blinken: “`) the phrase after the verb is the speaker, and this returns nothing.
 */
function cueBeforeObject(s: SentenceTokens, object: number): TokenRange | undefined {
  const preposition = s.tokens[object - 1]?.pos === 'ADP';
  const verb = preposition ? object - 2 : object - 1;
  if (!isCueVerb(s, verb)) return undefined;
  if (!preposition && !takesRecipient(s.words[verb] ?? '')) return undefined;
  return verbGroup(s, verb);
}

/**
 * Who speaks with the cue `group`: the phrase before it, or the subject it shares with an earlier verb
 * when joined by "and" ("McDaniel was on the call and told them: “") or after a comma as a participle
 * (", adding", `“…,” adding “…”`).
 */
function sourceBeforeCue(s: SentenceTokens, group: TokenRange): TokenRange | undefined {
  const joined = /^and$/i.test(s.words[group.from - 1] ?? '');
  // (`“…,” adding`: the comma may stand inside the quotation's closing mark.)
  const afterComma =
    s.words[group.from - 1] === ',' ||
    (isQuoteGlyph(s.words[group.from - 1]) && /,$/.test(s.words[group.from - 2] ?? ''));
  const participle = afterComma && s.words.slice(group.from, group.to).some((w) => /ing$/i.test(w));
  if (joined) return sharedSubject(s, group.from - 1);
  return phraseBefore(s, group.from) ?? (participle ? sharedSubject(s, group.from - 1) : undefined);
}

function before(s: SentenceTokens, open: number): MarkedAttribution | undefined {
  let end = open;
  if (end > 0 && s.words[end - 1] === ':') {
    // `He said: “…”` (the colon is part of the cue) or `Romeo: “…”` (the colon is the cue).
    const colon = end - 1;
    if (isCueVerb(s, colon - 1)) {
      const group = verbGroup(s, colon - 1);
      const source = sourceBeforeCue(s, group);
      return {
        cue: offsets(s, { from: group.from, to: colon + 1 }),
        ...(source ? { source: offsets(s, source) } : {}),
      };
    }
    const source = phraseBefore(s, colon);
    if (source) {
      const spoken = cueBeforeObject(s, source.from);
      if (spoken) {
        const speaker = sourceBeforeCue(s, spoken);
        return {
          cue: offsets(s, { from: spoken.from, to: colon + 1 }),
          ...(speaker ? { source: offsets(s, speaker) } : {}),
        };
      }
      // `According to The Athletic: “…”`: the phrase is the cue.
      const according =
        /^according$/i.test(s.words[source.from - 2] ?? '') && /^to$/i.test(s.words[source.from - 1] ?? '');
      // `Romeo: “…”`: a speaker's label opens the sentence; `… told reporters about the aid into
      // Gaza: “…”` has its cue further back.
      if (according || source.from === 0) {
        const cue = according ? { from: source.from - 2, to: source.from } : { from: colon, to: colon + 1 };
        return { cue: offsets(s, cue), source: offsets(s, source) };
      }
    }
    end = colon;
  }
  for (let i = end - 1; i >= 0; i--) {
    if (isQuoteGlyph(s.words[i])) return undefined; // a cue before an earlier quote belongs to that one
    if (!isCueVerb(s, i)) continue;
    if (cueClass(s.words[i] ?? '') === 'cognition' && end - i > MAX_TOKENS_FROM_COGNITION_CUE) continue;
    const group = verbGroup(s, i);
    const source = sourceBeforeCue(s, group);
    return { cue: offsets(s, group), ...(source ? { source: offsets(s, source) } : {}) };
  }
  return undefined;
}

export interface MarkedInputs {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  blocks: readonly { start: number; end: number }[];
}

const tokensOf = (inputs: MarkedInputs, start: number, end: number) =>
  sentenceTokens(inputs.text, spansWithin(inputs.tokens, start, end));

export function attributeMarked(inputs: MarkedInputs, quote: MarkedSpan): MarkedAttribution | undefined {
  const { sentences, text } = inputs;
  const block = spanContaining(inputs.blocks, quote.start) ?? { start: 0, end: text.length };
  let following: MarkedAttribution | undefined;
  if (quote.closeAt !== undefined) {
    const sentence = spanContaining(sentences, quote.closeAt + 1) ?? spanContaining(sentences, quote.closeAt);
    if (sentence && sentence.end > quote.closeAt + 1) {
      // Whether the quotation closes on a comma or stop (`“…,” said Blinken`).
      const punctuated = /[,.!?;:…—–-]['’"”]*$/.test(text.slice(quote.start, quote.closeAt).trimEnd());
      following = attributionAtStart(tokensOf(inputs, quote.closeAt + 1, sentence.end), punctuated);
      if (following?.source) return following;
    }
  }
  if (quote.openAt !== undefined) {
    const sentence = spanContaining(sentences, quote.openAt);
    if (sentence) {
      const s = tokensOf(inputs, sentence.start, quote.openAt);
      const found = before(s, s.tokens.length);
      // `McDaniel told them: “…,” adding “…”`: a cue after the quotation with no speaker of its own gives
      // way to one before it that names the speaker.
      if (found && (found.source || !following)) return found;
    }
  }
  if (following) return following;
  // 3. The next sentence is only an attribution: `“…forever.” Blinken said.`
  const after = quote.closeAt ?? quote.end;
  const next = sentences[firstStartingAt(sentences, after + 1)];
  if (next && next.start < block.end && text.slice(after + 1, next.start).trim() === '') {
    const s = tokensOf(inputs, next.start, next.end);
    const found = attributionAtStart(s);
    const ending = s.words.slice(-1)[0];
    if (found && found.cue.end >= (s.tokens[s.tokens.length - 2]?.end ?? 0) - 40 && ending === '.')
      return found;
  }
  return undefined;
}
