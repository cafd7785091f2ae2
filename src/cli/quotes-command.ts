/** `newsgraph quotes --speaker "Blinken"`: what a person or organisation was quoted saying, newest first. */
import { parseArgs } from 'node:util';
import { formatRows, parseRowFormat } from '../corpus/format-rows.js';
import { DEFAULT_DB, parseLimit, withStore } from '../corpus/open-store.js';
import { writeOut } from './output.js';
import { QUERY_OPTIONS } from './query-options.js';

export const QUOTES_USAGE = `Usage: newsgraph quotes --speaker <name|id> [options]

Quotes by a speaker (entity id, name or alias such as "Blinken"), each once: copies add none.

Options:
  --speaker <name|id>       who said it (required)
  --db <path|postgres://…>  corpus (default ${DEFAULT_DB})
  --format table|json|csv   output format (default table)
  --limit <n>               at most n quotes (default 20)
  -h, --help                show this help`;

export async function quotesCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      speaker: { type: 'string' },
      ...QUERY_OPTIONS,
    },
  });
  if (values.help) {
    await writeOut(`${QUOTES_USAGE}\n`);
    return 0;
  }
  const format = parseRowFormat(values.format);
  if (!values.speaker?.trim()) throw new Error(`--speaker is required\n\n${QUOTES_USAGE}`);
  const speaker = values.speaker;
  const quotes = await withStore(values.db, (store) =>
    store.quotes({ speaker, limit: parseLimit(values.limit) }),
  );
  const rows = quotes.map((q) => [q.published, q.speaker, q.cue, q.text, q.articleId]);
  await writeOut(formatRows(format, ['date', 'speaker', 'cue', 'quote', 'article'], rows, quotes));
  return 0;
}
