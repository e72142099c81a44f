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
const languages = 'vie';
/**
 * Page segmentation "a single column of text of variable sizes": the default (3, automatic) drops lines it
 * takes for a picture (a received-stamp table with dotted leaders: "Chuyển:.....Thực hiện"); columns are split
 * by the gaps between words instead (pagesFromWords).
 */
const PSM = '4';
let hasEnglish = false;

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
      const list = langs.stdout + langs.stderr;
      // Vietnamese alone: with English beside it, tesseract drops accents ("TAM CONG BAO", "QD/TU"). English
      // reads numbers again where the Vietnamese model was unsure (recheckNumbers).
      hasEnglish = /^eng$/mu.test(list);
      if (!/^vie$/mu.test(list))
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

/** One word of a tesseract TSV: where it is, what it says, how sure tesseract is. */
export interface TsvWord {
  page: number;
  line: string;
  left: number;
  top: number;
  width: number;
  height: number;
  conf: number;
  text: string;
}

export function parseTsv(tsv: string): TsvWord[] {
  const words: TsvWord[] = [];
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c[0] !== '5' || c.length < 12 || c[11].trim() === '') continue;
    words.push({
      page: Number(c[1]),
      line: `${c[1]}/${c[2]}/${c[3]}/${c[4]}`,
      left: Number(c[6]),
      top: Number(c[7]),
      width: Number(c[8]),
      height: Number(c[9]),
      conf: Number(c[10]),
      text: c[11].trim(),
    });
  }
  return words;
}

/**
 * Pages of text from tesseract's words: a line per recognised line, and an empty line where the gap above a
 * line is taller than a line (an empty paragraph, the end of a title), as the PDF text layer gets it.
 * Tesseract's own text output puts a blank line between every block it finds, which reads as paragraph ends
 * the document does not have.
 */
export function pagesFromWords(words: TsvWord[]): OcrPage[] {
  const lines = new Map<string, { page: number; top: number; bottom: number; words: TsvWord[] }>();
  for (const w of words) {
    let line = lines.get(w.line);
    if (!line) {
      line = { page: w.page, top: w.top, bottom: w.top + w.height, words: [] };
      lines.set(w.line, line);
    }
    line.top = Math.min(line.top, w.top);
    line.bottom = Math.max(line.bottom, w.top + w.height);
    line.words.push(w);
  }
  const byPage = new Map<number, (typeof lines extends Map<string, infer L> ? L : never)[]>();
  for (const l of lines.values()) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const pages: OcrPage[] = [];
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    const ls = byPage.get(page)!;
    const heights = ls.map((l) => l.bottom - l.top).sort((a, b) => a - b);
    const median = heights[heights.length >> 1] ?? 0;
    const out: string[] = [];
    let prevBottom = NaN;
    let sum = 0;
    let count = 0;
    for (const l of ls) {
      if (l.top - prevBottom > BLANK_GAP * median) out.push('');
      prevBottom = l.bottom;
      // Words far apart on one line are columns (the issuer block beside the national motto): a line each,
      // as the text layer of a PDF gives them.
      let text = '';
      let right = NaN;
      for (const w of l.words) {
        if (text !== '' && w.left - right > COLUMN_GAP * median) {
          out.push(text);
          text = '';
        }
        text += (text === '' ? '' : ' ') + w.text;
        right = w.left + w.width;
      }
      out.push(text);
      for (const w of l.words) {
        if (Number.isFinite(w.conf) && w.conf >= 0) {
          sum += w.conf;
          count++;
        }
      }
    }
    pages.push({ text: out.join('\n').normalize('NFC'), confidence: count ? sum / count : 0, words: count });
  }
  return pages;
}

/** A gap above a line taller than this share of the usual line height was an empty line. */
const BLANK_GAP = 0.9;
/** Words further apart than this many line heights are in different columns. */
const COLUMN_GAP = 3;
/** Words with digits read with less confidence than this are read again (see recheckNumbers). */
const RECHECK_BELOW = 80;

async function tesseract(image: string, outBase: string, langs = languages, psm = PSM): Promise<TsvWord[]> {
  const r = await run('tesseract', [image, outBase, '-l', langs, '--psm', psm, 'tsv']).catch((error) => {
    if (error instanceof MissingTool)
      throw new ReadError(
        'tesseract-missing',
        `tesseract is not installed (needed for OCR): ${INSTALL_HINT}`,
      );
    throw error;
  });
  if (r.code !== 0) throw new ReadError('ocr-failed', `tesseract failed: ${r.stderr.trim().slice(0, 300)}`);
  return parseTsv(await fs.readFile(`${outBase}.tsv`, 'utf8'));
}

