/**
 * The streaming pipeline without a database: the walk (failures per file, symlink loops, size limit, skipped
 * files), worker threads giving the same graphs as the main thread, content hashes and unchanged files, the
 * progress bar on a terminal and silence elsewhere, the run report.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, type Listed } from '../../src/pipeline/files';
import { Progress } from '../../src/pipeline/progress';
import { RunReport } from '../../src/pipeline/report';
import { extractStream } from '../../src/pipeline/stream';
import { contentHash, type FileResult } from '../../src/pipeline/work';

const SEED = path.resolve(__dirname, '../../seed');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-pipeline-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** 12 files (the seed's 5, copied under other names): more than the pool runs in the main thread. */
function corpus(): string {
  const dir = path.join(tmp, 'corpus');
  mkdirSync(dir, { recursive: true });
  const seed = readdirSync(SEED).filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < 12; i++)
    writeFileSync(
      path.join(dir, `f${String(i).padStart(2, '0')}.txt`),
      readFileSync(path.join(SEED, seed[i % 5])),
    );
  return dir;
}

describe('listFiles', () => {
  it('walks folders in name order, reports what it cannot read, and never loops on a symlink', async () => {
    const dir = path.join(tmp, 'walk');
    mkdirSync(path.join(dir, 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'b.txt'), 'b');
    writeFileSync(path.join(dir, 'a.md'), 'a');
    writeFileSync(path.join(dir, 'sub', 'big.txt'), 'x'.repeat(100));
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    writeFileSync(path.join(dir, '.hidden.txt'), 'h');
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
    symlinkSync(path.join(dir, 'gone'), path.join(dir, 'dangling.txt'));
    const skipped = { count: 0 };
    const items = await collect(listFiles([dir, path.join(tmp, 'missing')], { maxBytes: 50 }, skipped));
    const brief = (l: Listed) => (l.kind === 'file' ? l.name : `${l.name} ${l.failure.code}`);
    expect(items.map(brief)).toEqual([
      'a.md',
      'b.txt',
      'dangling.txt missing',
      'sub/big.txt',
      'sub/loop symlink-loop',
      `${path.join(tmp, 'missing')} missing`,
    ]);
    expect(skipped.count).toBe(1);
  });
});

describe('extractStream', () => {
  it('worker threads give the same graphs as the main thread, one result per file', async () => {
    const dir = corpus();
    const byName = (rs: FileResult[]) =>
      Object.fromEntries(rs.map((r) => [r.name, r.kind === 'extracted' ? r.graph : r.kind]));
    const inThread = await collect(extractStream([dir], { jobs: 0, maxBytes: 1e7, withText: false }));
    const inWorkers = await collect(
      extractStream([dir], { jobs: 2, maxBytes: 1e7, withText: false, mainThreadWhileLoading: false }),
    );
    expect(inWorkers).toHaveLength(12);
    // Every file was done by a worker thread (thread ids > 0), none in the main thread.
    expect(inWorkers.every((r) => r.thread > 0)).toBe(true);
    expect(inWorkers.every((r) => r.kind === 'extracted')).toBe(true);
    expect(byName(inWorkers)).toEqual(byName(inThread));
  }, 120_000);

  it('hashes the bytes, hands the text over on request, and skips a file whose hash is known', async () => {
    const file = path.join(SEED, '000_70c127e0a27932bb.txt');
    const hash = contentHash(readFileSync(file));
    const [first] = await collect(extractStream([file], { jobs: 0, maxBytes: 1e7, withText: true }));
    expect(first).toMatchObject({ kind: 'extracted', hash });
    expect(first.kind === 'extracted' && first.text?.length).toBeGreaterThan(2000);
    const [again] = await collect(
      extractStream([file], { jobs: 0, maxBytes: 1e7, withText: true, knownHash: () => hash }),
    );
    expect(again).toMatchObject({ kind: 'unchanged', hash });
  });
});

describe('progress and report', () => {
  const fake = (isTTY: boolean) => {
    const writes: string[] = [];
    const stream = {
      isTTY,
      columns: 160,
      on: () => stream,
      removeListener: () => stream,
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
      write: (s: string) => (writes.push(s), true),
    } as unknown as NodeJS.WriteStream;
    return { stream, writes };
  };

  it('draws a bar with files/s, MB/s, ETA and counts on a terminal, and stays silent otherwise', () => {
    const report = new RunReport('ingest', ['x']);
    const tty = fake(true);
    const bar = new Progress(report, tty.stream);
    bar.start(10);
    report.files = 4;
    report.bytes = 4e6;
    report.documents = 7;
    report.fail('a.txt', { code: 'binary', message: 'not text' });
    bar.tick();
    bar.stop();
    const drawn = tty.writes.join('');
    expect(drawn).toMatch(
      /4\/10 files \| \d+ files\/s [\d.]+ MB\/s \| ETA \S+ \| 7 documents 0 relations 0 warnings 1 failed/,
    );
    const pipe = fake(false);
    const quiet = new Progress(report, pipe.stream);
    quiet.start(10);
    quiet.tick();
    quiet.stop();
    expect(pipe.writes).toEqual([]);
  });

  it('lists failures for a person (capped) and all of them in the JSON report', () => {
    const report = new RunReport('extract', ['corpus']);
    for (let i = 0; i < 25; i++) report.fail(`f${i}.pdf`, { code: 'encrypted-pdf', message: 'encrypted' });
    const lines = report.problemLines(20, 'r.json');
    expect(lines[0]).toBe('25 files failed:');
    expect(lines).toHaveLength(22);
    expect(lines[21]).toBe('  … and 5 more (all in r.json)');
    const file = path.join(tmp, 'r.json');
    report.write(file);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(json.failures).toHaveLength(25);
    expect(json.failures[0]).toEqual({ file: 'f0.pdf', code: 'encrypted-pdf', message: 'encrypted' });
  });
});
