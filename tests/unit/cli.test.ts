/**
 * The command line as a user meets it: --help with examples on every command, strict options (a typo is an
 * error, never ignored), extract's --json/--jsonl streams, failures listed with exit code 1, `| head` without an
 * EPIPE stack trace, generate refusing a non-empty folder without --force.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import type { ExtractionGraph } from '../../src/model';

const ROOT = path.resolve(__dirname, '../..');
const SEED = path.join(ROOT, 'seed');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'vanban-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `vanban …` in process; returns the exit code and what it printed. */
async function vanban(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  const before = process.exitCode;
  try {
    await main(args);
    return { code: Number(process.exitCode ?? 0), out, err };
  } finally {
    process.exitCode = before;
    o.mockRestore();
    e.mockRestore();
  }
}

describe('every command', () => {
  it.each(['start', 'extract', 'ingest', 'serve', 'db', 'generate'])(
    '%s --help has usage and examples',
    async (name) => {
      const { code, out } = await vanban(name, '--help');
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Usage: vanban ${name} `));
      expect(out).toMatch(new RegExp(`Examples:\\n\\s+(vanban|npm|VANBAN)[^\\n]*`));
    },
    60_000,
  );

  it('refuses a misspelt option instead of ignoring it', async () => {
    const serve = await vanban('serve', '--prot', '5000');
    expect(serve.code).toBe(2);
    expect(serve.err).toMatch(/unknown option '--prot'/);
    expect((await vanban('serve', '--port', 'http')).err).toMatch(/--port needs a port number, not "http"/);
    expect((await vanban('serve', '5000')).code).toBe(2);
    expect((await vanban('db', 'restart')).err).toMatch(
      /'restart' is invalid .*Allowed choices are start, stop/,
    );
    expect((await vanban('extract', 'seed', '--jobs', '-1')).code).toBe(2);
    expect((await vanban('extract', SEED, '--json', '--jsonl')).err).toMatch(/cannot be used with/);
    const top = await vanban('frobnicate');
    expect(top.code).toBe(2);
    expect(top.err).toMatch(/unknown command "frobnicate"/);
  });
});

describe('vanban extract', () => {
  it('--jsonl prints one line per file with its documents, references and relations', async () => {
    const { code, out } = await vanban('extract', SEED, '--jsonl', '--jobs', '0');
    expect(code).toBe(0);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as ExtractionGraph & { source: string });
    expect(lines.map((l) => l.source).sort()).toEqual(
      readdirSync(SEED)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    for (const l of lines) {
      expect(l.documents.find((d) => d.source === l.source)).toBeDefined();
      expect(Array.isArray(l.relations) && Array.isArray(l.references)).toBe(true);
    }
    expect(lines.reduce((n, l) => n + l.relations.length, 0)).toBeGreaterThan(40);
  });

  it('--json streams the merged graph record by record: no write holds the whole output', async () => {
    // Thousands of citations: the output is many chunks, written one after another.
    const dir = path.join(tmp, 'adversarial');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'many.txt'), 'Nghị quyết số 1-NQ/TW ngày '.repeat(3000));
    copyFileSync(path.join(SEED, '000_70c127e0a27932bb.txt'), path.join(dir, 'letter.txt'));
    let largest = 0;
    let total = 0;
    const chunks: string[] = [];
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      largest = Math.max(largest, String(s).length);
      total += String(s).length;
      chunks.push(String(s));
      return true;
    });
    try {
      await main(['extract', dir, '--json', '--jobs', '0']);
    } finally {
      o.mockRestore();
    }
    expect(total).toBeGreaterThan(500_000);
    expect(largest).toBeLessThan(100_000);
    const g = JSON.parse(chunks.join('')) as ExtractionGraph;
    expect(
      g.documents
        .filter((d) => d.source)
        .map((d) => d.source)
        .sort(),
    ).toEqual(['letter.txt', 'many.txt']);
  }, 60_000);

  it('sums up thousands of warnings by code instead of printing every one', async () => {
    const dir = path.join(tmp, 'warnings');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 60; i++)
      writeFileSync(path.join(dir, `w${i}.txt`), `Văn bản số ${i + 1} không rõ nơi ban hành.\n`);
    const { code, out } = await vanban('extract', dir, '--jobs', '0');
    expect(code).toBe(0);
    expect(out).toMatch(/^Warnings: (\d+)$/m);
    expect(Number(/^Warnings: (\d+)$/m.exec(out)![1])).toBeGreaterThan(50);
    expect(out).toMatch(/^ {2}NO_LOCALITY\s+\d+$/m);
    expect(out).toMatch(/^The first 50 \(--json lists them all\):$/m);
    expect(out.split('\n').filter((l) => l.startsWith('  [')).length).toBe(50);
  });

  it('lists each file that failed with its reason and exits 1; the others are still extracted', async () => {
    const dir = path.join(tmp, 'bad');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(SEED, '000_70c127e0a27932bb.txt'), path.join(dir, 'good.txt'));
    writeFileSync(path.join(dir, 'zeros.txt'), Buffer.alloc(300));
    writeFileSync(path.join(dir, 'empty.md'), '');
    const { code, out, err } = await vanban('extract', dir, path.join(tmp, 'nope'), '--jobs', '0');
    expect(code).toBe(1);
    expect(out).toMatch(/^Documents: \d+ \(1 read in full/);
    expect(err).toMatch(/^3 files failed:$/m);
    expect(err).toMatch(/^ {2}zeros\.txt: \[binary\] /m);
    expect(err).toMatch(/^ {2}empty\.md: \[empty\] /m);
    expect(err).toMatch(/nope: \[missing\] no such file or folder/);
  });

  it('reads every format through src/read and names each bad file with its reason', async () => {
    const formats = path.resolve(__dirname, '../fixtures/formats');
    const pick = [
      'encrypted.pdf',
      'corrupt.pdf',
      'not-a-zip.docx',
      'bomb.zip',
      'seed_000.scan.pdf',
      'seed_000.docx',
    ];
    const dir = path.join(tmp, 'formats');
    mkdirSync(dir, { recursive: true });
    for (const f of pick) copyFileSync(path.join(formats, f), path.join(dir, f));
    const { code, out, err } = await vanban('extract', dir, '--jobs', '0', '--no-ocr', '--jsonl');
    expect(code).toBe(1);
    const lines = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: string; error?: { code: string } });
    expect(Object.fromEntries(lines.map((l) => [l.source, l.error?.code ?? 'ok']))).toEqual({
      'encrypted.pdf': 'encrypted-pdf',
      'corrupt.pdf': 'corrupt-pdf',
      'not-a-zip.docx': 'not-a-zip',
      'bomb.zip': 'zip-bomb',
      'seed_000.scan.pdf': 'ocr-disabled',
      'seed_000.docx': 'ok',
    });
    expect(err).toMatch(/^5 files failed:$/m);
    expect(err).toMatch(/encrypted\.pdf: \[encrypted-pdf\] .*password/);
  });

  it('ends quietly when its reader stops reading (vanban extract DIR --jsonl | head -1)', async () => {
    const dir = path.join(tmp, 'many');
    mkdirSync(dir, { recursive: true });
    const seed = readdirSync(SEED).filter((f) => f.endsWith('.txt'));
    for (let i = 0; i < 40; i++) copyFileSync(path.join(SEED, seed[i % 5]), path.join(dir, `f${i}.txt`));
    const child = spawn(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-e',
        `require('./src/cli/main').main(process.argv.slice(1))`,
        'extract',
        dir,
        '--jsonl',
        '--jobs',
        '0',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d) => (err += String(d)));
    // Read the first line, then close the pipe, as `head -1` does.
    await new Promise<void>((resolve) => {
      let got = '';
      child.stdout.on('data', (d) => {
        got += String(d);
        if (got.includes('\n')) {
          child.stdout.destroy();
          resolve();
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});

describe('vanban generate', () => {
  it('refuses a folder that is not empty unless --force', async () => {
    const out = path.join(tmp, 'corpus');
    mkdirSync(path.join(out, 'texts'), { recursive: true });
    writeFileSync(path.join(out, 'texts', 'mine.txt'), 'keep me');
    const refused = await vanban('generate', '--documents', '3', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/is not empty; refusing to write into it .*--force/);
    expect(readdirSync(path.join(out, 'texts'))).toEqual(['mine.txt']);
    const forced = await vanban('generate', '--documents', '3', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readdirSync(path.join(out, 'texts'))).not.toContain('mine.txt');
  });
});
