/**
 * `vanban` command dispatcher. Each command lives in its own module under src/cli/ and exports
 * `run(args): Promise<number>` (the exit code), parsing its own arguments with commander (./options.ts).
 * Modules load lazily so `vanban extract` never pulls in the GraphQL stack.
 */
import { exitQuietlyOnClosedStdout } from '../pipeline/output';

interface CommandModule {
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  start: { summary: 'start Neo4j, load seed/ on first start, serve the API', load: () => import('./start') },
  extract: {
    summary: 'extract documents and citations from files or folders (no database)',
    load: () => import('./extract'),
  },
  ingest: {
    summary: 'extract and load files or folders into Neo4j (incremental)',
    load: () => import('./ingest'),
  },
  serve: { summary: 'serve the GraphQL API and playground', load: () => import('./serve') },
  db: { summary: 'start | stop | status | resolve the project-managed Neo4j', load: () => import('./db') },
  generate: {
    summary: 'write a synthetic national corpus with its ground truth',
    load: () => import('./generate'),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return [
    'Usage: vanban <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Every command takes --help, with examples:',
    '  vanban ingest --help',
    '',
    'Examples:',
    '  vanban start                          # Neo4j + seed/ + the API on http://localhost:4000/graphql',
    '  vanban extract seed/ --json > graph.json',
    '  vanban ingest corpus/ --report ingest-report.json',
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedStdout();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    // `vanban help <command>` is `vanban <command> --help`.
    if (name === 'help' && rest[0] && COMMANDS[rest[0]]) return main([rest[0], '--help']);
    (name ? process.stdout : process.stderr).write(usage());
    process.exitCode = name ? 0 : 2;
    return;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`vanban: unknown command "${name}"\n\n${usage()}`);
    process.exitCode = 2;
    return;
  }
  try {
    process.exitCode = await (await command.load()).run(rest);
  } catch (error) {
    process.stderr.write(`vanban ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.VANBAN_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
}
