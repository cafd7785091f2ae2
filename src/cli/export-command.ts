/** `newsgraph export --format jsonl|gkg|plover`: the corpus as records, GKG-like rows or PLOVER events. */
import { parseArgs } from 'node:util';
import { PloverCollector } from '../corpus/export/plover-events.js';
import { DEFAULT_DB, withStore } from '../corpus/open-store.js';
import { GKG_COLUMNS, gkgRow } from '../events/export-gkg.js';
import { writeOut } from './output.js';

export const EXPORT_USAGE = `Usage: newsgraph export --format jsonl|gkg|plover [options]

Writes the corpus to standard output:
  jsonl   every stored newsgraph.article/1 record, one per line, in ingest order
  gkg     a GKG-like tab-separated table, one row per article (counts, amounts, quotations with
          speaker, persons, organisations, locations), with a header line
  plover  events in PLOVER JSON, one per line, each event once per story

Options:
  --format jsonl|gkg|plover  (default jsonl)
  --db <path|postgres://…>   corpus (default ${DEFAULT_DB})
  -h, --help                 show this help`;

const FORMATS = ['jsonl', 'gkg', 'plover'] as const;
type ExportFormat = (typeof FORMATS)[number];

export async function exportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', default: 'jsonl' },
      db: { type: 'string', default: DEFAULT_DB },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeOut(`${EXPORT_USAGE}\n`);
    return 0;
  }
  const format = values.format as ExportFormat;
  if (!FORMATS.includes(format))
    throw new Error(`unknown --format "${values.format}" (jsonl, gkg or plover)`);
  await withStore(values.db, async (store) => {
    const plover = new PloverCollector();
    if (format === 'gkg') await writeOut(`${GKG_COLUMNS.join('\t')}\n`);
    for await (const { record, summary } of store.exportRecords()) {
      if (format === 'jsonl') await writeOut(`${JSON.stringify(record)}\n`);
      else if (format === 'gkg')
        await writeOut(
          `${gkgRow(record, { ...(summary.storyId !== undefined ? { story: summary.storyId } : {}), ...(summary.duplicateOf ? { duplicateOf: summary.duplicateOf } : {}) })}\n`,
        );
      else plover.add(record, summary);
    }
    if (format === 'plover')
      await writeOut(
        plover
          .events()
          .map((event) => `${JSON.stringify(event)}\n`)
          .join(''),
      );
  });
  return 0;
}
