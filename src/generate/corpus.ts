/**
 * `vanban generate`: plans the universe, renders each document with a text to its own file and streams the
 * ground truth (truth.json, an ExtractionGraph) beside the texts. Memory holds the plan, one text at a time
 * and a few bytes per document; the truth records go to scratch files as they are produced and are spliced
 * into truth.json at the end.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentRecord, RelationRecord, Warning } from '../model';
import { truthId, truthScope, writtenSymbol } from './identity';
import { FLAG_DRAFT, FLAG_NO_NUMBER, planCorpus, type PlannedDoc } from './plan';
import type { PlaceProvince } from './places';
import { seedFrom } from './prng';
import { DocumentRenderer } from './render';
import { SUBJECTS } from './tables';

export interface GenerateOptions {
  documents: number;
  seed: number | string;
  out: string;
  provinces?: PlaceProvince[];
  onProgress?: (written: number, total: number) => void;
}

export interface GenerateSummary {
  files: number;
  documents: number;
  relations: number;
  warnings: number;
  bytes: number;
  out: string;
  truth: string;
}

/**
 * Buffered synchronous writer: deterministic output, few syscalls. Flushed every 64K characters: strings held
 * longer outlive two young-generation collections and are promoted, and with 1M characters a sink the old
 * generation filled with ~1.2 GB of dead output between major collections at 1M documents (peak RSS ~1.9 GB
 * instead of ~0.9 GB).
 */
class SinkFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  bytes = 0;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  write(s: string): void {
    this.buffer.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    const data = Buffer.from(this.buffer.join(''), 'utf8');
    fs.writeSync(this.fd, data);
    this.bytes += data.length;
    this.buffer = [];
    this.size = 0;
  }

  /** Copies a scratch file into this one through a fixed buffer (never the whole file in memory). */
  copyFrom(part: string): void {
    this.flush();
    const fdIn = fs.openSync(part, 'r');
    const buf = Buffer.allocUnsafe(1 << 20);
    try {
      let n: number;
      while ((n = fs.readSync(fdIn, buf, 0, buf.length, null)) > 0) {
        fs.writeSync(this.fd, buf, 0, n);
        this.bytes += n;
      }
    } finally {
      fs.closeSync(fdIn);
    }
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** Reads back a scratch file written one record a line, through a buffer (grown only for a longer line). */
class LineReader {
  private readonly fd: number;
  private buf = Buffer.allocUnsafe(1 << 20);
  private start = 0;
  private end = 0;

  constructor(file: string) {
    this.fd = fs.openSync(file, 'r');
  }

  next(): string {
    for (;;) {
      const nl = this.buf.subarray(0, this.end).indexOf(10, this.start);
      if (nl >= 0) {
        const line = this.buf.toString('utf8', this.start, nl);
        this.start = nl + 1;
        return line;
      }
      // No whole line left: keep the partial one at the front (in a larger buffer if it fills this one).
      const rest = this.end - this.start;
      const next = rest === this.buf.length ? Buffer.allocUnsafe(this.buf.length * 2) : this.buf;
      this.buf.copy(next, 0, this.start, this.end);
      this.buf = next;
      this.start = 0;
      this.end = rest;
      const n = fs.readSync(this.fd, this.buf, this.end, this.buf.length - this.end, null);
      if (n === 0) throw new Error('truth: a scratch file ended before its last record');
      this.end += n;
    }
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

export function textPath(fileNo: number): { dir: string; name: string } {
  const name = `${String(fileNo).padStart(6, '0')}.txt`;
  return { dir: String(Math.floor(fileNo / 1000)).padStart(3, '0'), name };
}

/** Slots of generateCorpus's cache of document ids. */
const ID_CACHE = 1 << 16;

export function generateCorpus(options: GenerateOptions): GenerateSummary {
  const seed = typeof options.seed === 'number' ? options.seed >>> 0 : seedFrom(options.seed);
  const plan = planCorpus({ documents: options.documents, seed, provinces: options.provinces });
  const { docs } = plan;
  const out = path.resolve(options.out);
  const textsDir = path.join(out, 'texts');
  fs.rmSync(textsDir, { recursive: true, force: true });
  fs.mkdirSync(textsDir, { recursive: true });

  // Per-document state is kept small: at 1M documents a string per document for the source, the id and the
  // title held the CLI above 2 GB. A source is a function of the file number (0: no file), built on demand.
  const fileNos = new Int32Array(docs.length);
  let fileCount = 0;
  for (const doc of docs) if (doc.file) fileNos[doc.idx] = ++fileCount;
  // As `vanban extract texts/` names it: the path relative to the folder it was given.
  const sourceOf = (idx: number): string | null => {
    if (fileNos[idx] === 0) return null;
    const { dir, name } = textPath(fileNos[idx]);
    return `${dir}/${name}`;
  };
  // Numbered documents' ids follow from the plan and are computed when needed; unnumbered documents are named
  // by their title, so their ids are kept once their text is written (a few percent of the files, never cited).
  const unnumberedIds = new Map<number, string>();
  // Citations go mostly to recent documents and a few hot ones (laws, decrees, central resolutions), so a small
  // cache of ids (direct-mapped by index) spares most of the parseSymbol calls (without it, +8 % CPU at 100k).
  const cachedIdx = new Int32Array(ID_CACHE).fill(-1);
  const cachedId: string[] = new Array<string>(ID_CACHE).fill('');
  const idOf = (idx: number): string => {
    if (docs[idx].flags & (FLAG_DRAFT | FLAG_NO_NUMBER)) return unnumberedIds.get(idx) ?? '';
    const slot = idx % ID_CACHE;
    if (cachedIdx[slot] !== idx) {
      cachedIdx[slot] = idx;
      cachedId[slot] = truthId(docs[idx], null, sourceOf(idx));
    }
    return cachedId[slot];
  };

  // Everything produced while rendering goes to scratch files, one record a line, spliced into truth.json at
  // the end: the records of the documents with a text (their titles are known only then), relations,
  // named references, warnings.
  const documentsFile = path.join(out, '.documents.part');
  const docSink = new SinkFile(documentsFile);
  const relationsFile = path.join(out, '.relations.part');
  const relSink = new SinkFile(relationsFile);
  const namedFile = path.join(out, '.named.part');
  const namedSink = new SinkFile(namedFile);
  const warningsFile = path.join(out, '.warnings.part');
  const warnSink = new SinkFile(warningsFile);
  const mentioned = new Uint8Array(docs.length);
  const seen = new Set<number>();
  let relations = 0;
  let named = 0;
  let warnings = 0;
  let bytes = 0;
  let written = 0;
  const dirs = new Set<string>();

  for (const doc of docs) {
    if (!doc.file) continue;
    written++;
    const source = sourceOf(doc.idx)!;
    const rendered = new DocumentRenderer(
      docs,
      plan.provinces,
      doc,
      (seed ^ Math.imul(doc.idx + 1, 0x9e3779b1)) >>> 0,
    ).render();
    const { dir, name } = textPath(written);
    const dirPath = path.join(textsDir, dir);
    if (!dirs.has(dir)) {
      fs.mkdirSync(dirPath, { recursive: true });
      dirs.add(dir);
    }
    const data = Buffer.from(rendered.text, 'utf8');
    fs.writeFileSync(path.join(dirPath, name), data);
    let id: string;
    if (doc.flags & (FLAG_DRAFT | FLAG_NO_NUMBER)) {
      id = truthId(doc, rendered.title, source);
      unnumberedIds.set(doc.idx, id);
    } else id = idOf(doc.idx);
    bytes += data.length;
    docSink.write(`${JSON.stringify(truthDocument(doc, id, source, rendered.title))}\n`);
    mentioned[doc.idx] = 1;
    for (const m of rendered.mentioned) mentioned[m] = 1;
    for (const r of rendered.relations) {
      const key = r.from * 2 ** 21 + r.to;
      if (seen.has(key)) continue;
      seen.add(key);
      const record: RelationRecord = {
        from: r.from === doc.idx ? id : idOf(r.from),
        to: r.to === doc.idx ? id : idOf(r.to),
        type: r.type,
        evidence: r.evidence,
        trigger: r.trigger,
        source,
      };
      relSink.write(`${relations === 0 ? '' : ',\n'}${JSON.stringify(record)}`);
      relations++;
    }
    for (const n of rendered.named) {
      namedSink.write(
        `${named === 0 ? '' : ',\n'}${JSON.stringify({ from: id, text: n.text, sentence: n.sentence, source })}`,
      );
      named++;
    }
    for (const w of rendered.warnings) {
      const warning: Warning = { ...w, source };
      warnSink.write(`${warnings === 0 ? '' : ','}${JSON.stringify(warning)}`);
      warnings++;
    }
    options.onProgress?.(written, plan.files);
  }
  for (const sink of [docSink, relSink, namedSink, warnSink]) sink.close();

  const truthFile = path.join(out, 'truth.json');
  const truth = new SinkFile(truthFile);
  truth.write('{\n"documents": [\n');
  // Plan order, as before the records of documents with a text went to a scratch file: they come back from it
  // in the same order, the documents known only from citations are written from the plan between them.
  const docLines = new LineReader(documentsFile);
  let documents = 0;
  for (const doc of docs) {
    if (!mentioned[doc.idx]) continue;
    const record = doc.file ? docLines.next() : JSON.stringify(truthDocument(doc, idOf(doc.idx), null, null));
    truth.write(`${documents === 0 ? '' : ',\n'}${record}`);
    documents++;
  }
  docLines.close();
  truth.write('\n],\n"relations": [\n');
  truth.copyFrom(relationsFile);
  truth.write('\n],\n"namedReferences": [\n');
  truth.copyFrom(namedFile);
  // The same bytes as JSON.stringify of the array.
  truth.write('\n],\n"warnings": [');
  truth.copyFrom(warningsFile);
  truth.write(']\n}\n');
  truth.close();
  for (const part of [documentsFile, relationsFile, namedFile, warningsFile]) fs.rmSync(part);

  const summary: GenerateSummary = {
    files: written,
    documents,
    relations,
    warnings,
    bytes,
    out,
    truth: truthFile,
  };
  fs.writeFileSync(
    path.join(out, 'manifest.json'),
    JSON.stringify(
      {
        generator: 'vanban generate',
        version: 1,
        seed: options.seed,
        requested: options.documents,
        ...summary,
        out: undefined,
        truth: 'truth.json',
      },
      null,
      2,
    ) + '\n',
  );
  return summary;
}

function truthDocument(
  doc: PlannedDoc,
  id: string,
  source: string | null,
  title: string | null,
): DocumentRecord {
  const blank = (doc.flags & (FLAG_DRAFT | FLAG_NO_NUMBER)) !== 0;
  const record: DocumentRecord = {
    id,
    symbol: writtenSymbol(doc),
    number: blank ? null : doc.number,
    kind: doc.kind,
    issuer: doc.issuer,
    scope: truthScope(doc),
    date: blank ? null : doc.date,
    year: blank ? null : doc.year,
    title: title ?? (doc.lawName ? doc.lawName : `về ${SUBJECTS[doc.subject][1]}`),
  };
  if (source) {
    record.place = doc.place;
    record.signer = doc.signer;
    record.source = source;
  }
  return record;
}
