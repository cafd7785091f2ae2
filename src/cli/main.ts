/**
 * The `newsgraph` command: dispatches to one file per command, loaded only when it runs. The analysis
 * commands load the whole pipeline (models, lexicons, gazetteer: about 1.2 s of CPU), which the corpus
 * queries and the ingest's main thread (its analysis runs in worker threads) never use.
 */
import { ANALYZE_USAGE } from './analyze-usage.js';
import { exitQuietlyOnClosedPipe, writeOut } from './output.js';

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: async () => (await import('./analyze-command.js')).analyzeCommand,
  serve: async () => (await import('./serve-command.js')).serveCommand,
  ingest: async () => (await import('./ingest-command.js')).ingestCommand,
  search: async () => (await import('./search-command.js')).searchCommand,
  quotes: async () => (await import('./quotes-command.js')).quotesCommand,
  entity: async () => (await import('./entity-command.js')).entityCommand,
  events: async () => (await import('./events-command.js')).eventsCommand,
  stories: async () => (await import('./stories-command.js')).storiesCommand,
  export: async () => (await import('./export-command.js')).exportCommand,
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
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`newsgraph: unknown command "${name}"\n\n${USAGE}\n`);
    return 2;
  }
  const command = await load();
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
