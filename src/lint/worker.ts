import { parentPort, workerData } from 'node:worker_threads';
import { Linter, type FileOutcome, type FileTask, type LintOptions } from './engine.js';

/** A worker thread of workers.ts: runs the per-file phase on the batches it is sent. */
const linter = new Linter(workerData as LintOptions);

parentPort!.on('message', async ({ start, tasks }: { start: number; tasks: FileTask[] }) => {
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) outcomes.push(await linter.lintTask(task));
  parentPort!.postMessage({ start, outcomes });
});
