/**
 * Resolvers of the research root queries (schema/research.graphql): lineage, impact, whoImplements, search,
 * coverage, path. Each runs named, parameterised Cypher (src/graph/cypher/) in a read transaction with a timeout;
 * every traversal is bounded. Document values they return are property maps; see ./documents.ts for how nested
 * Document fields are resolved.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { LINEAGE_TYPES, IMPLEMENTING_TYPES, RELATION_TYPES, type RelationType } from '../model';
import { cypher } from '../graph/cypher';
import { searchQuery } from '../graph/fold';
import { documentField, resolveDocumentList } from './documents';

/** The context @neo4j/graphql and these resolvers share (built in ./server.ts). */
export interface ApiContext {
  executionContext: Driver;
  sessionConfig?: { database?: string };
  transaction?: { timeout?: number };
  [key: string]: unknown;
}

export const MAX_DEPTH = 20;
/** Caps on what one traversal may touch and return. */
export const MAX_NODES = 5000;
export const MAX_STEPS = 1000;
export const MAX_SEARCH_RESULTS = 100;
export const DEFAULT_TX_TIMEOUT_MS = 15_000;

type Row = Record<string, unknown>;

function userError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });
}

/** Neo4j values → GraphQL-friendly JS: integers to numbers, temporal values to ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (
      neo4j.isDate(value as never) ||
      neo4j.isDateTime(value as never) ||
      neo4j.isLocalDateTime(value as never)
    )
      return String(value);
    return Object.fromEntries(Object.entries(value as Row).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

async function run(ctx: ApiContext, name: string, params: Row): Promise<Row[]> {
  const session = ctx.executionContext.session({
    database: ctx.sessionConfig?.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const result = await session.executeRead((tx) => tx.run(cypher(name), params), {
      timeout: ctx.transaction?.timeout ?? DEFAULT_TX_TIMEOUT_MS,
    });
    return result.records.map((r) => toPlain(r.toObject()) as Row);
  } finally {
    await session.close();
  }
}

export interface DocumentRef {
  id?: string | null;
  symbol?: string | null;
  scope?: string | null;
}

/** Symbols are compared as normalised by the extractor: NFC, no spaces ("02 /CT-UBND" → "02/CT-UBND"). */
function normalizeSymbol(symbol: string): string {
  return symbol.normalize('NFC').replace(/\s+/g, '');
}

/**
 * The one document named by id, or by symbol (+ scope). Unknown → error; a symbol in several scopes (or several
 * documents in one scope) without a scope → error listing them.
 */
export async function resolveDocument(ctx: ApiContext, ref: DocumentRef): Promise<Row> {
  if (ref.id) {
    const [doc] = await run(ctx, 'document-by-id', { id: ref.id });
    if (!doc) throw userError(`No document with id "${ref.id}".`, { code: 'DOCUMENT_NOT_FOUND' });
    return doc;
  }
  if (!ref.symbol) throw userError('Name the document by `id`, or by `symbol` (and `scope` if needed).');
  const symbol = normalizeSymbol(ref.symbol);
  const scope = ref.scope ? ref.scope.normalize('NFC').trim() : null;
  const docs = await run(ctx, 'documents-by-symbol', { symbol, scope });
  if (docs.length === 0) {
    const where = scope ? ` in scope "${scope}"` : '';
    const others = scope ? await run(ctx, 'documents-by-symbol', { symbol, scope: null }) : [];
    const hint = others.length
      ? ` It exists in: ${[...new Set(others.map((d) => d.scope))].join(', ')}.`
      : '';
    throw userError(`No document with symbol "${symbol}"${where}.${hint}`, { code: 'DOCUMENT_NOT_FOUND' });
  }
  if (docs.length > 1) {
    const scopes = [...new Set(docs.map((d) => d.scope as string))];
    const ids = docs.map((d) => d.id as string);
    const message =
      scopes.length > 1
        ? `Symbol "${symbol}" matches documents in several scopes: ${scopes.join(', ')}. Pass \`scope\` to choose one.`
        : `Symbol "${symbol}" matches several documents in ${scopes[0]}: ${ids.join(', ')}. Pass \`id\` to choose one.`;
    throw userError(message, { code: 'DOCUMENT_AMBIGUOUS', scopes, ids });
  }
  return docs[0];
}

/** maxDepth clamped to 1..MAX_DEPTH (null → the schema default of 10). */
export function clampDepth(maxDepth: number | null | undefined): number {
  const depth = maxDepth ?? 10;
  return Math.min(MAX_DEPTH, Math.max(1, Math.floor(depth)));
}

/** "IMPLEMENTS>|CONTINUES>" for APOC's expander, from enum values only. */
export function relationshipFilter(types: readonly RelationType[], outward: boolean): string {
  for (const t of types) if (!RELATION_TYPES.includes(t)) throw userError(`Unknown relation type "${t}".`);
  return types.map((t) => (outward ? `${t}>` : `<${t}`)).join('|');
}

