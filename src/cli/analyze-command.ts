/** `newsgraph analyze <file|dir|->...`: one record per article, as JSON, JSON Lines or a text summary. */
import { parseArgs } from 'node:util';
import { InputError } from '../ingest/raw-input.js';
import { readInputs } from '../ingest/read-inputs.js';
import { analyze } from '../pipeline/analyze.js';
import { ANALYZE_USAGE } from './analyze-usage.js';
import { formatRecordText } from './format-text.js';
import { useColor, writeOut } from './output.js';

const FORMATS = ['json', 'jsonl', 'text'] as const;
type Format = (typeof FORMATS)[number];

export async function analyzeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      published: { type: 'string' },
      raw: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeOut(`${ANALYZE_USAGE}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new Error(`unknown --format "${values.format}" (json, jsonl or text)`);
  if (positionals.length === 0) throw new Error(`no input given\n\n${ANALYZE_USAGE}`);
  if (values.published !== undefined && Number.isNaN(Date.parse(values.published))) {
    throw new Error(`--published "${values.published}" is not a date (use ISO 8601, e.g. 2021-06-29)`);
  }
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(maxBytes > 0)) throw new Error('--max-bytes must be a positive number');

  const color = format === 'text' && useColor();
  let failures = 0;
  let count = 0;
  const pending: string[] = [];
  const single = positionals.length === 1 && positionals[0] !== undefined;
  for await (const input of readInputs(positionals, maxBytes ? { maxBytes } : {})) {
    if (input instanceof InputError) {
      failures++;
      process.stderr.write(`newsgraph: ${input.message}\n`);
      continue;
    }
    let output: string;
    try {
      const options = { raw: values.raw, ...(values.published ? { published: values.published } : {}) };
      const record = analyze(input, options);
      output =
        format === 'text'
          ? `${count > 0 ? '\n' : ''}${formatRecordText(record, color)}\n`
          : `${JSON.stringify(record)}\n`;
    } catch (error) {
      failures++;
      const name = input.source.path ?? input.source.url ?? 'input';
      process.stderr.write(`newsgraph: ${name}: analysis failed: ${(error as Error).message}\n`);
      continue;
    }
    count++;
    // One article in json format is printed pretty; more than one stream as JSON Lines.
    if (format === 'json' && single && count === 1) {
      pending.push(output);
      continue;
    }
    if (format === 'json' && pending.length > 0) await writeOut(pending.splice(0).join(''));
    await writeOut(output);
  }
  if (pending.length > 0) await writeOut(`${JSON.stringify(JSON.parse(pending[0] ?? 'null'), null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}
