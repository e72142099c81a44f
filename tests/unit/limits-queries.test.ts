/**
 * The API's own example operations (queries/*.graphql, preloaded in the playground) and GraphiQL's introspection
 * must parse and validate against the real schema within the default limits; a limit tightened past what the
 * examples need, or an example drifting from the schema, fails here.
 */
import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleOperations } from '../../src/api/examples';
import { DEFAULT_LIMITS, estimateCost, parseOptions, validationRules } from '../../src/api/limits';
import { buildSchema } from '../../src/api/schema';

const examples = exampleOperations();

function problems(schema: GraphQLSchema, query: string): string[] {
  const document = parse(query, parseOptions());
  const errors = validate(schema, document, [...specifiedRules, ...validationRules()]).map((e) => e.message);
  const cost = estimateCost(schema, document);
  if (cost > DEFAULT_LIMITS.maxComplexity)
    errors.push(`estimated cost ${cost} over ${DEFAULT_LIMITS.maxComplexity}`);
  return errors;
}

describe('example operations within the limits', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema(); // no driver needed to build the schema
  });

  it('there are example operations to preload', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples.map((example) => [example.name, example.query]))(
    'queries/ example "%s" parses and validates',
    (_name, query) => {
      expect(problems(schema, query)).toEqual([]);
    },
  );

  it('the research queries cost what they do: one default lineage is cheap, thirty aliased are refused', () => {
    const one =
      'query($id: ID) { lineage(id: $id) { totalCount steps { depth from { symbol } to { symbol } } } }';
    expect(estimateCost(schema, parse(one))).toBeLessThan(DEFAULT_LIMITS.maxComplexity / 2);
    const heavy = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: impact(symbol: "25-NQ/TW", maxDepth: 20) { totalCount }`).join(' ')} }`;
    expect(estimateCost(schema, parse(heavy))).toBeGreaterThan(DEFAULT_LIMITS.maxComplexity);
    const coverage = '{ coverage(symbol: "25-NQ/TW") { covered provinces { province covered } } }';
    expect(estimateCost(schema, parse(coverage))).toBeLessThan(DEFAULT_LIMITS.maxComplexity);
  });

  it("GraphiQL's introspection query passes", () => {
    expect(problems(schema, getIntrospectionQuery({ inputValueDeprecation: true }))).toEqual([]);
  });
});
