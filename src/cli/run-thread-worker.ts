// Runs `run` or `watch` in a worker thread whose heap has a set size (see run-thread.ts). Options in,
// progress out, and at the end the summary the command prints: nothing here touches the terminal.
import { parentPort, workerData } from 'node:worker_threads';
import { ProfileError, RunError } from '../errors.js';
import { runScreening, summarizeRanking } from '../pipeline/run.js';
import type { ThreadMessage, ThreadTask } from './run-thread.js';

const port = parentPort!;
const task = workerData as ThreadTask;
const post = (message: ThreadMessage) => port.postMessage(message);

async function perform(): Promise<void> {
  if (task.kind === 'run') {
    const result = await runScreening({
      ...task.options,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({
      type: 'done',
      run: { summary: result.summary, timings: result.timings, unchanged: result.unchanged },
    });
    return;
  }
  const controller = new AbortController();
  // The main thread sends 'stop' on Ctrl-C or SIGTERM; the listener must not keep the thread alive.
  port.on('message', (message) => {
    if (message === 'stop') controller.abort();
  });
  port.unref();
  const { watchFolder } = await import('../pipeline/watch.js');
  const { ranking, written } = await watchFolder({
    ...task.options,
    signal: controller.signal,
    onStatus: (status) => post({ type: 'status', status }),
    onNote: (note) => post({ type: 'note', note }),
  });
  post({ type: 'done', watch: ranking ? summarizeRanking(ranking, written) : null });
}

perform().catch((error: unknown) => {
  const kind = error instanceof RunError ? 'run' : error instanceof ProfileError ? 'profile' : 'other';
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? (error.stack ?? message) : message;
  post({ type: 'failed', kind, message, stack });
});
