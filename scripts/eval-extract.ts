/**
 * Article extraction quality and speed on ../shared/data/extraction, next to plain
 * @mozilla/readability + linkedom run on the same pages in the same process.
 *
 *   npm run eval:extract [-- --sample N] [--no-floors] [--ours-only] [--set wcxb|naeb|htmldate]
 *                          [--errors FILE]
 *
 * `--errors FILE` writes one JSON line per page with our prediction next to the reference (title,
 * author, date, body F1, time), for reading failures; `--ours-only` skips Readability; `--set`
 * runs one data set. Floors are checked only on full runs of everything.
 *
 * Ours is measured as a user gets it: the record's text after its title, from the HTML path of
 * `analyze` (the extractor, then the cleaning every article gets: captions, credits, trailers and
 * repeated summaries removed).
 * Body: word-level P/R/F1 exactly as WCXB's evaluate.py (mean over pages). Title: normalized
 * exact match. Author: same set of normalized names (pages whose reference has an author).
 * Date: day-level match of `published` (pages whose reference has a date; month-level where the
 * reference gives only a month).
 * Floors in scripts/floors/extract.json are checked on full runs; a full run below a floor exits 1.
 * Speed (pages/s, extraction and cleaning, one thread) is printed but not a floor: it depends on the machine.
 * A full run reads ~2,100 pages twice (ours and Readability) and takes a few minutes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { wordF1 } from '../src/extract/html/word-f1.js';
import { htmlDoc } from '../src/extract/html-doc.js';
import { decodeHtmlBytes } from '../src/ingest/charset.js';

const DATA = join(import.meta.dirname, '../../shared/data/extraction');
const FLOORS = join(import.meta.dirname, 'floors/extract.json');

interface Page {
  id: string;
  html: () => string;
  url?: string;
  body?: string;
  title?: string;
  author?: string;
  date?: string;
  articleOnly?: boolean;
}
interface Prediction {
  body: string;
  title?: string;
  author?: string;
  date?: string;
}
type System = (html: string, url?: string) => Prediction;

const args = process.argv.slice(2);
const sampleArg = args.indexOf('--sample');
const sample = sampleArg >= 0 ? Number(args[sampleArg + 1]) : 0;
const oursOnly = args.includes('--ours-only');
const setArg = args.indexOf('--set');
const onlySet = setArg >= 0 ? args[setArg + 1] : undefined;
const errorsArg = args.indexOf('--errors');
const errorsFile = errorsArg >= 0 ? args[errorsArg + 1] : undefined;
const checkFloors = !args.includes('--no-floors') && sample === 0 && !oursOnly && !onlySet;
const errorLines: string[] = [];

function every<T>(items: T[]): T[] {
  if (!sample || items.length <= sample) return items;
  const step = items.length / sample;
  return Array.from({ length: sample }, (_, i) => items[Math.floor(i * step)]!);
}

const gz = (path: string) => () => decodeHtmlBytes(gunzipSync(readFileSync(path)));

function wcxbPages(): Page[] {
  const dir = join(DATA, 'wcxb/dev');
  return readdirSync(join(dir, 'ground-truth'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const data = JSON.parse(readFileSync(join(dir, 'ground-truth', f), 'utf8'));
      const gt = data.ground_truth ?? {};
      const pt = data._internal?.page_type;
      const type = typeof pt === 'string' ? pt : (pt?.primary ?? 'article');
      const id = f.replace(/\.json$/, '');
      return {
        id,
        html: gz(join(dir, 'html', `${id}.html.gz`)),
        url: data.url,
        body: gt.main_content ?? '',
        title: gt.title ?? undefined,
        author: gt.author ?? undefined,
        date: gt.publish_date ?? undefined,
        articleOnly: type === 'article',
      };
    });
}

function naebPages(): Page[] {
  const dir = join(DATA, 'naeb');
  const articles = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string; title: string; authors: string; date: string }
  >;
  const files = new Set(readdirSync(join(dir, 'html')));
  return Object.entries(articles)
    .filter(([key]) => files.has(`${key}.html.gz`))
    .map(([key, a]) => ({
      id: key,
      html: gz(join(dir, 'html', `${key}.html.gz`)),
      url: a.url,
      body: a.articleBody,
      title: a.title,
      author: a.authors || undefined,
      date: /^\d{4}-\d\d-\d\d$/.test(a.date) ? a.date : undefined,
    }));
}

function htmldatePages(): Page[] {
  const dir = join(DATA, 'htmldate');
  // The file is Python's json.dump output: pages without a known date have a bare NaN.
  const text = readFileSync(join(dir, 'eval_mediacloud_2020.json'), 'utf8').replace(/:\s*NaN\b/g, ': null');
  const entries = JSON.parse(text) as Record<string, { file: string; date: string | null }>;
  return Object.entries(entries).map(([url, e]) => ({
    id: e.file,
    html: gz(join(dir, 'test_set', `${e.file}.gz`)),
    url,
    date: e.date ?? undefined,
  }));
}

/**
 * newsgraph as a user gets it: the HTML path of `analyze` (extraction, then the cleaning every article
 * gets: captions, credits, trailers, repeated summaries), the body being the record's text after its title.
 */
