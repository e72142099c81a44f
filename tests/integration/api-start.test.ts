/**
 * `vanban start` end to end, as a child process: on an empty graph it loads seed/ and serves the API; Ctrl-C
 * (SIGTERM) stops it cleanly. NEO4J_URI makes it use the test Neo4j instead of starting one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testNeo4jSettings } from '../setup/neo4j';
import { graphTestDriver, resetGraph } from '../fixtures/graph/neo4j';

const ROOT = path.resolve(__dirname, '../..');
let driver: Driver;
let child: ChildProcess | undefined;
beforeAll(async () => {
  driver = await graphTestDriver();
  await resetGraph(driver);
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await driver?.close();
});

it('loads seed/ into an empty graph and serves it', async () => {
  const s = testNeo4jSettings();
  child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-e', "require('./src/cli/main').main(['start'])"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NEO4J_URI: s.uri,
        NEO4J_USER: s.user,
        NEO4J_PASSWORD: s.password,
        ...(s.database ? { NEO4J_DATABASE: s.database } : {}),
        VANBAN_PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk) => (err += String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner in 90 s:\n${out}\n${err}`)), 90_000);
    child!.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const m = /Playground:\s+(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child!.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}\n${err}`)));
  });
  expect(out).toMatch(/Empty graph: loading .*seed/);
  expect(out).toMatch(/^documents\s+40 /m);
  expect(out).toMatch(/vanban-graph GraphQL API \(40 documents\)/);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ whoImplements(symbol: "114-KL/TW") { implementations { document { symbol } } } }',
    }),
  });
  const body = (await response.json()) as {
    data: { whoImplements: { implementations: { document: { symbol: string } }[] } };
  };
  expect(body.data.whoImplements.implementations.map((i) => i.document.symbol).sort()).toEqual([
    '02/CT-UBND',
    '4193-CV/TU',
    '4611/UBND-NC',
    '813-CV/TU',
  ]);
  const exit = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  expect(await exit).toBe(0);
});
