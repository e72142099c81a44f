/**
 * `vanban` command dispatcher. Each command lives in its own module under src/cli/ and exports
 * `run(args): Promise<number>` (the exit code). Modules load lazily so `vanban extract` never pulls in
 * the GraphQL stack.
 */
interface CommandModule {
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  db: { summary: 'start | stop | status the project-managed Neo4j', load: () => import('./db') },
  extract: {
    summary: 'extract documents and citations from files or folders',
    load: () => import('./extract'),
  },
  ingest: { summary: 'extract and load files or folders into Neo4j', load: () => import('./ingest') },
  serve: { summary: 'serve the GraphQL API and playground', load: () => import('./serve') },
  start: { summary: 'start Neo4j, load seed/ on first start, serve the API', load: () => import('./start') },
  generate: {
    summary: 'write a synthetic national corpus with its ground truth',
    load: () => import('./generate'),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `Usage: vanban <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    process.exitCode = name ? 0 : 1;
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
