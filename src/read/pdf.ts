/**
 * PDF with a text layer → text in reading order, page by page, via PDF.js (the `unpdf` build, pure JS, no
 * worker, no canvas). PDF.js hands out positioned text runs, not lines: runs are grouped into lines by their
 * baseline and sorted by x, and spaces come from the gaps between runs (PDF.js's own whitespace runs are
 * unreliable where a line mixes fonts, e.g. a fallback font for "Ở": "S Ở" instead of "SỞ"). Running headers
 * and footers (page numbers, a line repeated at the top or bottom of most pages) are dropped. A text layer that
 * is empty or glyph soup (a scan, or a font without a Unicode map) is reported so the caller can OCR instead.
 */
import { getDocumentProxy } from 'unpdf';
import { scoreVietnamese } from './decode';
import { isVietnameseSyllable } from './legacy-encodings/syllable';
import { ReadError } from './types';

export interface PdfText {
  /** Lines of each page, running headers and footers removed. */
  pages: string[][];
  /** Lines dropped as running headers/footers. */
  dropped: number;
  /** Why the text layer cannot be trusted (then OCR it), or null. */
  unusable: string | null;
}

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
  /** A piece of an item cut around another font's glyphs: its edge there may have lost a real space. */
  cut?: boolean;
}

/** Share of the font size above which a gap between runs is a space. */
const SPACE_GAP = 0.15;
/** A gap wider than this many font sizes separates columns (issuer block | national motto): a new line. */
const COLUMN_GAP = 3;
/** Baselines further apart than this many font sizes had an empty line between them. */
const BLANK_LINE_GAP = 2;
/** Fewer letters than this per page on average: the pages are images (a scan). */
const MIN_LETTERS_PER_PAGE = 100;

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** Opens the PDF: encrypted and corrupt files become their ReadError. */
async function open(bytes: Uint8Array): Promise<Awaited<ReturnType<typeof getDocumentProxy>>> {
  try {
    // A copy: PDF.js may take over (detach) the buffer it is given, and the caller may still need the bytes (OCR).
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    if (errorName(error) === 'PasswordException')
      throw new ReadError(
        'encrypted-pdf',
        'encrypted PDF: it needs a password to open; save an unprotected copy',
      );
    throw new ReadError('corrupt-pdf', `corrupt PDF: ${(error as Error).message}`);
  }
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await open(bytes);
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let runs: Run[];
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        runs = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str.trim() === '') continue;
          const [a, b, c, d, e, f] = item.transform as number[];
          const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
          runs.push({ str: item.str, x: e, y: f, width: item.width, size, font: item.fontName });
        }
        page.cleanup();
      } catch (error) {
        throw new ReadError('corrupt-pdf', `corrupt PDF: page ${n}: ${(error as Error).message}`);
      }
      pages.push(linesOf(runs));
    }
    const { pages: kept, dropped } = dropRunningLines(pages);
    return { pages: kept, dropped, unusable: judgeTextLayer(kept) };
  } finally {
    await doc.destroy();
  }
}

/** Runs → lines: by baseline (top to bottom), then by x; wide gaps split columns onto lines of their own. */
export function linesOf(runs: Run[]): string[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Run[][] = [];
  let row: Run[] = [];
  let rowY = 0;
  let rowSize = 0;
  for (const r of sorted) {
    if (row.length > 0 && Math.abs(r.y - rowY) > 0.4 * Math.max(rowSize, r.size)) {
      rows.push(row);
      row = [];
    }
    if (row.length === 0) {
      rowY = r.y;
      rowSize = r.size;
    }
    row.push(r);
  }
  if (row.length > 0) rows.push(row);
  const lines: string[] = [];
  let prevY = NaN;
  for (const items of rows) {
    // A gap of two lines or more between baselines was an empty paragraph: keep it as an empty line (the
    // parser reads blank lines as the end of a title or a block, as in the text corpus).
    const size = Math.max(...items.map((r) => r.size));
    if (prevY - items[0].y > BLANK_LINE_GAP * size && lines.length > 0) lines.push('');
    prevY = items[0].y;
    const pieces = items.flatMap((r) => splitAtForeignRuns(r, items)).sort((p, q) => p.x - q.x);
    let line = '';
    let end = -Infinity;
    let prev: Run | null = null;
    // Offsets in `line` where a cut piece met another font's glyph with no gap: spaces may have been lost there.
    let seams: number[] = [];
    const flush = (): void => {
      const text = clean(restoreSpaces(line, seams));
      if (text !== '') lines.push(text);
      line = '';
      seams = [];
    };
    for (const r of pieces) {
      const gap = r.x - end;
      if (line !== '' && gap > COLUMN_GAP * r.size) flush();
      else if (line !== '' && gap > SPACE_GAP * r.size) line += ' ';
      else if (line !== '' && (prev?.cut || r.cut)) seams.push(line.length);
      line += r.str;
      end = Math.max(end, r.x + r.width);
      prev = r;
    }
    flush();
  }
  return lines;
}

