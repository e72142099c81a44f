import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const INSTALL_HINT =
  'Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven), ' +
  'or point NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD at an existing Neo4j 5.26 with APOC.';

export const MIN_JAVA_MAJOR = 17;

export interface JavaInfo {
  bin: string;
  major: number;
  version: string;
}

/** The java binary: VANBAN_JAVA, else $JAVA_HOME/bin/java, else `java` from PATH. */
export function javaCandidate(env: NodeJS.ProcessEnv = process.env): string {
  if (env.VANBAN_JAVA) return env.VANBAN_JAVA;
  if (env.JAVA_HOME) {
    const bin = path.join(env.JAVA_HOME, 'bin', 'java');
    if (fs.existsSync(bin)) return bin;
  }
  return 'java';
}

/** Finds Java 17+ or throws an error that says exactly what to install. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaInfo {
  const bin = javaCandidate(env);
  const result = spawnSync(bin, ['-version'], { env, encoding: 'utf8', timeout: 30_000 });
  if (result.error || result.status !== 0) {
    const reason = result.error
      ? ((result.error as NodeJS.ErrnoException).code ?? result.error.message)
      : `exit ${result.status}`;
    throw new Error(
      `Java ${MIN_JAVA_MAJOR}+ is required to run the managed Neo4j, but "${bin}" cannot run (${reason}). ${INSTALL_HINT}`,
    );
  }
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` (or "1.8.0_392") on stderr.
  const match = /version "(?<version>[^"]+)"/.exec(`${result.stderr}${result.stdout}`);
  const version = match?.groups?.version ?? 'unknown';
  const parts = version.split('.');
  const major = Number(parts[0] === '1' ? parts[1] : parts[0]);
  if (!Number.isFinite(major) || major < MIN_JAVA_MAJOR) {
    throw new Error(
      `Java ${MIN_JAVA_MAJOR}+ is required to run the managed Neo4j, found ${version} at "${bin}". ${INSTALL_HINT}`,
    );
  }
  return { bin, major, version };
}

/** The Maven binary (VANBAN_MVN or `mvn`), or an error that says what to install. */
export function findMaven(env: NodeJS.ProcessEnv = process.env): string {
  const bin = env.VANBAN_MVN || 'mvn';
  const result = spawnSync(bin, ['-v', '-B'], { env, encoding: 'utf8', timeout: 60_000 });
  if (result.error || result.status !== 0) {
    throw new Error(
      `Maven is required once to download the Neo4j jars into .neo4j/, but "${bin}" cannot run. ${INSTALL_HINT}`,
    );
  }
  return bin;
}
