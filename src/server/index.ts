/**
 * The server edge's door: the HTTP API over the application layer.
 * @module
 */

export { createServer, type RoleprintServer, type ServerOptions } from './create-server.ts';
export { isLoopbackHost } from './security.ts';
export { type StartedServer, type StartServerOptions, startServer } from './start-server.ts';
export { WEB_CSP, WEB_DIR, webBuilt } from './web.ts';
