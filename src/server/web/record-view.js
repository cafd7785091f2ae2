// One `newsgraph.article/1` record on screen: the clean text with its entities, quotes, amounts and
// dates highlighted, and a side panel of the record where every item jumps to its span.
import { el, routes } from './dom.js';

/** Every annotation over the text, each with a key (`m3`, `q0`…) that its segments and panel items share. */
function annotations(record, names) {
  const out = [];
  const types = new Map(record.entities.map((entity) => [entity.id, entity.type]));
  record.mentions.forEach((m, i) => {
    const type = types.get(m.entity) ?? 'MISC';
    out.push({
      key: `m${i}`,
      start: m.start,
      end: m.end,
      cls: `ent ent-${type}`,
      entity: m.entity,
      title: `${names.get(m.entity) ?? m.entity} (${type})`,
    });
  });
  record.quotes.forEach((q, i) => {
    const speaker = q.speaker ? (names.get(q.speaker.entity) ?? q.speaker.text) : 'unknown speaker';
    out.push({
      key: `q${i}`,
      start: q.start,
      end: q.end,
      cls: 'quote',
      title: `${speaker}${q.cue ? ` (${q.cue.text})` : ''}`,
    });
  });
  record.amounts.forEach((a, i) => {
    const value = `${a.value}${a.currency ? ` ${a.currency}` : ''}${a.unit ? ` ${a.unit}` : ''}`;
    out.push({ key: `a${i}`, start: a.start, end: a.end, cls: 'amount', title: `amount: ${value}` });
  });
  record.dates.forEach((d, i) => {
    out.push({
      key: `d${i}`,
      start: d.start,
      end: d.end,
      cls: 'date',
      title: `date: ${d.value ?? 'unresolved'}`,
    });
  });
  record.flags.forEach((f, i) => {
    if (f.start !== undefined && f.end !== undefined && f.end > f.start) {
      out.push({
        key: `f${i}`,
        start: f.start,
        end: f.end,
        cls: 'flagged',
        title: `${f.code}: ${f.message}`,
      });
    }
  });
  return out.filter((a) => a.end > a.start && a.start >= 0 && a.end <= record.text.length);
}

/** The text cut at every annotation boundary; each piece carries the classes of what covers it. */
function highlightedText(record, names, linkEntities) {
  const all = annotations(record, names);
  const cuts = new Set([0, record.text.length]);
  for (const a of all) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const bounds = [...cuts].sort((x, y) => x - y);
  const firstSeen = new Set();
  const pieces = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    const text = record.text.slice(start, end);
    const covering = all.filter((a) => a.start <= start && a.end >= end);
    if (covering.length === 0) {
      pieces.push(text);
      continue;
    }
    const mention = linkEntities ? covering.find((a) => a.entity) : undefined;
    const anchor = covering.find((a) => a.start === start && !firstSeen.has(a.key));
    if (anchor) firstSeen.add(anchor.key);
    pieces.push(
      el(
        mention ? 'a' : 'span',
        {
          class: covering.map((a) => a.cls).join(' '),
          'data-anns': covering.map((a) => a.key).join(' '),
          title: covering.map((a) => a.title).join('\n'),
          href: mention ? routes.entity(mention.entity) : undefined,
          id: anchor ? `span-${anchor.key}` : undefined,
        },
        text,
      ),
    );
  }
  return el('div', { class: 'article-text', 'data-testid': 'article-text' }, pieces);
}