interface TraverseArgs extends DocumentRef {
  maxDepth?: number | null;
  types?: RelationType[] | null;
}

async function traverse(ctx: ApiContext, args: TraverseArgs, outward: boolean): Promise<Row[]> {
  const root = await resolveDocument(ctx, args);
  const types = args.types?.length ? [...new Set(args.types)] : [...LINEAGE_TYPES];
  return run(ctx, 'traverse', {
    id: root.id,
    types,
    relationshipFilter: relationshipFilter(types, outward),
    outward,
    maxDepth: neo4j.int(clampDepth(args.maxDepth)),
    maxNodes: neo4j.int(MAX_NODES),
    limit: neo4j.int(MAX_STEPS),
  });
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

async function implementations(ctx: ApiContext, id: unknown, transitive: boolean): Promise<Row[]> {
  const rows = await run(ctx, 'implementations', {
    id,
    relationshipFilter: relationshipFilter(IMPLEMENTING_TYPES, false),
    maxDepth: neo4j.int(transitive ? MAX_DEPTH : 1),
    limit: neo4j.int(MAX_NODES),
  });
  return rows.map(implementation);
}

const DAY_MS = 86_400_000;
function daysBetween(from: unknown, to: unknown): number | null {
  if (typeof from !== 'string' || typeof to !== 'string') return null;
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

function provinceOf(scope: unknown): string | null {
  if (typeof scope !== 'string' || scope === 'national') return null;
  return scope.split('/')[0];
}

export const researchResolvers = {
  Query: {
    lineage: (_: unknown, args: TraverseArgs, ctx: ApiContext) => traverse(ctx, args, true),
    impact: (_: unknown, args: TraverseArgs, ctx: ApiContext) => traverse(ctx, args, false),
    whoImplements: async (
      _: unknown,
      args: DocumentRef & { transitive?: boolean | null },
      ctx: ApiContext,
    ) => {
      const target = await resolveDocument(ctx, args);
      return implementations(ctx, target.id, Boolean(args.transitive));
    },
    search: async (
      _: unknown,
      args: { text: string; limit?: number | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) => {
      const query = searchQuery(args.text);
      if (!query) return [];
      const limit = Math.min(MAX_SEARCH_RESULTS, Math.max(1, Math.floor(args.limit ?? 20)));
      const rows = await run(ctx, 'search', { query, limit: neo4j.int(limit) });
      return resolveDocumentList(
        ctx,
        info,
        rows.map((r) => r.document as Row),
      );
    },
    coverage: async (_: unknown, args: { symbol: string; scope?: string | null }, ctx: ApiContext) => {
      const target = await resolveDocument(ctx, args);
      const [[document], found, provinces] = await Promise.all([
        documentMaps(ctx, [target.id as string]),
        implementations(ctx, target.id, true),
        run(ctx, 'provinces', {}),
      ]);
      const byProvince = new Map<string, Row[]>();
      for (const impl of found) {
        const province = provinceOf(impl.scope);
        if (!province) continue;
        const list = byProvince.get(province) ?? [];
        list.push(impl);
        byProvince.set(province, list);
      }
      const rows = provinces.map((p) => {
        const province = p.province as string;
        const documents = (byProvince.get(province) ?? []).sort((a, b) =>
          String(a.date ?? '9999').localeCompare(String(b.date ?? '9999')),
        );
        const firstDate = (documents.find((d) => d.date)?.date as string | undefined) ?? null;
        return {
          province,
          covered: documents.length > 0,
          documents,
          firstDate,
          delayDays: daysBetween(document?.date, firstDate),
        };
      });
      const covered = rows.filter((r) => r.covered).length;
      return { document, covered, uncovered: rows.length - covered, provinces: rows };
    },
    path: async (
      _: unknown,
      args: { from: string; to: string; directed?: boolean | null },
      ctx: ApiContext,
    ) => {
      const [from, to] = await Promise.all([
        resolveDocument(ctx, { id: args.from }),
        resolveDocument(ctx, { id: args.to }),
      ]);
      if (from.id === to.id) return [];
      return run(ctx, args.directed ? 'path-directed' : 'path', { from: from.id, to: to.id });
    },
  },
  CitationStep: { from: documentField('from'), to: documentField('to') },
  Implementation: { document: documentField('document') },
  Coverage: { document: documentField('document') },
};

/** Property maps of documents by id, in the order asked (used where a resolver needs the whole node). */
export async function documentMaps(ctx: ApiContext, ids: string[]): Promise<Row[]> {
  const rows = await run(ctx, 'documents-by-ids', { ids });
  const byId = new Map(rows.map((r) => [(r.document as Row).id as string, r.document as Row]));
  return ids.map((id) => byId.get(id)).filter((d): d is Row => d !== undefined);
}
