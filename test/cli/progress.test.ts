import { describe, expect, it } from 'vitest';
import { progressReporter, timeLeft } from '../../src/cli/progress.js';
import { fakeStream } from './fake-stream.js';

describe('progressReporter', () => {
  it('on a pipe, prints a line every 10% and one when the outputs are being written', () => {
    const { stream, text } = fakeStream(false);
    const progress = progressReporter(stream);
    for (let done = 1; done <= 20; done++)
      progress.update({ done, total: 20, failed: done > 10 ? 1 : 0, file: '' });
    progress.update({ done: 20, total: 20, failed: 1, file: '', phase: 'writing' });
    progress.finish();
    const lines = text().trim().split('\n');
    expect(lines).toHaveLength(12);
    expect(lines[0]).toBe('1/20 files');
    expect(lines[1]).toBe('2/20 files');
    expect(lines[10]).toBe('20/20 files · 1 failed');
    expect(lines[11]).toBe('Writing the workbook, results.json and the reports (20 files read)...');
  });

  it('shows the reports being written: a bar on a terminal, a line every 10% on a pipe', () => {
    const writing = (done: number) => ({
      done: 20,
      total: 20,
      failed: 0,
      file: '',
      phase: 'writing' as const,
      reports: { done, total: 200 },
    });
    const pipe = fakeStream(false);
    const logged = progressReporter(pipe.stream);
    for (let done = 40; done <= 200; done += 40) logged.update(writing(done));
    logged.update(writing(200));
    expect(pipe.text().trim().split('\n')).toEqual([
      'Writing the reports: 40/200 candidates',
      'Writing the reports: 80/200 candidates',
      'Writing the reports: 120/200 candidates',
      'Writing the reports: 160/200 candidates',
      'Writing the reports: 200/200 candidates',
    ]);
    const tty = fakeStream(true);
    const shown = progressReporter(tty.stream);
    shown.update(writing(50));
    expect(tty.text()).toBe('\r\x1b[2K[######------------------] Writing the reports: 50/200 candidates');
  });

  it('on a terminal, redraws one line, then clears it', () => {
    const { stream, text } = fakeStream(true);
    const progress = progressReporter(stream);
    progress.update({ done: 5, total: 10, failed: 0, file: '' });
    progress.update({ done: 10, total: 10, failed: 0, file: '', phase: 'writing' });
    progress.finish();
    expect(text()).toBe(
      '\r\x1b[2K[############------------] 5/10 files' +
        '\r\x1b[2KWriting the workbook, results.json and the reports (10 files read)...' +
        '\r\x1b[2K',
    );
  });

  it('says about how long reading the rest will take, once it has read for a few seconds', () => {
    const { stream, text } = fakeStream(true);
    let clock = 1_000;
    const progress = progressReporter(stream, () => clock);
    const at = (done: number) => ({ done, total: 1_000, failed: 0, file: '' });
    progress.update(at(10));
    clock += 2_000; // two seconds: too soon to say
    progress.update(at(50));
    clock += 2_000; // 190 files in 4 s: 800 more take about 17 s
    progress.update(at(200));
    clock += 56_000; // 300 files in 60 s: 700 more take about 140 s
    progress.update(at(310));
    expect(text()).toBe(
      '\r\x1b[2K[------------------------] 10/1000 files' +
        '\r\x1b[2K[#-----------------------] 50/1000 files' +
        '\r\x1b[2K[#####-------------------] 200/1000 files · about 15 s to read the rest' +
        '\r\x1b[2K[#######-----------------] 310/1000 files · about 2 min to read the rest',
    );
  });

  it('tells the time left in steps a reader can take in', () => {
    const start = { at: 0, done: 0 };
    const p = (done: number) => ({ done, total: 100, failed: 0, file: '' });
    expect(timeLeft(start, p(50), 2_000)).toBe(''); // before 3 s
    expect(timeLeft(start, p(50), 4_000)).toBe('a few seconds to read the rest');
    expect(timeLeft(start, p(50), 12_000)).toBe('about 10 s to read the rest');
    expect(timeLeft(start, p(10), 3_000)).toBe('about 25 s to read the rest');
    expect(timeLeft(start, p(10), 20_000)).toBe('about 3 min to read the rest');
    expect(timeLeft(start, p(100), 9_000)).toBe(''); // nothing left
    expect(timeLeft({ at: 0, done: 30 }, p(30), 9_000)).toBe(''); // no pace yet
  });
});
