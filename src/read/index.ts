/**
 * The read stage: bytes of any supported format → text with provenance, the format told by the bytes (magic
 * numbers), not the file name.
 *   text/markdown → bytes through (the text stage decodes legacy encodings)
 *   PDF → text layer (src/read/pdf.ts), or OCR when the layer is empty or glyph soup (src/read/ocr.ts)
 *   PNG/JPEG/TIFF → OCR;  .docx → mammoth;  .doc → word-extractor;  HTML → the main content block
 *   zip → every entry of the above, "archive.zip!inner/path.docx", within the zip-bomb limits (src/read/zip.ts)
 * One clear ReadError per file; inside a zip, a bad entry is reported on its own and its siblings are read.
 */
import { detectFormat } from './detect';
import { readHtml } from './html';
import { defaultJobs, ocrImage, ocrPdf, type OcrPage } from './ocr';
import { readDoc, readDocx } from './office';
import { dropRunningLines, joinBrokenSymbols, readPdfText } from './pdf';
import { DEFAULT_READ_MAX_BYTES, ReadError, type ReadOptions, type ReadPage, type ReadResult } from './types';
import { openZip } from './zip';

export * from './types';

/** Zips inside zips are read this deep and no deeper. */
const MAX_ZIP_DEPTH = 2;

