/** `newsgraph serve`: the HTTP API and web page over a corpus (or over the bundled samples with --demo). */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DB, openStore } from '../corpus/open-store.js';
import { openDemoCorpus } from '../server/demo-corpus.js';
import { startServer } from '../server/start-server.js';
import { writeOut } from './output.js';

export const SERVE_USAGE = `Usage: newsgraph serve [options]

Serves the web page and the JSON API (documented at /api/openapi.json) over the corpus.
Read-only unless a token is given: then POST /api/articles and DELETE /api/articles/<id> need
"Authorization: Bearer <token>".

Options:
  --db <path|postgres://…>  corpus (default ${DEFAULT_DB})
  --demo                    analyse the bundled samples into a temporary corpus and serve that
  --port <n>                port (default 8080; 0 picks a free one)
  --host <address>          address to listen on (default 127.0.0.1)
  --token <secret>          allow writes with this bearer token (or NEWSGRAPH_TOKEN)
  --max-body <bytes>        largest request body accepted (default 5 MiB)
  -h, --help                show this help`;

export async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      demo: { type: 'boolean', default: false },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      'max-body': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    await writeOut(`${SERVE_USAGE}\n`);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0–65535');
  const maxBody = values['max-body'] === undefined ? undefined : Number(values['max-body']);
  if (maxBody !== undefined && !(Number.isInteger(maxBody) && maxBody > 0)) {
    throw new Error('--max-body must be a positive whole number of bytes');
  }
  if (values.demo && values.db) throw new Error('--demo and --db cannot be used together');
  const token = values.token ?? process.env.NEWSGRAPH_TOKEN;
  if (token !== undefined && token.length < 8) throw new Error('--token must be at least 8 characters');

  let demoPath: string | undefined;
  let store: Awaited<ReturnType<typeof openStore>>;
  if (values.demo) {
    process.stderr.write('newsgraph serve: analysing the bundled samples into a temporary corpus…\n');
    const demo = await openDemoCorpus();
    store = demo.store;
    demoPath = demo.path;
  } else {
    store = await openStore(values.db ?? DEFAULT_DB);
  }
  const server = await startServer({
    store,
    port,
    host: values.host,
    ...(token ? { token } : {}),
    ...(maxBody ? { maxBodyBytes: maxBody } : {}),
  });
  const where = demoPath ? `demo corpus ${demoPath}` : `corpus ${values.db ?? DEFAULT_DB}`;
  await writeOut(
    `newsgraph serving ${where} at ${server.url} (${token ? 'writes allowed with the token' : 'read-only'}; Ctrl-C stops)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  if (demoPath) rmSync(dirname(demoPath), { recursive: true, force: true });
  return 0;
}
