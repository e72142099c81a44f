/**
 * Every Cypher statement of the project plans on the real Neo4j (EXPLAIN: parsed, checked and planned, never
 * run): each src/graph/cypher/*.cypher file and each @cypher field of schema/*.graphql. A typo, a removed
 * procedure or a clause the server version lacks fails here, not in a user's request.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherStatements, projectRoot } from '../../src/graph/cypher';
import { graphTestDriver, resetGraph, testDatabase } from '../fixtures/graph/neo4j';
import { cypherFields } from '../unit/cypher-fields';

const FILES = readdirSync(path.join(projectRoot(), 'src', 'graph', 'cypher'))
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.replace(/\.cypher$/, ''))
  .sort();

/** Statements EXPLAIN cannot take: schema commands (DDL) and SHOW commands. */
const NOT_PLANNABLE =
  /^\s*(CREATE|DROP)\s+(CONSTRAINT|INDEX|FULLTEXT|RANGE|TEXT|POINT|VECTOR|LOOKUP)|^\s*SHOW\b/i;

let driver: Driver;
beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
});
afterAll(async () => {
  await driver?.close();
});

async function explain(statement: string): Promise<void> {
  const session = driver.session({ database: testDatabase() });
  try {
    await session.run(`EXPLAIN ${statement}`);
  } finally {
    await session.close();
  }
}

describe('EXPLAIN', () => {
  it('there are statements to check', () => {
    expect(FILES.length).toBeGreaterThan(10);
    expect(cypherFields().length).toBeGreaterThan(2);
  });

  it.each(FILES)('src/graph/cypher/%s.cypher plans', async (name) => {
    // load-relations names its type by a placeholder the loader replaces with each RelationType.
    const statements = cypherStatements(name).map((s) => s.replace(/\bRELATION_TYPE\b/g, 'IMPLEMENTS'));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      if (NOT_PLANNABLE.test(statement)) continue;
      await expect(explain(statement)).resolves.toBeUndefined();
    }
  });

  it.each(cypherFields())('@cypher %s plans', async (_field, statement) => {
    // `this` is bound by @neo4j/graphql; a root field's statement stands alone.
    await expect(
      explain(`MATCH (this:Document) WITH this LIMIT 1 CALL (this) { ${statement} } RETURN *`),
    ).resolves.toBeUndefined();
  });
});
