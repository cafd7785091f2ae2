/**
 * Learns the capitalised words that stand next to names without being part of them, from the
 * tagger's training corpora (WNW train, UNER-EWT train), and writes data/gazetteers/name-edges.json:
 * `before`, words seen capitalised right before a name at least 3 times and at least 4 times as often
 * as they begin a name of two words or more ("President", "Frenchman"); `after`, the same for words
 * right after a name and ending one ("Ruler", "Staff"). tag-entities.ts trims them off names.
 *
 *   npx tsx scripts/ner-build-name-edges.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUner, readWnw } from './ner-corpora.js';

const OUT = join(import.meta.dirname, '..', 'data', 'gazetteers', 'name-edges.json');

function main(): void {
  const count = () => new Map<string, number>();
  const [before, first, after, last] = [count(), count(), count(), count()];
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const doc of [...readWnw('train'), ...readUner('train', true)]) {
    for (const { words, labels } of doc.sentences) {
      const lower = (i: number) => words[i]!.toLowerCase();
      for (let s = 0; s < labels.length; s++) {
        if (!labels[s]!.startsWith('B-')) continue;
        let e = s + 1;
        while (e < labels.length && labels[e]!.startsWith('I-')) e++;
        if (e - s >= 2) {
          inc(first, lower(s));
          inc(last, lower(e - 1));
        }
        if (s > 0 && labels[s - 1] === 'O' && /^\p{Lu}/u.test(words[s - 1]!)) inc(before, lower(s - 1));
        if (e < labels.length && labels[e] === 'O' && /^\p{Lu}/u.test(words[e]!)) inc(after, lower(e));
      }
    }
  }
  const select = (outside: Map<string, number>, inside: Map<string, number>) =>
    [...outside]
      .filter(([w, n]) => n >= 3 && n >= 4 * (inside.get(w) ?? 0) && /^\p{L}[\p{L}.]*$/u.test(w))
      .map(([w]) => w)
      .sort();
  const edges = {
    _about:
      'Capitalised words next to names but not part of them, learned from WNW train and UNER-EWT train by scripts/ner-build-name-edges.ts; tag-entities.ts trims them off the edges of names.',
    before: select(before, first),
    after: select(after, last),
  };
  writeFileSync(OUT, `${JSON.stringify(edges, null, 1)}\n`);
  console.log(`before ${edges.before.length}, after ${edges.after.length} → ${OUT}`);
}

main();
