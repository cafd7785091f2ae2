/**
 * npm run eval:quotes — quotes on PolNeAR dev (../shared/data/quotes/polnear/dev): precision, recall
 * and F1 for source, cue and content spans, exact and partial (token overlap) match, for all
 * attributions and for direct ones (content in quotation marks); then the same texts with their
 * quotation marks damaged (seeded: deleted, turned round, replaced by guillemets). Fails below the
 * floors pinned in scripts/floors/quotes.json. Without the gold `.ann` files it says so, reports how
 * stable the predictions stay under damaged marks (agreement with the clean run, not accuracy), and
 * exits 2.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Quote } from '../src/doc/record-schema.js';
import { readTextInput } from '../src/ingest/read-text.js';
import { analyzeDoc } from '../src/pipeline/analyze.js';
import { type Damage, perturbMarks, toOriginalSpan } from '../src/quotes/eval/perturb-marks.js';
import { isDirect, predictedAttributions } from '../src/quotes/eval/predicted-attributions.js';
import { type Attribution, type CharSpan, ROLES, type Role, readBrat } from '../src/quotes/eval/read-brat.js';
import { type Counts, emptyCounts, prf, scoreSpans } from '../src/quotes/eval/score-spans.js';

const ROOT = new URL('../../shared/data/quotes/polnear/', import.meta.url);
const split = process.argv.includes('--train') ? 'train' : 'dev';
const limit = Number(process.argv.find((a) => a.startsWith('--limit='))?.slice(8) ?? Infinity);
const FLOORS = new URL('floors/quotes.json', import.meta.url);
const SEED = 20240404;
const DAMAGE: { name: Damage; rate: number }[] = [
  { name: 'delete', rate: 0.3 },
  { name: 'swap', rate: 0.3 },
  { name: 'guillemets', rate: 1 },
];

interface Article {
  name: string;
  text: string;
  gold?: Attribution[];
}

function loadArticles(): Article[] {
  const textDir = new URL(`${split}/text/`, ROOT);
  const annDir = new URL(`${split}/attributions/`, ROOT);
  const anns = existsSync(annDir)
    ? readdirSync(annDir)
        .filter((f) => f.endsWith('.ann'))
        .sort()
    : [];
  return readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, limit)
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const text = readFileSync(new URL(file, textDir), 'utf8');
      // Several annotators' files: the first one (suffix after the last `_`).
      const ann = anns.find((a) => a === `${name}.ann` || a.startsWith(`${name}_`));
      return {
        name,
        text,
        ...(ann ? { gold: readBrat(readFileSync(new URL(ann, annDir), 'utf8'), text) } : {}),
      };
    });
}

function quotesOf(text: string, name: string): Quote[] {
  const input = readTextInput(Buffer.from(text, 'utf8'), { path: `${name}.txt` });
  return analyzeDoc(input, { raw: true }).layers.quotes ?? [];
}

type Table = Record<Role, Counts>;
const emptyTable = (): Table => ({ source: emptyCounts(), cue: emptyCounts(), content: emptyCounts() });

function unique(spans: CharSpan[]): CharSpan[] {
  const seen = new Map<string, CharSpan>();
  for (const s of spans) seen.set(`${s.start}:${s.end}`, s);
  return [...seen.values()];
}

function addScores(
  text: string,
  gold: Attribution[],
  predicted: Attribution[],
  all: Table,
  direct: Table,
  damaged = false,
) {
  for (const role of ROLES) {
    scoreSpans(
      text,
      unique(gold.flatMap((a) => a[role])),
      unique(predicted.flatMap((a) => a[role])),
      all[role],
      damaged,
    );
    // Direct: gold content in marks; predictions scored for the same set are those in marks too.
    const g = gold.filter((a) => isDirect(text, a));
    const p = predicted.filter((a) => isDirect(text, a));
    scoreSpans(
      text,
      unique(g.flatMap((a) => a[role])),
      unique(p.flatMap((a) => a[role])),
      direct[role],
      damaged,
    );
  }
}

const f = (n: number) => n.toFixed(1).padStart(5);
function printTable(title: string, table: Table): Record<string, number> {
  console.log(`\n${title}`);
  console.log('role      gold  pred | exact  P     R     F1  | overlap P  R     F1');
  const f1s: Record<string, number> = {};
  for (const role of ROLES) {
    const c = table[role];
    const e = prf(c.exact, c.predicted, c.gold);
    const o = prf(c.overlap, c.predicted, c.gold);
    f1s[`${role}.exact`] = e.f1;
    f1s[`${role}.overlap`] = o.f1;
    console.log(
      `${role.padEnd(8)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)} |      ${f(e.precision)} ${f(e.recall)} ${f(e.f1)} |        ${f(o.precision)} ${f(o.recall)} ${f(o.f1)}`,
    );
  }
  return f1s;
}

function damagedAttributions(article: Article, damage: Damage, rate: number, i: number): Attribution[] {
  const damaged = perturbMarks(article.text, damage, rate, SEED + i);
  const back = (s: CharSpan) => toOriginalSpan(damaged, s);
  return predictedAttributions(damaged.text, quotesOf(damaged.text, article.name)).map((a) => ({
    source: a.source.map(back),
    cue: a.cue.map(back),
    content: a.content.map(back),
  }));
}

const started = Date.now();
const articles = loadArticles();
const withGold = articles.filter((a) => a.gold);
console.log(
  `PolNeAR ${split}: ${articles.length} texts, ${withGold.length} with gold attributions (${cpus()[0]?.model ?? ''}, Node ${process.version})`,
);
const clean = articles.map((a) => predictedAttributions(a.text, quotesOf(a.text, a.name)));
const results: Record<string, number> = {};

if (withGold.length > 0) {
  const all = emptyTable();
  const direct = emptyTable();
  articles.forEach((a, i) => {
    if (a.gold) addScores(a.text, a.gold, clean[i]!, all, direct);
  });
  Object.assign(results, prefix('all', printTable('All attributions (exact / partial match)', all)));
  Object.assign(
    results,
    prefix('direct', printTable('Direct attributions (content in quotation marks)', direct)),
  );
  for (const { name, rate } of DAMAGE) {
    const t = emptyTable();
    const d = emptyTable();
    articles.forEach((a, i) => {
      if (a.gold) addScores(a.text, a.gold, damagedAttributions(a, name, rate, i), t, d, true);
    });
    Object.assign(
      results,
      prefix(
        `damaged.${name}`,
        printTable(`Quotation marks damaged: ${name} (rate ${rate}, seed ${SEED})`, t),
      ),
    );
  }
} else {
  console.log(
    `\nNo gold: ${new URL(`${split}/attributions/`, ROOT).pathname} is missing, so accuracy cannot be measured.`,
  );
  console.log(
    'Robustness as stability: predictions on damaged texts scored against the predictions on the clean texts.',
  );
  for (const { name, rate } of DAMAGE) {
    const t = emptyTable();
    const d = emptyTable();
    articles.forEach((a, i) => {
      addScores(a.text, clean[i]!, damagedAttributions(a, name, rate, i), t, d, true);
    });
    Object.assign(
      results,
      prefix(
        `stability.${name}`,
        printTable(`Agreement with the clean run: ${name} (rate ${rate}, seed ${SEED})`, t),
      ),
    );
  }
  const kinds = articles
    .flatMap((a) => quotesOf(a.text, a.name))
    .reduce<Record<string, number>>((acc, q) => {
      acc[q.kind] = (acc[q.kind] ?? 0) + 1;
      return acc;
    }, {});
  console.log(`\nquotes found: ${JSON.stringify(kinds)}`);
}
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);

function prefix(p: string, values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${p}.${k}`, v]));
}

const floors: Record<string, number | null> = existsSync(FLOORS)
  ? JSON.parse(readFileSync(FLOORS, 'utf8')).floors
  : {};
const below = Object.entries(floors).filter(
  ([k, v]) => typeof v === 'number' && k in results && (results[k] ?? 0) < v,
);
const unmeasured = Object.entries(floors).filter(([k, v]) => typeof v === 'number' && !(k in results));
for (const [k, v] of below) console.log(`BELOW FLOOR ${k}: ${results[k]?.toFixed(1)} < ${v}`);
if (withGold.length > 0) {
  const clean = (k: string) => results[`all.${k}`] ?? 0;
  for (const { name } of DAMAGE)
    for (const k of ['source.exact', 'cue.exact', 'content.exact', 'content.overlap'])
      if (clean(k) - (results[`damaged.${name}.${k}`] ?? 0) > 10) {
        console.log(`ROBUSTNESS ${name} ${k}: more than 10 points under clean`);
        below.push([k, 0]);
      }
}
if (below.length > 0) process.exit(1);
if (withGold.length === 0) {
  const nulls = Object.values(floors).filter((v) => v === null).length;
  console.log(
    `stability floors hold; ${unmeasured.length + nulls} accuracy floors need the gold files: exit 2`,
  );
  process.exit(2);
}
