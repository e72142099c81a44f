/**
 * What a worker does with one file, start to end: read the bytes, hash them, decode, lay out and extract
 * (`extractDocument`, a black box here), and hand back the file's own graph, its text when the loader wants it,
 * or one failure with its reason. Runs in a worker thread (./worker.ts) or in process (--jobs 0, tests).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { extractDocument } from '../extract';
import type { ExtractionGraph } from '../model';
import { decodeDocument, DecodeError } from '../text/decode';
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
}

interface Common {
  /** The worker thread that did the work (0: the main thread). */
  thread: number;
  name: string;
  path: string;
  /** Size of the file in bytes (0 when it could not be read). */
  bytes: number;
}

export type FileResult =
  | (Common & { kind: 'extracted'; hash: string; graph: ExtractionGraph; text?: string })
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

export function processFile(task: FileTask): FileResult {
  const base = { thread: threadId, name: task.name, path: task.path };
  let bytes: Buffer;
  try {
    bytes = readFileSync(task.path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const failure: Failure =
      e.code === 'EACCES' || e.code === 'EPERM'
        ? { code: 'unreadable', message: 'permission denied (check its owner and mode)' }
        : { code: 'unreadable', message: e.message };
    return { ...base, bytes: 0, kind: 'failed', failure };
  }
  const size = bytes.length;
  if (size > task.maxBytes)
    return {
      ...base,
      bytes: size,
      kind: 'failed',
      failure: {
        code: 'too-large',
        message: `${size} bytes is over the limit of ${task.maxBytes}; not read`,
      },
    };
  const hash = contentHash(bytes);
  if (task.knownHash === hash) return { ...base, bytes: size, kind: 'unchanged', hash };
  try {
    const decoded = decodeDocument(bytes, task.name, { maxBytes: task.maxBytes });
    const graph = extractDocument(decoded.text, { source: task.name, maxChars: task.maxBytes });
    const tooLarge = graph.documents.length === 0 && graph.warnings.find((w) => w.code === 'TOO_LARGE');
    if (tooLarge)
      return {
        ...base,
        bytes: size,
        kind: 'failed',
        failure: { code: 'too-large', message: tooLarge.message },
      };
    for (const w of decoded.warnings) graph.warnings.push({ ...w, source: w.source ?? task.name });
    return {
      ...base,
      bytes: size,
      kind: 'extracted',
      hash,
      graph,
      text: task.withText ? decoded.text : undefined,
    };
  } catch (error) {
    if (error instanceof DecodeError) {
      // The decoder's message starts with the file name; the report names the file already.
      const message = error.message.replace(`${task.name}: `, '');
      return {
        ...base,
        bytes: size,
        kind: 'failed',
        failure: { code: DECODE_CODES[error.code] ?? 'undecodable', message },
      };
    }
    return {
      ...base,
      bytes: size,
      kind: 'failed',
      failure: { code: 'extract-failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
