/**
 * Resolvers of the research root queries (schema/research.graphql): lineage, impact, whoImplements, search,
 * searchHits, coverage, path, documentsBySymbol. Each runs one named, parameterised Cypher statement
 * (src/graph/cypher/) that also resolves the document's name (one round trip), in a read transaction with a
 * timeout. Every traversal is bounded by src/api/config.ts and says when a bound cut it. Document values they
 * return are property maps; see ./documents.ts for how nested Document fields are resolved.
 */
import { type GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import { LINEAGE_TYPES, IMPLEMENTING_TYPES, RELATION_TYPES, type RelationType } from '../model';
import { cypher } from '../graph/cypher';
import { foldAccents, searchQuery } from '../graph/fold';
import { API_LIMITS } from './config';
import { coverageReport } from './coverage';
import { PROJECTED_FIELDS, documentField, resolveDocumentList, stepDocumentFields } from './documents';
import { nameParams, namingError, normalizeSymbol, userError, type DocumentName } from './naming';
import { cypherPage, pageInfo, pageParams } from './pagination';
import { termOf } from './terms';
import type { ApiContext, TraversalCaps } from './context';

export type { ApiContext, TraversalCaps } from './context';

export const MAX_DEPTH = API_LIMITS.maxDepth;

const DEFAULT_CAPS: TraversalCaps = { maxNodes: API_LIMITS.maxNodes, maxSteps: API_LIMITS.maxSteps };
export const MAX_SEARCH_RESULTS = API_LIMITS.maxSearchResults;
export const DEFAULT_TX_TIMEOUT_MS = API_LIMITS.txTimeoutMs;

type Row = Record<string, unknown>;

/** Neo4j values → GraphQL-friendly JS: integers to numbers, temporal values to ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values of a page are strings: answered first (a page of 100 steps holds ~4,000 values).
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never)
  )
    return String(value);
  const out: Row = {};
  for (const key in value as Row) out[key] = toPlain((value as Row)[key]);
  return out;
}

const compact = new Map<string, string>();

/**
 * A named statement as the API sends it: without its comment lines and indentation (our statements have no
 * string spanning lines). They are for the reader of the .cypher file; sent with every request they were most of
 * the text the driver encodes (~7 % of the API's CPU on a small whoImplements, profiled) and Neo4j hashes to find
 * the cached plan.
 */
export function statement(name: string): string {
  let text = compact.get(name);
  if (text === undefined) {
    text = cypher(name)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('//'))
      .join('\n');
    compact.set(name, text);
  }
  return text;
}

/**
 * One statement in an auto-commit read transaction: not `executeRead`, whose retries kept a request waiting ~30 s
 * when the database was down (a read that fails is better answered at once with 503; the client may retry).
 */
export async function run(ctx: ApiContext, name: string, params: Row): Promise<Row[]> {
  const session = ctx.driver.session({
    database: ctx.sessionConfig?.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.run(statement(name), params, {
      timeout: ctx.transaction?.timeout ?? DEFAULT_TX_TIMEOUT_MS,
    });
    return result.records.map((r) => toPlain(r.toObject()) as Row);
  } finally {
    await session.close();
  }
}

/** maxDepth must be 1..MAX_DEPTH (null → the default of 10): out of range is an error, never a silent clamp. */
export function checkDepth(maxDepth: number | null | undefined): number {
  const depth = maxDepth ?? API_LIMITS.defaultDepth;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw userError(`\`maxDepth\` must be between 1 and ${MAX_DEPTH}, got ${String(depth)}.`, {
      argument: 'maxDepth',
    });
  }
  return depth;
}