/**
 * PDF.js joins the runs of one font across a gap with a space even when another font's glyphs fill the gap: a
 * line in a font without "Ỉ" gives the item "T NH" plus an item "Ỉ" from the fallback font inside it, for
 * "TỈNH". Each group of such foreign runs inside an item takes the place of the item's space nearest to it
 * (the item is cut there), so the pieces and the foreign glyphs sort into their real order.
 */
function splitAtForeignRuns(run: Run, row: Run[]): Run[] {
  if (!run.str.includes(' ')) return [run];
  const eps = 0.05 * run.size;
  const inside = row
    .filter(
      (o) =>
        o.font !== run.font &&
        o.x > run.x + eps &&
        o.x < run.x + run.width - eps &&
        o.x + o.width < run.x + run.width + eps,
    )
    .sort((p, q) => p.x - q.x);
  if (inside.length === 0) return [run];
  const clusters: { start: number; end: number }[] = [];
  for (const o of inside) {
    const last = clusters[clusters.length - 1];
    if (last && o.x - last.end < SPACE_GAP * run.size) last.end = Math.max(last.end, o.x + o.width);
    else clusters.push({ start: o.x, end: o.x + o.width });
  }
  const spaces: number[] = [];
  for (let i = 0; i < run.str.length; i++) if (run.str[i] === ' ') spaces.push(i);
  const perChar = run.width / run.str.length;
  const cuts: { at: number; start: number; end: number }[] = [];
  const used = new Set<number>();
  for (const c of clusters) {
    const centre = (c.start + c.end) / 2;
    let best = -1;
    for (const i of spaces) {
      if (used.has(i)) continue;
      const d = Math.abs(run.x + (i + 0.5) * perChar - centre);
      if (best < 0 || d < Math.abs(run.x + (best + 0.5) * perChar - centre)) best = i;
    }
    if (best < 0) break;
    used.add(best);
    cuts.push({ at: best, ...c });
  }
  cuts.sort((p, q) => p.at - q.at);
  const out: Run[] = [];
  let from = 0;
  let x = run.x;
  for (const cut of cuts) {
    out.push({ ...run, str: run.str.slice(from, cut.at), x, width: Math.max(0, cut.start - x), cut: true });
    from = cut.at + 1;
    x = cut.end;
  }
  out.push({ ...run, str: run.str.slice(from), x, width: Math.max(0, run.x + run.width - x), cut: true });
  return out.filter((p) => p.str.trim() !== '');
}

/**
 * Where a cut item meets another font's glyph, the positions cannot tell whether a real space was there too
 * (PDF.js folded it into the one space it put in the gap). Vietnamese writes every syllable apart: where the
 * whole word at a seam is no syllable but its two sides are ("vị" + "trực", not "hi" + "ệu"), a space was lost.
 */
function restoreSpaces(line: string, seams: number[]): string {
  let out = line;
  for (let k = seams.length - 1; k >= 0; k--) {
    const at = seams[k];
    const l = /\p{L}+$/u.exec(out.slice(Math.max(0, at - 12), at))?.[0];
    const r = /^\p{L}+/u.exec(out.slice(at, at + 12))?.[0];
    if (l && r && isVietnameseSyllable(l) && isVietnameseSyllable(r) && !isVietnameseSyllable(l + r))
      out = `${out.slice(0, at)} ${out.slice(at)}`;
  }
  return out;
}

