import type { WatchStatus } from '../pipeline/watch.js';

/**
 * The status line of `shortlist watch` on stderr. On a terminal one line, rewritten in place, with
 * notes printed above it; on a pipe or under a service manager (systemd, pm2) a line each time the
 * outputs are written, so logs stay readable.
 */
export function watchStatusReporter(
  folder: string,
  stream: NodeJS.WriteStream = process.stderr,
): { update(s: WatchStatus): void; note(message: string): void; finish(): void } {
  const tty = stream.isTTY === true;
  let last: WatchStatus | null = null;
  let printed = '';
  const time = (d: Date | null) => (d ? d.toTimeString().slice(0, 8) : 'not yet');
  const line = (s: WatchStatus) =>
    `${s.state} ${folder} · ${s.seen} seen · ${s.queued} queued · ${s.done} done · ${s.failed} failed · ` +
    `${s.candidates} ranked · updated ${time(s.lastUpdate)}`;
  const draw = () => {
    if (tty && last)
      stream.write(`\r\x1b[2K${line(last).slice(0, Math.max(20, (stream.columns ?? 120) - 1))}`);
  };
  return {
    update(s) {
      const before = last;
      last = s;
      if (tty) return draw();
      const text = line(s);
      // Compared by time: a status arrives from the watching thread as a copy, its Date a new object.
      const wrote = s.lastUpdate !== null && s.lastUpdate.getTime() !== before?.lastUpdate?.getTime();
      if (s.state !== 'starting' && (wrote || s.state !== before?.state) && text !== printed) {
        printed = text;
        stream.write(`${text} · ${s.extracted} read, ${s.fromCache} from cache\n`);
      }
    },
    note(message) {
      if (tty) stream.write(`\r\x1b[2K${message}\n`);
      else stream.write(`${message}\n`);
      draw();
    },
    finish() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}
