import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver, Neo4jSettings } from '../../src/db/connection';
import './context';

/** The Neo4j of this integration run; throws the setup's clear error when there is none (tests fail, never skip). */
export function testNeo4jSettings(): Neo4jSettings {
  const error = inject('neo4jError');
  if (error) throw new Error(error);
  const settings = inject('neo4j');
  if (!settings) {
    throw new Error(
      'No Neo4j was provided: run integration tests in the vitest "integration" project (tests/integration/).',
    );
  }
  return settings;
}

/** A verified driver for the test Neo4j; close it in afterAll. */
export async function testDriver(): Promise<Driver> {
  return createDriver(testNeo4jSettings());
}
