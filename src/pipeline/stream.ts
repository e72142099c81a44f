/**
 * The streaming pipeline shared by `vanban extract` and `vanban ingest`: files are listed (./files.ts), read and
 * extracted by a pool of worker threads (./pool.ts), and each file's product is yielded as soon as it is ready
 * (order-independent). At most `inFlight` files are being worked on at once, so memory stays bounded whatever
 * the corpus size: the consumer takes each result and lets it go.
 */
import { listFiles, type Listed } from './files';
import { ExtractionPool } from './pool';
import type { FileResult, FileTask } from './work';

export interface StreamOptions {
  /** Worker threads; 0 extracts in this thread. */
  jobs: number;
  maxBytes: number;
  /** Hand each file's decoded text back (ingest). */
  withText: boolean;
  /** With the text, its accent-folded copy, folded in the worker (ingest: see FileTask.foldText). */
  foldText?: boolean;
  /** The hash stored for a file name by an earlier ingest (unchanged files are not extracted again). */
  knownHash?: (name: string) => string | undefined;
  /**
   * Files being read or extracted at once. Default 40 per worker: two batches of up to 16 (./pool.ts) and the
   * results coming back meanwhile; 16 per worker when the texts are handed back (ingest holds them in memory).
   */
  inFlight?: number;
  /** Every file and failure the walk finds, before it is worked on. */
  onListed?: (item: Listed) => void;
  /** Extract in this thread while the workers load (default true; false in tests that check the workers). */
  mainThreadWhileLoading?: boolean;
  /** OCR scanned PDFs and images (default true; false makes them a failure 'ocr-disabled'). */
  ocr?: boolean;
  /** Files skipped inside folders (hidden, other extensions): counted here. */
  skipped?: { count: number };
}

export async function* extractStream(inputs: string[], options: StreamOptions): AsyncGenerator<FileResult> {
  const pool = new ExtractionPool(options.jobs, options.mainThreadWhileLoading ?? true);
  const limit = Math.max(1, options.inFlight ?? Math.max(4, options.jobs * (options.withText ? 16 : 40)));
  const pending = new Map<number, Promise<{ key: number; results: FileResult[] }>>();
  let next = 0;
  const settle = async (): Promise<FileResult[]> => {
    const { key, results } = await Promise.race(pending.values());
    pending.delete(key);
    return results;
  };
  try {
    for await (const item of listFiles(inputs, { maxBytes: options.maxBytes }, options.skipped)) {
      options.onListed?.(item);
      if (item.kind === 'failure') {
        yield {
          kind: 'failed',
          thread: 0,
          name: item.name,
          file: item.name,
          path: item.path,
          bytes: 0,
          failure: item.failure,
        };
        continue;
      }
      const task: FileTask = {
        path: item.path,
        name: item.name,
        maxBytes: options.maxBytes,
        withText: options.withText,
        foldText: options.foldText,
        knownHash: options.knownHash?.(item.name),
        ocr: options.ocr,
      };
      const key = next++;
      pending.set(
        key,
        pool.run(task).then((results) => ({ key, results })),
      );
      while (pending.size >= limit) yield* await settle();
    }
    while (pending.size > 0) yield* await settle();
  } finally {
    await pool.close();
  }
}