/** Same characters except for digits, and digits where the other has digits: "2485/CT-CS" vs "5485/CT-CS". */
function sameButDigits(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  for (let i = 0; i < a.length; i++) {
    const da = a[i] >= '0' && a[i] <= '9';
    const db = b[i] >= '0' && b[i] <= '9';
    if (da !== db || (!da && a[i] !== b[i])) return false;
  }
  return true;
}

/**
 * Tesseract's Vietnamese model misreads digits in document numbers now and then ("5485/CT-CS" as "2485/…",
 * confidence 32), and one wrong digit in a document's own number moves every relation it states. Such words,
 * when unsure, are cut out of the page and read again by the English model as a single line; its reading
 * replaces the first only where the two differ in digits alone and the second is surer.
 */
async function recheckNumbers(words: TsvWord[], readCrop: (w: TsvWord) => Promise<TsvWord[]>): Promise<void> {
  for (const w of words) {
    if (!/\d/u.test(w.text) || !(w.conf < RECHECK_BELOW)) continue;
    const again = await readCrop(w);
    const text = again.map((x) => x.text).join('');
    const conf = again.length ? Math.min(...again.map((x) => x.conf)) : -1;
    if (sameButDigits(w.text, text) && conf > w.conf) {
      w.text = text;
      w.conf = conf;
    }
  }
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

/**
 * OCR processes running now, across every document being read: extractFiles reads several files at once, each
 * may OCR several pages, and more tesseracts than cores only make each slower.
 */
let running = 0;
const waiting: (() => void)[] = [];

async function limited<R>(jobs: number, fn: () => Promise<R>): Promise<R> {
  while (running >= Math.max(1, jobs)) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
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

/** OCR every page of a PDF (or the pages `only` lists): pdftoppm renders page n, tesseract reads it; `jobs` pages at a time. */
export async function ocrPdf(
  bytes: Uint8Array,
  pageCount: number,
  jobs = defaultJobs(),
  only?: number[],
): Promise<OcrPage[]> {
  await checkTesseract();
  return withTempDir(async (dir) => {
    const pdf = path.join(dir, 'in.pdf');
    await fs.writeFile(pdf, bytes);
    const numbers = only ?? Array.from({ length: pageCount }, (_, i) => i + 1);
    return mapPool(numbers, jobs, (n) => limited(jobs, () => ocrPage(n)));
    async function ocrPage(n: number): Promise<OcrPage> {
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
      const words = await tesseract(`${image}.png`, path.join(dir, `t${n}`));
      await fs.rm(`${image}.png`, { force: true });
      if (hasEnglish) {
        await recheckNumbers(words, async (w) => {
          const pad = Math.round(w.height / 2);
          const crop = path.join(dir, `c${n}`);
          const box = [w.left - pad, w.top - pad, w.width + 2 * pad, w.height + 2 * pad].map(
            (v) => `${Math.max(0, v)}`,
          );
          const c = await run('pdftoppm', [
            '-r',
            String(DPI),
            '-gray',
            '-png',
            '-f',
            `${n}`,
            '-l',
            `${n}`,
            '-x',
            box[0],
            '-y',
            box[1],
            '-W',
            box[2],
            '-H',
            box[3],
            '-singlefile',
            pdf,
            crop,
          ]);
          if (c.code !== 0) return [];
          return tesseract(`${crop}.png`, path.join(dir, `u${n}`), 'eng', '7');
        });
      }
      const [page] = pagesFromWords(words);
      return page ?? { text: '', confidence: 0, words: 0 };
    }
  });
}

/** OCR an image file (PNG, JPEG, TIFF; a multi-page TIFF gives one page each). */
export async function ocrImage(bytes: Uint8Array, extension: string): Promise<OcrPage[]> {
  await checkTesseract();
  return withTempDir(async (dir) => {
    const image = path.join(dir, `in.${extension}`);
    await fs.writeFile(image, bytes);
    // No recheck of numbers here: cropping an arbitrary image needs an image library the project does not have.
    const words = await limited(defaultJobs(), () => tesseract(image, path.join(dir, 'out')));
    const pages = pagesFromWords(words);
    return pages.length > 0 ? pages : [{ text: '', confidence: 0, words: 0 }];
  });
}
