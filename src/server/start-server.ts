/** Puts the app on a port (loopback by default) and closes server, analysis worker and store together. */
import { type ServerType, serve } from '@hono/node-server';
import type { CorpusStore } from '../corpus/store.js';
import { AnalysisQueue } from './analysis-queue.js';
import { createApp } from './create-app.js';

export interface ServerOptions {
  store: CorpusStore;
  port: number;
  host: string;
  token?: string;
  maxBodyBytes?: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const queue = new AnalysisQueue();
  const app = createApp({
    store: options.store,
    analyze: queue.analyze,
    ...(options.token ? { token: options.token } : {}),
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    onError: (error) =>
      process.stderr.write(`newsgraph serve: ${error instanceof Error ? error.stack : error}\n`),
  });
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) =>
      resolve({ server, port: info.port }),
    );
    server.once('error', reject);
  });
  // Slow clients cannot hold a connection open for ever.
  if ('requestTimeout' in server) server.requestTimeout = 60_000;
  if ('headersTimeout' in server) server.headersTimeout = 20_000;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.close();
      await options.store.close();
    },
  };
}
