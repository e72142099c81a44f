/**
 * OCR with the real Tesseract (tesseract-ocr + tesseract-ocr-vie, pdftoppm from poppler-utils; .ci/run installs
 * them): image-only PDFs made from the fixtures at 200 dpi black and white. The graph read from a scan must
 * find ≥ 90 % of the relations of the text and invent ≤ 10 %; the figures are printed. Without tesseract on
 * the PATH, OCR is a clear 'tesseract-missing' error that says what to install.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/extract';
import { ReadError, readSource } from '../../src/read';
import { fixture, graphOf, SCANNED } from './read-helpers';

const OCR_TIMEOUT = 240_000;

/** seed_003's text PDF followed by seed_004's first scanned page (pdfseparate, pdfunite: poppler-utils). */
function mixedPdf(dir: string): string {
  const scanPage = path.join(dir, 'scan1.pdf');
  execFileSync('pdfseparate', ['-f', '1', '-l', '1', fixture('seed_004.scan.pdf'), scanPage]);
  const mixed = path.join(dir, 'mixed.pdf');
  execFileSync('pdfunite', [fixture('seed_003.pdf'), scanPage, mixed]);
  return mixed;
}

describe('OCR of scanned PDFs', () => {
  for (const name of SCANNED) {
    it(
      `${name}.scan.pdf: ≥ 90 % of the text's relations, ≤ 10 % invented`,
      async () => {
        const text = await graphOf(`${name}.txt`);
        const scan = await graphOf(`${name}.scan.pdf`);
        const doc = scan.graph.documents.find((d) => d.source === 'DOC');
        expect(doc?.reader).toBe('ocr');
        expect(doc?.pageCount).toBe(
          readFileSync(fixture(`${name}.scan.pdf`), 'latin1').match(/\/Type \/Page\b/gu)?.length,
        );
        expect(doc?.ocrConfidence).toBeGreaterThan(60);
        expect(doc?.ocrConfidence).toBeLessThanOrEqual(100);
        const key = (r: { from: string; type: string; to: string }): string =>
          `${r.from} -${r.type}-> ${r.to}`;
        const truth = new Set(text.graph.relations.map(key));
        const found = new Set(scan.graph.relations.map(key));
        const hits = [...truth].filter((k) => found.has(k)).length;
        const recall = truth.size ? hits / truth.size : 1;
        const invented = found.size ? (found.size - hits) / found.size : 0;
        console.log(
          `OCR ${name}: ${doc?.pageCount} pages, confidence ${doc?.ocrConfidence}; relations found ${hits}/${truth.size} ` +
            `(${(100 * recall).toFixed(1)} %), invented ${found.size - hits}/${found.size} (${(100 * invented).toFixed(1)} %)`,
        );
        expect(truth.size).toBeGreaterThan(0);
        expect(recall).toBeGreaterThanOrEqual(0.9);
        expect(invented).toBeLessThanOrEqual(0.1);
        // Every relation is placed on a page of the scan.
        const rels = scan.graph.relations.filter((r) => r.source === 'DOC');
        expect(
          rels.every((r) => typeof r.page === 'number' && r.page >= 1 && r.page <= (doc?.pageCount ?? 0)),
        ).toBe(true);
      },
      OCR_TIMEOUT,
    );
  }

  it(
    'a text PDF with a scanned page: the text pages from the text layer, the scanned one by OCR',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'vanban-mixed-'));
      try {
        const mixed = mixedPdf(dir);
        const [r] = await readSource('mixed.pdf', readFileSync(mixed));
        const textPages = (await readSource('t.pdf', readFileSync(fixture('seed_003.pdf'))))[0].pageCount!;
        expect(r.reader).toBe('pdf');
        expect(r.pageCount).toBe(textPages + 1);
        expect(r.warnings.map((w) => w.code)).toEqual(['ocr-pages']);
        expect(r.ocrConfidence).toBeGreaterThan(60);
        const last = r.pages![textPages];
        expect(r.text!.slice(last.start, last.end)).toMatch(/1225\/UBND-NC/u);
        expect(r.text!.slice(0, r.pages![0].end)).toContain('02 /CT-UBND');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    OCR_TIMEOUT,
  );

  it(
    'an image file is read by OCR',
    async () => {
      const [r] = await readSource('page.png', readFileSync(fixture('seed_004.page1.png')));
      expect(r.reader).toBe('ocr');
      expect(r.pageCount).toBe(1);
      expect(r.text).toMatch(/1225\/UBND-NC/u);
      expect(r.ocrConfidence).toBeGreaterThan(60);
    },
    OCR_TIMEOUT,
  );
});

describe('without OCR', () => {
  const savedPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  it('tesseract not on the PATH: a clear error that says what to install, and no crash of the run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vanban-mixed-'));
    const mixed = mixedPdf(dir);
    process.env.PATH = '/nonexistent';
    // A text PDF with a scanned page: the text pages are read, the scanned one is reported.
    const [r] = await readSource('mixed.pdf', readFileSync(mixed));
    rmSync(dir, { recursive: true, force: true });
    expect(r.reader).toBe('pdf');
    expect(r.warnings.map((w) => w.code)).toEqual(['ocr-pages-skipped']);
    expect(r.warnings[0].message).toContain('apt-get install tesseract-ocr tesseract-ocr-vie');
    expect(r.text).toContain('02 /CT-UBND');
    for (const file of ['seed_004.scan.pdf', 'seed_004.page1.png']) {
      const error = await readSource(file, readFileSync(fixture(file))).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReadError);
      expect((error as ReadError).code).toBe('tesseract-missing');
      expect((error as ReadError).message).toContain('apt-get install tesseract-ocr tesseract-ocr-vie');
    }
    const g = await extractFiles([fixture('seed_004.scan.pdf'), fixture('seed_004.pdf')]);
    expect(g.warnings.find((w) => w.source === 'seed_004.scan.pdf')?.code).toBe('READ_TESSERACT_MISSING');
    // The text-layer PDF needs no tesseract and is still read.
    expect(g.documents.find((d) => d.source === 'seed_004.pdf')?.symbol).toBe('1225/UBND-NC');
  });

  it('OCR turned off: scans are refused, text-layer PDFs read', async () => {
    const error = await readSource('s.pdf', readFileSync(fixture('seed_004.scan.pdf')), { ocr: false }).catch(
      (e: unknown) => e,
    );
    expect((error as ReadError).code).toBe('ocr-disabled');
    const [r] = await readSource('t.pdf', readFileSync(fixture('seed_004.pdf')), { ocr: false });
    expect(r.reader).toBe('pdf');
  });
});
