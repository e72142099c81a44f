/**
 * Loads an ExtractionGraph into Neo4j: batched, parameterised `UNWIND $rows … MERGE` statements from
 * src/graph/cypher/ (organizations, documents with their own edges, stubs, relations by type), pipelined in one
 * transaction per batch (a failing batch leaves nothing half-written), idempotent (re-loading changes no count and
 * no property).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import {
  NATIONAL,
  RELATION_TYPES,
  type DocumentRecord,
  type ExtractionGraph,
  type RelationRecord,
  type RelationType,
} from '../model';
import { cypher, cypherStatements } from './cypher';
import { foldAccents } from './fold';
import { datelessId } from '../resolve/identity';

/**
 * A document as the loader takes it: the extracted record, plus, when it was read from a file, its full text,
 * the file's content hash (what makes a re-ingest of an unchanged file a no-op) and the other documents the file
 * states relations from (so that a changed or deleted file can take back exactly what it contributed).
 */
export type LoadableDocument = DocumentRecord & {
  text?: string | null;
  /** foldAccents(text), when the caller folded it already (the streaming ingest does, in its worker threads). */
  foldedText?: string | null;
  sourceHash?: string | null;
  statedFrom?: string[] | null;
};
export type LoadableGraph = Omit<ExtractionGraph, 'documents'> & { documents: LoadableDocument[] };

export interface LoadProgress {
  batch: number;
  batches: number;
  documents: number;
  relations: number;
  totalDocuments: number;
  totalRelations: number;
}

export interface LoadOptions {
  /** Documents per transaction (their outgoing relations go with them). Default 5000: fewer, larger transactions (10k documents: 47 s at 2000 per batch, 23.5 s in one). */
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
  database?: string;
  /** Transaction timeout per batch in milliseconds. Default 120 000. */
  timeoutMs?: number;
  /**
   * Time spent in each statement of each batch (for benchmarks): the server's time (planning included) for the
   * statements of a batch, which are pipelined; the client's for 'resolve dateless' and 'transaction with commit'.
   */
  onStatement?: (name: string, ms: number, rows: number) => void;
  /** Runs inside each batch's transaction after its statements, before the commit (fault injection in tests). */
  beforeCommit?: (batch: number, tx: ManagedTransaction) => Promise<void> | void;
  /**
   * Files whose earlier contribution this load replaces (changed files): in the first batch's transaction, what
   * they contributed before is taken back (clear-sources.cypher) before their new version is written.
   */
  replaceSources?: string[];
  /** Wait for the full-text index at the end (default true; a streaming ingest waits once, after its last load). */
  awaitSearchIndex?: boolean;
  /**
   * Whether an earlier load may have written what this source says (the streaming ingest knows: it has the content
   * hash of every file loaded before, and passes that answer). A document of a source never loaded has no signer,
   * addressees or relations of its own in the database to clear first, only the issuers a citation gave its stub.
   * Default: every source may have been loaded before (a graph loaded from JSON, the seed, tests).
   */
  loadedBefore?: (source: string) => boolean;
}

export interface LoadSummary {
  documents: number;
  stubs: number;
  relations: number;
  references: number;
  warnings: number;
  unresolved: number;
  batches: number;
}

