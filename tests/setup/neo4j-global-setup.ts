import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../src/db/bolt';
import { createDriver, envSettings, Neo4jSettings } from '../../src/db/connection';
import { startNeo4j, stopNeo4j } from '../../src/db/manager';
import { defaultHome } from '../../src/db/project';
import './context';

/**
 * Global setup of the `integration` project. Uses NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set; otherwise
 * starts a throwaway Neo4j (temporary home and data, free ports, the project's jars in .neo4j/) and stops it
 * afterwards. The settings reach tests through `inject('neo4j')` (see tests/setup/neo4j.ts) and, for code
 * that calls neo4jSettings(), through NEO4J_* env vars set here before the test workers start.
 * When no Neo4j can be had, setup does not throw (that would hide which tests depend on it): it provides the
 * error, and every test that asks for the database fails with it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (message: string) => process.stderr.write(`[neo4j] ${message}\n`);
  let settings: Neo4jSettings | undefined;
  let teardown = async () => undefined;
  try {
    const external = envSettings();
    if (external) {
      settings = external;
      await (await createDriver(settings)).close();
      log(`using NEO4J_URI ${settings.uri}`);
    } else {
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-neo4j-test-'));
      const options = {
        home,
        jarsDir: defaultHome(),
        boltPort: await freePort(),
        httpPort: await freePort(),
        heap: process.env.VANBAN_TEST_NEO4J_HEAP ?? '1g',
        pagecache: process.env.VANBAN_TEST_NEO4J_PAGECACHE ?? '512m',
        // C1-only JIT: starts twice as fast; VANBAN_TEST_NEO4J_QUICK=0 gives the full server JIT (e.g. to profile).
        quickStart: process.env.VANBAN_TEST_NEO4J_QUICK !== '0',
        log,
      };
      // Safety net: never leave a JVM behind if vitest exits without running the teardown.
      let pid: number | undefined;
      const killOnExit = () => pid && process.kill(pid, 'SIGKILL');
      process.once('exit', killOnExit);
      teardown = async () => {
        process.off('exit', killOnExit);
        await stopNeo4j(options);
        if (!process.env.VANBAN_KEEP_TEST_NEO4J) fs.rmSync(home, { recursive: true, force: true });
      };
      try {
        const started = await startNeo4j(options);
        pid = started.pid;
        settings = started.settings;
        log(
          `throwaway Neo4j ${started.versions.neo4j} on ${settings.uri} (pid ${pid}, ${started.startMs} ms, home ${home})`,
        );
      } catch (error) {
        await teardown();
        throw error;
      }
      process.env.NEO4J_URI = settings.uri;
      process.env.NEO4J_USER = settings.user;
      process.env.NEO4J_PASSWORD = settings.password;
    }
    project.provide('neo4j', settings);
    project.provide('neo4jError', null);
  } catch (error) {
    const message = `Integration tests need Neo4j and none could be had: ${error instanceof Error ? error.message : String(error)}`;
    log(message);
    project.provide('neo4j', null);
    project.provide('neo4jError', message);
  }
  return teardown;
}
