import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/bolt';
import { createDriver, managedSettings, NO_NEO4J_MESSAGE, neo4jSettings } from '../../src/db/connection';
import { ensureNeo4j, ManagedNeo4jOptions, neo4jStatus, startNeo4j, stopNeo4j } from '../../src/db/manager';
import { defaultHome } from '../../src/db/project';
import { homePaths, isServerProcess } from '../../src/db/state';

// Real JVMs in throwaway homes on free ports; the project's resolved jars in .neo4j/ are reused.
const LONG = 300_000;
const homes: string[] = [];

/** Options for a throwaway home; env has no NEO4J_URI (the integration harness sets one for other tests). */
async function throwaway(): Promise<
  Required<Pick<ManagedNeo4jOptions, 'home' | 'boltPort' | 'httpPort'>> & ManagedNeo4jOptions
> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-manager-test-'));
  homes.push(home);
  const env = { ...process.env };
  delete env.NEO4J_URI;
  delete env.NEO4J_USER;
  delete env.NEO4J_PASSWORD;
  return {
    home,
    jarsDir: defaultHome(),
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '512m',
    pagecache: '128m',
    env,
    stopTimeoutMs: 30_000,
    quickStart: true,
  };
}

/** The PID of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

async function listenOn(port: number, answer?: Buffer): Promise<net.Server> {
  const server = net.createServer((socket) => (answer ? socket.end(answer) : socket.end()));
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port }, resolve));
  return server;
}

afterAll(async () => {
  for (const home of homes) {
    await stopNeo4j({ home, env: {} }).catch(() => undefined);
    fs.rmSync(home, { recursive: true, force: true });
  }
});

describe('managed Neo4j lifecycle (one server, several starts)', () => {
  let options: Awaited<ReturnType<typeof throwaway>>;

  beforeAll(async () => {
    options = await throwaway();
  });

  it(
    'starts, and a second start finds the running server (same pid) instead of starting another',
    async () => {
      const first = await startNeo4j(options);
      expect(first.alreadyRunning).toBe(false);
      expect(first.settings).toMatchObject({
        uri: `bolt://127.0.0.1:${options.boltPort}`,
        user: 'neo4j',
        managed: true,
      });
      expect(first.versions.neo4j).toMatch(/^5\.26\./);
      expect(first.versions.apoc).toMatch(/^5\.26\./);
      expect(isServerProcess(first.pid, options.home)).toBe(true);

      const second = await startNeo4j(options);
      expect(second.alreadyRunning).toBe(true);
      expect(second.pid).toBe(first.pid);
      expect(second.settings).toEqual(first.settings);
    },
    LONG,
  );

  it('keeps the generated password private and authentication on', async () => {
    const { passwordFile } = homePaths(options.home);
    expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
    const settings = managedSettings(options.home)!;
    const driver = await createDriver(settings);
    await driver.close();
    await expect(createDriver({ ...settings, password: 'wrong-password' })).rejects.toThrow(
      /Cannot connect to Neo4j/,
    );
  });

  it('reports status running with pid, Bolt URI and the versions the server reports', async () => {
    const status = await neo4jStatus(options);
    expect(status).toMatchObject({
      state: 'running',
      managed: true,
      uri: `bolt://127.0.0.1:${options.boltPort}`,
    });
    expect(status.pid).toBe(Number(fs.readFileSync(homePaths(options.home).pidFile, 'utf8')));
    expect(status.versions?.neo4j).toMatch(/^5\.26\./);
    expect(status.versions?.apoc).toMatch(/^5\.26\./);
    expect((await neo4jSettings({ env: {}, home: options.home })).uri).toBe(status.uri);
  });

  it('refuses a second home on ports held by this server, naming the port and how to change it', async () => {
    const other = await throwaway();
    await expect(startNeo4j({ ...other, boltPort: options.boltPort })).rejects.toThrow(
      new RegExp(
        `Bolt port 127\\.0\\.0\\.1:${options.boltPort} is taken by another Neo4j.*VANBAN_NEO4J_BOLT_PORT`,
      ),
    );
    expect(fs.existsSync(homePaths(other.home).pidFile)).toBe(false);
  });

  it(
    'after kill -9 status says stopped (stale PID) and start works again',
    async () => {
      const before = await neo4jStatus(options);
      process.kill(before.pid!, 'SIGKILL');
      await expect.poll(() => isServerProcess(before.pid!, options.home), { timeout: 10_000 }).toBe(false);
      const status = await neo4jStatus(options);
      expect(status.state).toBe('stopped');
      expect(status.stalePid).toBe(before.pid);
      await expect(neo4jSettings({ env: {}, home: options.home })).rejects.toThrow(NO_NEO4J_MESSAGE);

      const again = await startNeo4j(options);
      expect(again.alreadyRunning).toBe(false);
      expect(again.pid).not.toBe(before.pid);
      // Data and password survive the crash: the same credentials still work.
      await (await createDriver(again.settings)).close();
    },
    LONG,
  );

  it(
    'stops cleanly, and stopping a stopped server is harmless',
    async () => {
      const { pid } = await neo4jStatus(options);
      const stopped = await stopNeo4j(options);
      expect(stopped).toMatchObject({ wasRunning: true, pid, killed: false });
      expect(isServerProcess(pid!, options.home)).toBe(false);
      expect(fs.existsSync(homePaths(options.home).pidFile)).toBe(false);
      expect((await neo4jStatus(options)).state).toBe('stopped');
      expect(await stopNeo4j(options)).toEqual({ wasRunning: false });
    },
    LONG,
  );

  it(
    'starts over a stale PID file naming a dead process',
    async () => {
      const { pidFile } = homePaths(options.home);
      const pid = deadPid();
      fs.mkdirSync(path.dirname(pidFile), { recursive: true });
      fs.writeFileSync(pidFile, `${pid}\n`);
      expect(await neo4jStatus(options)).toMatchObject({ state: 'stopped', stalePid: pid });

      const started = await startNeo4j(options);
      expect(started.alreadyRunning).toBe(false);
      expect(started.pid).not.toBe(pid);
      expect(Number(fs.readFileSync(pidFile, 'utf8'))).toBe(started.pid);
      await stopNeo4j(options);
    },
    LONG,
  );
});

describe('managed Neo4j errors and the NEO4J_URI override (nothing is started)', () => {
  it('names a port taken by a process that is not Neo4j', async () => {
    const options = await throwaway();
    const squatter = await listenOn(options.httpPort);
    try {
      await expect(startNeo4j(options)).rejects.toThrow(
        new RegExp(
          `HTTP port 127\\.0\\.0\\.1:${options.httpPort} is taken by another process.*VANBAN_NEO4J_HTTP_PORT`,
        ),
      );
    } finally {
      squatter.close();
    }
  });

  it('says exactly what to install when java is missing (VANBAN_JAVA or PATH without java)', async () => {
    const options = await throwaway();
    const install = /Java 17\+ is required.*apt-get install openjdk-17-jre-headless maven.*NEO4J_URI/;
    await expect(
      startNeo4j({ ...options, env: { ...options.env, VANBAN_JAVA: '/nonexistent/bin/java' } }),
    ).rejects.toThrow(install);
    const noJavaEnv = {
      PATH: fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-empty-path-')),
      HOME: os.homedir(),
    };
    homes.push(noJavaEnv.PATH);
    await expect(startNeo4j({ ...options, env: noJavaEnv })).rejects.toThrow(install);
    expect(fs.existsSync(homePaths(options.home).pidFile)).toBe(false);
  });

  it('rejects a Java older than 17 with the same advice', async () => {
    const options = await throwaway();
    const fakeJava = path.join(options.home, 'java');
    fs.writeFileSync(fakeJava, '#!/bin/sh\necho \'openjdk version "11.0.2" 2019-01-15\' >&2\n', {
      mode: 0o755,
    });
    await expect(startNeo4j({ ...options, env: { ...options.env, VANBAN_JAVA: fakeJava } })).rejects.toThrow(
      /Java 17\+ is required.*found 11\.0\.2.*apt-get install openjdk-17-jre-headless/,
    );
  });

  it('with NEO4J_URI set, uses that server and starts nothing', async () => {
    const options = await throwaway();
    const env = { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USER: 'analyst', NEO4J_PASSWORD: 'secret' };
    const settings = await ensureNeo4j({ ...options, env });
    expect(settings).toEqual({
      uri: 'bolt://127.0.0.1:1',
      user: 'analyst',
      password: 'secret',
      managed: false,
    });
    expect(fs.readdirSync(options.home)).toEqual([]);
    const status = await neo4jStatus({ ...options, env });
    expect(status).toMatchObject({ state: 'stopped', managed: false, uri: 'bolt://127.0.0.1:1' });
    await expect(neo4jSettings({ env: { NEO4J_URI: 'bolt://x:7687' } })).rejects.toThrow(
      /NEO4J_PASSWORD is not/,
    );
  });

  it('without NEO4J_URI and without a running server, neo4jSettings() says how to get one', async () => {
    const options = await throwaway();
    await expect(neo4jSettings({ env: {}, home: options.home })).rejects.toThrow(NO_NEO4J_MESSAGE);
  });
});
