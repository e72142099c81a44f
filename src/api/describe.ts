/**
 * Descriptions for the parts of the public schema that @neo4j/graphql generates (filters, sorting, connections,
 * aggregations), which carry none: the playground is where users read the schema. The types, fields, arguments
 * and enum values written in schema/*.graphql keep their own descriptions; a generated field that mirrors one of
 * them (DocumentWhere.symbol, DocumentSort.date, …) reuses it with what the generated field does with it.
 * Hand-written because @neo4j/graphql has no hook for this; it only fills what is empty.
 */
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';

const NODE_TYPES = ['Document', 'Organization', 'Jurisdiction', 'Person', 'Citation', 'Signing'];

const ARGUMENTS: Record<string, string> = {
  where: 'Only the items matching every condition given (combine with AND, OR, NOT).',
  limit: 'At most this many items: 1 to 200, default 20.',
  offset: 'Skip this many items first (0 or more).',
  sort: 'Order of the items: a list of { field: ASC | DESC }, applied in order.',
  first: 'Items per page: 1 to 200, default 20.',
  after: 'Return the items after this cursor (pageInfo.endCursor of the previous page).',
};

const OPERATORS: Record<string, string> = {
  AND: 'Every one of these conditions.',
  OR: 'At least one of these conditions.',
  NOT: 'Not this condition.',
  eq: 'Equal to.',
  in: 'Equal to one of these.',
  contains: 'Contains this text.',
  startsWith: 'Starts with this text.',
  endsWith: 'Ends with this text.',
  matches: 'Matches this regular expression.',
  gt: 'Greater than.',
  gte: 'Greater than or equal to.',
  lt: 'Less than.',
  lte: 'Less than or equal to.',
  includes: 'The list includes this value.',
  some: 'At least one related item matches.',
  all: 'Every related item matches.',
  none: 'No related item matches.',
  single: 'Exactly one related item matches.',
  edges: 'The items of this page, each with its cursor.',
  node: 'The item.',
  cursor: 'Position of the item: pass it as `after` to continue from it.',
  properties: 'The properties of the relationship (for citations: evidence, trigger, source).',
  pageInfo: 'Where this page is in the whole list.',
  totalCount: 'Items in the whole list (all pages).',
  hasNextPage: 'True when items follow this page.',
  hasPreviousPage: 'True when items precede this page.',
  startCursor: 'Cursor of the first item of the page.',
  endCursor: 'Cursor of the last item of the page: pass it as `after` for the next page.',
  aggregate: 'Counts and minimum, maximum, average of the items.',
  count: 'How many.',
  nodes: 'How many items.',
  edge: 'Aggregates of the relationships’ properties.',
  min: 'Smallest value.',
  max: 'Largest value.',
  average: 'Average value.',
  sum: 'Sum of the values.',
  shortest: 'Shortest text.',
  longest: 'Longest text.',
  averageLength: 'Average length of the texts.',
  shortestLength: 'Length of the shortest text.',
  longestLength: 'Length of the longest text.',
  ASC: 'Ascending: smallest, earliest or A first.',
  DESC: 'Descending: largest, latest or Z first.',
};

/** What a generated type is, by the suffix @neo4j/graphql gives it. */
const TYPE_SUFFIXES: [RegExp, (node: string) => string][] = [
  [
    /ConnectionWhere$|Filters$|AggregationWhereInput$|AggregateInput$|Where$/,
    (n) => `Conditions on ${n}s (generated filter).`,
  ],
  [/Sort$/, (n) => `How to order ${n}s (generated sort).`],
  [/Edge$/, (n) => `One item of a page of ${n}s, with its cursor.`],
  [/Relationship$/, (n) => `One related item of a ${n}, with the relationship's properties.`],
  [/Connection$/, (n) => `A page of ${n}s (cursor pagination), with totalCount, pageInfo and aggregates.`],
  [/AggregateSelection$|Aggregate$|AggregateNode$/, (n) => `Counts and min/max/average over ${n}s.`],
];

function nodeOf(typeName: string): string | undefined {
  return [...NODE_TYPES].sort((a, b) => b.length - a.length).find((n) => typeName.startsWith(n));
}

/** The description written in schema/ for a field of that name on the node type, if any. */
function ownDescription(schema: GraphQLSchema, node: string | undefined, field: string): string | undefined {
  const type = node ? schema.getType(node) : undefined;
  if (!type || !(isObjectType(type) || isInterfaceType(type))) return undefined;
  return type.getFields()[field]?.description ?? undefined;
}

function fieldDescription(schema: GraphQLSchema, typeName: string, field: string): string {
  if (OPERATORS[field]) return OPERATORS[field];
  const node = nodeOf(typeName);
  const base = field.replace(/Connection$|Aggregate$/, '');
  const own = ownDescription(schema, node, base);
  const what = own ? ` ${own}` : '';
  if (/Where$|Filters$/.test(typeName)) return `Condition on ${base}.${what}`;
  if (/Sort$/.test(typeName)) return `Order by ${base}.${what}`;
  if (field.endsWith('Connection'))
    return `${base} as a page (cursor pagination), with totalCount and aggregates.${what}`;
  if (/Aggregate/.test(typeName)) return `Aggregates of ${base}.${what}`;
  if (typeName === 'Query') {
    const plural = field.replace(/Connection$/, '');
    return field.endsWith('Connection')
      ? `Page through ${plural} with cursors (first/after), filter, sort, count and aggregate.`
      : `List ${plural}: filter with where, order with sort, page with limit/offset (at most 200).`;
  }
  return own ?? `${field} (generated by @neo4j/graphql).`;
}

function describeArgument(arg: GraphQLArgument): void {
  if (!arg.description)
    (arg as { description?: string | null }).description = ARGUMENTS[arg.name] ?? `${arg.name}.`;
}

/** Fills every empty description of the schema (mutates it; call once, after building). */
export function describeGenerated(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const mutableType = type as { description?: string | null };
    if (!type.description) {
      const node = nodeOf(type.name) ?? type.name;
      const match = TYPE_SUFFIXES.find(([re]) => re.test(type.name));
      mutableType.description =
        type.name === 'Query'
          ? 'The read-only API: research questions (lineage, impact, whoImplements, coverage, search, path) and the generated lists of documents, organizations, jurisdictions and people.'
          : match
            ? match[1](node)
            : `${type.name} (generated by @neo4j/graphql).`;
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const mutableField = field as { description?: string | null };
        if (!field.description) mutableField.description = fieldDescription(schema, type.name, field.name);
        if ('args' in field) field.args.forEach(describeArgument);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!value.description)
          (value as { description?: string | null }).description = OPERATORS[value.name] ?? `${value.name}.`;
      }
    }
  }
  return schema;
}
