/**
 * `vanban generate`: plans the universe, renders each document with a text to its own file and streams the
 * ground truth (truth.json, an ExtractionGraph) beside the texts. Memory holds the plan and one text at a
 * time; relations go to a scratch file as they are produced and are spliced into truth.json at the end.
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

/** Buffered synchronous writer: deterministic output, few syscalls. */
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
    if (this.size > 1 << 20) this.flush();
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

export function textPath(fileNo: number): { dir: string; name: string } {
  const name = `${String(fileNo).padStart(6, '0')}.txt`;
  return { dir: String(Math.floor(fileNo / 1000)).padStart(3, '0'), name };
}

export function generateCorpus(options: GenerateOptions): GenerateSummary {
  const seed = typeof options.seed === 'number' ? options.seed >>> 0 : seedFrom(options.seed);
  const plan = planCorpus({ documents: options.documents, seed, provinces: options.provinces });
  const { docs } = plan;
  const out = path.resolve(options.out);
  const textsDir = path.join(out, 'texts');
  fs.rmSync(textsDir, { recursive: true, force: true });
  fs.mkdirSync(textsDir, { recursive: true });

  const sources: (string | null)[] = new Array(docs.length).fill(null);
  const titles: (string | null)[] = new Array(docs.length).fill(null);
  const mentioned = new Uint8Array(docs.length);
  let fileNo = 0;
  for (const doc of docs) {
    if (!doc.file) continue;
    fileNo++;
    const { dir, name } = textPath(fileNo);
    // As `vanban extract texts/` names it: the path relative to the folder it was given.
    sources[doc.idx] = `${dir}/${name}`;
  }
  // Unnumbered documents are named by their title: their ids are set once their text is written.
  const ids = docs.map((d) =>
    d.flags & (FLAG_DRAFT | FLAG_NO_NUMBER) ? '' : truthId(d, null, sources[d.idx]),
  );

  const relationsFile = path.join(out, '.relations.part');
  const relSink = new SinkFile(relationsFile);
  const namedFile = path.join(out, '.named.part');
  const namedSink = new SinkFile(namedFile);
  const warnings: Warning[] = [];
  const seen = new Set<number>();
  let relations = 0;
  let named = 0;
  let bytes = 0;
  let written = 0;
  const dirs = new Set<string>();

  for (const doc of docs) {
    if (!doc.file) continue;
    written++;
    const source = sources[doc.idx]!;
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
    if (!ids[doc.idx]) ids[doc.idx] = truthId(doc, rendered.title, source);
    bytes += data.length;
    titles[doc.idx] = rendered.title;
    mentioned[doc.idx] = 1;
    for (const m of rendered.mentioned) mentioned[m] = 1;
    for (const r of rendered.relations) {
      const key = r.from * 2 ** 21 + r.to;
      if (seen.has(key)) continue;
      seen.add(key);
      const record: RelationRecord = {
        from: ids[r.from],
        to: ids[r.to],
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
        `${named === 0 ? '' : ',\n'}${JSON.stringify({ from: ids[doc.idx], text: n.text, sentence: n.sentence, source })}`,
      );
      named++;
    }
    for (const w of rendered.warnings) warnings.push({ ...w, source });
    options.onProgress?.(written, plan.files);
  }
  relSink.close();
  namedSink.close();

  const truthFile = path.join(out, 'truth.json');
  const truth = new SinkFile(truthFile);
  truth.write('{\n"documents": [\n');
  let documents = 0;
  for (const doc of docs) {
    if (!mentioned[doc.idx]) continue;
    truth.write(
      `${documents === 0 ? '' : ',\n'}${JSON.stringify(truthDocument(doc, ids[doc.idx], sources[doc.idx], titles[doc.idx]))}`,
    );
    documents++;
  }
  truth.write('\n],\n"relations": [\n');
  truth.copyFrom(relationsFile);
  truth.write('\n],\n"namedReferences": [\n');
  truth.copyFrom(namedFile);
  truth.write(`\n],\n"warnings": ${JSON.stringify(warnings)}\n}\n`);
  truth.close();
  fs.rmSync(relationsFile);
  fs.rmSync(namedFile);

  const summary: GenerateSummary = {
    files: written,
    documents,
    relations,
    warnings: warnings.length,
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
