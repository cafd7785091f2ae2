/** The `newsgraph` command: dispatches to one file per command. */
import { ANALYZE_USAGE, analyzeCommand } from './analyze-command.js';
import { entityCommand } from './entity-command.js';
import { eventsCommand } from './events-command.js';
import { exportCommand } from './export-command.js';
import { ingestCommand } from './ingest-command.js';
import { exitQuietlyOnClosedPipe, writeOut } from './output.js';
import { quotesCommand } from './quotes-command.js';
import { searchCommand } from './search-command.js';
import { serveCommand } from './serve-command.js';
import { storiesCommand } from './stories-command.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  analyze: analyzeCommand,
  serve: serveCommand,
  ingest: ingestCommand,
  search: searchCommand,
  quotes: quotesCommand,
  entity: entityCommand,
  events: eventsCommand,
  stories: storiesCommand,
  export: exportCommand,
};

const USAGE = `newsgraph — who said what, who did what to whom, where, when and how much.

Commands:
  analyze <file|dir|->...   analyse articles and print one record each
  serve [--demo]            web page and HTTP API over the corpus
  ingest <file|dir|->...    analyse articles into the corpus (--db, default newsgraph.db)
  search "<text>"           full-text search of the corpus
  quotes --speaker <name>   quotes by a speaker
  entity "<name>"           one entity across the corpus
  events [--actor] [--since]  events, once per story
  stories                   stories, latest first
  export --format <f>       jsonl, gkg or plover

Run "newsgraph <command> --help" for a command's options.

${ANALYZE_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await writeOut(`${USAGE}\n`);
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`newsgraph: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  return command(rest);
}

exitQuietlyOnClosedPipe();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`newsgraph: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
