/** The example operations of queries/*.graphql: preloaded in the playground, each run by a test. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../graph/cypher';
import type { ExampleOperation } from './playground';

export function exampleOperations(dir = path.join(projectRoot(), 'queries')): ExampleOperation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({
      name: f
        .replace(/^\d+[-_]?/, '')
        .replace(/\.graphql$/, '')
        .replace(/[-_]+/g, ' '),
      query: readFileSync(path.join(dir, f), 'utf8'),
    }));
}
