// Child process for the crash test: `ingest-child.ts <db> <dir>` ingests with the quick analyzer and
// prints one line per input handled, so the parent can kill it (SIGKILL) at a random point.
import { runIngest } from '../ingest/run-ingest.js';
import { openStore } from '../open-store.js';
import { quickAnalyzer } from './quick-analyzer.js';

const [db, dir] = process.argv.slice(2);
const store = await openStore(db!);
await runIngest(store, [dir!], {
  workers: 1,
  analyzer: quickAnalyzer,
  onProgress: (counts) => process.stdout.write(`done ${counts.done}\n`),
});
await store.close();
process.stdout.write('finished\n');