const ours: System = (html, url) => {
  const doc = htmlDoc({
    kind: 'html',
    body: html,
    source: { path: 'page.html', format: 'html', bytes: html.length, sha256: '', ...(url ? { url } : {}) },
  });
  const body = (doc.layers.blocks ?? [])
    .filter((b) => b.kind !== 'title')
    .map((b) => doc.text.slice(b.start, b.end));
  return {
    body: body.join('\n\n'),
    title: doc.meta.title,
    author: doc.meta.byline,
    date: doc.meta.published,
  };
};

const readability: System = (html) => {
  const { document } = parseHTML(html);
  // biome-ignore lint/suspicious/noExplicitAny: linkedom's Document is DOM-compatible but not typed as lib.dom's.
  const r = new Readability(document as any).parse();
  return {
    body: r?.textContent ?? '',
    title: r?.title ?? undefined,
    author: r?.byline ?? undefined,
    date: r?.publishedTime ?? undefined,
  };
};

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const names = (s: string) =>
  new Set(
    s
      .replace(/^\s*by\s+/i, '')
      .split(/\s*(?:,|;|&|\band\b|\|)\s*/i)
      .map(norm)
      .filter(Boolean),
  );
/**
 * A predicted date against the reference, at the reference's precision: the day, or the month for
 * the few WCXB references that give only a month ("2015-11"), which no day could otherwise match.
 */
const sameDate = (predicted: string | undefined, reference: string) => {
  const precision = Math.min(reference.length, 10);
  return predicted?.slice(0, precision) === reference.slice(0, precision);
};
const sameNames = (a: string, b: string) => {
  const x = names(a);
  const y = names(b);
  return x.size === y.size && [...x].every((n) => y.has(n));
};

interface Tally {
  n: number;
  p: number;
  r: number;
  f1: number;
  title: [number, number];
  author: [number, number];
  date: [number, number];
  ms: number;
}
const newTally = (): Tally => ({
  n: 0,
  p: 0,
  r: 0,
  f1: 0,
  title: [0, 0],
  author: [0, 0],
  date: [0, 0],
  ms: 0,
});

function score(t: Tally, page: Page, pred: Prediction, ms: number) {
  t.ms += ms;
  if (page.body !== undefined) {
    const s = wordF1(pred.body, page.body);
    t.n++;
    t.p += s.precision;
    t.r += s.recall;
    t.f1 += s.f1;
  }
  if (page.title) {
    t.title[1]++;
    if (pred.title && norm(pred.title) === norm(page.title)) t.title[0]++;
  }
  if (page.author) {
    t.author[1]++;
    if (pred.author && sameNames(pred.author, page.author)) t.author[0]++;
  }
  if (page.date) {
    t.date[1]++;
    if (sameDate(pred.date, page.date)) t.date[0]++;
  }
}

const systems: [string, System][] = [['newsgraph', ours]];
if (!oursOnly) systems.push(['readability', readability]);
const rows: { set: string; system: string; t: Tally; pages: number }[] = [];

