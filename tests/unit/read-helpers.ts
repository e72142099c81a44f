/**
 * Shared by the read tests: the format fixtures (scripts/make-format-fixtures.py) and a comparison of the
 * graph one file gives with the graph its source text gives.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { extractFiles } from '../../src/extract';
import type { ExtractionGraph } from '../../src/model';

export const FORMATS = path.resolve(__dirname, '../fixtures/formats');
export const NAMES = [
  'seed_000',
  'seed_001',
  'seed_002',
  'seed_003',
  'seed_004',
  'real_551c9da04f57dc24',
  'real_15decdf210c22d70',
  'real_64ac847426fe67d5',
];
export const SCANNED = ['seed_000', 'seed_004', 'real_64ac847426fe67d5'];

export function fixture(name: string): string {
  return path.join(FORMATS, name);
}

export interface Shape {
  documents: string[];
  relations: string[];
}

/**
 * What must not depend on the format: every document (identity, number, kind, issuer, scope, date, title) and
 * every relation (ends, type, trigger).
 */
export function shape(g: ExtractionGraph): Shape {
  return {
    documents: g.documents
      .map((d) =>
        [d.id, d.symbol, d.kind, d.issuer, d.scope, d.date, d.year, d.title?.replace(/\s+/gu, ' ')]
          .map((x) => (x === null || x === undefined ? '' : String(x)))
          .join(' | '),
      )
      .sort(),
    relations: g.relations.map((r) => `${r.from} -${r.type}/${r.trigger ?? ''}-> ${r.to}`).sort(),
  };
}

/**
 * The graph of one fixture, read from a copy named "DOC" without extension: the reader is chosen from the
 * bytes alone, and every format gets the same source name (documents without a number hash it into their id).
 */
export async function graphOf(file: string): Promise<{ graph: ExtractionGraph; shape: Shape }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vanban-read-'));
  try {
    copyFileSync(fixture(file), path.join(dir, 'DOC'));
    const graph = await extractFiles([path.join(dir, 'DOC')]);
    return { graph, shape: shape(graph) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
