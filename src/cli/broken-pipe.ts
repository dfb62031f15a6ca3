/**
 * A reader that stops early (`roleprint roles | head`) closes the pipe; the CLI then ends quietly instead of
 * failing on EPIPE, as Unix tools do.
 * @module
 */

let installed = false;

/**
 * Makes a closed standard output (EPIPE) end the process quietly with exit code 0; other stdout errors are
 * still raised. Installs its listener once however often it is called.
 * @example
 * exitQuietlyOnBrokenPipe();
 * assert.ok(process.stdout.listenerCount('error') >= 1);
 */
export function exitQuietlyOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
  if (installed) return;
  installed = true;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