export async function readSource(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult[]> {
  try {
    return await readAt(name, bytes, options, 0);
  } catch (error) {
    throw asReadError(error);
  }
}

/** Any failure of a library on bad input is still one clear ReadError for the file. */
function asReadError(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  return new ReadError('unreadable', `unreadable: ${error instanceof Error ? error.message : String(error)}`);
}

async function readAt(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions,
  depth: number,
): Promise<ReadResult[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_READ_MAX_BYTES;
  if (bytes.length > maxBytes)
    throw new ReadError('too-large', `${bytes.length} bytes is over the limit of ${maxBytes}; not read`);
  const format = detectFormat(name, bytes);
  switch (format) {
    case 'text':
      return [{ name, reader: 'text', bytes, warnings: [] }];
    case 'html': {
      const { text, warnings } = readHtml(bytes);
      return [{ name, reader: 'html', text, warnings }];
    }
    case 'pdf':
      return [await readPdf(name, bytes, options)];
    case 'png':
    case 'jpeg':
    case 'tiff': {
      if (options.ocr === false)
        throw new ReadError('ocr-disabled', `a ${format.toUpperCase()} image needs OCR, which is turned off`);
      const pages = await ocrImage(bytes, format === 'jpeg' ? 'jpg' : format === 'tiff' ? 'tif' : 'png');
      return [ocrResult(name, pages, [])];
    }
    case 'ole': {
      const { text, warnings } = await readDoc(bytes);
      return [{ name, reader: 'doc', text, warnings }];
    }
    case 'zip':
      return readZip(name, bytes, options, depth);
  }
}

/** Pages' lines → one text with page offsets; pages are joined by a single line break (sentences run on). */
function joinPages(pages: string[][]): { text: string; pages: ReadPage[] } {
  const out: ReadPage[] = [];
  let text = '';
  pages.forEach((lines, i) => {
    if (i > 0) text += '\n';
    const start = text.length;
    text += joinBrokenSymbols(lines).join('\n');
    out.push({ number: i + 1, start, end: text.length });
  });
  return { text, pages: out };
}

async function readPdf(name: string, bytes: Uint8Array, options: ReadOptions): Promise<ReadResult> {
  const layer = await readPdfText(bytes);
  if (!layer.unusable) return withScannedPages(name, bytes, layer.pages, options);
  if (options.ocr === false)
    throw new ReadError('ocr-disabled', `scanned PDF (${layer.unusable}) needs OCR, which is turned off`);
  const pages = await ocrPdf(bytes, layer.pages.length, options.jobs ?? defaultJobs());
  return ocrResult(name, pages, [{ code: 'ocr', message: `read by OCR: ${layer.unusable}` }]);
}

/** Look-alikes Tesseract's Vietnamese model confuses and Vietnamese never uses: Icelandic eth for Đ/đ. */
const OCR_LOOKALIKES: Readonly<Record<string, string>> = { '\u00d0': '\u0110', '\u00f0': '\u0111' };

/** A page of a text PDF with fewer letters than this is an image (a signed last page, a scanned annex). */
const MIN_PAGE_LETTERS = 20;

/**
 * A text PDF whose some pages are images (the signed page scanned and put back, a scanned annex): those pages
 * are OCR'd and take their place; the mean confidence is over them. Without tesseract they stay empty, with a
 * warning, and the text pages are still read.
 */
async function withScannedPages(
  name: string,
  bytes: Uint8Array,
  textPages: string[][],
  options: ReadOptions,
): Promise<ReadResult> {
  const letters = (lines: string[]): number => lines.join('').match(/\p{L}/gu)?.length ?? 0;
  const scanned = textPages.flatMap((lines, i) => (letters(lines) < MIN_PAGE_LETTERS ? [i + 1] : []));
  const warnings: ReadResult['warnings'] = [];
  let confidence: number | null | undefined;
  const pages = [...textPages];
  if (scanned.length > 0 && options.ocr !== false) {
    try {
      const ocr = await ocrPdf(bytes, textPages.length, options.jobs ?? defaultJobs(), scanned);
      const read = ocrResult(name, ocr, []);
      scanned.forEach((n, k) => {
        const p = read.pages![k];
        pages[n - 1] = read.text!.slice(p.start, p.end).split('\n');
      });
      confidence = read.ocrConfidence;
      warnings.push({ code: 'ocr-pages', message: `pages without text read by OCR: ${scanned.join(', ')}` });
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      warnings.push({
        code: 'ocr-pages-skipped',
        message: `pages ${scanned.join(', ')} have no text: ${error.message}`,
      });
    }
  }
  const { text, pages: spans } = joinPages(pages);
  const result: ReadResult = { name, reader: 'pdf', text, pages: spans, pageCount: spans.length, warnings };
  if (confidence !== undefined) result.ocrConfidence = confidence;
  return result;
}

function ocrResult(name: string, ocrPages: OcrPage[], warnings: ReadResult['warnings']): ReadResult {
  const lines = ocrPages.map((p) =>
    p.text
      .replace(/[\u00d0\u00f0]/gu, (c) => OCR_LOOKALIKES[c])
      // One Đ read twice ("QĐĐ/TU"): Vietnamese never doubles it.
      .replace(/Đ{2,}/gu, 'Đ')
      .replace(/đ{2,}/gu, 'đ')
      .split('\n')
      .map((l) => l.replace(/\s+/gu, ' ').trim()),
  );
  const { pages: kept } = dropRunningLines(lines);
  const { text, pages } = joinPages(kept);
  const words = ocrPages.reduce((s, p) => s + p.words, 0);
  const confidence = words ? ocrPages.reduce((s, p) => s + p.confidence * p.words, 0) / words : null;
  return {
    name,
    reader: 'ocr',
    text,
    pages,
    pageCount: pages.length,
    ocrConfidence: confidence === null ? null : Math.round(confidence * 10) / 10,
    warnings,
  };
}

/** Entries nobody wants read: folders, macOS resource forks, hidden files. */
function skipped(entry: string): boolean {
  return entry.endsWith('/') || entry.startsWith('__MACOSX/') || /(?:^|\/)\./u.test(entry);
}

async function readZip(
  name: string,
  bytes: Uint8Array,
  options: ReadOptions,
  depth: number,
): Promise<ReadResult[]> {
  const maxBytes = options.maxBytes ?? DEFAULT_READ_MAX_BYTES;
  const zip = await openZip(bytes, maxBytes);
  try {
    const names = new Set(zip.entries.map((e) => e.name));
    if (names.has('word/document.xml')) {
      const { text, warnings } = await readDocx(bytes);
      return [{ name, reader: 'docx', text, warnings }];
    }
    if (names.has('[Content_Types].xml') || names.has('mimetype'))
      throw new ReadError(
        'unsupported-format',
        'unsupported format: an office file other than a Word document',
      );
    if (depth >= MAX_ZIP_DEPTH)
      throw new ReadError('zip-bomb', `zip nested more than ${MAX_ZIP_DEPTH} deep; refused`);
    const results: ReadResult[] = [];
    for (const entry of zip.entries) {
      if (entry.directory || skipped(entry.name)) continue;
      const inner = `${name}!${entry.name}`;
      try {
        const data = await zip.read(entry.name);
        results.push(...(await readAt(inner, data, options, depth + 1)));
      } catch (error) {
        const e = asReadError(error);
        results.push({
          name: inner,
          reader: 'text',
          warnings: [],
          error: { code: e.code, message: e.message },
        });
      }
    }
    return results;
  } finally {
    zip.close();
  }
}
