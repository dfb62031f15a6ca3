/**
 * Puts the API on a port with Node's HTTP server, and closes it cleanly.
 * @module
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { RoleprintError } from '../errors.ts';
import { createServer, type RoleprintServer, type ServerOptions } from './create-server.ts';

/** Options of {@link startServer}: the app's, plus where to listen. */
export interface StartServerOptions extends ServerOptions {
  /** @default 8787 (0 picks a free port) */
  port?: number;
}

/** A listening server. */
export interface StartedServer extends RoleprintServer {
  /** `http://host:port` as clients reach it. */
  url: string;
  port: number;
  /** Stops accepting connections and waits for the open ones (the store stays open: its owner closes it). */
  close(): Promise<void>;
}

/**
 * Creates the app over the store and listens on host:port.
 * @example
 * import { openStore } from '../store/index.ts';
 * const server = await startServer({ store: await openStore(':memory:'), port: 0 });
 * assert.equal((await fetch(`${server.url}/api/sources`)).status, 200);
 * await server.close();
 */
export async function startServer(options: StartServerOptions): Promise<StartedServer> {
  const host = options.host ?? '127.0.0.1';
  const made = createServer({ ...options, host });
  const node = serve({ fetch: made.app.fetch, hostname: host, port: options.port ?? 8787 });
  const port = await new Promise<number>((resolve, reject) => {
    node.once('listening', () => resolve((node.address() as AddressInfo).port));
    node.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        new RoleprintError(
          'CONFIG',
          `Cannot listen on ${host}:${options.port ?? 8787}: ${err.code === 'EADDRINUSE' ? 'the port is in use' : err.message}; pass another --port`,
          { cause: err },
        ),
      ),
    );
  });
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    ...made,
    url: `http://${shown}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        node.close(() => resolve());
        if ('closeAllConnections' in node) (node as { closeAllConnections(): void }).closeAllConnections();
      }),
  };
}