/** "IMPLEMENTS>|CONTINUES>" for APOC's expander, from enum values only. */
export function relationshipFilter(types: readonly RelationType[], outward: boolean): string {
  for (const t of types) if (!RELATION_TYPES.includes(t)) throw userError(`Unknown relation type "${t}".`);
  return types.map((t) => (outward ? `${t}>` : `<${t}`)).join('|');
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface TraverseArgs extends DocumentName, PageArgs {
  maxDepth?: number | null;
  types?: RelationType[] | null;
}

/** The single row of a statement that names its root, or the naming error. */
function named(name: DocumentName, rows: Row[]): Row {
  const row = rows[0];
  if (!row || !row.root) throw namingError(name, (row?.candidates as Row[] | undefined) ?? []);
  return row;
}

/** The parameters of traverse.cypher for a lineage (outward) or impact question (also run raw by bench/query.ts). */
export function traverseParams(
  args: TraverseArgs,
  outward: boolean,
  caps = DEFAULT_CAPS,
  fields: readonly string[] = PROJECTED_FIELDS,
): Row {
  const types = args.types?.length ? [...new Set(args.types)] : [...LINEAGE_TYPES];
  return {
    fields: [...fields],
    ...nameParams(args),
    maxCandidates: neo4j.int(API_LIMITS.maxCandidates),
    types,
    relationshipFilter: relationshipFilter(types, outward),
    outward,
    maxDepth: neo4j.int(checkDepth(args.maxDepth)),
    maxNodes: neo4j.int(caps.maxNodes),
    maxSteps: neo4j.int(caps.maxSteps),
    ...cypherPage(pageParams(args.first, args.after)),
  };
}

async function traverse(
  ctx: ApiContext,
  args: TraverseArgs,
  outward: boolean,
  resolveInfo?: GraphQLResolveInfo,
): Promise<Row> {
  const page = pageParams(args.first, args.after);
  const params = traverseParams(args, outward, ctx.caps ?? DEFAULT_CAPS, stepDocumentFields(resolveInfo));
  const row = named(args, await run(ctx, 'traverse', params));
  const steps = row.steps as Row[];
  const total = row.totalCount as number;
  const info = pageInfo(page, steps.length, total);
  return {
    root: row.root,
    totalCount: total,
    reachedCount: row.reachedCount,
    steps,
    pageInfo: { hasNextPage: info.hasNextPage, endCursor: info.endCursor },
    truncated: row.truncated,
    depthLimited: row.depthLimited,
  };
}

function implementation(row: Row): Row {
  const document = row.document as Row;
  return {
    document,
    issuer: document.issuer ?? null,
    scope: document.scope,
    date: document.date ?? null,
    depth: row.depth,
    type: row.type,
    evidence: row.evidence ?? null,
  };
}

/** The parameters of implementations.cypher (also run raw by bench/query.ts). */
export function implementationsParams(
  name: DocumentName,
  transitive: boolean,
  page: { skip: number; first: number },
  caps = DEFAULT_CAPS,
): Row {
  return {
    ...nameParams(name),
    maxCandidates: neo4j.int(API_LIMITS.maxCandidates),
    relationshipFilter: relationshipFilter(IMPLEMENTING_TYPES, false),
    maxDepth: neo4j.int(transitive ? MAX_DEPTH : 1),
    maxNodes: neo4j.int(caps.maxNodes),
    ...cypherPage(page),
  };
}

/** Implementations of the named document: one page, or all (first = maxNodes) for coverage. */
export async function implementations(
  ctx: ApiContext,
  name: DocumentName,
  transitive: boolean,
  page: { skip: number; first: number },
): Promise<Row> {
  const row = named(
    name,
    await run(ctx, 'implementations', implementationsParams(name, transitive, page, ctx.caps)),
  );
  return { ...row, rows: (row.rows as Row[]).map(implementation) };
}

function limitOf(limit: number | null | undefined, max: number): number {
  const n = limit ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw userError(`\`limit\` must be between 1 and ${max}, got ${String(n)}.`, { argument: 'limit' });
  }
  return n;
}

/** Around the first query word in the title, else in the text: "…before «word» after…" (accent-insensitive). */
export function highlight(title: unknown, text: unknown, words: string[]): string | null {
  for (const source of [title, text]) {
    if (typeof source !== 'string' || !source) continue;
    const folded = foldAccents(source);
    // foldAccents maps one character to one for Vietnamese, so offsets in the folded copy are offsets in the source.
    if (folded.length !== source.length) continue;
    let best = -1;
    let word = '';
    for (const w of words) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${w}(?![\\p{L}\\p{N}])`, 'u');
      const m = re.exec(folded);
      if (m && (best < 0 || m.index < best)) {
        best = m.index;
        word = w;
      }
    }
    if (best < 0) continue;
    const from = Math.max(0, best - 60);
    const to = Math.min(source.length, best + word.length + 60);
    return (
      (from > 0 ? '…' : '') +
      source.slice(from, best) +
      '«' +
      source.slice(best, best + word.length) +
      '»' +
      source.slice(best + word.length, to) +
      (to < source.length ? '…' : '')
    );
  }
  return null;
}

async function searchHits(ctx: ApiContext, text: string, limit: number | null | undefined): Promise<Row[]> {
  const n = limitOf(limit, MAX_SEARCH_RESULTS);
  const query = searchQuery(text);
  if (!query) return [];
  // Only a query with a digit can be a document number (a prefix match of plain words would rank noise first).
  const symbol = /\d/.test(text) ? normalizeSymbol(text) : null;
  const rows = await run(ctx, 'search', { query, symbol, limit: neo4j.int(n) });
  const words = foldAccents(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return rows.map((r) => ({
    document: r.document,
    matchedBy: r.matchedBy,
    score: r.matchedBy === 'TEXT' ? r.score : null,
    highlight:
      r.matchedBy === 'TEXT' ? highlight(r.title, r.text, words) : `«${String((r.document as Row).symbol)}»`,
  }));
}

/** The id of a path end: given, or the one document its name matches (else the naming error). */
async function idOf(
  ctx: ApiContext,
  id: string | null | undefined,
  name: DocumentName | null | undefined,
  end: 'from' | 'to',
): Promise<string> {
  if (id) return id;
  if (!name) throw userError(`Name the ${end} document by \`${end}\` (its id) or \`${end}Name\`.`);
  const rows = await run(ctx, 'documents-by-symbol', {
    ...nameParams({ ...name, id: null }),
    limit: neo4j.int(API_LIMITS.maxCandidates),
  });
  if (rows.length !== 1)
    throw namingError(
      name,
      rows.map((r) => r.document as Row),
    );
  return (rows[0].document as Row).id as string;
}

