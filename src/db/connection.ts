import neo4j, { Driver } from 'neo4j-driver';
import { managedHome } from './project';
import { isServerProcess, readPassword, readPid, readState } from './state';
import { disableNagle } from './nodelay';

/** How to reach Neo4j: from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or from the project-managed server. */
export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** true when the server is the one `vanban db start` manages in .neo4j/ */
  managed: boolean;
}

export const NO_NEO4J_MESSAGE =
  'No Neo4j is available: run `vanban db start` (or `vanban start`), or set NEO4J_URI, NEO4J_USER and ' +
  'NEO4J_PASSWORD to use an existing Neo4j 5.26 with APOC.';

/** Settings from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE, or undefined when NEO4J_URI is unset. */
export function envSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings | undefined {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return undefined;
  if (env.NEO4J_PASSWORD === undefined) {
    throw new Error(
      `NEO4J_URI is set to ${uri} but NEO4J_PASSWORD is not: set both (and NEO4J_USER, default neo4j).`,
    );
  }
  const database = env.NEO4J_DATABASE?.trim();
  return {
    uri,
    user: env.NEO4J_USER?.trim() || 'neo4j',
    password: env.NEO4J_PASSWORD,
    ...(database ? { database } : {}),
    managed: false,
  };
}

/** Settings of the managed server in `home` when it is running, else undefined. */
export function managedSettings(home: string = managedHome()): Neo4jSettings | undefined {
  const pid = readPid(home);
  const state = readState(home);
  const password = readPassword(home);
  if (!pid || !state || state.pid !== pid || password === undefined || !isServerProcess(pid, home))
    return undefined;
  return { uri: state.uri, user: 'neo4j', password, managed: true };
}

export interface SettingsOptions {
  env?: NodeJS.ProcessEnv;
  /** home of the managed server; default .neo4j/ */
  home?: string;
}

/** Env NEO4J_URI/USER/PASSWORD(/NEO4J_DATABASE) or the running managed server; throws a clear error if neither. */
export async function neo4jSettings(options: SettingsOptions = {}): Promise<Neo4jSettings> {
  const settings =
    envSettings(options.env ?? process.env) ??
    managedSettings(options.home ?? managedHome(options.env ?? process.env));
  if (!settings) throw new Error(NO_NEO4J_MESSAGE);
  return settings;
}

/** A driver for `settings` (default: neo4jSettings()) whose connectivity and credentials are verified. */
export async function createDriver(settings?: Neo4jSettings): Promise<Driver> {
  const s = settings ?? (await neo4jSettings());
  disableNagle();
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    userAgent: 'vanban-graph',
    connectionAcquisitionTimeout: 30_000,
  });
  try {
    await driver.verifyConnectivity(s.database ? { database: s.database } : undefined);
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to Neo4j at ${s.uri} as ${s.user}: ${reason}`, { cause: error });
  }
  return driver;
}