function run(set: string, pages: Page[], filter?: (p: Page) => boolean) {
  const tallies = systems.map(() => newTally());
  const sub = filter ? newTally() : undefined;
  const subR = filter ? newTally() : undefined;
  for (const page of pages) {
    const html = page.html();
    systems.forEach(([, system], i) => {
      const t0 = performance.now();
      let pred: Prediction;
      try {
        pred = system(html, page.url);
      } catch (err) {
        console.error(`${set} ${page.id}: ${(err as Error).message}`);
        pred = { body: '' };
      }
      const ms = performance.now() - t0;
      score(tallies[i]!, page, pred, ms);
      if (errorsFile && i === 0) errorLines.push(errorLine(set, page, pred, ms));
      if (filter?.(page)) score(i === 0 ? sub! : subR!, page, pred, ms);
    });
  }
  if (sub && subR) {
    rows.push({ set: `${set} articles`, system: 'newsgraph', t: sub, pages: sub.n });
    if (!oursOnly) rows.push({ set: `${set} articles`, system: 'readability', t: subR, pages: subR.n });
  }
  systems.forEach(([name], i) => {
    rows.push({ set, system: name, t: tallies[i]!, pages: pages.length });
  });
}

function errorLine(set: string, page: Page, pred: Prediction, ms: number): string {
  const body = page.body !== undefined ? wordF1(pred.body, page.body) : undefined;
  return JSON.stringify({
    set,
    id: page.id,
    url: page.url,
    article: page.articleOnly,
    ms: Math.round(ms * 10) / 10,
    f1: body && Math.round(body.f1 * 1000) / 1000,
    p: body && Math.round(body.precision * 1000) / 1000,
    r: body && Math.round(body.recall * 1000) / 1000,
    titleOk: page.title ? !!pred.title && norm(pred.title) === norm(page.title) : undefined,
    title: pred.title,
    goldTitle: page.title,
    dateOk: page.date ? sameDate(pred.date, page.date) : undefined,
    date: pred.date,
    goldDate: page.date,
    authorOk: page.author ? !!pred.author && sameNames(pred.author, page.author) : undefined,
    author: pred.author,
    goldAuthor: page.author,
  });
}

const started = performance.now();
if (!onlySet || onlySet === 'wcxb') run('wcxb-dev', every(wcxbPages()), (p) => p.articleOnly === true);
if (!onlySet || onlySet === 'naeb') run('naeb', every(naebPages()));
if (!onlySet || onlySet === 'htmldate') run('htmldate', every(htmldatePages()));
if (errorsFile) writeFileSync(errorsFile, `${errorLines.join('\n')}\n`);

const f = (x: number) => x.toFixed(4);
const acc = ([ok, n]: [number, number]) => (n ? `${f(ok / n)} (${n})` : '-');
console.log(
  `\nnode ${process.version}, ${cpus()[0]?.model ?? 'cpu'}${sample ? `, sample ${sample} per set` : ''}`,
);
console.log(
  ['set', 'system', 'pages', 'P', 'R', 'F1', 'title', 'author', 'date', 'pages/s']
    .map((h) => h.padEnd(12))
    .join(''),
);
const results: Record<string, number> = {};
for (const { set, system, t, pages } of rows) {
  const body = t.n ? [f(t.p / t.n), f(t.r / t.n), f(t.f1 / t.n)] : ['-', '-', '-'];
  const pps = (pages / t.ms) * 1000;
  console.log(
    [set, system, String(pages), ...body, acc(t.title), acc(t.author), acc(t.date), pps.toFixed(0)]
      .map((c) => c.padEnd(12))
      .join(''),
  );
  if (system !== 'newsgraph') continue;
  const key = set.replace(/\s+/g, '-');
  if (t.n) results[`${key}.f1`] = t.f1 / t.n;
  if (t.title[1]) results[`${key}.title`] = t.title[0] / t.title[1];
  if (t.date[1]) results[`${key}.date`] = t.date[0] / t.date[1];
  if (t.author[1]) results[`${key}.author`] = t.author[0] / t.author[1];
  if (set === 'wcxb-dev') results.pagesPerSecond = pps;
}
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (args.includes('--print-json')) console.log(JSON.stringify(results, null, 2));

if (checkFloors) {
  const floors = JSON.parse(readFileSync(FLOORS, 'utf8')) as Record<string, number>;
  const below = Object.entries(floors).filter(([k, v]) => (results[k] ?? 0) < v);
  for (const [k, v] of below) console.error(`below floor: ${k} = ${f(results[k] ?? 0)} < ${v}`);
  if (below.length) process.exit(1);
  console.log(`floors ok (${Object.keys(floors).length} checked)`);
}
