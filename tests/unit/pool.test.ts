/**
 * The worker pool's batches (src/pipeline/pool.ts): files go to a worker several to a message, and a worker that
 * dies on a batch fails only the file that killed it; the others of the batch are tried again one at a time.
 * Runs a stand-in worker (./pool-crash-worker.ts) so that a crash is certain and cheap.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../src/pipeline/pool';
import type { FileResult } from '../../src/pipeline/work';

const WORKER = path.join(__dirname, 'pool-crash-worker.ts');
const task = (name: string) => ({ path: `/nowhere/${name}`, name, maxBytes: 1e6, withText: false });

describe('ExtractionPool', () => {
  it('sends files in batches, and a worker dying on a batch fails only the file that killed it', async () => {
    const pool = new ExtractionPool(1, false, WORKER);
    try {
      const names = ['a.txt', 'b.txt', 'crash.txt', 'c.txt', 'd.txt', 'e.txt'];
      const results = (await Promise.all(names.map((n) => pool.run(task(n))))).map(([r]) => r);
      const byName = new Map(results.map((r): [string, FileResult] => [r.name, r]));
      expect([...byName.keys()].sort()).toEqual([...names].sort());
      const crashed = byName.get('crash.txt')!;
      expect(crashed.kind === 'failed' && crashed.failure.code).toBe('worker-crashed');
      for (const n of names.filter((x) => x !== 'crash.txt')) {
        const r = byName.get(n)!;
        // Answered by a (replacement) worker thread, not failed with the crash.
        expect(r.kind === 'failed' && r.failure.code).toBe('unreadable');
        expect(r.thread).toBeGreaterThan(0);
      }
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('hands a burst of files to a worker several at a time', async () => {
    const pool = new ExtractionPool(1, false, WORKER);
    try {
      const names = Array.from({ length: 20 }, (_, i) => `f${i}.txt`);
      const results = (await Promise.all(names.map((n) => pool.run(task(n))))).map(([r]) => r);
      const sizes = results.map((r) =>
        r.kind === 'failed' ? Number(/\d+$/u.exec(r.failure.message)?.[0]) : 0,
      );
      expect(Math.max(...sizes)).toBeGreaterThan(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(16);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
