import { parentPort, workerData } from 'node:worker_threads';
import { Linter, type FileOutcome } from './engine.js';
import { batchOf, takeBatch, type WorkerInput } from './workers.js';

/** A worker thread of workers.ts: runs the per-file phase on batches until none is left, then exits. */
async function work({ options, tasks, next }: WorkerInput): Promise<void> {
  const linter = new Linter(options);
  const counter = new Int32Array(next);
  for (let start = takeBatch(counter, tasks.length); start !== undefined; start = takeBatch(counter, tasks.length)) {
    const results: FileOutcome[] = [];
    for (const task of batchOf(tasks, start)) results.push(await linter.lintTask(task));
    parentPort!.postMessage({ start, results });
  }
}

void work(workerData as WorkerInput);
