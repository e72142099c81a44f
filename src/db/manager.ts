import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { boltAnswers, portFree } from './bolt';
import { envSettings, Neo4jSettings } from './connection';
import { ensureJars, JarFolders, tail } from './jars';
import { defaultHome, managedHome, pinnedVersions } from './project';
import {
  homePaths,
  isServerProcess,
  processGone,
  readPassword,
  readPid,
  readState,
  ServerState,
} from './state';
import { findJava } from './tools';

const HOST = '127.0.0.1';
const USER = 'neo4j';

/** Sized for the project's 2-core / 24 GB machine; override with VANBAN_NEO4J_HEAP / VANBAN_NEO4J_PAGECACHE. */
export const DEFAULTS = { boltPort: 7687, httpPort: 7474, heap: '2g', pagecache: '2g' } as const;

export interface ManagedNeo4jOptions {
  /** conf/, data/, logs/, run/ and the password file; default env VANBAN_NEO4J_HOME or .neo4j/ */
  home?: string;
  /** folder with the Maven-resolved lib/ and plugins/; default .neo4j/ (throwaway homes reuse the project's jars) */
  jarsDir?: string;
  /** default env VANBAN_NEO4J_BOLT_PORT or 7687 */
  boltPort?: number;
  /** default env VANBAN_NEO4J_HTTP_PORT or 7474 */
  httpPort?: number;
  /** JVM heap, e.g. "2g"; default env VANBAN_NEO4J_HEAP or 2g */
  heap?: string;
  /** page cache, e.g. "2g"; default env VANBAN_NEO4J_PAGECACHE or 2g */
  pagecache?: string;
  /** environment to read settings from and to pass to java/mvn; default process.env */
  env?: NodeJS.ProcessEnv;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** tune the JVM for a fast start instead of peak speed (throwaway test servers); default false */
  quickStart?: boolean;
  /** progress messages (resolution, waiting); default silent */
  log?: (message: string) => void;
}

interface Resolved {
  home: string;
  jarsDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pagecache: string;
  env: NodeJS.ProcessEnv;
  startTimeoutMs: number;
  stopTimeoutMs: number;
  quickStart: boolean;
  log: (message: string) => void;
}

function resolveOptions(options: ManagedNeo4jOptions): Resolved {
  const env = options.env ?? process.env;
  const home = path.resolve(options.home ?? managedHome(env));
  return {
    home,
    jarsDir: path.resolve(options.jarsDir ?? defaultHome()),
    boltPort: options.boltPort ?? port(env, 'VANBAN_NEO4J_BOLT_PORT', DEFAULTS.boltPort),
    httpPort: options.httpPort ?? port(env, 'VANBAN_NEO4J_HTTP_PORT', DEFAULTS.httpPort),
    heap: memory(options.heap ?? env.VANBAN_NEO4J_HEAP ?? DEFAULTS.heap, 'VANBAN_NEO4J_HEAP'),
    pagecache: memory(
      options.pagecache ?? env.VANBAN_NEO4J_PAGECACHE ?? DEFAULTS.pagecache,
      'VANBAN_NEO4J_PAGECACHE',
    ),
    env,
    startTimeoutMs: options.startTimeoutMs ?? 180_000,
    stopTimeoutMs: options.stopTimeoutMs ?? 60_000,
    quickStart: options.quickStart ?? false,
    log: options.log ?? (() => undefined),
  };
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535)
    throw new Error(`${name}=${raw} is not a port (1–65535)`);
  return value;
}

function memory(value: string, name: string): string {
  if (!/^[1-9][0-9]{0,6}[kmgKMG]?$/.test(value))
    throw new Error(`${name}=${value} is not a memory size such as 512m or 2g`);
  return value.toLowerCase();
}

export interface StartResult {
  settings: Neo4jSettings;
  pid: number;
  /** true when a server for this home was already up and nothing was started */
  alreadyRunning: boolean;
  /** from spawning the JVM until Bolt answered and the default database served a query */
  startMs?: number;
  versions: ServerVersions;
}

export interface ServerVersions {
  neo4j: string;
  apoc: string;
}

/**
 * Starts the managed Neo4j for `home` (or finds the one already serving it) and returns once Bolt answers,
 * the password is set and the default database runs queries. A stale PID file is cleaned up; a port held by
 * anything else is a clear error, as is a JVM that exits or stays silent (with the tail of its log).
 */
