/** `newsgraph entity "Islamic State"`: one entity across the corpus. */
import { parseArgs } from 'node:util';
import { formatRows, parseRowFormat } from '../corpus/format-rows.js';
import { DEFAULT_DB, withStore } from '../corpus/open-store.js';
import { writeOut } from './output.js';
import { QUERY_OPTIONS } from './query-options.js';

export const ENTITY_USAGE = `Usage: newsgraph entity [options] "<name|id>"

One canonical entity across the corpus: names, articles, mentions, quotes, the entities named with it
and its articles per month.

Options:
  --db <path|postgres://…>  corpus (default ${DEFAULT_DB})
  --format table|json|csv   output format (default table)
  -h, --help                show this help`;

export async function entityCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...QUERY_OPTIONS,
    },
  });
  if (values.help) {
    await writeOut(`${ENTITY_USAGE}\n`);
    return 0;
  }
  const format = parseRowFormat(values.format);
  const query = positionals.join(' ').trim();
  if (!query) throw new Error(`no entity given\n\n${ENTITY_USAGE}`);
  const entry = await withStore(values.db, (store) => store.entity(query));
  if (!entry) {
    process.stderr.write(`newsgraph: no entity "${query}" in the corpus\n`);
    return 1;
  }
  const rows = [
    ['id', entry.id],
    ['name', entry.name],
    ['type', entry.type],
    ['aliases', entry.aliases.join('; ')],
    ['articles', entry.articleCount],
    ['mentions', entry.mentionCount],
    ['quotes', entry.quoteCount],
    ['first seen', entry.firstSeen],
    ['last seen', entry.lastSeen],
    ['named with', entry.coMentioned.map((c) => `${c.name} (${c.count})`).join('; ')],
    ['articles per month', entry.timeline.map((t) => `${t.period}: ${t.articles}`).join('; ')],
    ...entry.recentArticles.map((a, i) => [
      i === 0 ? 'recent articles' : '',
      `${a.published ?? ''} ${a.title ?? a.id}`,
    ]),
  ];
  await writeOut(formatRows(format, ['field', 'value'], rows, entry));
  return 0;
}
