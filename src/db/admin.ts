/**
 * `neo4j-admin database import full` for the managed server (vanban ingest --bulk): Neo4j's own import tool, run
 * from the jars already resolved with the server (neo4j-import-tool and neo4j-command-line are on its classpath),
 * against the home's neo4j.conf (so it writes where the server reads). Community edition imports only into a
 * database that is offline: the caller stops the server first and starts it after.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolvedJars, tail } from './jars';
import { defaultHome, managedHome } from './project';
import { homePaths } from './state';
import { findJava } from './tools';

export interface AdminImportOptions {
  /** The managed server's home (conf/neo4j.conf written by its last start); default .neo4j/ */
  home?: string;
  /** Where lib/ and plugins/ were resolved; default .neo4j/ */
  jarsDir?: string;
  database?: string;
  /** --nodes=… and --relationships=… arguments. */
  files: string[];
  /** Files whose quoted fields span lines (what --multiline-fields format v2 would list; v1 is used, see below). */
  multiline: string[];
  /** The largest field in bytes (the read buffer must hold it). */
  maxField: number;
  /** import.report: what was skipped and why. */
  reportFile: string;
  env?: NodeJS.ProcessEnv;
  /** Each line the tool prints (its progress). */
  onOutput?: (line: string) => void;
}

/** The arguments after `neo4j-admin`: also printed for a server the project does not manage. */
export function importArguments(
  o: Omit<AdminImportOptions, 'home' | 'jarsDir' | 'env' | 'onOutput'>,
): string[] {
  const readBuffer = Math.max(4 << 20, 2 ** Math.ceil(Math.log2(o.maxField + 1024)));
  return [
    'database',
    'import',
    'full',
    // The database name first: after the variadic --nodes/--relationships it is read as one more file (since 5.19;
    // the manual's examples were changed for it: neo4j/docs-operations#1689).
    o.database ?? 'neo4j',
    // The database was checked to be empty (or --force was given): replace its files.
    '--overwrite-destination=true',
    '--id-type=string',
    '--array-delimiter=U+001F',
    // Texts and evidence hold line breaks. Format v2 (only the files listed are parsed as multiline) fails on this
    // corpus with "found CR outside a text cell" where a quoted text spans its 4 MB read buffers; v1 over every
    // file reads them right.
    '--multiline-fields=true',
    `--read-buffer-size=${readBuffer}`,
    // The writer produces no duplicates and no dangling ends: any bad entry is a bug, so the import stops at it.
    '--bad-tolerance=0',
    // The cause of a failure (not only "Error importing csv file") in the tail the error message quotes.
    '--verbose',
    // Default 90 % of the machine's memory: too greedy on a shared machine; a national corpus needs far less.
    '--max-off-heap-memory=25%',
    `--report-file=${o.reportFile}`,
    ...o.files,
  ];
}

/** Runs the import; throws with the tool's last lines when it fails. */
export async function adminImport(o: AdminImportOptions): Promise<void> {
  const env = o.env ?? process.env;
  const home = path.resolve(o.home ?? managedHome(env));
  const jarsDir = path.resolve(o.jarsDir ?? defaultHome());
  const jars = resolvedJars(jarsDir);
  if (!jars) throw new Error(`the Neo4j jars are not resolved in ${jarsDir}: run \`vanban db start\` once`);
  const conf = homePaths(home).conf;
  if (!fs.existsSync(path.join(conf, 'neo4j.conf')))
    throw new Error(`${conf}/neo4j.conf is missing: start the managed server once (\`vanban db start\`)`);
  const java = findJava(env);
  const args = [
    '-Xmx1g',
    '-Dfile.encoding=UTF-8',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    `${jars.lib}/*`,
    'org.neo4j.cli.AdminTool',
    ...importArguments(o),
  ];
  const output = await new Promise<{ code: number; text: string }>((resolve, reject) => {
    const child = spawn(java.bin, args, {
      env: { ...env, NEO4J_HOME: home, NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    let line = '';
    const take = (chunk: Buffer) => {
      const s = chunk.toString('utf8');
      // Only the tail is kept for the error message: the tool's progress over a long import is large.
      text = (text + s).slice(-64 * 1024);
      line += s;
      const lines = line.split('\n');
      line = lines.pop() ?? '';
      for (const l of lines) o.onOutput?.(l);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
  if (output.code !== 0)
    throw new Error(
      `neo4j-admin database import full failed (exit ${output.code}; report ${o.reportFile}):\n${tail(output.text, 25)}`,
    );
}

/**
 * After a failed import the store is unusable (the tool says so, and the server then fails to start the database
 * with "Transaction logs are missing"): its files go, so that the server starts on an empty database.
 */
export function dropDatabaseFiles(o: { home?: string; env?: NodeJS.ProcessEnv; database?: string }): void {
  const data = homePaths(path.resolve(o.home ?? managedHome(o.env ?? process.env))).data;
  const name = o.database ?? 'neo4j';
  for (const dir of [path.join(data, 'databases', name), path.join(data, 'transactions', name)])
    fs.rmSync(dir, { recursive: true, force: true });
}