export const researchResolvers = {
  Query: {
    lineage: (_: unknown, args: TraverseArgs, ctx: ApiContext, info: GraphQLResolveInfo) =>
      traverse(ctx, args, true, info),
    impact: (_: unknown, args: TraverseArgs, ctx: ApiContext, info: GraphQLResolveInfo) =>
      traverse(ctx, args, false, info),
    whoImplements: async (
      _: unknown,
      args: DocumentName & PageArgs & { transitive?: boolean | null },
      ctx: ApiContext,
    ) => {
      const page = pageParams(args.first, args.after);
      const row = await implementations(ctx, args, Boolean(args.transitive), page);
      const rows = row.rows as Row[];
      const info = pageInfo(page, rows.length, row.totalCount as number);
      return {
        target: row.root,
        totalCount: row.totalCount,
        implementations: rows,
        pageInfo: { hasNextPage: info.hasNextPage, endCursor: info.endCursor },
        truncated: row.truncated,
      };
    },
    search: async (
      _: unknown,
      args: { text: string; limit?: number | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const hits = await searchHits(ctx, args.text, args.limit);
      return resolveDocumentList(
        ctx,
        info,
        hits.map((h) => h.document as Row),
      );
    },
    searchHits: (_: unknown, args: { text: string; limit?: number | null }, ctx: ApiContext) =>
      searchHits(ctx, args.text, args.limit),
    coverage: async (_: unknown, args: DocumentName, ctx: ApiContext) => {
      const maxNodes = (ctx.caps ?? DEFAULT_CAPS).maxNodes;
      const row = await implementations(ctx, args, true, { skip: 0, first: maxNodes });
      return coverageReport(row.root as Row, row.rows as Row[], Boolean(row.truncated));
    },
    path: async (
      _: unknown,
      args: {
        from?: string | null;
        to?: string | null;
        fromName?: DocumentName | null;
        toName?: DocumentName | null;
        directed?: boolean | null;
      },
      ctx: ApiContext,
    ) => {
      const [from, to] = await Promise.all([
        idOf(ctx, args.from, args.fromName, 'from'),
        idOf(ctx, args.to, args.toName, 'to'),
      ]);
      const rows = await run(ctx, args.directed ? 'path-directed' : 'path', {
        from,
        to,
        types: [...RELATION_TYPES],
      });
      const ends = rows[0] ?? { fromFound: false, toFound: false, steps: [] };
      if (!ends.fromFound) throw namingError({ id: from }, []);
      if (!ends.toFound) throw namingError({ id: to }, []);
      return ends.steps;
    },
    documentsBySymbol: async (
      _: unknown,
      args: DocumentName & { symbol: string; limit?: number | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const limit = limitOf(args.limit, MAX_SEARCH_RESULTS);
      const rows = await run(ctx, 'documents-by-symbol', {
        ...nameParams({ ...args, id: null }),
        limit: neo4j.int(limit),
      });
      return resolveDocumentList(
        ctx,
        info,
        rows.map((r) => r.document as Row),
      );
    },
  },
  Document: {
    /** Derived from the date (./terms.ts), so it needs no stored property and follows any fix of the table. */
    term: (parent: Row) => termOf(parent.date),
  },
  Traversal: { root: documentField('root') },
  ImplementationPage: { target: documentField('target') },
  CitationStep: { from: documentField('from'), to: documentField('to') },
  Implementation: { document: documentField('document') },
  Coverage: { document: documentField('document') },
  SearchHit: { document: documentField('document') },
};
