/**
 * The first stage of the pipeline: files and folders given on the command line → the files to read, one at a
 * time (an async generator: a folder of a million files is never listed in memory at once, only one folder's
 * entries). Everything that cannot be read is yielded too, as a failure with its reason, so that the run lists it.
 */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';

/** Text formats the extractor reads today. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown'];
/** Formats of the read stage (PDF, Word, HTML, images, zip): listed so that a folder of them is not skipped. */
export const DOCUMENT_EXTENSIONS = [
  '.pdf',
  '.docx',
  '.doc',
  '.html',
  '.htm',
  '.zip',
  '.png',
  '.jpg',
  '.jpeg',
  '.tif',
  '.tiff',
];
const KNOWN = new Set([...TEXT_EXTENSIONS, ...DOCUMENT_EXTENSIONS]);

export type FailureCode =
  | 'missing'
  | 'unreadable'
  | 'symlink-loop'
  | 'too-large'
  | 'unsupported-format'
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'extract-failed'
  | 'worker-crashed'
  | (string & {});

export interface Failure {
  code: FailureCode;
  message: string;
}

/** A file to read: `path` on disk, `name` as recorded (`source`): relative to the folder it was found in. */
export interface InputFile {
  path: string;
  name: string;
  /** -1 when not known yet (plain files in folders: the worker checks the size before reading). */
  size: number;
}

export type Listed =
  ({ kind: 'file' } & InputFile) | { kind: 'failure'; path: string; name: string; failure: Failure };

export interface ListOptions {
  /** Files larger than this are a failure 'too-large' (not read). */
  maxBytes: number;
}

function errorFailure(error: unknown): Failure {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return { code: 'missing', message: 'no such file or folder' };
    case 'EACCES':
    case 'EPERM':
      return { code: 'unreadable', message: 'permission denied (check its owner and mode)' };
    case 'ELOOP':
      return { code: 'symlink-loop', message: 'symbolic links loop; not followed' };
    default:
      return { code: 'unreadable', message: e.message };
  }
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Files under `inputs`, folders walked in name order. Symbolic links are followed, but a folder already on the
 * way down (by its real path) is a loop, reported once and not entered. Hidden files and files of other
 * extensions inside folders are skipped silently (counted by `skipped`); a file named directly is always tried.
 */
export async function* listFiles(
  inputs: string[],
  options: ListOptions,
  skipped: { count: number } = { count: 0 },
): AsyncGenerator<Listed> {
  for (const input of inputs) {
    let st;
    try {
      st = await fs.stat(input);
    } catch (error) {
      yield { kind: 'failure', path: input, name: input, failure: errorFailure(error) };
      continue;
    }
    if (st.isDirectory()) {
      yield* walk(input, input, new Set(), options, skipped);
    } else if (st.isFile()) {
      yield checkSize({ path: input, name: path.basename(input), size: st.size }, options);
    } else {
      yield {
        kind: 'failure',
        path: input,
        name: input,
        failure: { code: 'unreadable', message: 'not a regular file or folder' },
      };
    }
  }
}

function checkSize(file: InputFile, options: ListOptions): Listed {
  if (file.size >= 0 && file.size > options.maxBytes)
    return {
      kind: 'failure',
      path: file.path,
      name: file.name,
      failure: {
        code: 'too-large',
        message: `${file.size} bytes is over the limit of ${options.maxBytes} (--max-bytes); not read`,
      },
    };
  return { kind: 'file', ...file };
}

async function* walk(
  root: string,
  dir: string,
  ancestors: Set<string>,
  options: ListOptions,
  skipped: { count: number },
): AsyncGenerator<Listed> {
  const name = (p: string) => path.relative(root, p) || path.basename(p);
  let real: string;
  let entries: Dirent[];
  try {
    real = await fs.realpath(dir);
    if (ancestors.has(real)) {
      yield {
        kind: 'failure',
        path: dir,
        name: name(dir),
        failure: { code: 'symlink-loop', message: `links back to ${real}, a folder above it; not followed` },
      };
      return;
    }
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'failure', path: dir, name: name(dir), failure: errorFailure(error) };
    return;
  }
  const below = new Set(ancestors).add(real);
  entries.sort(byName);
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    // The size of a plain file is checked by the worker that reads it (a stat per file here, awaited one by
    // one, starved the workers: 1.4 s of 13 on 10k files). Links are resolved here, to find loops.
    let size = -1;
    if (e.isSymbolicLink()) {
      try {
        const st = await fs.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
        size = st.size;
      } catch (error) {
        yield { kind: 'failure', path: full, name: name(full), failure: errorFailure(error) };
        continue;
      }
    }
    if (isDir) yield* walk(root, full, below, options, skipped);
    else if (isFile && KNOWN.has(path.extname(e.name).toLowerCase()))
      yield checkSize({ path: full, name: name(full), size }, options);
    else skipped.count += 1;
  }
}

/** Files and bytes under `inputs` (a quick first pass for the progress bar's total and ETA). */
export async function countFiles(
  inputs: string[],
  options: ListOptions,
): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for await (const f of listFiles(inputs, options)) {
    files += 1;
    if (f.kind === 'file') bytes += f.size;
  }
  return { files, bytes };
}
