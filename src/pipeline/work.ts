/**
 * What a worker does with one file, start to end: check its size, read the bytes, hash them, read them by
 * format (src/read: text, PDF text layer or OCR, Word, HTML, zip entries), decode (src/text), lay out and extract
 * (`extractDocument`, a black box here), and hand back each document's graph with its text when the loader wants
 * it, or one failure with its reason. Runs in a worker thread (./worker.ts) or in process (--jobs 0, tests).
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { extractRead } from '../extract';
import { foldAccents } from '../graph/fold';
import type { ExtractionGraph } from '../model';
import { readSource, ReadError, type ReadResult } from '../read';
import { DecodeError } from '../read/decode';
import type { Failure } from './files';

export interface FileTask {
  path: string;
  name: string;
  /** Limit in bytes (and characters of text) per file. */
  maxBytes: number;
  /** The content hash stored by an earlier ingest: a file with this hash is not extracted again. */
  knownHash?: string;
  /** Hand the decoded text back (ingest stores it on the document). */
  withText: boolean;
  /**
   * With the text, its accent-folded copy (the bulk of the search copy ingest stores): folded here, in the worker,
   * not in the main thread, which packs every batch for Neo4j and is the busier one during an ingest.
   */
  foldText?: boolean;
  /** OCR scanned PDFs and images (default true). */
  ocr?: boolean;
  /** Tesseract processes for one PDF (default 1: the pool already runs one file per core). */
  ocrJobs?: number;
}

interface Common {
  /** The worker thread that did the work (0: the main thread). */
  thread: number;
  /** The source name: the file's, or "archive.zip!inner/path.docx" for a zip entry. */
  name: string;
  /** The file given or found (a zip's entries share it): what "unchanged" and --prune are about. */
  file: string;
  path: string;
  /** Size of the file in bytes (0 when it could not be read; the zip's size on its first entry only). */
  bytes: number;
}

export type FileResult =
  | (Common & {
      kind: 'extracted';
      hash: string;
      graph: ExtractionGraph;
      text?: string;
      /** foldAccents(text), with foldText. */
      foldedText?: string;
    })
  | (Common & { kind: 'unchanged'; hash: string })
  | (Common & { kind: 'failed'; failure: Failure });

/** sha256 of the bytes, hex: what "unchanged" means for `vanban ingest`. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const DECODE_CODES: Record<string, string> = {
  EMPTY: 'empty',
  BINARY: 'binary',
  UNDECODABLE: 'undecodable',
  TOO_LARGE: 'too-large',
};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One file → one result per document in it (a zip holds several), each a graph or a failure. */
export async function processFile(task: FileTask): Promise<FileResult[]> {
  const base = { thread: threadId, name: task.name, file: task.name, path: task.path };
  let bytes: Buffer;
  try {
    // Size first: a file over the limit is never read into memory.
    const size = statSync(task.path).size;
    if (size > task.maxBytes)
      return [
        {
          ...base,
          bytes: size,
          kind: 'failed',
          failure: {
            code: 'too-large',
            message: `${size} bytes is over the limit of ${task.maxBytes} (--max-bytes); not read`,
          },
        },
      ];
    bytes = readFileSync(task.path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const failure: Failure =
      e.code === 'EACCES' || e.code === 'EPERM'
        ? { code: 'unreadable', message: 'permission denied (check its owner and mode)' }
        : { code: 'unreadable', message: e.message };
    return [{ ...base, bytes: 0, kind: 'failed', failure }];
  }
  const size = bytes.length;
  const hash = contentHash(bytes);
  if (task.knownHash === hash) return [{ ...base, bytes: size, kind: 'unchanged', hash }];
  let read: ReadResult[];
  try {
    read = await readSource(task.name, bytes, {
      maxBytes: task.maxBytes,
      ocr: task.ocr,
      jobs: task.ocrJobs ?? 1,
    });
  } catch (error) {
    const code = error instanceof ReadError ? error.code : 'unreadable';
    return [{ ...base, bytes: size, kind: 'failed', failure: { code, message: message(error) } }];
  }
  return read.map((r, i) => {
    const part = { ...base, name: r.name, bytes: i === 0 ? size : 0 };
    if (r.error)
      return { ...part, kind: 'failed', failure: { code: r.error.code, message: r.error.message } };
    try {
      return { ...part, kind: 'extracted', hash, ...extractReadTask(r, task) };
    } catch (error) {
      if (error instanceof DecodeError) {
        // The decoder's message starts with the file name; the report names the file already.
        const text = error.message.replace(`${r.name}: `, '');
        return {
          ...part,
          kind: 'failed',
          failure: { code: DECODE_CODES[error.code] ?? 'undecodable', message: text },
        };
      }
      if (error instanceof TooLarge)
        return { ...part, kind: 'failed', failure: { code: 'too-large', message: error.message } };
      return { ...part, kind: 'failed', failure: { code: 'extract-failed', message: message(error) } };
    }
  });
}

class TooLarge extends Error {}

/** A read result → its text and graph (src/extract.ts, as extractFiles does); a text over the limit is a failure. */
function extractReadTask(
  r: ReadResult,
  task: FileTask,
): { graph: ExtractionGraph; text?: string; foldedText?: string } {
  const { text, graph } = extractRead(r, { maxBytes: task.maxBytes });
  const tooLarge = graph.documents.length === 0 && graph.warnings.find((w) => w.code === 'TOO_LARGE');
  if (tooLarge) throw new TooLarge(tooLarge.message);
  if (!task.withText) return { graph };
  return { graph, text, foldedText: task.foldText ? foldAccents(text) : undefined };
}
