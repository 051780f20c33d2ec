import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = { isTTY, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

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
});
