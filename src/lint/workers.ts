import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileTask, LintOptions } from './engine.js';

/** Files taken at a time: small enough to balance the threads, large enough that messages cost nothing. */
const BATCH = 50;

/**
 * What a worker runs: the CLI's bundle, from V8's code cache, through the launcher (src/launch.cts).
 * The ES modules of dist/ would cost each worker about 600 ms of loading (bench/README.md).
 */
const LAUNCHER = fileURLToPath(new URL('../launch.cjs', import.meta.url));

/** What a worker thread is started with (see worker.ts). */
export interface WorkerInput {
  options: LintOptions;
  tasks: FileTask[];
  /** One Int32: the next batch to take, shared by every thread. */
  next: SharedArrayBuffer;
}

/** Takes the next batch from the shared counter: its first task's index, or undefined when none is left. */
export function takeBatch(next: Int32Array, total: number): number | undefined {
  const start = Atomics.add(next, 0, 1) * BATCH;
  return start < total ? start : undefined;
}

export function batchOf(tasks: FileTask[], start: number): FileTask[] {
  return tasks.slice(start, start + BATCH);
}

/**
 * Runs the per-file phase on this thread and on up to `workers` worker threads, and says how many
 * threads ran. Each thread takes batches from a shared counter as it is free, so none waits for
 * another. Whatever a failed worker had taken is done here at the end.
 */
export async function lintInParallel(
  tasks: FileTask[],
  options: LintOptions,
  workers: number,
  lintHere: (task: FileTask) => Promise<FileOutcome>,
): Promise<{ outcomes: FileOutcome[]; threads: number }> {
  const outcomes: (FileOutcome | undefined)[] = new Array(tasks.length);
  const input: WorkerInput = { options, tasks, next: new SharedArrayBuffer(4) };
  const next = new Int32Array(input.next);
  // No more workers than batches beyond this thread's first.
  const running = Array.from({ length: Math.max(0, Math.min(workers, Math.ceil(tasks.length / BATCH) - 1)) }, () => runWorker(input, outcomes));
  for (let start = takeBatch(next, tasks.length); start !== undefined; start = takeBatch(next, tasks.length)) {
    for (const [offset, task] of batchOf(tasks, start).entries()) outcomes[start + offset] = await lintHere(task);
  }
  await Promise.all(running);
  for (const [index, outcome] of outcomes.entries()) outcomes[index] = outcome ?? (await lintHere(tasks[index]!));
  return { outcomes: outcomes as FileOutcome[], threads: 1 + running.length };
}

/** Collects one worker's outcomes until it has taken the last batch, or fails. */
function runWorker(input: WorkerInput, outcomes: (FileOutcome | undefined)[]): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(`require(${JSON.stringify(LAUNCHER)}).launchWorker()`, { eval: true, workerData: input });
    worker.on('message', ({ start, results }: { start: number; results: FileOutcome[] }) => {
      results.forEach((outcome, offset) => (outcomes[start + offset] = outcome));
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}