function clean(line: string): string {
  return line.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Page-number lines: "2", "- 2 -", "Trang 2/5", "Trang 2 trên 5", "Page 2 of 5", "2/5". */
const PAGE_NUMBER = [
  /^[-–—\s]*\d{1,4}[-–—\s]*$/u,
  /^(?:trang|page) ?\d{1,4}(?: ?(?:\/|trên|of) ?\d{1,4})?$/iu,
  /^\d{1,4} ?\/ ?\d{1,4}$/u,
];
/** How many lines at the top and at the bottom of a page can be running headers or footers. */
const EDGE_LINES = 2;

function edgeIndexes(count: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < Math.min(EDGE_LINES, count); i++) {
    out.add(i);
    out.add(count - 1 - i);
  }
  return [...out];
}

/** A line's shape with its numbers blanked: "Trang 2" and "Trang 3" repeat as one header. */
function shape(line: string): string {
  return line.toLowerCase().replace(/\d+/gu, '#');
}

/**
 * Drops running headers and footers: page numbers at the top or bottom of a page, and lines repeated (numbers
 * aside) at the top or bottom of most pages of a document of two pages or more.
 */
export function dropRunningLines(pages: string[][]): { pages: string[][]; dropped: number } {
  // Empty lines do not count as a page's top or bottom line.
  const edgesOf = (lines: string[]): number[] => {
    const filled = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
    return edgeIndexes(filled.length).map((k) => filled[k]);
  };
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const shapes = new Set(edgesOf(lines).map((i) => shape(lines[i])));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const minPages = Math.max(2, Math.ceil(0.6 * pages.length));
  const running = (line: string): boolean => {
    if (PAGE_NUMBER.some((re) => re.test(line))) return true;
    const s = shape(line);
    return pages.length >= 2 && /[\p{L}\p{N}]/u.test(s) && s.length >= 3 && (seen.get(s) ?? 0) >= minPages;
  };
  let dropped = 0;
  const kept = pages.map((lines) => {
    const edges = new Set(edgesOf(lines));
    const left = lines.filter((line, i) => {
      const drop = edges.has(i) && running(line);
      if (drop) dropped++;
      return !drop;
    });
    // No empty line at a page's top or bottom, nor two in a row.
    return left.filter((l, i) => l !== '' || (i > 0 && i < left.length - 1 && left[i - 1] !== ''));
  });
  return { pages: kept, dropped };
}

/**
 * A document number broken after its hyphen at a line end ("Kế hoạch số 98-" / "KH/TU") is joined back: the
 * line break is the renderer's, not the author's. Prose dashes have a space before them ("kinh tế -").
 */
export function joinBrokenSymbols(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (last >= 0 && /[\p{L}\p{N}]-$/u.test(out[last]) && /^[\p{Lu}\p{N}]/u.test(line)) out[last] += line;
    else out.push(line);
  }
  return out;
}

/** Null when the text layer is real Vietnamese text; otherwise why not. */
export function judgeTextLayer(pages: string[][]): string | null {
  const text = pages.map((l) => l.join('\n')).join('\n');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (pages.length > 0 && letters / pages.length < MIN_LETTERS_PER_PAGE)
    return `text layer nearly empty (${Math.round(letters / Math.max(1, pages.length))} letters per page)`;
  const visible = text.replace(/\s+/gu, '').length;
  const symbols = visible - letters - (text.match(/[\p{N}.,;:!?()"'“”/%-]/gu)?.length ?? 0);
  if (symbols / visible > 0.3)
    return `text layer is mostly symbols (${Math.round((100 * symbols) / visible)} %)`;
  const score = scoreVietnamese(text.slice(0, 200_000));
  if (score.good + score.bad >= 20 && score.quality < 0.5)
    return `text layer is not Vietnamese (${Math.round(100 * score.quality)} % of accented words are syllables)`;
  return null;
}
