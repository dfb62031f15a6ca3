/**
 * A one-line progress bar on stderr (records, records/s, ETA from bytes) that stays silent when stderr is not a TTY.
 * @module
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Where the bar draws; only `isTTY` streams get one. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

/** Options for createProgress. */
export interface ProgressOptions {
  /** Bytes the whole job will read, for the percentage and ETA (0 when unknown). */
  totalBytes: number;
  /** @default process.stderr */
  stream?: ProgressStream;
  /** Milliseconds between redraws. @default 100 */
  interval?: number;
  /** The clock, in milliseconds (tests pass their own). @default performance.now */
  now?: () => number;
}

/** A running progress bar: update it as often as you like (it redraws at most every `interval`), then finish it. */
export interface Progress {
  update(records: number, bytes: number): void;
  /** Clears the bar so the summary starts on a clean line. */
  finish(): void;
}

/**
 * Creates a progress bar; on a non-TTY stream every call is a no-op, so piped output stays clean.
 * @example
 * const lines: string[] = [];
 * const bar = createProgress({ totalBytes: 100, stream: { isTTY: false, write: (s) => lines.push(s) } });
 * bar.update(10, 50);
 * bar.finish();
 * assert.deepEqual(lines, []);
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY) return { update() {}, finish() {} };
  const now = options.now ?? (() => performance.now());
  const interval = options.interval ?? 100;
  const start = now();
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(records, bytes) {
      const t = now();
      if (t - last < interval) return;
      last = t;
      drawn = true;
      stream.write(
        `\r${formatProgress(records, bytes, options.totalBytes, (t - start) / 1000, stream.columns ?? 80)}\x1b[K`,
      );
    },
    finish() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/**
 * The text of one progress line: bar, percentage of bytes, records, records/s and ETA.
 * @example
 * assert.equal(formatProgress(500, 50, 100, 10, 80), '[##########..........]  50%  500 records  50/s  ETA 0:10');
 */
export function formatProgress(
  records: number,
  bytes: number,
  totalBytes: number,
  seconds: number,
  columns: number,
): string {
  const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
  const rate = seconds > 0 ? Math.round(records / seconds) : 0;
  const eta = fraction > 0 && fraction < 1 ? clock((seconds * (1 - fraction)) / fraction) : '-:--';
  const tail = `${String(Math.floor(fraction * 100)).padStart(3)}%  ${records} records  ${rate}/s  ETA ${eta}`;
  const width = Math.max(10, Math.min(20, columns - tail.length - 3));
  const full = Math.round(fraction * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}] ${tail}`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The total size in bytes of the files under the paths (directories walked), for the bar's percentage;
 * paths that cannot be read count 0 (the ingest itself reports them).
 * @example
 * assert.ok(totalInputBytes(['../shared/data/listings/tech-leadership']) > 0);
 */
export function totalInputBytes(paths: string[]): number {
  let total = 0;
  // A loop (an explicit stack) over real paths seen once: symlinked folders may point back up the tree.
  const seen = new Set<string>();
  const stack = [...paths].reverse();
  for (let path = stack.pop(); path !== undefined; path = stack.pop()) {
    try {
      const real = realpathSync(path);
      if (seen.has(real)) continue;
      seen.add(real);
      const stat = statSync(real);
      if (stat.isDirectory()) for (const name of readdirSync(real)) stack.push(join(path, name));
      else if (stat.isFile()) total += stat.size;
    } catch {
      // Unreadable: nothing to add.
    }
  }
  return total;
}

/**
 * Progress of analyzing a store on stderr: a running count redrawn in place on a terminal, then one closing line
 * when anything was analyzed; when stderr is not a terminal (a log file, a pipe) only the closing line, ended by
 * a newline, so logs get no carriage returns.
 * @example
 * const lines: string[] = [];
 * const p = analyzeProgress({ isTTY: false, write: (s) => lines.push(s) });
 * p.onProgress(200);
 * p.onDone(250);
 * assert.deepEqual(lines, ['analyzed 250 listings (cached in the store for next time)\n']);
 */
export function analyzeProgress(stream: ProgressStream): {
  onProgress: (done: number) => void;
  onDone: (analyzed: number) => void;
} {
  const tty = stream.isTTY === true;
  return {
    onProgress: (done) => {
      if (tty) stream.write(`\ranalyzed ${done} listings…`);
    },
    onDone: (analyzed) => {
      if (analyzed > 0)
        stream.write(`${tty ? '\r' : ''}analyzed ${analyzed} listings (cached in the store for next time)\n`);
    },
  };
}
