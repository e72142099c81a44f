/**
 * Snapshots of what the API exposes and runs, so that a reviewer sees every change to it in the diff:
 * the printed public schema (with every description) and every Cypher statement (the named .cypher files and the
 * @cypher fields of schema/*.graphql, as executed). Update with `npx vitest run tests/unit/schema-snapshot.test.ts -u`
 * and review the diff. Also: every part of the public schema has a description, and the RelationType enum is
 * RELATION_TYPES of src/model.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { cypher, projectRoot } from '../../src/graph/cypher';
import { buildSchema, typeDefs } from '../../src/api/schema';
import { cypherFields } from './cypher-fields';
import { RELATION_TYPES } from '../../src/model';

/** The named statements the API runs (src/api/resolvers.ts, database.ts, cache.ts); the loader's are ingest's. */
export const API_STATEMENTS = [
  'documents-by-symbol',
  'graph-version',
  'implementations',
  'path',
  'path-directed',
  'ready',
  'search',
  'traverse',
];

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema();
});

describe('the public schema', () => {
  it('is printed in tests/unit/__snapshots__/schema.graphql.snap', async () => {
    await expect(printSchema(schema)).toMatchFileSnapshot('__snapshots__/schema.graphql.snap');
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const t of Object.values(schema.getTypeMap())) {
      if (t.name.startsWith('__')) continue;
      if (!t.description) missing.push(t.name);
      if (isObjectType(t) || isInterfaceType(t) || isInputObjectType(t)) {
        for (const f of Object.values(t.getFields())) {
          if (!f.description) missing.push(`${t.name}.${f.name}`);
          if ('args' in f)
            for (const a of f.args) if (!a.description) missing.push(`${t.name}.${f.name}(${a.name})`);
        }
      }
      if (isEnumType(t))
        for (const v of t.getValues()) if (!v.description) missing.push(`${t.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has the relation types of src/model.ts, each with its triggers and an example', () => {
    const relationType = schema.getType('RelationType');
    expect(isEnumType(relationType)).toBe(true);
    if (!isEnumType(relationType)) return;
    expect(relationType.getValues().map((v) => v.name)).toEqual([...RELATION_TYPES]);
    for (const v of relationType.getValues()) expect(v.description, v.name).toMatch(/\(.+\)/);
    // The @cypher statements name the types through CITATION_TYPES, replaced from the same list.
    const sdl = readdirSync(path.join(projectRoot(), 'schema'))
      .map((f) => readFileSync(path.join(projectRoot(), 'schema', f), 'utf8'))
      .join('\n');
    expect(sdl).not.toMatch(/IMPLEMENTS\|CONTINUES/);
    expect(sdl).toContain('CITATION_TYPES');
    expect(typeDefs()).toContain(RELATION_TYPES.join('|'));
  });
});

describe('the Cypher the API runs', () => {
  it('is every statement named in src/api', () => {
    const source = ['resolvers.ts', 'database.ts', 'cache.ts']
      .map((f) => readFileSync(path.join(projectRoot(), 'src', 'api', f), 'utf8'))
      .join('\n');
    const named = new Set<string>();
    for (const m of source.matchAll(/(?:run\(ctx, |cypher\()'([\w-]+)'/g)) named.add(m[1]);
    for (const m of source.matchAll(/\? '([\w-]+)' : '([\w-]+)'/g)) named.add(m[1]).add(m[2]);
    expect([...named].sort()).toEqual(API_STATEMENTS);
  });

  it('is listed in tests/unit/__snapshots__/cypher.snap', async () => {
    const parts = [
      ...API_STATEMENTS.map((name) => `=== src/graph/cypher/${name}.cypher\n${cypher(name).trim()}`),
      ...cypherFields().map(([field, statement]) => `=== @cypher ${field}\n${statement}`),
    ];
    await expect(`${parts.join('\n\n')}\n`).toMatchFileSnapshot('__snapshots__/cypher.snap');
  });
});
