/**
 * `vanban start [--port N]`: start (or find) Neo4j, create the schema, load seed/ into an empty graph, serve.
 * Ctrl-C stops the API, and the Neo4j when this command started it (one that was already running, or an
 * external NEO4J_URI, is left alone, and the message says so).
 */
import path from 'node:path';
import { createDriver, envSettings } from '../db/connection';
import { neo4jStatus, startNeo4j, stopNeo4j } from '../db/manager';
import { projectRoot } from '../graph/cypher';
import { countDocuments } from '../pipeline/library';
import { loadJurisdictions } from '../graph/jurisdictions';
import { ensureSchema } from '../graph/load';
import { ingestAndReport } from './ingest';
import { serveUntilStopped, withPort } from './serve';

export async function run(args: string[]): Promise<number> {
  return withPort('start', args, start);
}

async function start(port: number): Promise<number> {
  const log = (message: string) => process.stderr.write(`[neo4j] ${message}\n`);
  const external = envSettings();
  // Whether this command starts the server (it was not running before): only then does Ctrl-C stop it.
  let ours = !external && (await neo4jStatus()).state !== 'running';
  // Ctrl-C while Neo4j starts or the seed loads (before the API listens): stop what this command started, exit.
  const early = () => {
    process.stderr.write('\ninterrupted\n');
    void stopIfOurs(ours, log).finally(() => process.exit(130));
  };
  process.once('SIGINT', early);
  const started = external ? null : await startNeo4j({ log });
  const settings = external ?? started!.settings;
  ours = ours && started !== null && !started.alreadyRunning;
  const driver = await createDriver(settings);
  try {
    await ensureSchema(driver, settings.database);
    await loadJurisdictions(driver, settings.database);
    let documents = await countDocuments(driver, settings.database);
    if (documents === 0) {
      const seed = path.join(projectRoot(), 'seed');
      process.stdout.write(`Empty graph: loading ${seed}\n`);
      await ingestAndReport(driver, [seed], {}, settings.database);
      documents = await countDocuments(driver, settings.database);
    }
    process.off('SIGINT', early);
    const onStop = ours
      ? 'Ctrl-C stops the server and the Neo4j it started.'
      : external
        ? 'Ctrl-C stops the server (the Neo4j of NEO4J_URI is not ours to stop).'
        : 'Ctrl-C stops the server; Neo4j was running before and keeps running (`npx vanban db stop`).';
    await serveUntilStopped(driver, port, settings.database, documents, onStop);
    return 0;
  } finally {
    process.off('SIGINT', early);
    // From here to the end the process must live: signals during the shutdown are held (see stopIfOurs).
    const hold = () => undefined;
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, hold);
    await driver.close();
    await stopIfOurs(ours, log, external ? `external Neo4j ${external.uri} left running` : undefined);
  }
}

async function stopIfOurs(ours: boolean, log: (m: string) => void, note?: string): Promise<void> {
  if (ours) {
    // `npm start` passes on more signals (a second Ctrl-C, SIGTERM, SIGHUP as the terminal goes): the default
    // action would kill this process halfway and leave the server running. Until it is stopped, they are ignored.
    const hold = () => process.stderr.write('still stopping Neo4j …\n');
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, hold);
    try {
      await stopNeo4j({ log });
      process.stderr.write('Neo4j stopped (it was started by `vanban start`).\n');
    } finally {
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(signal, hold);
    }
    return;
  }
  process.stderr.write(
    note
      ? `${note}.\n`
      : 'Neo4j was already running before `vanban start`: left running (`npx vanban db stop` stops it).\n',
  );
}
