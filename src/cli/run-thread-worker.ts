// Runs `run` or `watch` in a worker thread whose heap has a set size (see run-thread.ts). Options in,
// progress out, and at the end the summary the command prints: nothing here touches the terminal.
import { parentPort, workerData } from 'node:worker_threads';
import { ProfileError, RunError } from '../errors.js';
import { runScreening, summarizeRanking } from '../pipeline/run.js';
import { OUT_OF_MEMORY, throttledProgress, type ThreadMessage, type ThreadTask } from './run-thread.js';
import { REPORT_HEAP_MB } from '../output/render-pool.js';
import { isOutOfMemory } from '../worker-script.js';

const port = parentPort!;
const task = workerData as ThreadTask;
const post = (message: ThreadMessage) => port.postMessage(message);

async function perform(): Promise<void> {
  if (task.kind === 'run') {
    const result = await runScreening({
      ...task.options,
      onProgress: throttledProgress((progress) => post({ type: 'progress', progress })),
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
  // A report writer's thread that ran out of its heap: the same one line as for this thread's own.
  if (isOutOfMemory(error)) {
    const message = `${OUT_OF_MEMORY} (in a report writer, over ${REPORT_HEAP_MB} MB)`;
    post({ type: 'failed', kind: 'run', message, stack: message });
    return;
  }
  const kind = error instanceof RunError ? 'run' : error instanceof ProfileError ? 'profile' : 'other';
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? (error.stack ?? message) : message;
  post({ type: 'failed', kind, message, stack });
});
