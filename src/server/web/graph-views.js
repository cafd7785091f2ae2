// Small SVG pictures: articles per month, the co-mention graph, and the story map over country outlines.
import { el, routes, svg } from './dom.js';

export function timelineBars(timeline) {
  if (!timeline.length) return el('p', { class: 'muted' }, 'no dated articles');
  const max = Math.max(...timeline.map((t) => t.articles));
  const width = Math.max(240, timeline.length * 28);
  return svg(
    'svg',
    { viewBox: `0 0 ${width} 120`, class: 'bars', role: 'img', 'aria-label': 'articles per month' },
    timeline.map((t, i) => {
      const h = Math.max(2, (t.articles / max) * 80);
      return svg(
        'g',
        {},
        svg(
          'rect',
          { x: i * 28 + 4, y: 90 - h, width: 20, height: h },
          svg('title', {}, `${t.period}: ${t.articles}`),
        ),
        svg('text', { x: i * 28 + 14, y: 104, 'text-anchor': 'middle' }, t.period.slice(2)),
        svg('text', { x: i * 28 + 14, y: 86 - h, 'text-anchor': 'middle' }, String(t.articles)),
      );
    }),
  );
}

/** The entity in the middle, the entities named with it around, lines as thick as how often. */
export function coMentionGraph(entity, neighbours) {
  const size = 360;
  const c = size / 2;
  const shown = neighbours.slice(0, 12);
  const max = Math.max(1, ...shown.map((n) => n.count));
  const nodes = shown.map((n, i) => {
    const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    return { ...n, x: c + Math.cos(angle) * 130, y: c + Math.sin(angle) * 130 };
  });
  return svg(
    'svg',
    {
      viewBox: `0 0 ${size} ${size}`,
      class: 'graph',
      role: 'img',
      'aria-label': 'co-mentioned entities',
      'data-testid': 'co-mention-graph',
    },
    nodes.map((n) =>
      svg('line', { x1: c, y1: c, x2: n.x, y2: n.y, 'stroke-width': 1 + (4 * n.count) / max }),
    ),
    nodes.map((n) =>
      svg(
        'a',
        { href: routes.entity(n.id) },
        svg('circle', { cx: n.x, cy: n.y, r: 7, class: `node ent-${n.type}` }),
        svg(
          'text',
          { x: n.x, y: n.y + 20, 'text-anchor': 'middle' },
          n.name.length > 22 ? `${n.name.slice(0, 21)}…` : n.name,
        ),
        svg('title', {}, `${n.name}: ${n.count} article${n.count === 1 ? '' : 's'} together`),
      ),
    ),
    svg('circle', { cx: c, cy: c, r: 11, class: `node centre ent-${entity.type}` }),
    svg('text', { x: c, y: c + 26, 'text-anchor': 'middle', class: 'centre-label' }, entity.name),
  );
}

/** Places on an equirectangular map (x = lon + 180, y = 90 − lat), zoomed to them with a margin. */
export function placeMap(outlines, places) {
  let box = [0, 0, 360, 180];
  if (places.length) {
    const xs = places.map((p) => p.lon + 180);
    const ys = places.map((p) => 90 - p.lat);
    const pad = 25;
    let w = Math.max(Math.max(...xs) - Math.min(...xs) + 2 * pad, 60);
    let h = Math.max(Math.max(...ys) - Math.min(...ys) + 2 * pad, 30);
    if (w < h * 2) w = h * 2;
    else h = w / 2;
    w = Math.min(w, 360);
    h = Math.min(h, 180);
    const clamp = (v, hi) => Math.min(Math.max(v, 0), hi);
    const x0 = clamp((Math.max(...xs) + Math.min(...xs)) / 2 - w / 2, 360 - w);
    const y0 = clamp((Math.max(...ys) + Math.min(...ys)) / 2 - h / 2, 180 - h);
    box = [x0, y0, w, h];
  }
  const r = Math.max(0.8, box[2] / 120);
  return svg(
    'svg',
    {
      viewBox: box.join(' '),
      class: 'map',
      role: 'img',
      'aria-label': 'places of the story',
      'data-testid': 'story-map',
    },
    svg('rect', { x: 0, y: 0, width: 360, height: 180, class: 'sea' }),
    outlines.map((o) => svg('path', { d: o.d, class: 'land' }, svg('title', {}, o.name))),
    places.map((p) =>
      svg(
        'a',
        { href: routes.entity(p.id) },
        svg('circle', { cx: p.lon + 180, cy: 90 - p.lat, r, class: 'place' }),
        svg(
          'text',
          { x: p.lon + 180 + r * 1.5, y: 90 - p.lat + r / 2, 'font-size': r * 3.2, class: 'place-label' },
          p.name,
        ),
      ),
    ),
  );
}
