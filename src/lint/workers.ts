import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileTask, LintOptions } from './engine.js';

/** Files handed out at a time: small enough to balance the threads, large enough that messages cost nothing. */
const BATCH = 100;

interface Batch {
  start: number;
  tasks: FileTask[];
}

/**
 * Runs the per-file phase on this thread and on one worker thread per further core. Batches
 * are handed out as threads ask, so a slow file does not hold the others up; a batch whose
 * worker failed is done here.
 */
export async function lintInParallel(tasks: FileTask[], options: LintOptions, lintHere: (task: FileTask) => Promise<FileOutcome>): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(tasks.length);
  const queue: Batch[] = [];
  for (let start = 0; start < tasks.length; start += BATCH) queue.push({ start, tasks: tasks.slice(start, start + BATCH) });
  const settle = (start: number, results: FileOutcome[]) => results.forEach((outcome, offset) => (outcomes[start + offset] = outcome));

  const workers = Array.from({ length: Math.max(1, availableParallelism() - 1) }, () => runWorker(options, queue, settle));
  for (let batch = queue.shift(); batch; batch = queue.shift()) {
    const results: FileOutcome[] = [];
    for (const task of batch.tasks) results.push(await lintHere(task));
    settle(batch.start, results);
    // Let the workers' messages in between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const unfinished = (await Promise.all(workers)).flat();
  for (const batch of unfinished) {
    const results: FileOutcome[] = [];
    for (const task of batch.tasks) results.push(await lintHere(task));
    settle(batch.start, results);
  }
  return outcomes;
}

/** Feeds one worker from the queue until it is empty; resolves with the batch it could not finish, if it failed. */
function runWorker(options: LintOptions, queue: Batch[], settle: (start: number, results: FileOutcome[]) => void): Promise<Batch[]> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options });
    let current: Batch | undefined;
    const feed = () => {
      current = queue.shift();
      if (current) worker.postMessage(current);
      else void worker.terminate();
    };
    worker.on('message', (message: { start: number; outcomes: FileOutcome[] }) => {
      settle(message.start, message.outcomes);
      feed();
    });
    // A failed worker's batch goes back to this thread (resolving twice is harmless).
    worker.once('error', () => resolve(current ? [current] : []));
    worker.once('exit', () => resolve(current ? [current] : []));
    feed();
  });
}
