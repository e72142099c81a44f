/**
 * OCR with the real Tesseract (tesseract-ocr + tesseract-ocr-vie, pdftoppm from poppler-utils; .ci/run installs
 * them): image-only PDFs made from the fixtures at 200 dpi black and white. The graph read from a scan must
 * find ≥ 90 % of the relations of the text and invent ≤ 10 %; the figures are printed. Without tesseract on
 * the PATH, OCR is a clear 'tesseract-missing' error that says what to install.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/extract';
import { ReadError, readSource } from '../../src/read';
import { fixture, graphOf, SCANNED } from './read-helpers';

const OCR_TIMEOUT = 240_000;

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
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it('tesseract not on the PATH: a clear error that says what to install, and no crash of the run', async () => {
    process.env.PATH = '/nonexistent';
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
