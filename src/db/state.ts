import * as fs from 'node:fs';
import * as path from 'node:path';
import { PinnedVersions } from './project';

/** Files of one managed server home (the project's .neo4j/ or a throwaway test home). */
export function homePaths(home: string) {
  return {
    home,
    conf: path.join(home, 'conf'),
    confFile: path.join(home, 'conf', 'neo4j.conf'),
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    consoleLog: path.join(home, 'logs', 'console.log'),
    neo4jLog: path.join(home, 'logs', 'neo4j.log'),
    run: path.join(home, 'run'),
    pidFile: path.join(home, 'run', 'vanban-neo4j.pid'),
    stateFile: path.join(home, 'run', 'vanban-state.json'),
    passwordFile: path.join(home, 'password'),
  };
}

/** What a running managed server looks like, written once Bolt answers. */
export interface ServerState {
  pid: number;
  boltPort: number;
  httpPort: number;
  uri: string;
  startedAt: string;
  versions: PinnedVersions;
}

export function readPid(home: string): number | undefined {
  const file = homePaths(home).pidFile;
  if (!fs.existsSync(file)) return undefined;
  const pid = Number(fs.readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function readState(home: string): ServerState | undefined {
  const file = homePaths(home).stateFile;
  if (!fs.existsSync(file)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as ServerState;
  } catch {
    return undefined; // a torn write counts as no state; start rewrites it
  }
}

export function readPassword(home: string): string | undefined {
  const file = homePaths(home).passwordFile;
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined;
}

/**
 * True when `pid` is alive and is the JVM serving `home` (guards against a reused PID after a crash).
 * Without /proc (not Linux) a live PID is trusted.
 */
export function isServerProcess(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!fs.existsSync('/proc/self/cmdline')) return true;
  try {
    const args = fs.readFileSync(cmdline, 'utf8').split('\0');
    return args.includes(`--home-dir=${path.resolve(home)}`);
  } catch {
    return false;
  }
}

/**
 * True once `pid` has released its resources: no such process, or a zombie whose threads have all exited.
 * A process killed with -9 loses its /proc cmdline before its sockets close, and its main thread turns zombie
 * while other threads still hold the file table, so neither means "its ports are free" yet.
 */
export function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
  try {
    // /proc/<pid>/stat: "pid (comm) S ..."; comm may contain spaces, so read the state after the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const zombie = stat.charAt(stat.lastIndexOf(')') + 2) === 'Z';
    return zombie && fs.readdirSync(`/proc/${pid}/task`).length <= 1;
  } catch {
    return true;
  }
}