export class LoadError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}:\n  ${problems.slice(0, 20).join('\n  ')}` : message);
    this.name = 'LoadError';
  }
}

export const DEFAULT_BATCH_SIZE = 5000;
/** Documents read from files per load-documents statement: the server writes one slice while the next is packed. */
const DOCUMENTS_PER_STATEMENT = 500;
const ISO_DATE = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$/;
const RELATION_TYPE_SET = new Set<string>(RELATION_TYPES);

/** Creates the constraints and indexes (idempotent). */
export async function ensureSchema(driver: Driver, database?: string, awaitSeconds = 300): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of cypherStatements('schema')) await session.run(statement);
    // After a bulk import the indexes are built over the whole graph at once: that caller waits longer.
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: neo4j.int(awaitSeconds) });
  } finally {
    await session.close();
  }
}

/** The level of a body by the scope of its documents: national → central, "P/D" → district, else province. */
export function levelOfScope(scope: string): 'central' | 'province' | 'district' {
  if (scope === NATIONAL) return 'central';
  return scope.includes('/') ? 'district' : 'province';
}

function toDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const m = ISO_DATE.exec(iso)!.groups!;
  return new neo4j.types.Date(Number(m.y), Number(m.m), Number(m.d));
}

function validDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const { y, m: mo, d } = m.groups!;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(mo) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

/** Checks the whole graph before anything is written, so bad input is refused with every problem listed. */
export function validateGraph(graph: LoadableGraph): string[] {
  const problems: string[] = [];
  for (const [i, d] of graph.documents.entries()) {
    if (typeof d.id !== 'string' || d.id.trim() === '') problems.push(`documents[${i}]: empty id`);
    if (typeof d.scope !== 'string' || d.scope === '')
      problems.push(`documents[${i}] (${d.id}): empty scope`);
    if (d.date != null && !validDate(d.date))
      problems.push(`documents[${i}] (${d.id}): bad date "${d.date}"`);
    if (d.year != null && !Number.isInteger(d.year))
      problems.push(`documents[${i}] (${d.id}): bad year ${d.year}`);
  }
  for (const [i, r] of graph.relations.entries()) {
    if (!RELATION_TYPE_SET.has(r.type)) problems.push(`relations[${i}]: unknown type "${String(r.type)}"`);
    if (!r.from || !r.to) problems.push(`relations[${i}]: missing from/to`);
  }
  return problems;
}

export function clean(props: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(props))
    if (props[key] !== null && props[key] !== undefined) kept[key] = props[key];
  return kept;
}

/** The folded text the full-text index searches: symbol, kind, title, issuer and the full text. */
function searchText(d: LoadableDocument): string {
  if (!d.text || d.foldedText == null)
    return foldAccents([d.symbol, d.kind, d.title, d.issuer, d.text].filter(Boolean).join('\n'));
  // The same string: folding goes character by character, and lower-casing, the one step that looks at a
  // character's neighbours (a final sigma), does not look across the line break between the parts.
  const head = foldAccents([d.symbol, d.kind, d.title, d.issuer].filter(Boolean).join('\n'));
  return head ? `${head}\n${d.foldedText}` : d.foldedText;
}

export function documentRow(d: LoadableDocument) {
  const full = Boolean(d.source);
  const signer = d.signature?.name ?? d.signer ?? null;
  return {
    id: d.id,
    props: clean({
      symbol: d.symbol,
      number: d.number,
      kind: d.kind,
      issuer: d.issuer,
      scope: d.scope,
      date: d.date ? toDate(d.date) : null,
      year: d.year != null ? neo4j.int(d.year) : null,
      title: d.title,
      place: d.place,
      signer,
      signerRole: d.signature?.role,
      signerAuthority: d.signature?.authority,
      addressees: d.addressees?.length ? d.addressees : null,
      recipients: d.recipients?.length ? d.recipients : null,
      source: full ? d.source : null,
      text: full ? d.text : null,
      sourceHash: full ? d.sourceHash : null,
      statedFrom: full && d.statedFrom?.length ? d.statedFrom : null,
      searchText: searchText(d),
    }),
  };
}

/** The organizations that issued a document, by scope and name ("Tỉnh ủy A; UBND tỉnh A" names two). */
export function issuersOf(d: LoadableDocument) {
  const level = levelOfScope(d.scope);
  const jurisdiction = d.scope === NATIONAL ? null : d.scope;
  return (d.issuer ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((name) => ({ id: `${d.scope}|${name}`, name, level, jurisdiction }));
}

export function signerOf(d: LoadableDocument) {
  const name = d.signature?.name ?? d.signer ?? null;
  return name
    ? {
        id: `${d.scope}|${name}`,
        name,
        role: d.signature?.role ?? null,
        authority: d.signature?.authority ?? null,
      }
    : null;
}

export function addresseeIds(d: LoadableDocument): string[] {
  return (d.addressees ?? []).map((a) => `${d.scope}|${a}`);
}

/**
 * The rows of one batch's statements. Organizations and their jurisdictions are deduplicated here, so that each is
 * MERGEd once per batch and the document statement only MATCHes them by id; a document read from a file carries
 * its issuers, signer and addressees on its own row (load-documents.cypher writes them with the node).
 */
function batchRows(batch: Batch, loadedBefore: (source: string) => boolean) {
  const organizations = new Map<string, Record<string, unknown>>();
  const full: LoadableDocument[] = [];
  const cited: LoadableDocument[] = [];
  for (const d of batch.documents) (d.source ? full : cited).push(d);
  for (const d of batch.documents) {
    for (const org of issuersOf(d)) {
      // an issuer's level and jurisdiction win over an addressee's bare name
      organizations.set(org.id, {
        props: clean({ name: org.name, level: org.level, jurisdiction: org.jurisdiction }),
        jurisdiction: org.jurisdiction
          ? {
              id: org.jurisdiction,
              name: org.jurisdiction.slice(org.jurisdiction.lastIndexOf('/') + 1),
              level: org.level,
            }
          : null,
      });
    }
  }
  for (const d of full)
    for (const [i, id] of addresseeIds(d).entries())
      if (!organizations.has(id))
        organizations.set(id, { props: { name: d.addressees![i] }, jurisdiction: null });
  const inBatch = new Set(batch.documents.map((d) => d.id));
  const ends = new Set<string>();
  for (const r of batch.relations) {
    if (!inBatch.has(r.from)) ends.add(r.from);
    if (!inBatch.has(r.to)) ends.add(r.to);
  }
  return {
    organizations: [...organizations].map(([id, o]) => ({ id, ...o })),
    /** A slice of the documents read from files as load-documents rows (built slice by slice, see loadGraph). */
    documents: (from: number, to: number) =>
      full.slice(from, to).map((d) => ({
        ...documentRow(d),
        issuers: issuersOf(d).map((o) => o.id),
        signer: signerOf(d),
        addressees: addresseeIds(d),
        loadedBefore: loadedBefore(d.source!),
      })),
    fullCount: full.length,
    cited: cited.map((d) => ({ ...documentRow(d), issuers: issuersOf(d).map((o) => o.id) })),
    ends: [...ends].sort(),
  };
}

export function relationRow(r: RelationRecord) {
  return {
    from: r.from,
    to: r.to,
    type: r.type as RelationType,
    props: clean({
      evidence: r.evidence,
      source: r.source,
      trigger: r.trigger,
      start: r.span ? neo4j.int(r.span.start) : null,
      end: r.span ? neo4j.int(r.span.end) : null,
    }),
  };
}

interface Batch {
  documents: LoadableDocument[];
  relations: RelationRecord[];
}

/** Documents in chunks of batchSize, each with the relations it states; relations of unknown citers go last. */
function batches(graph: LoadableGraph, batchSize: number): Batch[] {
  const byFrom = new Map<string, RelationRecord[]>();
  for (const r of graph.relations) {
    const list = byFrom.get(r.from);
    if (list) list.push(r);
    else byFrom.set(r.from, [r]);
  }
  const result: Batch[] = [];
  for (let i = 0; i < graph.documents.length; i += batchSize) {
    const documents = graph.documents.slice(i, i + batchSize);
    const relations: RelationRecord[] = [];
    for (const d of documents) {
      const own = byFrom.get(d.id);
      if (own) relations.push(...own);
      byFrom.delete(d.id);
    }
    result.push({ documents, relations });
  }
  const orphans = [...byFrom.values()].flat();
  for (let i = 0; i < orphans.length; i += batchSize) {
    result.push({ documents: [], relations: orphans.slice(i, i + batchSize) });
  }
  return result;
}

/** load-relations.cypher with its placeholder replaced by each relation type (names from RELATION_TYPES only). */
function relationStatementsByType(): Map<RelationType, string> {
  const template = cypher('load-relations');
  if (!template.includes('RELATION_TYPE'))
    throw new Error('load-relations.cypher lacks its RELATION_TYPE placeholder');
  return new Map(RELATION_TYPES.map((t) => [t, template.replace(/\bRELATION_TYPE\b/g, t)]));
}

/** References whose target is not a document of the graph, plus the extractor's "unresolved" warnings. */
export function countUnresolved(graph: LoadableGraph): number {
  const ids = new Set(graph.documents.map((d) => d.id));
  const dangling = (graph.references ?? []).filter((r) => !ids.has(r.target)).length;
  return dangling + graph.warnings.filter((w) => /unresolved/i.test(w.code)).length;
}

/** Scope and symbol of the numbered documents matching `keep`: the rows of the two yearless-identity statements. */
export function symbolRows(graph: LoadableGraph, keep: (d: LoadableDocument) => boolean) {
  return graph.documents
    .filter((d) => d.number != null && d.symbol != null && keep(d))
    .map((d) => ({ id: d.id, scope: d.scope, symbol: d.symbol }));
}

/**
 * Dateless citations against the documents of earlier runs (resolve-yearless-citations.cypher): returns the graph
 * with each such citation's id replaced by the one document of its scope and symbol already in the database.
 */
async function resolveAgainstGraph(
  session: ReturnType<Driver['session']>,
  graph: LoadableGraph,
): Promise<LoadableGraph> {
  const rows = symbolRows(graph, (d) => d.year == null && !d.source);
  if (rows.length === 0) return graph;
  const result = await session.run(cypher('resolve-yearless-citations'), { rows });
  const remap = new Map(result.records.map((r) => [r.get('id') as string, r.get('existing') as string]));
  if (remap.size === 0) return graph;
  const id = (x: string) => remap.get(x) ?? x;
  return {
    ...graph,
    documents: graph.documents.map((d) => (remap.has(d.id) ? { ...d, id: id(d.id) } : d)),
    relations: graph.relations.map((r) => ({ ...r, from: id(r.from), to: id(r.to) })),
    references: graph.references?.map((r) => ({ ...r, target: id(r.target) })),
  };
}

/** Waits until the eventually consistent full-text index holds every committed document. */
export async function awaitSearchIndex(
  driver: Driver,
  options: Pick<LoadOptions, 'database' | 'onStatement'> = {},
): Promise<void> {
  const started = performance.now();
  await driver.executeQuery(cypher('await-search-index'), {}, { database: options.database });
  options.onStatement?.('search index', performance.now() - started, 0);
}

/**
 * Takes back what files contributed (a changed file before its new version is written, or a deleted file with
 * --prune): the relations read from them, their documents' signers and addressees and file-only properties (a
 * document others cite stays, as a stub), then the stubs nothing cites any more.
 */
export async function takeBack(tx: ManagedTransaction, sources: string[]): Promise<number> {
  const result = await tx.run(cypher('clear-sources'), { rows: sources.map((source) => ({ source })) });
  const ids = [...new Set(result.records.flatMap((r) => r.get('ids') as string[]))];
  if (ids.length) await tx.run(cypher('drop-orphan-stubs'), { ids });
  return result.records.length;
}

/** Loads the graph; returns a summary. Throws LoadError (nothing written) on invalid input. */
export async function loadGraph(
  driver: Driver,
  graph: LoadableGraph,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const problems = validateGraph(graph);
  if (problems.length)
    throw new LoadError(`refusing to load: ${problems.length} problem(s) in the input`, problems);

  const statements = {
    organizations: cypher('load-organizations'),
    documents: cypher('load-documents'),
    cited: cypher('load-cited-documents'),
    ends: cypher('load-relation-ends'),
    yearless: cypher('merge-yearless-stubs'),
  };
  const loadedBefore = options.loadedBefore ?? (() => true);
  const relationStatements = relationStatementsByType();
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  let plan: Batch[] = [];
  let documents = 0;
  let relations = 0;
  try {
    const resolving = performance.now();
    const resolved = await resolveAgainstGraph(session, graph);
    options.onStatement?.('resolve dateless', performance.now() - resolving, graph.documents.length);
    plan = batches(resolved, batchSize);
    // The stub an earlier run left for a dateless citation has the dated id without its year (resolve/identity.ts):
    // looked up by it, through the unique id index, and only for ids that have a year part (5 of 38 s of a 10k
    // ingest before). Merged in the last batch's transaction, after its documents (was a transaction of its own).
    const dated = symbolRows(resolved, (d) => d.year != null)
      .map((row) => ({ ...row, dateless: datelessId(row.id) }))
      .filter((row) => row.dateless !== row.id);
    for (const [index, batch] of plan.entries()) {
      const rows = batchRows(batch, loadedBefore);
      const transaction = performance.now();
      try {
        await session.executeWrite(
          async (tx) => {
            // A changed file's earlier contribution goes first, in the transaction that writes its new version.
            if (index === 0 && options.replaceSources?.length) await takeBack(tx, options.replaceSources);
            // The statements are sent without waiting for each other's answer (the driver pipelines them on the
            // connection, the server runs them in order): the server runs one while this process packs the next
            // one's rows. Waiting for each answer in turn made the two take turns: packing a batch's texts (~50 MB
            // for 10k documents) is as long as writing them. `name` groups statements for onStatement (the time the
            // server spent in them): issuers, documents (with their signers and addressees, and what an earlier
            // load of their file wrote, cleared), relations.
            const answers: Promise<void>[] = [];
            const step = (name: string, statement: string, list: unknown[], key = 'rows') => {
              if (list.length === 0) return;
              const answer = tx
                .run(statement, { [key]: list })
                .summary()
                .then((summary) => {
                  const ms = summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
                  options.onStatement?.(name, ms, list.length);
                });
              // Handled here too: a failure may come while later slices are still being built (the first failure
              // in statement order is what Promise.all below throws).
              answer.catch(() => undefined);
              answers.push(answer);
            };
            // Organizations first (documents only MATCH them), then the documents with their own edges, then the
            // relations between documents, which only MATCH their ends by id. Each statement costs a round trip,
            // a plan (again whenever the statistics of a growing graph moved) and a seek per row: a document's
            // issuers, signer and addressees are written by the statement that writes it (were four statements
            // seeking it again). The documents go in slices, so that the server starts on the first while the rest
            // are built and packed.
            step('issuers', statements.organizations, rows.organizations);
            for (let i = 0; i < rows.fullCount; i += DOCUMENTS_PER_STATEMENT) {
              step('documents', statements.documents, rows.documents(i, i + DOCUMENTS_PER_STATEMENT));
              // Let the slice be packed and sent (and the event loop serve the extraction workers) before the next
              // slice's rows are built (the folded search copy of each text).
              await new Promise((resolve) => setImmediate(resolve));
            }
            step('documents', statements.cited, rows.cited);
            step('relations', statements.ends, rows.ends, 'ids');
            for (const [type, statement] of relationStatements)
              step('relations', statement, batch.relations.filter((r) => r.type === type).map(relationRow));
            if (index === plan.length - 1) step('merge yearless stubs', statements.yearless, dated);
            await Promise.all(answers);
            await options.beforeCommit?.(index, tx);
          },
          { timeout: options.timeoutMs ?? 120_000 },
        );
        options.onStatement?.(
          'transaction with commit',
          performance.now() - transaction,
          batch.documents.length,
        );
      } catch (error) {
        const ids = batch.documents.map((d) => d.id);
        const what = ids.length
          ? `documents ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''}`
          : 'relations';
        throw new LoadError(
          `batch ${index + 1}/${plan.length} (${what}) failed and was rolled back; earlier batches are loaded, ` +
            `re-run to finish: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      documents += batch.documents.length;
      relations += batch.relations.length;
      options.onProgress?.({
        batch: index + 1,
        batches: plan.length,
        documents,
        relations,
        totalDocuments: graph.documents.length,
        totalRelations: graph.relations.length,
      });
    }
    if (plan.length > 0 && options.awaitSearchIndex !== false) await awaitSearchIndex(driver, options);
  } finally {
    await session.close();
  }
  return {
    documents: graph.documents.length,
    stubs: graph.documents.filter((d) => !d.source).length,
    relations: graph.relations.length,
    references: graph.references?.length ?? 0,
    warnings: graph.warnings.length,
    unresolved: countUnresolved(graph),
    batches: plan.length,
  };
}
