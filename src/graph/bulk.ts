/**
 * The graph as CSV files for `neo4j-admin database import full` (vanban ingest --bulk): the same nodes,
 * relationships and properties the transactional loader (./load.ts) writes for the same merged documents, so that
 * a bulk-loaded database is the one an ingest would have built. Rows are streamed to disk as they come; only the
 * small, bounded sets (organizations, people, jurisdictions, which are per issuer/signer, not per document) and
 * the set of document ids are held in memory. After the import, `finishBulk` creates the schema and what the
 * loader derives in the database (gazetteer jurisdictions, dateless stubs merged into their dated document).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { RELATION_TYPES, type RelationRecord, type RelationType } from '../model';
import { cypher } from './cypher';
import { loadJurisdictions } from './jurisdictions';
import {
  addresseeIds,
  awaitSearchIndex,
  documentRow,
  ensureSchema,
  issuersOf,
  relationRow,
  signerOf,
  type LoadableDocument,
} from './load';

/** Between the elements of an array property: a control character no name or file name contains. */
export const ARRAY_DELIMITER = '\u001f';

type Column = { name: string; type?: 'boolean' | 'long' | 'date' | 'string[]' | 'id' | 'start' | 'end' };

/** A file written through a buffer with synchronous writes: bounded memory, no backpressure to handle. */
export class BufferedFile {
  private fd: number;
  private chunks: string[] = [];
  private size = 0;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w', 0o600);
  }

  protected push(s: string): void {
    this.chunks.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }

  /** One line of text (the extraction spools of `ingest --bulk`). */
  line(s: string): void {
    this.push(`${s}\n`);
  }

  flush(): void {
    if (this.chunks.length) fs.writeSync(this.fd, this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** One CSV file of neo4j-admin's import. */
class CsvFile extends BufferedFile {
  rows = 0;
  /** The largest field in bytes (neo4j-admin's read buffer must hold it). */
  maxField = 0;

  constructor(
    file: string,
    private readonly columns: Column[],
    header: string,
  ) {
    super(file);
    this.push(`${header}\n`);
  }

  write(values: Record<string, unknown>) {
    const fields = this.columns.map((c) => {
      const v = values[c.name];
      const s = field(v, c.type);
      if (s.length > this.maxField) this.maxField = Buffer.byteLength(s);
      return s;
    });
    this.rows += 1;
    this.push(`${fields.join(',')}\n`);
  }
}

/** A value as a CSV field: null is an empty unquoted field (no property); every string is quoted ("" is ""). */
function field(v: unknown, type: Column['type']): string {
  if (v === null || v === undefined) return '';
  if (type === 'boolean') return v ? 'true' : 'false';
  if (type === 'long') return String(neo4j.isInt(v) ? (v as { toString(): string }).toString() : v);
  if (type === 'date') return String(v);
  if (type === 'string[]') {
    const items = (v as string[]).map((x) => x.replaceAll(ARRAY_DELIMITER, ' '));
    return quote(items.join(ARRAY_DELIMITER));
  }
  return quote(String(v));
}

function quote(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

function header(columns: Column[], group: string, endGroup?: string): string {
  return columns
    .map((c) => {
      if (c.type === 'id') return `${c.name}:ID(${group})`;
      if (c.type === 'start') return `:START_ID(${group})`;
      if (c.type === 'end') return `:END_ID(${endGroup ?? group})`;
      return c.type ? `${c.name}:${c.type}` : c.name;
    })
    .join(',');
}

function csv(dir: string, name: string, columns: Column[], group: string, endGroup?: string): CsvFile {
  return new CsvFile(path.join(dir, `${name}.csv`), columns, header(columns, group, endGroup));
}

const DOCUMENT_COLUMNS: Column[] = [
  { name: 'id', type: 'id' },
  { name: 'stub', type: 'boolean' },
  { name: 'symbol' },
  { name: 'number' },
  { name: 'kind' },
  { name: 'issuer' },
  { name: 'scope' },
  { name: 'date', type: 'date' },
  { name: 'year', type: 'long' },
  { name: 'title' },
  { name: 'place' },
  { name: 'signer' },
  { name: 'signerRole' },
  { name: 'signerAuthority' },
  { name: 'addressees', type: 'string[]' },
  { name: 'recipients', type: 'string[]' },
  { name: 'source' },
  { name: 'text' },
  { name: 'sourceHash' },
  { name: 'statedFrom', type: 'string[]' },
  { name: 'searchText' },
];
const RELATION_COLUMNS: Column[] = [
  { name: 'from', type: 'start' },
  { name: 'to', type: 'end' },
  { name: 'evidence' },
  { name: 'source' },
  { name: 'trigger' },
  { name: 'start', type: 'long' },
  { name: 'end', type: 'long' },
];
const EDGE: Column[] = [
  { name: 'from', type: 'start' },
  { name: 'to', type: 'end' },
];

export interface BulkFiles {
  dir: string;
  /** The import's --nodes and --relationships arguments. */
  args: string[];
  /** Files whose fields may span lines (texts, evidence, titles): what --multiline-fields v2 would list. */
  multiline: string[];
  /** The largest field in bytes: --read-buffer-size must hold it. */
  maxField: number;
  counts: Record<string, number>;
}

/** Writes merged documents and relations as neo4j-admin import CSV files in `dir`. */
export class BulkGraphWriter {
  private documents: CsvFile;
  private ends: CsvFile;
  private issuedBy: CsvFile;
  private signedBy: CsvFile;
  private addressedTo: CsvFile;
  private relations = new Map<RelationType, CsvFile>();
  /** id → issuer form ({name, level, jurisdiction}) or addressee form ({name}): an issuer's wins. */
  private organizations = new Map<string, { name: string; level?: string; jurisdiction?: string | null }>();
  private people = new Map<string, string>();
  private documentIds = new Set<string>();
  private endIds = new Set<string>();

  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.documents = csv(dir, 'documents', DOCUMENT_COLUMNS, 'Document');
    this.ends = csv(
      dir,
      'relation-ends',
      [
        { name: 'id', type: 'id' },
        { name: 'stub', type: 'boolean' },
      ],
      'Document',
    );
    this.issuedBy = csv(dir, 'issued-by', EDGE, 'Document', 'Organization');
    this.addressedTo = csv(dir, 'addressed-to', EDGE, 'Document', 'Organization');
    this.signedBy = csv(
      dir,
      'signed-by',
      [...EDGE, { name: 'role' }, { name: 'authority' }],
      'Document',
      'Person',
    );
    for (const t of RELATION_TYPES)
      this.relations.set(t, csv(dir, `rel-${t.toLowerCase()}`, RELATION_COLUMNS, 'Document'));
  }

  /**
   * One merged document (as loadGraph's batch would hold it): its node, its issuers, and for a document read from
   * a file its signer and addressees (load-documents, load-cited-documents, load-document-links).
   */
  addDocument(d: LoadableDocument) {
    const row = documentRow(d);
    this.documentIds.add(d.id);
    this.documents.write({ ...row.props, id: row.id, stub: !d.source });
    const issuers = issuersOf(d);
    for (const org of issuers)
      this.organizations.set(org.id, { name: org.name, level: org.level, jurisdiction: org.jurisdiction });
    for (const id of new Set(issuers.map((o) => o.id))) this.issuedBy.write({ from: d.id, to: id });
    if (!d.source) return;
    const addressees = addresseeIds(d);
    for (const [i, id] of addressees.entries())
      if (!this.organizations.has(id)) this.organizations.set(id, { name: d.addressees![i] });
    for (const id of new Set(addressees)) this.addressedTo.write({ from: d.id, to: id });
    const signer = signerOf(d);
    if (signer) {
      if (!this.people.has(signer.id)) this.people.set(signer.id, signer.name);
      this.signedBy.write({
        from: d.id,
        to: signer.id,
        role: signer.role,
        authority: signer.authority,
      });
    }
  }

  /** One relation (one per ordered pair, after the merge); an end that is no document becomes a bare stub. */
  addRelation(r: RelationRecord) {
    for (const id of [r.from, r.to]) {
      if (this.documentIds.has(id) || this.endIds.has(id)) continue;
      this.endIds.add(id);
      this.ends.write({ id, stub: true });
    }
    const row = relationRow(r);
    this.relations.get(row.type)!.write({ from: row.from, to: row.to, ...row.props });
  }

  /** Writes the organizations, jurisdictions and people, closes every file and returns the import's arguments. */
  finish(): BulkFiles {
    const organizations = csv(
      this.dir,
      'organizations',
      [{ name: 'id', type: 'id' }, { name: 'name' }, { name: 'level' }, { name: 'jurisdiction' }],
      'Organization',
    );
    const jurisdictions = csv(
      this.dir,
      'jurisdictions',
      [
        { name: 'id', type: 'id' },
        { name: 'name' },
        { name: 'level' },
        { name: 'gazetteer', type: 'boolean' },
      ],
      'Jurisdiction',
    );
    const within = csv(this.dir, 'in', EDGE, 'Organization', 'Jurisdiction');
    const people = csv(this.dir, 'people', [{ name: 'id', type: 'id' }, { name: 'name' }], 'Person');
    const seen = new Set<string>();
    for (const [id, org] of this.organizations) {
      organizations.write({ id, ...org });
      if (!org.jurisdiction) continue;
      within.write({ from: id, to: org.jurisdiction });
      if (seen.has(org.jurisdiction)) continue;
      seen.add(org.jurisdiction);
      // As load-organization-jurisdictions creates one the gazetteer lacks; finishBulk loads the gazetteer over it.
      jurisdictions.write({
        id: org.jurisdiction,
        name: org.jurisdiction.slice(org.jurisdiction.lastIndexOf('/') + 1),
        level: org.level,
        gazetteer: false,
      });
    }
    for (const [id, name] of this.people) people.write({ id, name });
    const nodes: [string, CsvFile][] = [
      ['Document', this.documents],
      ['Document', this.ends],
      ['Organization', organizations],
      ['Jurisdiction', jurisdictions],
      ['Person', people],
    ];
    const rels: [string, CsvFile][] = [
      ['ISSUED_BY', this.issuedBy],
      ['ADDRESSED_TO', this.addressedTo],
      ['SIGNED_BY', this.signedBy],
      ['IN', within],
      ...[...this.relations].map(([t, f]): [string, CsvFile] => [t, f]),
    ];
    const all = [...nodes, ...rels].map(([, f]) => f);
    for (const f of all) f.close();
    const counts: Record<string, number> = {};
    for (const [label, f] of [...nodes, ...rels]) counts[label] = (counts[label] ?? 0) + f.rows;
    return {
      dir: this.dir,
      args: [
        ...nodes.map(([label, f]) => `--nodes=${label}=${f.file}`),
        ...rels.filter(([, f]) => f.rows > 0).map(([type, f]) => `--relationships=${type}=${f.file}`),
      ],
      multiline: all.map((f) => f.file),
      maxField: Math.max(...all.map((f) => f.maxField)),
      counts,
    };
  }
}

export interface YearlessRow {
  id: string;
  scope: string;
  symbol: string;
  dateless: string;
}

/**
 * After the import, with the server up: the constraints and indexes (schema.cypher, waiting for them however long
 * the whole graph takes), the gazetteer's jurisdictions (over those written from the issuers, as the loader loads
 * them first), the dateless stubs merged into their one dated document (merge-yearless-stubs), the search index.
 */
export async function finishBulk(
  driver: Driver,
  yearless: AsyncIterable<YearlessRow[]>,
  database?: string,
  onStep?: (step: string, ms: number) => void,
): Promise<void> {
  const step = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    onStep?.(name, performance.now() - started);
  };
  await step('schema and indexes', () => ensureSchema(driver, database, 24 * 3600));
  await step('jurisdictions', () => loadJurisdictions(driver, database));
  await step('dateless stubs', async () => {
    for await (const rows of yearless)
      if (rows.length) await driver.executeQuery(cypher('merge-yearless-stubs'), { rows }, { database });
  });
  await step('search index', () => awaitSearchIndex(driver, { database }));
}

/** Nodes other than the gazetteer's jurisdictions: a bulk import replaces the whole database. */
export async function countNonEmpty(driver: Driver, database?: string): Promise<number> {
  const result = await driver.executeQuery(cypher('bulk-existing-nodes'), {}, { database });
  return Number(result.records[0].get('n'));
}
