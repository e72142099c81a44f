/**
 * The API's own example operations (queries/*.graphql, preloaded in the playground) and GraphiQL's introspection
 * must parse and validate against the real schema within the default limits; a limit tightened past what the
 * examples need, or an example drifting from the schema, fails here.
 */
import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleOperations } from '../../src/api/examples';
import { parseOptions, validationRules } from '../../src/api/limits';
import { buildSchema } from '../../src/api/schema';

const examples = exampleOperations();

function problems(schema: GraphQLSchema, query: string): string[] {
  const document = parse(query, parseOptions());
  return validate(schema, document, [...specifiedRules, ...validationRules()]).map((e) => e.message);
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

  it("GraphiQL's introspection query passes", () => {
    expect(problems(schema, getIntrospectionQuery({ inputValueDeprecation: true }))).toEqual([]);
  });
});
