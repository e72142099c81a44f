/**
 * The executable GraphQL schema: schema/*.graphql served by @neo4j/graphql 7, with the research resolvers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../graph/cypher';
import { RELATION_TYPES } from '../model';
import { describeGenerated } from './describe';
import { researchResolvers } from './resolvers';

/** What CITATION_TYPES stands for in the SDL's @cypher statements: the one list of relation types. */
export const CITATION_TYPES = RELATION_TYPES.join('|');

/**
 * The type definitions: every schema/*.graphql, in file-name order, with CITATION_TYPES replaced by the relation
 * types of src/model.ts (a constant of the code, never input).
 */
export function typeDefs(dir = path.join(projectRoot(), 'schema')): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n')
    .replace(/\bCITATION_TYPES\b/g, CITATION_TYPES);
}

export async function buildSchema(driver?: Driver): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: typeDefs(),
    driver,
    resolvers: researchResolvers,
    features: {
      // Keep the public schema to the current API (v7 still generates the deprecated forms by default).
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return describeGenerated(await neoSchema.getSchema());
}
