import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/generate/corpus';
import { planCorpus } from '../../src/generate/plan';
import { Rng } from '../../src/generate/prng';
import { formatDate } from '../../src/generate/render';
import { NATIONAL, RELATION_TYPES, type ExtractionGraph } from '../../src/model';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vanban-generate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file under dir (sorted), with its bytes. */
function readTree(dir: string): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push([path.relative(dir, p), fs.readFileSync(p)]);
    }
  };
  walk(dir);
  return out;
}

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const [name, bytes] of readTree(dir)) h.update(name).update('\0').update(bytes);
  return h.digest('hex');
}

describe('Rng', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const c = new Rng(2);
    const xs = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 50 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('formatDate', () => {
  it.each([
    ['2019-06-25', 'long', true, '25 tháng 06 năm 2019'],
    ['2015-07-14', 'slash', false, '14/7/2015'],
    ['2019-01-15', 'dash', true, '15-01-2019'],
    ['2013-06-03', 'slash', true, '03/06/2013'],
  ] as const)('%s as %s (padded %s) → %s', (iso, style, padded, expected) => {
    expect(formatDate(iso, style, padded)).toBe(expected);
  });
});

describe('generateCorpus', () => {
  const N = 800;
  let truth: ExtractionGraph;
  let texts: Map<string, string>;
  const outA = path.join(tmp, 'a');

  beforeAll(() => {
    const summary = generateCorpus({ documents: N, seed: 11, out: outA });
    expect(summary.files).toBe(N);
    truth = JSON.parse(fs.readFileSync(path.join(outA, 'truth.json'), 'utf8'));
    // Sources are named as `vanban extract texts/` names them: relative to the folder, with '/'.
    texts = new Map(
      readTree(path.join(outA, 'texts')).map(([name, bytes]) => [
        name.split(path.sep).join('/'),
        bytes.toString('utf8'),
      ]),
    );
  }, 60_000);

  it('is deterministic: same seed → same bytes, different seed → different bytes', () => {
    const outB = path.join(tmp, 'b');
    const outC = path.join(tmp, 'c');
    generateCorpus({ documents: N, seed: 11, out: outB });
    generateCorpus({ documents: N, seed: 12, out: outC });
    expect(digest(outB)).toBe(digest(outA));
    expect(digest(outC)).not.toBe(digest(outA));
  }, 60_000);

  it('writes N texts and a truth with every file as a document', () => {
    expect(texts.size).toBe(N);
    const bySource = new Map(truth.documents.filter((d) => d.source).map((d) => [d.source, d]));
    expect(bySource.size).toBe(N);
    for (const name of texts.keys()) expect(bySource.has(name), name).toBe(true);
  });

  it('keeps the truth consistent: unique ids, endpoints are documents, valid types, scopes and dates', () => {
    const ids = new Set(truth.documents.map((d) => d.id));
    expect(ids.size).toBe(truth.documents.length);
    const types = new Set<string>(RELATION_TYPES);
    const pairs = new Set<string>();
    for (const r of truth.relations) {
      expect(ids.has(r.from), r.from).toBe(true);
      expect(ids.has(r.to), r.to).toBe(true);
      expect(r.from).not.toBe(r.to);
      expect(types.has(r.type)).toBe(true);
      const pair = `${r.from}>${r.to}`;
      expect(pairs.has(pair), `one edge per ordered pair: ${pair}`).toBe(false);
      pairs.add(pair);
    }
    for (const d of truth.documents) {
      if (d.date !== null) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d.scope === NATIONAL || /^[^/]+(?:\/[^/]+)?$/u.test(d.scope)).toBe(true);
      if (d.symbol && d.number) expect(d.symbol.startsWith(d.number)).toBe(true);
    }
  });

  it('states every relation in its evidence sentence, which is in the source text', () => {
    const byId = new Map(truth.documents.map((d) => [d.id, d]));
    for (const r of truth.relations) {
      const to = byId.get(r.to)!;
      expect(r.evidence, `${r.from} -> ${r.to}`).toContain(to.symbol!);
      // A page break may drop the footnote block into a sentence: lift it out, as the extractor must. Footnote
      // sentences themselves are found in the text as it is.
      const raw = texts.get(r.source!)!.replace(/\*/g, '');
      const lifted = raw.replace(/\n\n[¹²³][^\n]*\n\n/gu, ' ').replace(/\s+/g, ' ');
      expect(lifted.includes(r.evidence) || raw.replace(/\s+/g, ' ').includes(r.evidence), r.evidence).toBe(
        true,
      );
    }
  });

  it("writes each numbered document's own symbol in its number line", () => {
    for (const d of truth.documents) {
      if (!d.source) continue;
      const text = texts.get(d.source)!.replace(/\*/g, '');
      if (d.symbol && d.number) {
        expect(text.replace(/(Số:? ?\d+) \//, '$1/')).toContain(d.symbol);
      } else if (d.symbol) {
        expect(text).toMatch(/Số: *\//);
      }
    }
  });

  it('uses every citation form of GOLD.md somewhere in a corpus of 2,500 documents', () => {
    const out = path.join(tmp, 'forms');
    generateCorpus({ documents: 2500, seed: 11, out });
    const all = readTree(path.join(out, 'texts'))
      .map(([, bytes]) => bytes.toString('utf8'))
      .join('\n\f\n');
    const forms: [string, RegExp][] = [
      [
        'nested chain',
        /\d+-[A-Za-zĐđ]+\/[A-Z]+ ngày [^\n]{0,80}? (?:về )?(?:việc )?(?:tiếp tục )?thực hiện [A-ZĐ][\p{L} ]{2,25} (?:số )?\d+[-/]/u,
      ],
      ['list under one verb', /Thực hiện [^\n]*?\d+[-/][^\n]*?[,;] [A-ZĐ][\p{L} ]{2,25} (?:số )?\d+[-/]/u],
      ['shared date and issuer', /số \d+-\p{L}+\/TW và [\p{L} ]+ số \d+-\p{L}+\/TW ngày/u],
      [
        'date and issuer before the number',
        /Ngày \d{1,2} tháng \d{1,2} năm \d{4}, [^\n]{3,60} đã ban hành /u,
      ],
      ['date dd/mm/yyyy', / ngày \d{1,2}\/\d{1,2}\/\d{4}/u],
      ['date long', / ngày \d{1,2} tháng \d{1,2} năm \d{4}/u],
      ['date dd-mm-yyyy', / ngày \d{1,2}-\d{1,2}-\d{4}/u],
      ['footnote marker', /[¹⁽]/u],
      ['footnote definition', /^¹ [A-ZĐ]/mu],
      ['page break inside a sentence', /[\p{Ll},]\n\n¹ [^\n]+\n\n\p{Ll}/u],
      ['markdown', /\*\*[^*\n]+\*\*/u],
      ['incoming-mail stamp', /ĐẾN\tSố: \d+|CV\tSố:\.+\d+/u],
      ['unnumbered draft', /Số: *\/[A-Z]+-[A-Z]+/u],
      ['blank date', /ngày +tháng +năm/u],
      ['Căn cứ preamble', /^Căn cứ [^\n]+ số \d+\/\d{4}\//mu],
      ['passive amendment', /được sửa đổi, bổ sung bởi [^\n]+ số \d+/u],
      ['replacement', /thay thế [^\n]+ số \d+/u],
      ['legal symbol', /\d+\/\d{4}\/(?:NĐ-CP|QH1\d|TT-[A-ZĐ]+|QĐ-UBND|PL-UBTVQH11)/u],
      ['letter symbol', /\d+\/(?:UBND|VPCP)-[A-Z.]+/u],
      ['V/v subject', /^V\/v /mu],
      ['signature authority', /^KT\. CHỦ TỊCH|^TM\. ỦY BAN NHÂN DÂN/mu],
      ['malformed reference', /số \.+\/KH-UBND|số +\/UBND-|\/QĐ- \(/u],
    ];
    for (const [name, re] of forms) expect(re.test(all), name).toBe(true);
  }, 60_000);

  it('plans central, provincial and district documents over many years, and Party numbers that restart', () => {
    const plan = planCorpus({ documents: 2000, seed: 5 });
    const levels = new Set(plan.docs.map((d) => d.level));
    expect([...levels].sort()).toEqual(['central', 'district', 'external', 'province']);
    const years = new Set(plan.docs.filter((d) => d.level !== 'external').map((d) => d.year));
    expect(Math.min(...years)).toBeLessThanOrEqual(2010);
    expect(Math.max(...years)).toBe(2025);
    // The same Party symbol in two terms is two documents (numbers restart each term).
    const bySymbol = new Map<string, Set<string>>();
    for (const d of plan.docs) {
      if (!d.symbol || d.scope !== NATIONAL || !d.party) continue;
      const terms = bySymbol.get(d.symbol) ?? new Set();
      terms.add(d.term!);
      bySymbol.set(d.symbol, terms);
    }
    expect([...bySymbol.values()].some((t) => t.size > 1)).toBe(true);
    // Parents are never later than the document, except the deliberate back-dated cases.
    for (const d of plan.docs)
      for (const p of d.parents) if (!(d.flags & 4)) expect(plan.docs[p.to].date <= d.date).toBe(true);
  });
});

describe('vanban generate', () => {
  it('writes a corpus from its arguments and refuses bad ones with a usage message', async () => {
    const { run } = await import('../../src/cli/generate');
    const out = path.join(tmp, 'cli');
    const write = process.stdout.write.bind(process.stdout);
    const errors: string[] = [];
    const writeErr = process.stderr.write.bind(process.stderr);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => (errors.push(String(s)), true)) as typeof process.stderr.write;
    try {
      expect(await run(['--documents', '25', '--seed', 'abc', '--out', out])).toBe(0);
      expect(await run(['--documents', '0', '--out', out])).toBe(2);
      expect(await run(['--documents', '5'])).toBe(2);
      expect(await run(['--bogus'])).toBe(2);
    } finally {
      process.stdout.write = write;
      process.stderr.write = writeErr;
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ seed: 'abc', requested: 25, files: 25 });
    expect(errors.join('')).toMatch(
      /--documents must be a positive integer[\s\S]*--out DIR is required[\s\S]*unknown option '--bogus'/,
    );
  });
});
