/**
 * `vanban start [--port N]`: start (or find) Neo4j, create the schema, load seed/ into an empty graph, serve.
 */
import path from 'node:path';
import { createDriver } from '../db/connection';
import { ensureNeo4j } from '../db/manager';
import { projectRoot } from '../graph/cypher';
import { countDocuments } from '../graph/ingest';
import { loadJurisdictions } from '../graph/jurisdictions';
import { DEFAULT_BATCH_SIZE, ensureSchema } from '../graph/load';
import { ingestAndReport } from './ingest';
import { portOrExit, serveUntilStopped } from './serve';

export async function run(args: string[]): Promise<number> {
  const parsed = portOrExit('start', args);
  if ('exit' in parsed) return parsed.exit;
  const { port } = parsed;
  const log = (message: string) => process.stderr.write(`[neo4j] ${message}\n`);
  const settings = await ensureNeo4j({ log });
  const driver = await createDriver(settings);
  try {
    await ensureSchema(driver, settings.database);
    await loadJurisdictions(driver, settings.database);
    let documents = await countDocuments(driver, settings.database);
    if (documents === 0) {
      const seed = path.join(projectRoot(), 'seed');
      process.stdout.write(`Empty graph: loading ${seed}\n`);
      await ingestAndReport(driver, [seed], DEFAULT_BATCH_SIZE, settings.database);
      documents = await countDocuments(driver, settings.database);
    }
    await serveUntilStopped(driver, port, settings.database, documents);
    return 0;
  } finally {
    await driver.close();
  }
}
