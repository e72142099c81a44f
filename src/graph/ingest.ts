/**
 * `ingest` as a library: extract files and folders (src/extract.ts), attach each file's full text to its
 * document, and load the result (./load.ts) after creating the schema and the gazetteer's jurisdictions.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { extractFiles } from '../extract';
import type { ExtractionGraph } from '../model';
import { decodeDocument } from '../text/decode';
import { cypher } from './cypher';
import { loadJurisdictions } from './jurisdictions';
import { ensureSchema, loadGraph, type LoadableGraph, type LoadOptions, type LoadSummary } from './load';

export interface IngestOptions extends LoadOptions {
  /** Called after each file is extracted. */
  onFile?: (file: string) => void;
}

export interface IngestSummary extends LoadSummary {
  files: number;
}

/**
 * Where the file a `source` name came from: extractFiles names a file given directly by its base name and a
 * file found in a folder by its path relative to that folder.
 */
function locateSource(paths: string[], source: string): string | null {
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) {
        const candidate = path.join(p, source);
        if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
      } else if (path.basename(p) === source) return p;
    } catch {
      // unreadable paths were already reported by extractFiles
    }
  }
  return null;
}

/** Extracts `paths` and attaches the full text to every document read from a file. */
export async function extractWithTexts(
  paths: string[],
  onFile?: (file: string) => void,
): Promise<LoadableGraph> {
  const texts = new Map<string, string>();
  let graph: ExtractionGraph = await extractFiles(paths, {
    onFile: (file: string, _graph: ExtractionGraph, text?: string) => {
      if (typeof text === 'string') texts.set(file, text);
      onFile?.(file);
    },
  });
  graph = { ...graph };
  const documents = graph.documents.map((d) => {
    if (!d.source) return d;
    let text = texts.get(d.source);
    if (text === undefined) {
      // extractFiles does not hand texts back: decode the file again (it decoded once already, so this succeeds).
      const file = locateSource(paths, d.source);
      if (file) text = decodeDocument(readFileSync(file), d.source).text;
      if (text !== undefined) texts.set(d.source, text);
    }
    return text === undefined ? d : { ...d, text };
  });
  return { ...graph, documents };
}

/** Creates constraints, indexes and jurisdictions, then extracts and loads `paths`. */
export async function ingestPaths(
  driver: Driver,
  paths: string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  await ensureSchema(driver, options.database);
  await loadJurisdictions(driver, options.database);
  let files = 0;
  const graph = await extractWithTexts(paths, (file) => {
    files += 1;
    options.onFile?.(file);
  });
  const summary = await loadGraph(driver, graph, options);
  return { ...summary, files };
}

/** Number of (:Document) nodes: `vanban start` loads seed/ when it is 0. */
export async function countDocuments(driver: Driver, database?: string): Promise<number> {
  const result = await driver.executeQuery(cypher('count-documents'), {}, { database });
  return Number(result.records[0].get('n'));
}
