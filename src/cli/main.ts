/** The `newsgraph` command: dispatches to one file per command. */
import { ANALYZE_USAGE, analyzeCommand } from './analyze-command.js';
import { exitQuietlyOnClosedPipe, writeOut } from './output.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  analyze: analyzeCommand,
};

const USAGE = `newsgraph — who said what, who did what to whom, where, when and how much.

Commands:
  analyze <file|dir|->...   analyse articles and print one record each

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