export async function startNeo4j(options: ManagedNeo4jOptions = {}): Promise<StartResult> {
  const o = resolveOptions(options);
  const files = homePaths(o.home);
  const running = await findRunning(o);
  if (running) return running;
  const stalePid = readPid(o.home);
  // A crashed server (kill -9) may still be closing its sockets: let it finish before checking the ports.
  if (stalePid) await until(() => processGone(stalePid), 10_000);
  removeRunFiles(o.home);

  const java = findJava(o.env);
  const jars = await ensureJars({ dir: o.jarsDir, env: o.env, log: o.log });
  await assertPortsFree(o);

  // Owner-only: the data and logs hold every loaded text and query; other local users have no business there.
  for (const dir of [files.conf, files.data, files.logs, files.run]) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dir, 0o700);
  }
  let password = readPassword(o.home);
  const freshPassword = password === undefined;
  if (password === undefined) {
    password = randomBytes(18).toString('base64url');
    fs.writeFileSync(files.passwordFile, `${password}\n`, { mode: 0o600 });
  }
  fs.writeFileSync(files.confFile, neo4jConf(o, jars));

  const started = Date.now();
  const consoleLog = fs.openSync(files.consoleLog, 'a');
  const child = spawn(java.bin, jvmArgs(o, jars), {
    cwd: o.home,
    env: o.env,
    detached: true,
    stdio: ['ignore', consoleLog, consoleLog],
  });
  fs.closeSync(consoleLog);
  let exitCode: number | string | null | undefined;
  child.on('exit', (code, signal) => (exitCode = code ?? signal));
  child.on('error', (error) => (exitCode = error.message));
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${java.bin}`);
  fs.writeFileSync(files.pidFile, `${pid}\n`);
  o.log(`Started Neo4j ${jars.versions.neo4j} (pid ${pid}); waiting for Bolt on ${HOST}:${o.boltPort} …`);

  try {
    const deadline = started + o.startTimeoutMs;
    while (!(await boltAnswers(HOST, o.boltPort, 1_000))) {
      if (exitCode !== undefined)
        throw new Error(`Neo4j exited during startup (${exitCode}).${logTail(o.home)}`);
      if (Date.now() > deadline) {
        throw new Error(
          `Neo4j did not answer on Bolt ${HOST}:${o.boltPort} within ${o.startTimeoutMs / 1000} s.${logTail(o.home)}`,
        );
      }
      await sleep(250);
    }
    o.log(`Bolt answered after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    const uri = `bolt://${HOST}:${o.boltPort}`;
    await setPassword(uri, password, freshPassword, o.home);
    const settings: Neo4jSettings = { uri, user: USER, password, managed: true };
    const versions = await waitForDatabase(settings, started + o.startTimeoutMs);
    const state: ServerState = {
      pid,
      boltPort: o.boltPort,
      httpPort: o.httpPort,
      uri,
      startedAt: new Date(started).toISOString(),
      versions: jars.versions,
    };
    fs.writeFileSync(files.stateFile, `${JSON.stringify(state, null, 2)}\n`);
    return { settings, pid, alreadyRunning: false, startMs: Date.now() - started, versions };
  } catch (error) {
    await killAndWait(pid, o.home, 10_000);
    removeRunFiles(o.home);
    throw error;
  }
}

/** The server already serving this home, if its PID is alive and Bolt answers (waits while it is starting). */
async function findRunning(o: Resolved): Promise<StartResult | undefined> {
  const pid = readPid(o.home);
  if (!pid || !isServerProcess(pid, o.home)) return undefined;
  const state = readState(o.home);
  const password = readPassword(o.home);
  if (!state || state.pid !== pid || password === undefined) {
    // Another `start` is still bringing this server up: give it the time a start gets, then report.
    const deadline = Date.now() + o.startTimeoutMs;
    while (Date.now() < deadline && isServerProcess(pid, o.home)) {
      const s = readState(o.home);
      if (s?.pid === pid) return findRunning(o);
      await sleep(500);
    }
    if (isServerProcess(pid, o.home)) {
      throw new Error(
        `Neo4j (pid ${pid}) for ${o.home} is alive but never finished starting.${logTail(o.home)}`,
      );
    }
    return undefined;
  }
  if (!(await boltAnswers(HOST, state.boltPort))) {
    throw new Error(
      `Neo4j (pid ${pid}) for ${o.home} is alive but Bolt does not answer on ${HOST}:${state.boltPort}; ` +
        `run \`vanban db stop\` and start again.${logTail(o.home)}`,
    );
  }
  const settings: Neo4jSettings = { uri: state.uri, user: USER, password, managed: true };
  const versions = await serverVersions(settings);
  return { settings, pid, alreadyRunning: true, versions };
}

