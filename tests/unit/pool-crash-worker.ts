/**
 * A stand-in extraction worker for tests/unit/pool.test.ts: speaks ./src/pipeline/worker.ts's messages, dies
 * (exit code 3) on a batch holding a file named "crash…", and answers every other file with a failure that
 * names the file, so the test sees which files came back and from which thread.
 */
import { parentPort, threadId } from 'node:worker_threads';
import type { FileResult } from '../../src/pipeline/work';
import type { ResultMessage, TaskMessage } from '../../src/pipeline/worker';

parentPort?.postMessage({ ready: true });
parentPort?.on('message', (m: TaskMessage) => {
  if (m.tasks.some((t) => t.name.startsWith('crash'))) process.exit(3);
  const results: FileResult[][] = m.tasks.map((t) => [
    {
      kind: 'failed',
      thread: threadId,
      name: t.name,
      file: t.name,
      path: t.path,
      bytes: 0,
      failure: { code: 'unreadable', message: `done in a batch of ${m.tasks.length}` },
    },
  ]);
  const reply: ResultMessage = { id: m.id, results };
  parentPort!.postMessage(reply);
});
