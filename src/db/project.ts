import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this module whose package.json is vanban-graph's (src/ or dist/src/). */
export function projectRoot(): string {
  let dir = __dirname;
  while (true) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const name = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'vanban-graph') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the vanban-graph package.json above ${__dirname}`);
    dir = parent;
  }
}

/** neo4j/pom.xml pins the server and APOC versions; everything else reads them from there. */
export function pomPath(): string {
  return path.join(projectRoot(), 'neo4j', 'pom.xml');
}

export interface PinnedVersions {
  neo4j: string;
  apoc: string;
}

export function pinnedVersions(pom = pomPath()): PinnedVersions {
  const text = fs.readFileSync(pom, 'utf8');
  const property = (name: string): string => {
    const match = new RegExp(`<${name.replace('.', '\\.')}>(?<value>[^<]+)</`).exec(text);
    if (!match?.groups) throw new Error(`${pom} does not define <${name}>`);
    return match.groups.value.trim();
  };
  return { neo4j: property('neo4j.version'), apoc: property('apoc.version') };
}

/** Default home of the managed server: jars, config, data, logs, PID and password (git-ignored). */
export function defaultHome(): string {
  return path.join(projectRoot(), '.neo4j');
}

/**
 * Home of the managed server (conf, data, logs, run, password): VANBAN_NEO4J_HOME, else defaultHome(). The jars
 * stay in defaultHome(): a second home (the benchmarks' server driven through the CLI) reuses them.
 */
export function managedHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.VANBAN_NEO4J_HOME?.trim() || defaultHome();
}
