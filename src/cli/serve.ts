/** `vanban serve [--port N]`: serve the GraphQL API and the playground on the configured Neo4j. */
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { createDriver, neo4jSettings } from '../db/connection';
import { createServer, defaultPort, type VanbanServer } from '../api/server';
import { newCommand, port, runCommand, withExamples } from './options';

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

/** The commander command of `serve` and `start`: --port, --help with examples. */
export function serveCommand(name: 'serve' | 'start'): Command {
  const description =
    name === 'serve'
      ? 'Serve the GraphQL API, its playground and the explorer on the configured Neo4j (NEO4J_URI, or the ' +
        'managed server of `vanban db start`), on 127.0.0.1 unless VANBAN_HOST says otherwise.'
      : 'Start the project-managed Neo4j (or use NEO4J_URI), create the schema, load seed/ into an empty graph, ' +
        'and serve the API. Ctrl-C stops the API and the Neo4j this command started.';
  const c = newCommand(name, description).option(
    '-p, --port <port>',
    'port of the API (env VANBAN_PORT or PORT; default 4000)',
    port,
  );
  return withExamples(
    c,
    name === 'serve'
      ? [
          'vanban serve',
          'vanban serve --port 5000',
          'VANBAN_HOST=0.0.0.0 vanban serve   # expose it on the network',
        ]
      : [
          'vanban start',
          'vanban start --port 5000',
          'npm start                # builds, then runs vanban start',
        ],
  );
}

/** Parses `serve`/`start` arguments, then runs `action` with the port. */
export async function withPort(
  name: 'serve' | 'start',
  args: string[],
  action: (port: number) => Promise<number>,
): Promise<number> {
  const c = serveCommand(name);
  return runCommand(c, args, () => action(c.opts<{ port?: number }>().port ?? defaultPort()));
}

export async function run(args: string[]): Promise<number> {
  return withPort('serve', args, serve);
}

async function serve(port: number): Promise<number> {
  const settings = await neo4jSettings();
  const driver = await createDriver(settings);
  try {
    await serveUntilStopped(driver, port, settings.database);
    return 0;
  } finally {
    await driver.close();
  }
}
