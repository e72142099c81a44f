/**
 * A fixed pool of extraction worker threads, one file at a time each.
 *
 * Hand-written on node:worker_threads rather than piscina: the pool is this file's 90 lines, the workers must
 * start from TypeScript sources under ts-node in tests and benchmarks (an `eval` bootstrap piscina's filename
 * option does not take), and the caller already bounds the tasks in flight (./stream.ts), which is all the
 * queueing needed. A worker that dies (out of memory on a hostile file) fails its file and is replaced.
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { processFile, type FileResult, type FileTask } from './work';
import type { ResultMessage, TaskMessage } from './worker';

/** All cores by default (`--jobs`). */
export function defaultJobs(): number {
  return Math.max(
    1,
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
  );
}

/** The extraction worker (./worker.ts), compiled or not as this file is. */
const WORKER_FILE = path.join(__dirname, `worker${path.extname(__filename)}`);

/** A compiled worker runs as is; a TypeScript one (tests, benchmarks) is bootstrapped through ts-node. */
function startWorker(file: string): Worker {
  // Heap per worker: one file at a time, so a bounded heap turns a hostile file into one failure, not a crash.
  const resourceLimits = { maxOldGenerationSizeMb: 1024 };
  if (file.endsWith('.ts')) {
    // Resolved here: an eval worker's require() resolves from the working directory, not from this file.
    const tsNode = require.resolve('ts-node');
    const code = `require(${JSON.stringify(tsNode)}).register({ transpileOnly: true }); require(${JSON.stringify(file)});`;
    return new Worker(code, { eval: true, resourceLimits });
  }
  return new Worker(file, { resourceLimits });
}

const SPAWN_AFTER = 8;
/** Files per message to a worker at most: enough to make the per-message cost small, few enough to balance. */
const MAX_BATCH = 16;
/** Batches handed to one worker at once: the second waits in its port, so it never idles for the main thread. */
const BATCHES_PER_WORKER = 2;

interface Waiting {
  task: FileTask;
  resolve: (r: FileResult[]) => void;
  /** Sent on its own: it was in a batch whose worker died, and may be the file that killed it. */
  alone?: boolean;
}

interface Slot {
  worker: Worker;
  ready?: boolean;
  /** Batches sent and not answered, by message id. */
  busy: Map<number, Waiting[]>;
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Waiting[] = [];
  private nextId = 0;
  private closed = false;
  private dispatchScheduled = false;

  private submitted = 0;

  /**
   * `jobs` worker threads; 0 runs every file in this thread (no workers: tests, tiny inputs). The workers start
   * at the SPAWN_AFTER-th file: a run of a handful of files is done before a worker would have loaded.
   */
  constructor(
    readonly jobs: number,
    /** false: every file goes to a worker, waiting for them to load (tests that check the workers). */
    private readonly mainThreadWhileLoading = true,
    /** Another worker speaking ./worker.ts's messages (tests: one that dies on a given file). */
    private readonly workerFile = WORKER_FILE,
  ) {
    if (!mainThreadWhileLoading) for (let i = 0; i < jobs; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.workerFile), busy: new Map() };
    slot.worker.on('message', (m: ResultMessage | { ready: true }) => {
      if ('ready' in m) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const batch = slot.busy.get(m.id);
      if (!batch) return;
      slot.busy.delete(m.id);
      batch.forEach((w, i) => w.resolve(m.results[i]));
      this.dispatch();
    });
    const fail = (reason: string) => {
      const index = this.slots.indexOf(slot);
      if (this.closed || index < 0) return;
      const lost = [...slot.busy.values()].flat();
      slot.busy.clear();
      this.slots[index] = this.spawn();
      // A file that was alone on its worker when it died is the one that killed it; the files of a batch (or of two
      // batches) are tried again each alone on a worker, so one hostile file fails and only that one.
      if (lost.length === 1) lost[0].resolve([crashed(lost[0].task, reason)]);
      else this.waiting.unshift(...lost.map((w) => ({ ...w, alone: true })));
      this.dispatch();
    };
    slot.worker.on('error', (error) => fail(error.message));
    slot.worker.on('exit', (code) => fail(`exit code ${code}`));
    // Idle workers must not keep the process alive after the run.
    slot.worker.unref();
    return slot;
  }

  run(task: FileTask): Promise<FileResult[]> {
    // No workers, or none loaded yet (a worker takes ~0.5 s to load the extractor, seconds under ts-node): this
    // thread extracts meanwhile, so a run of a few files never waits for a worker.
    this.submitted += 1;
    if (this.submitted === SPAWN_AFTER && this.mainThreadWhileLoading && !this.closed)
      for (let i = 0; i < this.jobs; i++) this.slots.push(this.spawn());
    if (this.jobs === 0 || (this.mainThreadWhileLoading && !this.slots.some((s) => s.ready)))
      return processFile(task);
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      // Dispatched once the caller has handed over what it has at hand (the files of a folder come in a burst):
      // batches instead of one message per file.
      if (!this.dispatchScheduled) {
        this.dispatchScheduled = true;
        setImmediate(() => {
          this.dispatchScheduled = false;
          this.dispatch();
        });
      }
    });
  }

  private dispatch(): void {
    const ready = this.slots.filter((s) => s.ready);
    for (const slot of ready) {
      while (this.waiting.length > 0 && slot.busy.size < BATCHES_PER_WORKER) {
        // A suspect of a crash goes to an idle worker and nothing else with it, so a crash names its file.
        const alone = this.waiting[0].alone === true;
        if (alone && slot.busy.size > 0) break;
        if ([...slot.busy.values()].some((b) => b[0].alone)) break;
        // Share what waits among the workers' free places, so the last files of a run are not all on one worker.
        const places = ready.reduce((n, s) => n + BATCHES_PER_WORKER - s.busy.size, 0);
        const size = alone ? 1 : Math.min(MAX_BATCH, Math.ceil(this.waiting.length / Math.max(1, places)));
        const batch = this.waiting.splice(0, size);
        const id = this.nextId++;
        slot.busy.set(id, batch);
        const message: TaskMessage = { id, tasks: batch.map((w) => w.task) };
        slot.worker.postMessage(message);
      }
    }
    for (const slot of this.slots) {
      if (slot.busy.size > 0) slot.worker.ref();
      else slot.worker.unref();
    }
    // Every worker gone at once (each replacement died loading): the waiting files are extracted here.
    if (this.waiting.length && this.mainThreadWhileLoading && !this.slots.some((s) => s.ready)) {
      for (const w of this.waiting.splice(0)) void processFile(w.task).then(w.resolve);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

function crashed(task: FileTask, reason: string): FileResult {
  return {
    name: task.name,
    file: task.name,
    path: task.path,
    bytes: 0,
    thread: 0,
    kind: 'failed',
    failure: { code: 'worker-crashed', message: `the extraction worker died on this file: ${reason}` },
  };
}
