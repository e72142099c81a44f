/** `vanban serve [--port N]`: serve the GraphQL API and the playground on the configured Neo4j. */
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { createDriver, neo4jSettings } from '../db/connection';
import { createServer, defaultPort, type VanbanServer } from '../api/server';
import { newCommand, port, runCommand, withExamples } from './options';

export function banner(
  server: VanbanServer,
  documents?: number,
  onStop = 'Ctrl-C stops the server.',
): string {
  const loaded = documents === undefined ? '' : ` (${documents} documents)`;
  return [
    '',
    `  vanban-graph GraphQL API${loaded}`,
    `  Playground:  ${server.url}   ← open in a browser`,
    `  Explorer:    ${new URL('/explore', server.url).href}   ← a document's cascade, coverage and exports`,
    `  Endpoint:    POST ${server.url}`,
    `  Read-only. ${onStop}`,
    '',
  ].join('\n');
}

/**
 * Serves until SIGINT/SIGTERM, then closes the server. Signals that come while it closes (a second Ctrl-C, npm
 * passing one on, SIGHUP as a terminal goes) are held, so that the shutdown (and `start`'s stop of Neo4j) ends.
 */
export async function serveUntilStopped(
  driver: Driver,
  port: number,
  database?: string,
  documents?: number,
  onStop?: string,
) {
  const server = await createServer({ driver, port, database });
  process.stdout.write(`${banner(server, documents, onStop)}\n`);
  const hold = () => undefined;
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      for (const signal of signals) process.on(signal, hold);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stdout.write('stopping…\n');
  try {
    await server.close();
  } finally {
    for (const signal of signals) process.off(signal, hold);
  }
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
