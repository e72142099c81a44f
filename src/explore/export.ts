/**
 * The explorer's exports for scripts (GET /explore/export): the same cascade and the same file writers as the
 * page (./assets/subgraph.js, shared), computed from the public GraphQL operations.
 */
import path from 'node:path';
import { projectRoot } from '../graph/cypher';

export interface ExplorerNode {
  id: string;
  symbol: string | null;
  kind: string | null;
  issuer: string | null;
  scope: string | null;
  date: string | null;
  title: string | null;
  stub: boolean;
  level: string;
  party: boolean;
}

export interface ExplorerEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  evidence: string | null;
  trigger: string | null;
  file: string | null;
  depth: number;
  side: 'lineage' | 'impact';
}

export interface Subgraph {
  root: string | null;
  /** A cap of the API (or of the explorer's page count) cut the cascade. */
  truncated?: boolean;
  /** Documents lie beyond the depth asked for. */
  depthLimited?: boolean;
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
}

export interface ExplorerState {
  id: string | null;
  symbol: string | null;
  scope: string | null;
  depth: number;
  types: string[];
  province: string | null;
  from: number | null;
  to: number | null;
  levels: string[];
}

type Doc = Record<string, unknown> & { id: string };
type Step = { depth: number; type: string; from: Doc; to: Doc };
type GraphQLResult = { data?: Record<string, unknown> | null; errors?: readonly unknown[] };

/** The typed face of ./assets/subgraph.js (plain JavaScript, loaded by the browser as it is). */
export interface SubgraphModule {
  LEVELS: string[];
  RELATION_TYPES: string[];
  DEFAULT_TYPES: string[];
  LINEAGE_QUERY: string;
  IMPACT_QUERY: string;
  fetchCascade(execute: ExecuteOperation, state: ExplorerState): Promise<Subgraph>;
  stateFromParams(params: URLSearchParams): ExplorerState;
  stateToParams(state: ExplorerState): URLSearchParams;
  fromSteps(root: Doc | null, lineage: Step[], impact: Step[]): Subgraph;
  filterGraph(graph: Subgraph, filters: Partial<ExplorerState>): Subgraph;
  levelOf(scope: string | null): string;
  isParty(doc: { symbol?: string | null; issuer?: string | null }): boolean;
  toGraphML(graph: Subgraph): string;
  toNodesCsv(graph: Subgraph): string;
  toEdgesCsv(graph: Subgraph): string;
  toJson(graph: Subgraph): string;
  FORMATS: Record<string, [string, string, (graph: Subgraph) => string]>;
  fileName(graph: Subgraph, format: string): string;
}

// Required by path at run time (not imported) so ts-node, vitest and dist/ all load the one file the browser gets.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const subgraph = require(
  path.join(projectRoot(), 'src', 'explore', 'assets', 'subgraph.js'),
) as SubgraphModule;

export type ExecuteOperation = (query: string, variables: Record<string, unknown>) => Promise<GraphQLResult>;

export interface CascadeRequest {
  state: ExplorerState;
  format: string;
}

/** The export endpoint's query string → what to export, or an error for the caller. */
export function cascadeRequest(params: URLSearchParams): CascadeRequest | { error: string } {
  const format = params.get('format') ?? 'graphml';
  if (!Object.hasOwn(subgraph.FORMATS, format)) {
    return { error: `Unknown format "${format}": use one of ${Object.keys(subgraph.FORMATS).join(', ')}.` };
  }
  const state = subgraph.stateFromParams(params);
  if (!state.id && !state.symbol)
    return { error: 'Name the document: ?symbol=25-NQ/TW (&scope=national) or ?id=…' };
  return { state, format };
}

/** Runs the lineage and impact queries (every page), then applies the view's filters. */
export async function fetchCascade(
  execute: ExecuteOperation,
  state: ExplorerState,
): Promise<Subgraph | { error: string; status: number; extensions?: unknown }> {
  let graph: Subgraph;
  try {
    graph = await subgraph.fetchCascade(execute, state);
  } catch (error) {
    if (error instanceof Error) throw error; // not a GraphQL error: a bug or a failure of the server
    const first = error as { message?: string; extensions?: { code?: string } };
    const code = first.extensions?.code;
    const status = code === 'DOCUMENT_NOT_FOUND' ? 404 : code === 'INTERNAL_SERVER_ERROR' ? 500 : 400;
    return { error: first.message ?? 'GraphQL error', status, extensions: first.extensions };
  }
  return subgraph.filterGraph(graph, state);
}

export async function exportCascade(
  execute: ExecuteOperation,
  request: CascadeRequest,
): Promise<
  | { body: string; contentType: string; fileName: string }
  | { error: string; status: number; extensions?: unknown }
> {
  const graph = await fetchCascade(execute, request.state);
  if ('error' in graph) return graph;
  const [, contentType, write] = subgraph.FORMATS[request.format];
  return { body: write(graph), contentType, fileName: subgraph.fileName(graph, request.format) };
}