async function assertPortsFree(o: Resolved): Promise<void> {
  for (const [name, port, env] of [
    ['Bolt', o.boltPort, 'VANBAN_NEO4J_BOLT_PORT'],
    ['HTTP', o.httpPort, 'VANBAN_NEO4J_HTTP_PORT'],
  ] as const) {
    // A server that was just killed may hold its ports for a moment longer: look again before blaming anyone.
    if (await until(async () => portFree(HOST, port), 3_000)) continue;
    const what = (await boltAnswers(HOST, port))
      ? 'another Neo4j (or Bolt server) not managed from ' + o.home
      : 'another process';
    throw new Error(
      `Cannot start Neo4j: ${name} port ${HOST}:${port} is taken by ${what}. ` +
        `Stop it, choose a free port with ${env}=<port>, or use that server via NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD.`,
    );
  }
}

function neo4jConf(o: Resolved, jars: JarFolders): string {
  const files = homePaths(o.home);
  return [
    '# Written by vanban (src/db/manager.ts) on every start: change the VANBAN_NEO4J_* env vars, not this file.',
    `server.default_listen_address=${HOST}`,
    `server.default_advertised_address=${HOST}`,
    `server.bolt.listen_address=${HOST}:${o.boltPort}`,
    `server.bolt.advertised_address=${HOST}:${o.boltPort}`,
    `server.http.listen_address=${HOST}:${o.httpPort}`,
    `server.http.advertised_address=${HOST}:${o.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.heap.initial_size=${o.heap}`,
    `server.memory.heap.max_size=${o.heap}`,
    `server.memory.pagecache.size=${o.pagecache}`,
    'dbms.security.procedures.unrestricted=apoc.*',
    'dbms.usage_report.enabled=false',
    `server.directories.lib=${jars.lib}`,
    `server.directories.plugins=${jars.plugins}`,
    `server.directories.data=${files.data}`,
    `server.directories.logs=${files.logs}`,
    `server.directories.run=${files.run}`,
    '',
  ].join('\n');
}

/** What Neo4j's own launcher would pass: heap (not read from neo4j.conf by the JVM), GC and module openings. */
function jvmArgs(o: Resolved, jars: JarFolders): string[] {
  return [
    `-Xms${o.heap}`,
    `-Xmx${o.heap}`,
    // C1 only and the serial collector halve the start of a small throwaway server (measured: 48–60 s → 23 s on
    // a busy 2-core machine) at the cost of peak query speed, which tests do not need.
    ...(o.quickStart ? ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'] : ['-XX:+UseG1GC']),
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    // APOC must be on the classpath too (as Neo4j's launcher does), else "apoc.Pools is not a known injectable component".
    `${jars.lib}/*${path.delimiter}${jars.plugins}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${o.home}`,
    `--config-dir=${homePaths(o.home).conf}`,
  ];
}

function isUnauthorized(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  return (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  );
}

/** A new database has neo4j/neo4j (expired): replace it with ours over Bolt, on database "system". */
async function setPassword(uri: string, password: string, fresh: boolean, home: string): Promise<void> {
  if (!fresh) {
    const driver = neo4j.driver(uri, neo4j.auth.basic(USER, password));
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
    } finally {
      await driver.close();
    }
  }
  const initial = neo4j.driver(uri, neo4j.auth.basic(USER, 'neo4j'));
  try {
    await initial.executeQuery(
      'ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
      { old: 'neo4j', new: password },
      {
        database: 'system',
      },
    );
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    throw new Error(
      `The data in ${homePaths(home).data} has a password other than the one in ${homePaths(home).passwordFile}. ` +
        'Restore that password file, or delete the data folder to start empty.',
    );
  } finally {
    await initial.close();
  }
}

/** Retries until the default database answers (it may still be starting after Bolt opens). */
async function waitForDatabase(settings: Neo4jSettings, deadline: number): Promise<ServerVersions> {
  while (true) {
    try {
      return await serverVersions(settings);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(250);
    }
  }
}

/** Neo4j and APOC versions as the server reports them ("missing" when APOC did not load). */
export async function serverVersions(settings: Neo4jSettings): Promise<ServerVersions> {
  const driver: Driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  try {
    const db = settings.database ? { database: settings.database } : {};
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version',
      {},
      db,
    );
    const neo4jVersion = String(
      records.find((r) => r.get('name') === 'Neo4j Kernel')?.get('version') ?? 'unknown',
    );
    let apoc = 'missing';
    try {
      const result = await driver.executeQuery('RETURN apoc.version() AS version', {}, db);
      apoc = String(result.records[0].get('version'));
    } catch (error) {
      if ((error as { code?: string }).code !== 'Neo.ClientError.Statement.SyntaxError') throw error;
    }
    return { neo4j: neo4jVersion, apoc };
  } finally {
    await driver.close();
  }
}

export interface StopResult {
  wasRunning: boolean;
  pid?: number;
  /** true when SIGTERM was not enough within stopTimeoutMs */
  killed?: boolean;
}

