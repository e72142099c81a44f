import { Argument } from 'commander';
import { envSettings } from '../db/connection';
import { ensureJars } from '../db/jars';
import { neo4jStatus, startNeo4j, stopNeo4j } from '../db/manager';
import { defaultHome } from '../db/project';
import { newCommand, runCommand, withExamples } from './options';

export function command() {
  const c = newCommand(
    'db',
    'Run the project-managed Neo4j (jars, config, data, logs and password in .neo4j/, owner-only; Bolt on ' +
      '127.0.0.1).\n' +
      '  start    resolve the jars with Maven when needed, start the server, wait until Bolt answers\n' +
      '  stop     stop it (SIGTERM, SIGKILL after a timeout)\n' +
      '  status   running/stopped, pid, Bolt URI, versions (exit code 3 when stopped)\n' +
      '  resolve  only resolve the pinned jars into .neo4j/lib and .neo4j/plugins (CI does this up front)\n\n' +
      'Environment: VANBAN_NEO4J_BOLT_PORT (7687), VANBAN_NEO4J_HTTP_PORT (7474), VANBAN_NEO4J_HEAP (2g), ' +
      'VANBAN_NEO4J_PAGECACHE (2g), VANBAN_JAVA, VANBAN_MVN. With NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD set, nothing ' +
      'is managed: that server is used and reported.',
  )
    .addArgument(new Argument('<action>', 'what to do').choices(['start', 'stop', 'status', 'resolve']))
    .option('--json', 'print the result as JSON');
  return withExamples(c, ['vanban db start', 'vanban db status --json', 'vanban db stop']);
}

const progress = (message: string) => process.stderr.write(`${message}\n`);

export async function run(args: string[]): Promise<number> {
  const c = command();
  return runCommand(c, args, () =>
    act(c.processedArgs[0] as string, Boolean(c.opts<{ json?: boolean }>().json)),
  );
}

async function act(action: string, json: boolean): Promise<number> {
  const print = (text: string, value: unknown) =>
    process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);

  switch (action) {
    case 'start': {
      const external = envSettings();
      if (external) {
        print(`NEO4J_URI is set: using ${external.uri} as ${external.user}; nothing started.`, {
          ...external,
          password: undefined,
        });
        return 0;
      }
      const result = await startNeo4j({ log: progress });
      const what = result.alreadyRunning
        ? 'already running'
        : `started in ${((result.startMs ?? 0) / 1000).toFixed(1)} s`;
      print(
        `Neo4j ${result.versions.neo4j} (APOC ${result.versions.apoc}) ${what}: ${result.settings.uri} ` +
          `(pid ${result.pid}; user neo4j, password in .neo4j/password)`,
        { ...result, settings: { ...result.settings, password: undefined } },
      );
      return 0;
    }
    case 'stop': {
      if (envSettings()) {
        print('NEO4J_URI is set: that server is not managed by vanban; nothing to stop.', {
          wasRunning: false,
        });
        return 0;
      }
      const result = await stopNeo4j({ log: progress });
      print(
        result.wasRunning
          ? `Neo4j stopped (pid ${result.pid}${result.killed ? ', killed after the stop timeout' : ''}).`
          : 'Neo4j is not running.',
        result,
      );
      return 0;
    }
    case 'status': {
      const status = await neo4jStatus();
      const lines = [
        `Neo4j:   ${status.state}${status.managed ? '' : ' (external, from NEO4J_URI; not managed by vanban)'}`,
        `Bolt:    ${status.uri}`,
      ];
      if (status.pid) lines.push(`PID:     ${status.pid}`);
      if (status.stalePid)
        lines.push(`Stale:   PID file names ${status.stalePid}, which is gone; start cleans it up`);
      if (status.versions)
        lines.push(`Version: Neo4j ${status.versions.neo4j ?? '?'}, APOC ${status.versions.apoc ?? '?'}`);
      if (status.home) lines.push(`Home:    ${status.home}`);
      if (status.error) lines.push(`Error:   ${status.error}`);
      print(lines.join('\n'), status);
      return status.state === 'running' ? 0 : 3;
    }
    case 'resolve': {
      const jars = await ensureJars({ dir: defaultHome(), log: progress });
      print(
        `Neo4j ${jars.versions.neo4j} jars in ${jars.lib}, APOC ${jars.versions.apoc} in ${jars.plugins}`,
        jars,
      );
      return 0;
    }
    default:
      // unreachable: commander checked the choices
      return 2;
  }
}
