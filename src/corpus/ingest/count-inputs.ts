/** A quick estimate of how many inputs the arguments hold (files under directories), for the progress bar's ETA. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const LIMIT = 1_000_000;

async function countFiles(dir: string, budget: { left: number }): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (budget.left <= 0) break;
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) count += await countFiles(join(dir, entry.name), budget);
    else if (entry.isFile()) {
      count++;
      budget.left--;
    }
  }
  return count;
}

export async function estimateInputs(args: readonly string[]): Promise<number | undefined> {
  const budget = { left: LIMIT };
  let total = 0;
  try {
    for (const arg of args) {
      if (arg === '-') return undefined;
      const info = await stat(arg);
      total += info.isDirectory() ? await countFiles(arg, budget) : 1;
    }
  } catch {
    return undefined;
  }
  return total;
}
