/**
 * OCR of scanned PDFs and images with the `tesseract` CLI (Debian: tesseract-ocr, tesseract-ocr-vie), PDF
 * pages rendered first by `pdftoppm` (poppler-utils). Pages run in parallel, one single-threaded tesseract per
 * core (OMP_THREAD_LIMIT=1: tesseract's own threads only fight each other when several run at once). Each run
 * writes the text and a TSV of words with confidences; the mean word confidence is kept.
 * Child processes rather than a WASM port: the packaged tesseract is several times faster and brings the
 * Vietnamese model with it, with nothing fetched at run time.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ReadError } from './types';

export const INSTALL_HINT = 'apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils';
/** Render resolution: what Tesseract is trained for. */
const DPI = 300;
/** One page never takes longer than this (a pathological image). */
const PAGE_TIMEOUT_MS = 180_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

class MissingTool extends Error {}

function run(command: string, args: string[], timeout = PAGE_TIMEOUT_MS): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      // process.env read at each call: a PATH changed at run time (tests) is honoured.
      { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, timeout, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') reject(new MissingTool(command));
        else resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const checked = new Map<string, Promise<void>>();

/** Tesseract with Vietnamese, else ReadError 'tesseract-missing' (checked once per PATH). */
export function checkTesseract(): Promise<void> {
  const key = process.env.PATH ?? '';
  let p = checked.get(key);
  if (!p) {
    p = (async () => {
      let langs: Run;
      try {
        langs = await run('tesseract', ['--list-langs'], 30_000);
      } catch (error) {
        if (error instanceof MissingTool)
          throw new ReadError(
            'tesseract-missing',
            `tesseract is not installed (needed for OCR): ${INSTALL_HINT}`,
          );
        throw error;
      }
      if (!/^vie$/mu.test(langs.stdout + langs.stderr))
        throw new ReadError(
          'tesseract-missing',
          `tesseract has no Vietnamese model (needed for OCR): apt-get install tesseract-ocr-vie`,
        );
    })();
    checked.set(key, p);
    p.catch(() => checked.delete(key));
  }
  return p;
}

export interface OcrPage {
  text: string;
  /** Mean word confidence of the page, and how many words it is over. */
  confidence: number;
  words: number;
}

/** Mean confidence of the words in a tesseract TSV (level 5 rows; -1 marks non-word rows). */
export function tsvConfidence(tsv: string): { confidence: number; words: number } {
  let sum = 0;
  let words = 0;
  for (const line of tsv.split('\n')) {
    const cols = line.split('\t');
    if (cols[0] !== '5' || cols.length < 12 || cols[11].trim() === '') continue;
    const conf = Number(cols[10]);
    if (!Number.isFinite(conf) || conf < 0) continue;
    sum += conf;
    words++;
  }
  return { confidence: words ? sum / words : 0, words };
}

async function tesseract(image: string, outBase: string): Promise<OcrPage> {
  const r = await run('tesseract', [image, outBase, '-l', 'vie', '--psm', '3', 'txt', 'tsv']).catch(
    (error) => {
      if (error instanceof MissingTool)
        throw new ReadError(
          'tesseract-missing',
          `tesseract is not installed (needed for OCR): ${INSTALL_HINT}`,
        );
      throw error;
    },
  );
  if (r.code !== 0) throw new ReadError('ocr-failed', `tesseract failed: ${r.stderr.trim().slice(0, 300)}`);
  const text = (await fs.readFile(`${outBase}.txt`, 'utf8')).replace(/\f/gu, '').normalize('NFC');
  const tsv = await fs.readFile(`${outBase}.tsv`, 'utf8');
  return { text, ...tsvConfidence(tsv) };
}

/** Runs `fn` over `items` with at most `jobs` at a time, results in input order. */
export async function mapPool<T, R>(
  items: T[],
  jobs: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
  return out;
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

async function withTempDir<R>(fn: (dir: string) => Promise<R>): Promise<R> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'vanban-ocr-'));
  try {
    return await fn(dir);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** OCR every page of a PDF: pdftoppm renders page n, tesseract reads it; `jobs` pages at a time. */
export async function ocrPdf(bytes: Uint8Array, pageCount: number, jobs = defaultJobs()): Promise<OcrPage[]> {
  await checkTesseract();
  return withTempDir(async (dir) => {
    const pdf = path.join(dir, 'in.pdf');
    await fs.writeFile(pdf, bytes);
    const numbers = Array.from({ length: pageCount }, (_, i) => i + 1);
    return mapPool(numbers, jobs, async (n) => {
      const image = path.join(dir, `p${n}`);
      const r = await run('pdftoppm', [
        '-r',
        String(DPI),
        '-gray',
        '-png',
        '-f',
        `${n}`,
        '-l',
        `${n}`,
        '-singlefile',
        pdf,
        image,
      ]).catch((error) => {
        if (error instanceof MissingTool)
          throw new ReadError(
            'pdftoppm-missing',
            `pdftoppm is not installed (renders PDF pages for OCR): ${INSTALL_HINT}`,
          );
        throw error;
      });
      if (r.code !== 0)
        throw new ReadError(
          'corrupt-pdf',
          `corrupt PDF: page ${n} cannot be rendered: ${r.stderr.trim().slice(0, 300)}`,
        );
      const page = await tesseract(`${image}.png`, path.join(dir, `t${n}`));
      await fs.rm(`${image}.png`, { force: true });
      return page;
    });
  });
}

/** OCR an image file (PNG, JPEG, TIFF; a multi-page TIFF gives one page each). */
export async function ocrImage(bytes: Uint8Array, extension: string): Promise<OcrPage[]> {
  await checkTesseract();
  return withTempDir(async (dir) => {
    const image = path.join(dir, `in.${extension}`);
    await fs.writeFile(image, bytes);
    const page = await tesseract(image, path.join(dir, 'out'));
    // tesseract separates the pages of a multi-page TIFF with form feeds; tesseract() removed them, so read again.
    const raw = await fs.readFile(path.join(dir, 'out.txt'), 'utf8');
    const texts = raw.split('\f').filter((t, i, all) => i < all.length - 1 || t.trim() !== '');
    if (texts.length <= 1) return [page];
    return texts.map((t) => ({ text: t.normalize('NFC'), confidence: page.confidence, words: page.words }));
  });
}
