/** `newsgraph stories`: the corpus's stories, latest first, with their main entities and places. */
import { parseArgs } from 'node:util';
import { formatRows, parseRowFormat } from '../corpus/format-rows.js';
import { DEFAULT_DB, parseLimit, withStore } from '../corpus/open-store.js';
import { writeOut } from './output.js';
import { QUERY_OPTIONS } from './query-options.js';

export const STORIES_USAGE = `Usage: newsgraph stories [options]

Stories (articles about the same real-world event), latest first.

Options:
  --since <date>            only stories with articles on or after this day (ISO 8601)
  --db <path|postgres://…>  corpus (default ${DEFAULT_DB})
  --format table|json|csv   output format (default table)
  --limit <n>               at most n stories (default 20)
  -h, --help                show this help`;

export async function storiesCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      since: { type: 'string' },
      ...QUERY_OPTIONS,
    },
  });
  if (values.help) {
    await writeOut(`${STORIES_USAGE}\n`);
    return 0;
  }
  const format = parseRowFormat(values.format);
  const query = { limit: parseLimit(values.limit), ...(values.since ? { since: values.since } : {}) };
  const stories = await withStore(values.db, (store) => store.stories(query));
  const rows = stories.map((s) => [
    s.id,
    s.firstSeen === s.lastSeen ? s.firstSeen : `${s.firstSeen ?? '?'}..${s.lastSeen ?? '?'}`,
    s.articleCount,
    s.title,
    s.entities
      .slice(0, 4)
      .map((e) => e.name)
      .join('; '),
    s.places
      .slice(0, 3)
      .map((e) => e.name)
      .join('; '),
    s.events.length,
  ]);
  await writeOut(
    formatRows(format, ['story', 'days', 'articles', 'title', 'entities', 'places', 'events'], rows, stories),
  );
  return 0;
}
