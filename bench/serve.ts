/**
 * The API server as its own process for the query benchmarks (as deployed: the server does not share its event
 * loop with the load generator). Connects with NEO4J_URI/USER/PASSWORD, listens on 127.0.0.1 on a free port
 * and prints its URL as one JSON line on stdout; exits on SIGTERM.
 */
import { createDriver, neo4jSettings } from '../src/db/connection';
import { createServer } from '../src/api/server';
import { runMain } from './lib';

async function main(): Promise<void> {
  // Served as deployed: `vanban serve` runs the compiled code, without ts-node's source-map support, whose stack
  // rewriting made every `new Error().stack` (neo4j-driver captures one per result) cost ~9 % of the API's CPU
  // per document lookup here (profiled). Stack traces of this process show the compiled-on-the-fly lines.
  Reflect.deleteProperty(Error, 'prepareStackTrace');
  const driver = await createDriver(await neo4jSettings());
  const server = await createServer({ driver, port: 0, host: '127.0.0.1' });
  // CPU time used so far, on request: the benchmark reads it before and after a throughput run to report the
  // API's own CPU per request, which a machine shared with other work does not distort as it does wall time.
  process.on('SIGUSR2', () => {
    const { user, system } = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuMs: (user + system) / 1000 })}\n`);
  });
  process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
  const stop = async (): Promise<void> => {
    await server.close();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

runMain(module, main);
