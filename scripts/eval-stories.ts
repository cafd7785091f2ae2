/**
 * Story clustering, B-cubed precision/recall/F1, on the set in test/fixtures/stories/polnear-stories.json:
 * each story is a real PolNeAR article re-reported by synthetic outlets (30–60% of its paragraphs, another
 * headline, a date up to two days later). All reports are analysed with analyze(), written to a fresh SQLite
 * corpus in date order, and the stories the corpus forms are scored against the labels.
 * Fails when F1, precision or recall drops below the floors in scripts/floors/stories.json.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/corpus/open-store.js';
import { sha256 } from '../src/ingest/read-text.js';
import { analyze } from '../src/pipeline/analyze.js';
import { seededRandom } from '../src/testing/seeded-random.js';

const DATA = join(import.meta.dirname, '../../shared/data');
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../test/fixtures/stories/polnear-stories.json'), 'utf8'),
) as {
  stories: { story: string; base: string; reports: number }[];
};
const floors = JSON.parse(readFileSync(join(import.meta.dirname, 'floors/stories.json'), 'utf8')) as Record<
  string,
  number
>;

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

interface Report {
  label: string;
  text: string;
  published: string;
  name: string;
}

/** The first report is the article; the others take a sentence of it as headline and 30–60% of its paragraphs. */
function reports(label: string, path: string, count: number, random: () => number): Report[] {
  const raw = readFileSync(join(DATA, path), 'utf8').replace(/\r\n/g, '\n');
  const [title = '', ...rest] = raw
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const day = path.match(/_(\d{4}-\d{2}-\d{2})_/)?.[1] ?? '2016-01-01';
  const out: Report[] = [];
  for (let r = 0; r < count; r++) {
    const share = r === 0 ? 1 : 0.3 + random() * 0.3;
    const keep = rest.filter(() => random() < share);
    const paragraphs = keep.length >= 2 ? keep : rest.slice(0, 3);
    const headline =
      r === 0
        ? title
        : (paragraphs[Math.floor(random() * paragraphs.length)] ?? title).split(/(?<=[.!?])\s/)[0]!;
    out.push({
      label,
      text: `${headline.slice(0, 140)}\n\n${paragraphs.join('\n\n')}\n`,
      published: shiftDay(day, Math.floor(random() * 3)),
      name: `${label}#${r}`,
    });
  }
  return out;
}

const random = seededRandom(2024);
const all = fixture.stories.flatMap((story) => reports(story.story, story.base, story.reports, random));
// Arrival order: by day, shuffled within a day.
const order = all
  .map((report) => ({ report, key: random() }))
  .sort((a, b) => a.report.published.localeCompare(b.report.published) || a.key - b.key);

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-stories-'));
const store = await openStore(join(dir, 'eval.db'));
const started = performance.now();
const assigned = new Map<string, number>();
let copies = 0;
for (const { report } of order) {
  const bytes = Buffer.from(report.text);
  const record = analyze(
    {
      kind: 'text',
      body: report.text,
      source: { path: report.name, format: 'text', bytes: bytes.length, sha256: sha256(bytes) },
    },
    { published: report.published },
  );
  const result = await store.write(record);
  if (result.storyId === undefined) throw new Error(`${report.name}: no story`);
  assigned.set(report.name, result.storyId);
  if (result.status === 'duplicate') copies++;
}
const seconds = (performance.now() - started) / 1000;
await store.close();
rmSync(dir, { recursive: true, force: true });

// B-cubed: per item, the share of its predicted cluster that has its label (precision), and the share of
// its label's items in its predicted cluster (recall), averaged over items.
let precision = 0;
let recall = 0;
for (const a of all) {
  const cluster = all.filter((b) => assigned.get(b.name) === assigned.get(a.name));
  const gold = all.filter((b) => b.label === a.label);
  const both = cluster.filter((b) => b.label === a.label).length;
  precision += both / cluster.length;
  recall += both / gold.length;
}
precision /= all.length;
recall /= all.length;
const f1 = (2 * precision * recall) / (precision + recall);
const predicted = new Set(assigned.values()).size;

console.log(
  `story clustering on ${all.length} reports of ${fixture.stories.length} stories (${predicted} stories formed, ${copies} reports marked as copies), ${seconds.toFixed(1)} s`,
);
console.log('metric     value   floor');
const scores: Record<string, number> = { precision, recall, f1 };
let failed = false;
for (const [name, value] of Object.entries(scores)) {
  const floor = floors[name] ?? 0;
  const ok = value >= floor;
  failed ||= !ok;
  console.log(`${name.padEnd(10)} ${value.toFixed(3)}   ${floor.toFixed(3)}${ok ? '' : '  BELOW FLOOR'}`);
}
if (failed) process.exitCode = 1;
