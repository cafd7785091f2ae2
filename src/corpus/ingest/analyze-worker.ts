/** Worker thread body: analyses the raw articles it is sent and posts back their records. */
import { parentPort } from 'node:worker_threads';
import type { RawInput } from '../../ingest/raw-input.js';
import { analyze } from '../../pipeline/analyze.js';
import type { AnalyzeOptions } from '../../pipeline/stage.js';

export interface AnalyzeTask {
  seq: number;
  input: RawInput;
  options: AnalyzeOptions;
}

parentPort?.on('message', (task: AnalyzeTask) => {
  try {
    parentPort?.postMessage({ seq: task.seq, record: analyze(task.input, task.options) });
  } catch (error) {
    parentPort?.postMessage({ seq: task.seq, error: error instanceof Error ? error.message : String(error) });
  }
});
