/** Lists the tagger's span errors on WNW dev (or UNER-EWT dev with --uner, test with --uner-test), for error analysis. */
import { tagEntities } from '../src/entities/tagger/tag-entities.js';
import { winkTokens } from '../src/entities/tagger/wink-tokens.js';
import { unerDocs, wnwDocs } from './ner-eval-corpora.js';
import { combinedGroup } from './ner-span-scores.js';

const docs = process.argv.includes('--uner-test')
  ? unerDocs('test')
  : process.argv.includes('--uner')
    ? unerDocs('dev')
    : wnwDocs();
const kinds = new Map<string, number>();
const examples: string[] = [];
for (const doc of docs) {
  const { tokens, sentences } = winkTokens(doc.text);
  const pred = tagEntities(doc.text, tokens, sentences);
  const gold = doc.gold.filter((g) => combinedGroup(g.type));
  const p = pred.filter((s) => combinedGroup(s.type));
  const show = (s: { start: number; end: number }) => doc.text.slice(s.start, s.end).replace(/\s+/g, ' ');
  for (const g of gold) {
    const exact = p.find((s) => s.start === g.start && s.end === g.end);
    const overlap = p.find((s) => s.start < g.end && s.end > g.start);
    let kind: string;
    if (exact)
      kind = combinedGroup(exact.type) === combinedGroup(g.type) ? 'ok' : `type ${g.type}->${exact.type}`;
    else if (overlap) kind = 'boundary';
    else kind = `missed ${g.type}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (kind !== 'ok' && examples.length < 400)
      examples.push(`${kind}: [${show(g)}] pred ${overlap ? `[${show(overlap)}] ${overlap.type}` : '-'}`);
  }
  for (const s of p) {
    if (doc.gold.some((g) => g.start < s.end && g.end > s.start)) continue;
    const kind = `spurious ${s.type}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (examples.length < 400) examples.push(`${kind}: [${show(s)}]`);
  }
}
console.log([...kinds].sort((a, b) => b[1] - a[1]));
const filter = process.argv.find((a) => a.startsWith('--grep='))?.slice(7);
for (const e of examples.filter((x) => !filter || x.startsWith(filter)).slice(0, 120)) console.log(e);