/** Scrolls to an annotation's span and flashes every piece of it. */
export function focusSpan(key) {
  const pieces = document.querySelectorAll(`[data-anns~="${key}"]`);
  for (const old of document.querySelectorAll('.focus')) old.classList.remove('focus');
  for (const piece of pieces) piece.classList.add('focus');
  pieces[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function jump(key, ...label) {
  return el(
    'button',
    { type: 'button', class: 'jump', onclick: () => focusSpan(key), 'data-key': key },
    ...label,
  );
}

function list(items) {
  return items.length ? el('ul', { class: 'panel-list' }, items) : el('p', { class: 'muted' }, 'none');
}

function panel(record, names, linkEntities) {
  const firstMention = new Map();
  record.mentions.forEach((m, i) => {
    if (!firstMention.has(m.entity)) firstMention.set(m.entity, `m${i}`);
  });
  const group = (title, count, body, open = false) =>
    el('details', { class: 'panel-group', open }, el('summary', {}, `${title} (${count})`), body);
  const entities = record.entities.map((e) =>
    el(
      'li',
      {},
      firstMention.has(e.id) ? jump(firstMention.get(e.id), e.name) : e.name,
      ' ',
      el('span', { class: `chip ent-${e.type}` }, e.type),
      e.roles.length
        ? el(
            'div',
            { class: 'muted' },
            e.roles.map((r) => r.title + (r.country ? ` (${r.country})` : '')).join('; '),
          )
        : null,
      e.aliases.length ? el('div', { class: 'muted' }, `also: ${e.aliases.join(', ')}`) : null,
      linkEntities ? el('a', { href: routes.entity(e.id), class: 'more' }, 'entity page →') : null,
    ),
  );
  const quotes = record.quotes.map((q, i) =>
    el(
      'li',
      {},
      jump(
        `q${i}`,
        el('strong', {}, q.speaker ? (names.get(q.speaker.entity) ?? q.speaker.text) : '?'),
        ': “',
        q.text,
        '”',
      ),
      el(
        'div',
        { class: 'muted' },
        `${q.kind}${q.cue ? `, ${q.cue.text}` : ''}, confidence ${q.confidence.toFixed(2)}`,
      ),
    ),
  );
  const amounts = record.amounts.map((a, i) =>
    el(
      'li',
      {},
      jump(`a${i}`, a.text),
      el(
        'span',
        { class: 'muted' },
        ` = ${a.value}${a.currency ? ` ${a.currency}` : ''}${a.unit ? ` ${a.unit}` : ''}${a.object ? ` · ${a.object.text}` : ''}`,
      ),
    ),
  );
  const dates = record.dates.map((d, i) =>
    el('li', {}, jump(`d${i}`, d.text), el('span', { class: 'muted' }, ` → ${d.value ?? 'unresolved'}`)),
  );
  const events = record.events.map((ev) => {
    const who = (ids) => ids.map((id) => names.get(id) ?? id).join(', ') || '—';
    const trigger = ev.trigger;
    return el(
      'li',
      {},
      el('span', { class: 'chip' }, ev.type),
      ` ${who(ev.actors)} → ${who(ev.targets)} `,
      trigger ? el('span', { class: 'muted' }, `“${trigger.text}”`) : null,
      ev.date ? el('span', { class: 'muted' }, ` ${ev.date}`) : null,
    );
  });
  const flags = record.flags.map((f, i) =>
    el(
      'li',
      {},
      f.start !== undefined ? jump(`f${i}`, f.code) : el('strong', {}, f.code),
      el('div', { class: 'muted' }, f.message),
    ),
  );
  const removed = record.removed.map((r) =>
    el('li', {}, el('span', { class: 'chip' }, r.reason), ' ', el('span', { class: 'removed' }, r.text)),
  );
  const meta = record.meta;
  const metaItems = [
    meta.byline && ['byline', meta.byline],
    meta.published && ['published', meta.published],
    meta.language && ['language', meta.language],
    meta.credits.length && ['credits', meta.credits.join(', ')],
    meta.focusCountries?.length && ['focus', meta.focusCountries.join(', ')],
    meta.translation?.probable && ['translation', `probable (${meta.translation.signals.join(', ')})`],
    ...meta.captions.map((c) => ['caption', c.text + (c.credit ? ` (${c.credit})` : '')]),
  ].filter(Boolean);
  return el(
    'aside',
    { class: 'panel', 'data-testid': 'record-panel' },
    group('Entities', entities.length, list(entities), true),
    group('Quotes', quotes.length, list(quotes), true),
    group('Amounts', amounts.length, list(amounts)),
    group('Dates', dates.length, list(dates)),
    group('Events', events.length, list(events)),
    group('Flags', flags.length, list(flags), flags.length > 0),
    group('Removed', removed.length, list(removed)),
    group(
      'Meta',
      metaItems.length,
      el(
        'dl',
        {},
        metaItems.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]),
      ),
    ),
    el(
      'details',
      { class: 'panel-group' },
      el('summary', {}, 'Record JSON'),
      el('pre', { class: 'json' }, JSON.stringify(record, null, 2)),
    ),
  );
}

/** The text and its panel side by side; `linkEntities` when the entities have pages in the corpus. */
export function recordView(record, { linkEntities = true } = {}) {
  const names = new Map(record.entities.map((entity) => [entity.id, entity.name]));
  return el(
    'div',
    { class: 'record' },
    highlightedText(record, names, linkEntities),
    panel(record, names, linkEntities),
  );
}
