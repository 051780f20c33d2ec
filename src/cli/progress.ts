import type { Progress } from '../pipeline/run.js';

/** Which tenth of the files a progress has reached (0 to 10): a log gets a line at each new one. */
export function tenthOf(p: Progress): number {
  return Math.floor((p.total ? p.done / p.total : 1) * 10);
}

/**
 * A one-line progress bar on stderr when it is a terminal; on a pipe or in CI, a line every 10% so
 * logs stay short. Once the files have been read for a few seconds, it says about how long reading
 * the rest will take, at the pace so far (`now`: the clock, in milliseconds).
 */
export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
): {
  update(p: Progress): void;
  finish(): void;
} {
  const tty = stream.isTTY === true;
  let lastDecile = -1;
  let lastReportsDecile = -1;
  // The first progress seen: the pace is counted from there, not from the thread's start-up.
  let start: { at: number; done: number } | null = null;
  return {
    update(p) {
      if (p.phase === 'writing' && p.reports) {
        // Thousands of reports take a while: a bar of its own, or a line every 10% on a pipe.
        const { done, total } = p.reports;
        const line = `Writing the reports: ${done}/${total} candidates`;
        if (tty) stream.write(`\r\x1b[2K[${bar(total ? done / total : 1)}] ${line}`);
        else {
          const decile = Math.floor((total ? done / total : 1) * 10);
          if (decile !== lastReportsDecile) stream.write(`${line}\n`);
          lastReportsDecile = decile;
        }
        return;
      }
      if (p.phase === 'writing') {
        // The outputs of thousands of candidates take a while: say so, rather than sit at 100%.
        const line = `Writing the workbook, results.json and the reports (${p.total} files read)...`;
        stream.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
        return;
      }
      const fraction = p.total ? p.done / p.total : 1;
      const at = now();
      start ??= { at, done: p.done };
      const left = timeLeft(start, p, at);
      const notes = `${p.failed ? ` · ${p.failed} failed` : ''}${left ? ` · ${left}` : ''}`;
      if (tty) {
        stream.write(`\r\x1b[2K[${bar(fraction)}] ${p.done}/${p.total} files${notes}`);
      } else {
        const decile = tenthOf(p);
        if (decile !== lastDecile) {
          lastDecile = decile;
          stream.write(`${p.done}/${p.total} files${notes}\n`);
        }
      }
    },
    finish() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}

/** The minimum of reading, in seconds, before the time left is told: the pace is unsteady before. */
const PACE_AFTER_S = 3;

/**
 * "a few seconds to read the rest", "about 40 s ...", "about 3 min ...", at the pace since
 * `start`; empty before PACE_AFTER_S or when nothing is left.
 */
export function timeLeft(start: { at: number; done: number }, p: Progress, at: number): string {
  const seconds = (at - start.at) / 1000;
  const read = p.done - start.done;
  if (seconds < PACE_AFTER_S || read <= 0 || p.done >= p.total) return '';
  const left = ((p.total - p.done) * seconds) / read;
  if (left < 10) return 'a few seconds to read the rest';
  if (left < 60) return `about ${Math.round(left / 5) * 5} s to read the rest`;
  return `about ${Math.round(left / 60)} min to read the rest`;
}

/** A bar of 24 characters, filled to `fraction`. */
function bar(fraction: number): string {
  const width = 24;
  const filled = Math.round(fraction * width);
  return '#'.repeat(filled) + '-'.repeat(width - filled);
}
