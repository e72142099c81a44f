/**
 * Entry point of an extraction worker thread (./pool.ts): one FileTask in, one FileResult out, until closed.
 */
import { parentPort } from 'node:worker_threads';
import { processFile, type FileResult, type FileTask } from './work';

export interface TaskMessage {
  id: number;
  task: FileTask;
}
export interface ResultMessage {
  id: number;
  results: FileResult[];
}

// Loaded and ready: until a worker says so, the pool extracts in the main thread (small runs never wait for one).
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (message: TaskMessage) => {
  // processFile never rejects: every problem is a failure result.
  void processFile(message.task).then((results) => {
    const reply: ResultMessage = { id: message.id, results };
    parentPort!.postMessage(reply);
  });
});
