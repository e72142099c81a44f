/**
 * Documents returned by the research resolvers (lineage, impact, search, …) are property maps. When a query asks
 * only for stored scalar fields they are returned as they are; when it asks for anything @neo4j/graphql computes
 * (relationships, connections, @cypher fields, the text), the documents are fetched through the generated
 * `documents` query with the very selection set the client wrote, batched per request and per selection.
 */
import {
  Kind,
  execute,
  print,
  type DocumentNode,
  type FieldNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { ApiContext } from './context';

type Row = Record<string, unknown>;

/** Fields the property maps carry (the text is left out of them: it can be large). */
const STORED_FIELDS = new Set([
  '__typename',
  'id',
  'symbol',
  'number',
  'kind',
  'issuer',
  'scope',
  'date',
  'year',
  'term',
  'title',
  'place',
  'signer',
  'signerRole',
  'signerAuthority',
  'addressees',
  'recipients',
  'source',
  'stub',
]);
/**
 * The stored fields traverse.cypher can project for the documents of a step (its `$fields`), in its order: what
 * the property maps may carry (the text is never among them).
 */
export const PROJECTED_FIELDS = [
  'id',
  'symbol',
  'number',
  'kind',
  'issuer',
  'scope',
  'date',
  'year',
  'title',
  'place',
  'signer',
  'signerRole',
  'signerAuthority',
  'addressees',
  'recipients',
  'source',
  'stub',
] as const;

/** The fields selected under `nodes`, through inline fragments and fragment spreads. */
function subfields(nodes: readonly FieldNode[], info: GraphQLResolveInfo): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const n of nodes) visit(n.selectionSet);
  return out;
}

/**
 * The stored fields a traversal's query asks of the documents of its steps (`steps { from { … } to { … } }`),
 * plus the id (anything else is fetched by id, see documentValue) and the date when the term is asked (derived
 * from it). A 100-step page then carries the 5 fields a client asked for instead of all 17: profiled, unpacking
 * Bolt values was a quarter of the API's CPU on such a page.
 */
export function stepDocumentFields(info: GraphQLResolveInfo | undefined): string[] {
  if (!info) return [...PROJECTED_FIELDS];
  const steps = subfields(info.fieldNodes, info).filter((f) => f.name.value === 'steps');
  const ends = subfields(steps, info).filter((f) => f.name.value === 'from' || f.name.value === 'to');
  const names = new Set(['id']);
  for (const f of subfields(ends, info)) names.add(f.name.value === 'term' ? 'date' : f.name.value);
  return PROJECTED_FIELDS.filter((f) => names.has(f));
}

/** @limit(max) of Document in schema/documents.graphql. */
const PAGE = 200;

function onlyStoredFields(selection: SelectionSetNode | undefined): boolean {
  if (!selection) return true;
  return selection.selections.every(
    (s) =>
      s.kind === Kind.FIELD && !s.selectionSet && !s.directives?.length && STORED_FIELDS.has(s.name.value),
  );
}

interface Batch {
  ids: Set<string>;
  result: Promise<Map<string, Row>>;
}

const batches = new WeakMap<object, Map<string, Batch>>();

function delegatedQuery(info: GraphQLResolveInfo, selection: SelectionSetNode): DocumentNode {
  const idsVar: VariableDefinitionNode = {
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: '__vanbanIds' } },
    type: {
      kind: Kind.NON_NULL_TYPE,
      type: {
        kind: Kind.LIST_TYPE,
        type: {
          kind: Kind.NON_NULL_TYPE,
          type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
        },
      },
    },
  };
  const idField: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' }, alias: undefined };
  const documentsField: FieldNode = {
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: 'documents' },
    alias: { kind: Kind.NAME, value: '__vanbanDocuments' },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'where' },
        value: {
          kind: Kind.OBJECT,
          fields: [
            {
              kind: Kind.OBJECT_FIELD,
              name: { kind: Kind.NAME, value: 'id' },
              value: {
                kind: Kind.OBJECT,
                fields: [
                  {
                    kind: Kind.OBJECT_FIELD,
                    name: { kind: Kind.NAME, value: 'in' },
                    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: '__vanbanIds' } },
                  },
                ],
              },
            },
          ],
        },
      },
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: 'limit' },
        value: { kind: Kind.INT, value: String(PAGE) },
      },
    ],
    // The id under an alias of its own, so the rows can be matched whatever the client selected.
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [{ ...idField, alias: { kind: Kind.NAME, value: '__vanbanId' } }, ...selection.selections],
    },
  };
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    variableDefinitions: [...(info.operation.variableDefinitions ?? []), idsVar],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [documentsField] },
  };
  return { kind: Kind.DOCUMENT, definitions: [operation, ...Object.values(info.fragments)] };
}

async function fetchDocuments(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  selection: SelectionSetNode,
  ids: string[],
): Promise<Map<string, Row>> {
  const document = delegatedQuery(info, selection);
  const byId = new Map<string, Row>();
  for (let i = 0; i < ids.length; i += PAGE) {
    const result = await execute({
      schema: info.schema,
      document,
      variableValues: { ...info.variableValues, __vanbanIds: ids.slice(i, i + PAGE) },
      contextValue: ctx,
    });
    if (result.errors?.length) throw result.errors[0];
    for (const row of (result.data?.__vanbanDocuments ?? []) as Row[])
      byId.set(row.__vanbanId as string, row);
  }
  return byId;
}

/** Resolves one document map for the field being resolved (see the module comment). */
export function documentValue(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  map: Row | null | undefined,
): Row | null | Promise<Row | null> {
  if (!map) return null;
  const selection = info.fieldNodes[0].selectionSet;
  if (info.fieldNodes.length === 1 && onlyStoredFields(selection)) return map;
  const merged: SelectionSetNode = {
    kind: Kind.SELECTION_SET,
    selections: info.fieldNodes.flatMap((f) => f.selectionSet?.selections ?? []),
  };
  const key = print(merged);
  let perContext = batches.get(ctx);
  if (!perContext) {
    perContext = new Map();
    batches.set(ctx, perContext);
  }
  const pending = perContext;
  let batch = pending.get(key);
  if (!batch) {
    // Sibling resolvers of a list run in the same turn: collect their ids, then fetch once.
    const ids = new Set<string>();
    const result = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      pending.delete(key);
      return fetchDocuments(ctx, info, merged, [...ids]);
    });
    batch = { ids, result };
    pending.set(key, batch);
  }
  batch.ids.add(map.id as string);
  return batch.result.then((byId) => byId.get(map.id as string) ?? null);
}

/** A field resolver for a Document-valued field of a research result type. */
export function documentField(name: string) {
  return (parent: Row, _args: unknown, ctx: ApiContext, info: GraphQLResolveInfo) =>
    documentValue(ctx, info, parent[name] as Row | null);
}

/** The list version, for root fields that return [Document!]! (search). */
export function resolveDocumentList(ctx: ApiContext, info: GraphQLResolveInfo, maps: Row[]) {
  return Promise.all(maps.map((m) => documentValue(ctx, info, m)));
}
