/**
 * PolNeAR attributions from brat standoff (`.ann`): `T` lines `T3<TAB>Source 10 20;21 30<TAB>text`
 * (a span broken by a line break comes as fragments) and `E` lines joining one attribution's parts
 * (`E1<TAB>Cue:T2 Source:T1 Content:T3`). Fragments separated only by white space are joined.
 */

export type Role = 'source' | 'cue' | 'content';
export const ROLES: readonly Role[] = ['source', 'cue', 'content'];

export interface CharSpan {
  start: number;
  end: number;
}

export interface Attribution {
  source: CharSpan[];
  cue: CharSpan[];
  content: CharSpan[];
}

const ROLE_OF: Record<string, Role> = { source: 'source', cue: 'cue', content: 'content' };

function joinFragments(text: string, fragments: CharSpan[]): CharSpan[] {
  const sorted = [...fragments].sort((a, b) => a.start - b.start);
  const out: CharSpan[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && text.slice(last.end, f.start).trim() === '') last.end = Math.max(last.end, f.end);
    else out.push({ ...f });
  }
  return out;
}

export function readBrat(ann: string, text: string): Attribution[] {
  const spans = new Map<string, { role: Role; fragments: CharSpan[] }>();
  const events: string[][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const role = ROLE_OF[(type ?? '').toLowerCase()];
      if (!role) continue;
      const fragments = rest
        .join(' ')
        .split(';')
        .map((pair) => pair.trim().split(' ').map(Number))
        .filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b))
        .map(([a, b]) => ({ start: a as number, end: b as number }));
      spans.set(id, { role, fragments });
    } else if (id.startsWith('E')) {
      events.push(body.split(/\s+/).map((arg) => arg.split(':')[1] ?? ''));
    }
  }
  const used = new Set<string>();
  const attributions: Attribution[] = [];
  const collect = (ids: string[]) => {
    const a: Attribution = { source: [], cue: [], content: [] };
    for (const tid of ids) {
      const span = spans.get(tid);
      if (!span) continue;
      used.add(tid);
      a[span.role].push(...span.fragments);
    }
    for (const role of ROLES) a[role] = joinFragments(text, a[role]);
    return a;
  };
  for (const ids of events) attributions.push(collect(ids));
  // Parts no event joins stand alone (files without E lines).
  for (const id of spans.keys()) if (!used.has(id)) attributions.push(collect([id]));
  return attributions.filter((a) => a.cue.length + a.content.length + a.source.length > 0);
}
