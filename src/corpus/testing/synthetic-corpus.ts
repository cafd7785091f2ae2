/**
 * A small synthetic corpus on disk for ingest tests: `stories` stories of `perStory` reports each, with
 * shared names and words inside a story, dates a few days apart, and some exact copies under other names.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../../testing/seeded-random.js';

const NAMES = [
  'Aldana',
  'Borodin',
  'Castell',
  'Duvall',
  'Esterhaz',
  'Faraday',
  'Galvani',
  'Hollis',
  'Ingram',
  'Jovanic',
  'Kessler',
  'Lindqvist',
  'Moravec',
  'Nakamura',
  'Oyelaran',
  'Petrov',
  'Quiroga',
  'Rasmussen',
  'Sorensen',
  'Takeda',
];
const TOPICS = [
  'harbour strike',
  'river flooding',
  'budget vote',
  'mine collapse',
  'border talks',
  'vaccine rollout',
  'bank merger',
  'train derailment',
  'court ruling',
  'wildfire evacuation',
  'election recount',
  'factory closure',
];

export function writeSyntheticCorpus(dir: string, stories: number, perStory: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const files: string[] = [];
  for (let s = 0; s < stories; s++) {
    const topic = TOPICS[s % TOPICS.length]!;
    const people = [pick(NAMES), pick(NAMES), pick(NAMES)];
    const day = new Date(Date.UTC(2021, 0, 1 + s * 9));
    for (let r = 0; r < perStory; r++) {
      const date = new Date(day.getTime() + r * 86400000).toISOString().slice(0, 10);
      const lines = [
        `Report ${r + 1} on the ${topic} involving ${people[0]}`,
        `Published ${date}. Officials said on the ${topic} that ${people[0]} and ${people[1]} had met ${people[2]}.`,
        `Reporter ${r} of outlet ${s}-${r} added that the ${topic} affected ${Math.floor(random() * 900) + 100} people,`,
        `and ${people[1]} said talks on the ${topic} would continue while ${pick(NAMES)} watched closely.`,
      ];
      const path = join(dir, `s${String(s).padStart(2, '0')}-r${r}.txt`);
      writeFileSync(path, `${lines.join('\n')}\n`);
      files.push(path);
      if (r === 0 && s % 3 === 0) {
        const copy = join(dir, `s${String(s).padStart(2, '0')}-r${r}-copy.txt`);
        writeFileSync(copy, `${lines.join('\n')}\n\n`);
        files.push(copy);
      }
    }
  }
  return files;
}
