import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pinnedVersions, pomPath, PinnedVersions } from './project';
import { findMaven } from './tools';

/** Jars of one resolution: the server classpath and the plugins folder (APOC and its own dependencies). */
export interface JarFolders {
  lib: string;
  plugins: string;
  versions: PinnedVersions;
}

const STAMP = 'jars.json';

interface Stamp {
  pomSha256: string;
  versions: PinnedVersions;
}

function pomDigest(pom: string): string {
  return createHash('sha256').update(fs.readFileSync(pom)).digest('hex');
}

function hasJars(dir: string): boolean {
  return fs.existsSync(dir) && fs.readdirSync(dir).some((name) => name.endsWith('.jar'));
}

/** The resolved jars in `dir` when they match the pinned pom, else undefined. */
export function resolvedJars(dir: string, pom = pomPath()): JarFolders | undefined {
  const stampFile = path.join(dir, STAMP);
  if (!fs.existsSync(stampFile)) return undefined;
  const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Stamp;
  const lib = path.join(dir, 'lib');
  const plugins = path.join(dir, 'plugins');
  if (stamp.pomSha256 !== pomDigest(pom) || !hasJars(lib) || !hasJars(plugins)) return undefined;
  return { lib, plugins, versions: stamp.versions };
}

export interface EnsureJarsOptions {
  /** Folder that receives lib/, plugins/ and the stamp; default .neo4j */
  dir: string;
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
}

/**
 * Resolves Neo4j and APOC from Maven Central into `dir` unless the pinned versions are already there.
 * Maven writes into a private staging folder that is renamed into place, so an interrupted or concurrent
 * resolution never leaves a half-filled lib/ behind.
 */
export async function ensureJars(options: EnsureJarsOptions): Promise<JarFolders> {
  const pom = pomPath();
  const existing = resolvedJars(options.dir, pom);
  if (existing) return existing;
  fs.mkdirSync(options.dir, { recursive: true });
  const release = await lock(path.join(options.dir, '.resolve.lock'), options.log);
  try {
    return resolvedJars(options.dir, pom) ?? (await resolveWithMaven(options, pom));
  } finally {
    release();
  }
}

async function resolveWithMaven(options: EnsureJarsOptions, pom: string): Promise<JarFolders> {
  const env = options.env ?? process.env;
  const mvn = findMaven(env);
  const versions = pinnedVersions(pom);
  const log = options.log ?? (() => undefined);
  const staging = fs.mkdtempSync(path.join(options.dir, '.resolve-'));
  const started = Date.now();
  log(`Resolving Neo4j ${versions.neo4j} and APOC ${versions.apoc} with Maven into ${options.dir} …`);
  try {
    const args = [
      '-B',
      '-q',
      '-Dstyle.color=never',
      '-f',
      pom,
      'dependency:copy-dependencies@lib',
      'dependency:copy-dependencies@plugins',
      `-Dvanban.out=${staging}`,
    ];
    const output = await runCapturing(mvn, args, env);
    if (output.code !== 0) {
      throw new Error(
        `Maven could not resolve the Neo4j jars (exit ${output.code}):\n${tail(output.text, 30)}`,
      );
    }
    for (const sub of ['lib', 'plugins']) {
      const target = path.join(options.dir, sub);
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(path.join(staging, sub), target);
    }
    const stamp: Stamp = { pomSha256: pomDigest(pom), versions };
    fs.writeFileSync(path.join(options.dir, STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  log(`Resolved the jars in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const resolved = resolvedJars(options.dir, pom);
  if (!resolved) throw new Error(`Maven finished but ${options.dir} holds no complete lib/ and plugins/`);
  return resolved;
}

const LOCK_STALE_MS = 20 * 60_000;

/** A lock folder (mkdir is atomic) so that two processes never resolve into the same folder at once. */
async function lock(dir: string, log?: (message: string) => void): Promise<() => void> {
  let announced = false;
  while (true) {
    try {
      fs.mkdirSync(dir);
      return () => fs.rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const stat = fs.statSync(dir, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs > LOCK_STALE_MS) fs.rmSync(dir, { recursive: true, force: true });
      if (!announced) log?.(`Waiting for another process that is resolving the Neo4j jars (${dir}) …`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function runCapturing(
  bin: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}

export function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n');
}
