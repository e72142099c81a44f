/** `vanban serve [--port N]`: serve the GraphQL API and the playground on the configured Neo4j. */
import type { Driver } from 'neo4j-driver';
import { createDriver, neo4jSettings } from '../db/connection';
import { createServer, defaultPort, type VanbanServer } from '../api/server';

export function parsePort(args: string[]): number | string {
  const i = args.indexOf('--port');
  if (i < 0) return defaultPort();
  const port = Number(args[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    return `--port needs a port number, not "${args[i + 1]}"`;
  return port;
}

export function banner(server: VanbanServer, documents?: number): string {
  const loaded = documents === undefined ? '' : ` (${documents} documents)`;
  return [
    '',
    `  vanban-graph GraphQL API${loaded}`,
    `  Playground:  ${server.url}   ← open in a browser`,
    `  Explorer:    ${new URL('/explore', server.url).href}   ← a document's cascade, coverage and exports`,
    `  Endpoint:    POST ${server.url}`,
    '  Read-only. Ctrl-C stops the server.',
    '',
  ].join('\n');
}

/** Serves until SIGINT/SIGTERM, then closes the server and the driver. */
export async function serveUntilStopped(driver: Driver, port: number, database?: string, documents?: number) {
  const server = await createServer({ driver, port, database });
  process.stdout.write(`${banner(server, documents)}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write('stopping…\n');
  await server.close();
}

/** --help and --port, shared by `serve` and `start`: the port, or the exit code to return at once. */
export function portOrExit(command: string, args: string[]): { port: number } | { exit: number } {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`Usage: vanban ${command} [--port N]   (env VANBAN_PORT or PORT; default 4000)\n`);
    return { exit: 0 };
  }
  const port = parsePort(args);
  if (typeof port === 'string') {
    process.stderr.write(`vanban ${command}: ${port}\n`);
    return { exit: 2 };
  }
  return { port };
}

export async function run(args: string[]): Promise<number> {
  const parsed = portOrExit('serve', args);
  if ('exit' in parsed) return parsed.exit;
  const { port } = parsed;
  const settings = await neo4jSettings();
  const driver = await createDriver(settings);
  try {
    await serveUntilStopped(driver, port, settings.database);
    return 0;
  } finally {
    await driver.close();
  }
}