/** SIGTERM, wait for a clean shutdown, SIGKILL after stopTimeoutMs. Stopping a stopped server is fine. */
export async function stopNeo4j(options: ManagedNeo4jOptions = {}): Promise<StopResult> {
  const o = resolveOptions(options);
  const pid = readPid(o.home);
  if (!pid || !isServerProcess(pid, o.home)) {
    removeRunFiles(o.home);
    return { wasRunning: false };
  }
  o.log(`Stopping Neo4j (pid ${pid}) …`);
  const killed = await killAndWait(pid, o.home, o.stopTimeoutMs);
  removeRunFiles(o.home);
  return { wasRunning: true, pid, killed };
}

/** Returns true when SIGKILL was needed. */
async function killAndWait(pid: number, home: string, graceMs: number): Promise<boolean> {
  signal(pid, 'SIGTERM');
  if (await waitForExit(pid, home, graceMs)) return false;
  signal(pid, 'SIGKILL');
  if (!(await waitForExit(pid, home, 10_000))) throw new Error(`Neo4j (pid ${pid}) survived SIGKILL`);
  return true;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Waits until the server process has exited and released its ports; false on timeout. */
async function waitForExit(pid: number, home: string, timeoutMs: number): Promise<boolean> {
  if (!(await until(() => !isServerProcess(pid, home), timeoutMs))) return false;
  return until(() => processGone(pid), 10_000);
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

function removeRunFiles(home: string): void {
  const files = homePaths(home);
  fs.rmSync(files.pidFile, { force: true });
  fs.rmSync(files.stateFile, { force: true });
}

export interface Neo4jStatus {
  state: 'running' | 'starting' | 'stopped';
  managed: boolean;
  uri: string;
  pid?: number;
  home?: string;
  httpPort?: number;
  /** pinned versions for a managed server; reported by the server when it runs */
  versions?: Partial<ServerVersions>;
  /** a PID file whose process is gone (e.g. after kill -9); the next start cleans it up */
  stalePid?: number;
  /** why the server could not be queried although Bolt answers */
  error?: string;
}

/** Running or not, without changing anything. With NEO4J_URI set it reports that server instead. */
export async function neo4jStatus(options: ManagedNeo4jOptions = {}): Promise<Neo4jStatus> {
  const o = resolveOptions(options);
  const external = envSettings(o.env);
  if (external) {
    const url = new URL(external.uri);
    const up = await boltAnswers(url.hostname, Number(url.port || DEFAULTS.boltPort));
    const status: Neo4jStatus = { state: up ? 'running' : 'stopped', managed: false, uri: external.uri };
    if (up) await addServerVersions(status, external);
    return status;
  }
  const pid = readPid(o.home);
  const state = readState(o.home);
  const pinned = state?.versions ?? pinnedVersions();
  const stopped: Neo4jStatus = {
    state: 'stopped',
    managed: true,
    uri: `bolt://${HOST}:${o.boltPort}`,
    home: o.home,
    httpPort: o.httpPort,
    versions: pinned,
  };
  if (!pid) return stopped;
  if (!isServerProcess(pid, o.home)) return { ...stopped, stalePid: pid };
  if (!state || state.pid !== pid) return { ...stopped, state: 'starting', pid };
  const status: Neo4jStatus = {
    state: (await boltAnswers(HOST, state.boltPort)) ? 'running' : 'starting',
    managed: true,
    uri: state.uri,
    pid,
    home: o.home,
    httpPort: state.httpPort,
    versions: state.versions,
  };
  const password = readPassword(o.home);
  if (status.state === 'running' && password !== undefined) {
    await addServerVersions(status, { uri: state.uri, user: USER, password, managed: true });
  }
  return status;
}

async function addServerVersions(status: Neo4jStatus, settings: Neo4jSettings): Promise<void> {
  try {
    status.versions = await serverVersions(settings);
  } catch (error) {
    status.error = error instanceof Error ? error.message : String(error);
  }
}

/**
 * The Neo4j to use: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD when set (nothing is started), else the managed server,
 * started when needed. Used by `vanban start` and `vanban db start`.
 */
export async function ensureNeo4j(options: ManagedNeo4jOptions = {}): Promise<Neo4jSettings> {
  const external = envSettings(options.env ?? process.env);
  if (external) return external;
  return (await startNeo4j(options)).settings;
}

function logTail(home: string): string {
  const files = homePaths(home);
  const parts: string[] = [];
  for (const file of [files.consoleLog, files.neo4jLog]) {
    if (!fs.existsSync(file)) continue;
    const text = tail(fs.readFileSync(file, 'utf8').trimEnd(), 25);
    if (text) parts.push(`\n--- last lines of ${file} ---\n${text}`);
  }
  return parts.join('');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
