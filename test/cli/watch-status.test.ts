import { describe, expect, it } from 'vitest';
import { watchStatusReporter } from '../../src/cli/watch-status.js';
import type { WatchStatus } from '../../src/pipeline/watch.js';
import { fakeStream } from './fake-stream.js';

/** The lines written to a stream that is not a terminal (a service manager's log, a file). */
function logStream(): { stream: NodeJS.WriteStream; lines: () => string[] } {
  const { stream, text } = fakeStream(false);
  return { stream, lines: () => text().split('\n').filter(Boolean) };
}

const base: WatchStatus = {
  state: 'watching',
  seen: 3000,
  queued: 0,
  done: 0,
  failed: 0,
  candidates: 0,
  lastUpdate: null,
  extracted: 0,
  fromCache: 0,
};

describe('watch status on a log', () => {
  it('writes a line each time the outputs are written, not one per file read', () => {
    const { stream, lines } = logStream();
    const reporter = watchStatusReporter('cvs', stream);
    const firstWrite = new Date('2026-11-23T10:00:00Z');
    const secondWrite = new Date('2026-11-23T10:00:12Z');
    for (let done = 1; done <= 3000; done++) {
      const lastUpdate = done > 2000 ? secondWrite : done > 1000 ? firstWrite : null;
      // Each status reaches the reporter from the watching thread as a copy: its Date is a new object.
      reporter.update(structuredClone({ ...base, done, queued: 3000 - done, extracted: done, lastUpdate }));
    }
    const written = lines();
    // The first status seen, then the two writes of the outputs.
    expect(written).toHaveLength(3);
    expect(written[0]).toContain('1 done');
    expect(written[0]).toContain('updated not yet');
    expect(written[1]).toContain('1001 done');
    expect(written[2]).toContain('2001 done');
  });

  it('writes a line when the state changes', () => {
    const { stream, lines } = logStream();
    const reporter = watchStatusReporter('cvs', stream);
    reporter.update({ ...base, state: 'starting' });
    reporter.update({ ...base });
    reporter.update({ ...base, done: 5 });
    reporter.update({ ...base, done: 5, state: 'stopping' });
    expect(lines().map((l) => l.split(' ')[0])).toEqual(['watching', 'stopping']);
  });
});
