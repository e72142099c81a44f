import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { boltAnswers, freePort, portFree } from '../../src/db/bolt';
import { ensureJars, resolvedJars } from '../../src/db/jars';
import { defaultHome, pinnedVersions } from '../../src/db/project';
import { findJava } from '../../src/db/tools';
import { testNeo4jSettings } from '../setup/neo4j';

// Building blocks of the manager, against real sockets, processes and the project's resolved jars.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-db-tools-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

async function tcpServer(onConnection: (socket: net.Socket) => void): Promise<[net.Server, number]> {
  const server = net.createServer(onConnection);
  await new Promise<void>((resolve) => server.listen({ host: '127.0.0.1', port: 0 }, resolve));
  return [server, (server.address() as net.AddressInfo).port];
}

function fakeJava(version: string): string {
  const file = path.join(scratch, `java-${version}`);
  fs.writeFileSync(file, `#!/bin/sh\necho 'openjdk version "${version}" 2024-01-16' >&2\n`, { mode: 0o755 });
  return file;
}

describe('Bolt probe and ports', () => {
  it('recognises the integration Neo4j as Bolt and a plain TCP server as not Bolt', async () => {
    const url = new URL(testNeo4jSettings().uri);
    expect(await boltAnswers(url.hostname, Number(url.port))).toBe(true);
    const [silent, port] = await tcpServer((socket) => socket.on('data', () => undefined));
    try {
      expect(await boltAnswers('127.0.0.1', port, 500)).toBe(false);
    } finally {
      silent.close();
    }
    expect(await boltAnswers('127.0.0.1', await freePort(), 500)).toBe(false);
  });

  it('portFree is false while something listens and true after it closes', async () => {
    const [server, port] = await tcpServer((socket) => socket.end());
    expect(await portFree('127.0.0.1', port)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await portFree('127.0.0.1', port)).toBe(true);
  });

  it('freePort picks a bindable port below the kernel ephemeral range', async () => {
    const [start] = fs
      .readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    const port = await freePort();
    expect(port).toBeLessThan(start);
    expect(await portFree('127.0.0.1', port)).toBe(true);
  });
});

describe('java and Maven checks', () => {
  it('accepts Java 17 and 21, rejects 1.8 and 11 with install advice', () => {
    expect(findJava({ VANBAN_JAVA: fakeJava('17.0.15') }).major).toBe(17);
    expect(findJava({ VANBAN_JAVA: fakeJava('21.0.2') }).major).toBe(21);
    for (const old of ['1.8.0_392', '11.0.22']) {
      expect(() => findJava({ VANBAN_JAVA: fakeJava(old) })).toThrow(
        new RegExp(`found ${old.replace(/\./g, '\\.')}.*apt-get install openjdk-17-jre-headless maven`),
      );
    }
  });

  it('finds java through JAVA_HOME when PATH has none', () => {
    const javaHome = path.join(scratch, 'jdk');
    fs.mkdirSync(path.join(javaHome, 'bin'), { recursive: true });
    fs.copyFileSync(fakeJava('21.0.1'), path.join(javaHome, 'bin', 'java'));
    expect(findJava({ PATH: scratch, JAVA_HOME: javaHome })).toMatchObject({ major: 21 });
  });

  it('reuses resolved jars without Maven, and says what to install when Maven is needed but missing', async () => {
    const project = resolvedJars(defaultHome());
    expect(project?.versions).toEqual(pinnedVersions());
    expect(fs.readdirSync(project!.plugins).some((jar) => jar.startsWith('apoc-core-'))).toBe(true);
    expect(fs.readdirSync(project!.lib).some((jar) => jar.startsWith('apoc-'))).toBe(false);
    // Already resolved: no Maven call even with a broken mvn.
    await expect(
      ensureJars({ dir: defaultHome(), env: { VANBAN_MVN: '/nonexistent/mvn' } }),
    ).resolves.toEqual(project);

    const empty = path.join(scratch, 'no-jars');
    await expect(ensureJars({ dir: empty, env: { VANBAN_MVN: '/nonexistent/mvn' } })).rejects.toThrow(
      /Maven is required.*apt-get install openjdk-17-jre-headless maven/,
    );
    expect(fs.existsSync(path.join(empty, 'lib'))).toBe(false);
  });
});
