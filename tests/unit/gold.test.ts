/**
 * Acceptance: extraction over the five seed documents must give the gold graph (shared/gold/seed-graph.json).
 * Documents are matched by scope + symbol (the gold `key`), unnumbered ones by their source file.
 * Issuers are compared after folding case and spaces (the gold writes "Ban cán sự đảng" and "Ban Dân vận").
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/extract';
import {
  IMPLEMENTING_TYPES,
  LINEAGE_TYPES,
  type DocumentRecord,
  type ExtractionGraph,
} from '../../src/model';

const ROOT = path.resolve(__dirname, '../..');
const SHARED = path.resolve(ROOT, '../shared');
const SEEDS = existsSync(path.join(SHARED, 'seeds')) ? path.join(SHARED, 'seeds') : path.join(ROOT, 'seed');
const GOLD_FILE = existsSync(path.join(SHARED, 'gold/seed-graph.json'))
  ? path.join(SHARED, 'gold/seed-graph.json')
  : path.join(ROOT, 'tests/fixtures/extraction/seed-graph.json');

interface GoldDoc {
  key: string;
  symbol: string | null;
  kind: string;
  issuer: string;
  scope: string;
  date: string | null;
  signer?: string;
  source?: string;
}
interface Gold {
  documents: GoldDoc[];
  relations: { from: string; to: string; accept: string[] }[];
  notDocuments: string[];
  queries: Record<string, string[]>;
}

const gold: Gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8'));
const fold = (s: string | null | undefined): string =>
  (s ?? '').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();

let graph: ExtractionGraph;
/** gold key → extracted document. */
const byKey = new Map<string, DocumentRecord>();
/** extracted id → gold key. */
const keyOf = new Map<string, string>();

beforeAll(async () => {
  graph = await extractFiles([SEEDS]);
  for (const g of gold.documents) {
    const d = graph.documents.find((x) =>
      g.source ? x.source === g.source : x.scope === g.scope && x.symbol === g.symbol,
    );
    if (d) {
      byKey.set(g.key, d);
      keyOf.set(d.id, g.key);
    }
  }
});

describe('seed graph: documents', () => {
  it('finds every gold document', () => {
    const missing = gold.documents.filter((g) => !byKey.has(g.key)).map((g) => g.key);
    expect(missing).toEqual([]);
  });

  it('finds no document the gold lacks', () => {
    const extra = graph.documents.filter((d) => !keyOf.has(d.id)).map((d) => d.id);
    expect(extra).toEqual([]);
  });

  it.each(gold.documents.map((g) => [g.key, g] as const))(
    '%s: symbol, kind, scope, date, issuer',
    (_k, g) => {
      const d = byKey.get(g.key);
      expect(d).toBeDefined();
      expect({
        symbol: d?.symbol ?? null,
        kind: d?.kind,
        scope: d?.scope,
        date: d?.date ?? null,
        issuer: fold(d?.issuer),
      }).toEqual({ symbol: g.symbol, kind: g.kind, scope: g.scope, date: g.date, issuer: fold(g.issuer) });
      if (g.signer) expect(d?.signer).toBe(g.signer);
    },
  );

  it('takes no registry stamp or archive code for a document number', () => {
    for (const n of gold.notDocuments) {
      expect(graph.documents.filter((d) => d.number === n || d.symbol?.includes(n))).toEqual([]);
    }
  });
});

describe('seed graph: relations', () => {
  const edges = (): Map<string, string> => {
    const m = new Map<string, string>();
    for (const r of graph.relations)
      m.set(`${keyOf.get(r.from) ?? r.from} → ${keyOf.get(r.to) ?? r.to}`, r.type);
    return m;
  };

  it('finds every gold relation with an accepted type', () => {
    const got = edges();
    const wrong = gold.relations
      .map((r) => ({
        pair: `${r.from} → ${r.to}`,
        accept: r.accept,
        got: got.get(`${r.from} → ${r.to}`) ?? null,
      }))
      .filter((r) => r.got === null || !r.accept.includes(r.got));
    expect(wrong).toEqual([]);
  });

  it('finds no relation the gold lacks', () => {
    const want = new Set(gold.relations.map((r) => `${r.from} → ${r.to}`));
    const extra = [...edges().keys()].filter((k) => !want.has(k));
    expect(extra).toEqual([]);
  });

  it('every relation carries its evidence sentence and the span of the citation', () => {
    for (const r of graph.relations) {
      expect(r.evidence.length).toBeGreaterThan(10);
      expect(r.span).toBeTruthy();
    }
  });

  it('flags 739/KH-UBND carrying out the later 51-CTr/TU', () => {
    expect(
      graph.warnings.some((w) => w.code === 'CHRONOLOGY' && /739\/KH-UBND.*51-CTr\/TU/u.test(w.message)),
    ).toBe(true);
  });

  it('finds the laws cited by name', () => {
    const names = (graph.namedReferences ?? []).map((n) => n.text);
    expect(names).toContain('Luật Tiếp công dân');
    expect(names).toContain('Luật Tổ chức chính quyền địa phương năm 2015');
  });
});

describe('seed graph: queries', () => {
  // Computed over the extracted relations, in gold keys.
  const outgoing = (key: string, types: readonly string[]): string[] => {
    const seen = new Set<string>();
    const stack = [key];
    while (stack.length) {
      const k = stack.pop() as string;
      for (const r of graph.relations) {
        if (keyOf.get(r.from) !== k || !types.includes(r.type)) continue;
        const to = keyOf.get(r.to) as string;
        if (!seen.has(to)) {
          seen.add(to);
          stack.push(to);
        }
      }
    }
    return [...seen].sort();
  };
  const incoming = (key: string, types: readonly string[], transitive: boolean): string[] => {
    const seen = new Set<string>();
    const stack = [key];
    while (stack.length) {
      const k = stack.pop() as string;
      for (const r of graph.relations) {
        if (keyOf.get(r.to) !== k || !types.includes(r.type)) continue;
        const from = keyOf.get(r.from) as string;
        if (!seen.has(from)) {
          seen.add(from);
          if (transitive) stack.push(from);
        }
      }
    }
    return [...seen].sort();
  };
  const q = gold.queries;

  it('lineage of the Kon Tum letter', () => {
    expect(outgoing('Kon Tum|(unnumbered)/UBND-KGVX', LINEAGE_TYPES)).toEqual(
      [...q['lineage of the Kon Tum letter reaches']].sort(),
    );
  });

  it('who implements 114-KL/TW, directly', () => {
    expect(incoming('national|114-KL/TW', IMPLEMENTING_TYPES, false)).toEqual(
      [...q['who implements 114-KL/TW, directly']].sort(),
    );
  });

  it('impact of 114-KL/TW, transitively', () => {
    const want = [
      ...q['who implements 114-KL/TW, directly'],
      ...q['impact of 114-KL/TW, transitively, adds'],
    ];
    expect(incoming('national|114-KL/TW', LINEAGE_TYPES, true)).toEqual(want.sort());
  });

  it('impact of 25-NQ/TW, transitively', () => {
    expect(incoming('national|25-NQ/TW', LINEAGE_TYPES, true)).toEqual(
      [...q['impact of 25-NQ/TW, transitively']].sort(),
    );
  });
});
