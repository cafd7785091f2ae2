/** `newsgraph search "<text>"`: articles whose text contains every word (stemmed), best first. */
import { parseArgs } from 'node:util';
import { formatRows, parseRowFormat } from '../corpus/format-rows.js';
import { DEFAULT_DB, parseLimit, withStore } from '../corpus/open-store.js';
import { writeOut } from './output.js';
import { QUERY_OPTIONS } from './query-options.js';

export const SEARCH_USAGE = `Usage: newsgraph search [options] "<text>"

Full-text search over the corpus (copies of an article are counted, not listed).

Options:
  --db <path|postgres://…>  corpus (default ${DEFAULT_DB})
  --format table|json|csv   output format (default table)
  --limit <n>               at most n results (default 20)
  -h, --help                show this help`;

export async function searchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...QUERY_OPTIONS,
    },
  });
  if (values.help) {
    await writeOut(`${SEARCH_USAGE}\n`);
    return 0;
  }
  const format = parseRowFormat(values.format);
  const text = positionals.join(' ').trim();
  if (!text) throw new Error(`no search text given\n\n${SEARCH_USAGE}`);
  const hits = await withStore(values.db, (store) => store.search(text, { limit: parseLimit(values.limit) }));
  const rows = hits.map((hit) => [
    hit.published,
    hit.title,
    hit.snippet,
    hit.duplicates,
    hit.storyId,
    hit.id,
  ]);
  await writeOut(formatRows(format, ['date', 'title', 'snippet', 'copies', 'story', 'id'], rows, hits));
  return 0;
}
