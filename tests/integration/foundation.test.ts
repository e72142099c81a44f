import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jSettings } from '../../src/db/connection';
import { testDriver, testNeo4jSettings } from '../setup/neo4j';

// Every node written here carries this label and the run id, and is deleted afterwards.
const LABEL = 'FoundationTest';
const run = randomUUID();

describe('foundation: the integration Neo4j', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await testDriver();
  });

  afterAll(async () => {
    await driver?.executeQuery(`MATCH (n:${LABEL} {run: $run}) DETACH DELETE n`, { run });
    await driver?.close();
  });

  it('round-trips a node with Vietnamese text through neo4j-driver', async () => {
    const title = 'Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy';
    await driver.executeQuery(`CREATE (:${LABEL} {run: $run, id: 'nq-18', title: $title, year: 2017})`, {
      run,
      title,
    });
    const { records } = await driver.executeQuery(
      `MATCH (n:${LABEL} {run: $run, id: 'nq-18'}) RETURN n.title AS title, n.year AS year`,
      { run },
    );
    expect(records).toHaveLength(1);
    expect(records[0].get('title')).toBe(title);
    expect(records[0].get('year').toNumber()).toBe(2017);
  });

  it('has APOC of the same major.minor as the server', async () => {
    const { records } = await driver.executeQuery('RETURN apoc.version() AS apoc');
    expect(String(records[0].get('apoc'))).toMatch(/^5\.26\./);
  });

  it('serves @neo4j/graphql: schema from type definitions, query answered from the database', async () => {
    const typeDefs = /* GraphQL */ `
      type FoundationTest @node {
        id: ID!
        run: String!
        title: String!
      }
    `;
    await driver.executeQuery(`CREATE (:${LABEL} {run: $run, id: 'ct-05', title: 'Chỉ thị số 05-CT/TW'})`, {
      run,
    });
    const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
    const result = await graphql({
      schema,
      source: `query ($run: String!) { foundationTests(where: { run: { eq: $run }, id: { eq: "ct-05" } }) { id title } }`,
      variableValues: { run },
      contextValue: {},
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ foundationTests: [{ id: 'ct-05', title: 'Chỉ thị số 05-CT/TW' }] });
  });

  it('exposes the same server to code that calls neo4jSettings() (NEO4J_* env vars)', async () => {
    const fromEnv = await neo4jSettings();
    expect(fromEnv.uri).toBe(testNeo4jSettings().uri);
    expect(fromEnv.managed).toBe(false);
  });
});
