/**
 * Entry point of an extraction worker thread (./pool.ts): a batch of FileTasks in, their results out in one
 * message, until closed. Batches, not single files: one message each way per file cost the worker more than
 * the copy itself (a wake-up of each thread per file), and the worker waited idle for its next file.
 */
import { parentPort } from 'node:worker_threads';
import { processFile, type FileResult, type FileTask } from './work';

export interface TaskMessage {
  id: number;
  tasks: FileTask[];
}
export interface ResultMessage {
  id: number;
  /** One entry per task, in order: each file's results (a zip has several). */
  results: FileResult[][];
}

// Loaded and ready: until a worker says so, the pool extracts in the main thread (small runs never wait for one).
parentPort?.postMessage({ ready: true });

// The pool keeps a second batch queued here so the worker never waits for the main thread; batches run one after
// the other, one file at a time (an OCR'd file runs its own processes: two at once would oversubscribe the cores).
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (message: TaskMessage) => {
  queue = queue.then(async () => {
    const results: FileResult[][] = [];
    // processFile never rejects: every problem is a failure result.
    for (const task of message.tasks) results.push(await processFile(task));
    const reply: ResultMessage = { id: message.id, results };
    parentPort!.postMessage(reply);
  });
});
