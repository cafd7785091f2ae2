/** `newsgraph events --actor USA --since 2021-06-01`: who did what to whom, once per story. */
import { parseArgs } from 'node:util';
import { formatRows, parseRowFormat } from '../corpus/format-rows.js';
import { DEFAULT_DB, parseLimit, withStore } from '../corpus/open-store.js';
import { writeOut } from './output.js';
import { QUERY_OPTIONS } from './query-options.js';

export const EVENTS_USAGE = `Usage: newsgraph events [options]

Events, counted once per story however many articles report them, newest first.

Options:
  --actor <name|id|code>    only events with this actor (entity id, name, alias, or country code like USA)
  --since <date>            only events on or after this day (ISO 8601)
  --db <path|postgres://…>  corpus (default ${DEFAULT_DB})
  --format table|json|csv   output format (default table)
  --limit <n>               at most n events (default 20)
  -h, --help                show this help`;

export async function eventsCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      actor: { type: 'string' },
      since: { type: 'string' },
      ...QUERY_OPTIONS,
    },
  });
  if (values.help) {
    await writeOut(`${EVENTS_USAGE}\n`);
    return 0;
  }
  const format = parseRowFormat(values.format);
  if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) {
    throw new Error(`--since "${values.since}" is not a day (use YYYY-MM-DD)`);
  }
  const query = {
    limit: parseLimit(values.limit),
    ...(values.actor ? { actor: values.actor } : {}),
    ...(values.since ? { since: values.since } : {}),
  };
  const events = await withStore(values.db, (store) => store.events(query));
  const rows = events.map((e) => [
    e.date,
    e.type,
    e.actors.join('; '),
    e.targets.join('; '),
    e.place,
    e.articles,
    e.storyId,
  ]);
  await writeOut(
    formatRows(format, ['date', 'type', 'actors', 'targets', 'place', 'articles', 'story'], rows, events),
  );
  return 0;
}
