import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A worker thread's script, given the URL of its compiled .js: that file when it exists (dist/), or,
 * when running from TypeScript sources (tests, tsx), the .ts beside it, loaded through tsx.
 */
export function workerScript(js: URL): { filename: string; execArgv: string[] } {
  const path = fileURLToPath(js);
  if (existsSync(path)) return { filename: path, execArgv: [] };
  return { filename: path.replace(/\.js$/, '.ts'), execArgv: ['--import', 'tsx'] };
}

/** Whether a worker thread ended because it ran out of its heap (`resourceLimits`). */
export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}
