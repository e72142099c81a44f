/**
 * Regression set (was "held-out" in issue #3; renamed in issue #9): 16 texts INVENTED for the set, in the shapes of
 * real documents, with a hand-labelled graph. The extractor has since been fixed against them, so they guard against
 * regressions and say nothing about real documents: tests/unit/real-frozen.test.ts measures that.
 * tests/fixtures/regression/*.txt are 16 invented Party and State documents (other provinces, years and subjects:
 * land, health, anti-corruption, COVID-19, legal preambles, amendments, replacements, repeals, corrections, reviews);
 * gold.json beside them is their hand-labelled graph in the format of shared/gold/seed-graph.json.
 *
 * Scoring: documents match by scope + symbol (the gold key); a full-text document whose header was misread is still
 * found by its source file for mapping relations, but does not count for document recall. A relation is right when the
 * ordered pair exists with an accepted type. `tolerated` pairs are neither required nor errors.
 *
 * The thresholds sit a small margin under the measured values, so a regression fails and an improvement passes: raise them when the extractor gets better, never lower them to make a change pass.
 * The miss list is printed on every run so developers can see what to fix.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/extract';
import type { DocumentRecord, ExtractionGraph } from '../../src/model';

const HOLDOUT = path.resolve(__dirname, '../fixtures/regression');

interface GoldDoc {
  key: string;
  symbol: string | null;
  kind: string;
  kindAccept?: string[];
  issuer: string | null;
  issuerAccept?: string[];
  scope: string;
  date: string | null;
  source?: string;
}
interface GoldRelation {
  from: string;
  to: string;
  accept: string[];
}
interface Gold {
  documents: GoldDoc[];
  relations: GoldRelation[];
  tolerated: GoldRelation[];
  optional: { from: string; toText: string }[];
  notDocuments: string[];
}

/** Floors: the first measured run rounded down by a margin of about four documents or four relations. */
const THRESHOLDS = {
  // first measured 2026-11-22 08:30: recall 0.989, precision 0.956, kind 1.000, date 0.989, scope 0.956;
  // after the held-out fixes (10:00): all 1.000. Floors: the measured value less about one document.
  documentRecall: 0.98,
  documentPrecision: 0.98,
  kindAccuracy: 0.98,
  dateAccuracy: 0.98,
  scopeAccuracy: 0.98,
  // first measured 0.871 (81/93) both; after the fixes: recall 0.978 (91/93), precision 1.000. Floors: less
  // about two relations.
  relationRecall: 0.95,
  relationPrecision: 0.97,
};

interface HoldoutScore {
  documentRecall: number;
  documentPrecision: number;
  kindAccuracy: number;
  dateAccuracy: number;
  scopeAccuracy: number;
  /** Reported only. */
  issuerAccuracy: number;
  /** Reported only: laws cited by name, found exactly as written. */
  namedLawRecall: number;
  relationRecall: number;
  relationPrecision: number;
  notDocumentsFound: string[];
  misses: string[];
}

const keyOfDoc = (d: Pick<DocumentRecord, 'scope' | 'symbol'>): string => `${d.scope}|${d.symbol}`;
const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const fold = (s: string | null | undefined): string =>
  (s ?? '').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();

/** Score an extraction against the gold; `misses` is a compact, human-readable list of every error. */
function scoreHoldout(graph: ExtractionGraph, gold: Gold): HoldoutScore {
  const misses: string[] = [];
  /** extracted id → gold key, for mapping relations. */
  const goldKeyOf = new Map<string, string>();

  let found = 0;
  let kindOk = 0;
  let dateOk = 0;
  let issuerOk = 0;
  for (const g of gold.documents) {
    const d = graph.documents.find((x) => x.scope === g.scope && x.symbol === g.symbol);
    if (!d) {
      const bySource = g.source ? graph.documents.find((x) => x.source === g.source) : undefined;
      const where = bySource ?? graph.documents.find((x) => x.symbol === g.symbol);
      misses.push(`missing  doc ${g.key}${where ? ` (extracted as ${keyOfDoc(where)})` : ''}`);
      if (bySource) goldKeyOf.set(bySource.id, g.key);
      continue;
    }
    found++;
    goldKeyOf.set(d.id, g.key);
    const kinds = [g.kind, ...(g.kindAccept ?? [])].map(fold);
    if (kinds.includes(fold(d.kind))) kindOk++;
    else misses.push(`kind     ${g.key}: got "${d.kind}", want "${g.kind}"`);
    if ((d.date ?? null) === g.date) dateOk++;
    else misses.push(`date     ${g.key}: got ${d.date ?? 'null'}, want ${g.date ?? 'null'}`);
    // Issuer names are reported, not asserted: the gold spells them one way among several right ones.
    if (g.issuer === null || [g.issuer, ...(g.issuerAccept ?? [])].map(fold).includes(fold(d.issuer)))
      issuerOk++;
    else misses.push(`issuer   ${g.key}: got "${d.issuer}", want "${g.issuer}"`);
  }

  // Scope accuracy over the extracted nodes whose symbol the gold knows: a central "/TW" document given a
  // province's scope is a second, wrong node even when the right node also exists.
  const goldScopes = new Map<string, string[]>();
  for (const g of gold.documents)
    goldScopes.set(g.symbol ?? '', [...(goldScopes.get(g.symbol ?? '') ?? []), g.scope]);
  const scoped = graph.documents.filter((d) => goldScopes.has(d.symbol ?? ''));
  const scopeOk = scoped.filter((d) => goldScopes.get(d.symbol ?? '')?.includes(d.scope)).length;
  for (const d of scoped)
    if (!goldScopes.get(d.symbol ?? '')?.includes(d.scope))
      misses.push(`scope    ${keyOfDoc(d)}: want ${(goldScopes.get(d.symbol ?? '') ?? []).join(' or ')}`);

  const extraDocs = graph.documents.filter((d) => !goldKeyOf.has(d.id));
  for (const d of extraDocs)
    if (!goldScopes.has(d.symbol ?? ''))
      misses.push(
        `extra    doc ${keyOfDoc(d)} kind=${d.kind ?? 'null'}${d.source ? ` source=${d.source}` : ''}`,
      );
  const duplicateKeys = [...new Set(graph.documents.map(keyOfDoc))].filter(
    (k) => graph.documents.filter((d) => keyOfDoc(d) === k).length > 1,
  );
  for (const k of duplicateKeys) misses.push(`split    ${k} is more than one node`);

  // Relations, in gold keys; an endpoint outside the gold keeps its extracted key so it shows in the list.
  const name = (id: string): string => {
    const k = goldKeyOf.get(id);
    if (k) return k;
    const d = graph.documents.find((x) => x.id === id);
    return d ? keyOfDoc(d) : id;
  };
  const got = new Map<string, Set<string>>();
  const evidence = new Map<string, string>();
  for (const r of graph.relations) {
    const pair = `${name(r.from)} → ${name(r.to)}`;
    if (!got.has(pair)) got.set(pair, new Set());
    got.get(pair)?.add(r.type);
    if (!evidence.has(pair)) evidence.set(pair, `${r.trigger ?? '-'}: ${r.evidence.slice(0, 110)}`);
  }
  const wanted = new Map(gold.relations.map((r) => [`${r.from} → ${r.to}`, r.accept] as const));
  const tolerated = new Map(gold.tolerated.map((r) => [`${r.from} → ${r.to}`, r.accept] as const));

  let relFound = 0;
  for (const [pair, accept] of wanted) {
    const types = got.get(pair);
    if (types && [...types].some((t) => accept.includes(t))) relFound++;
    else
      misses.push(
        `relation ${pair} want ${accept.join('|')}, got ${types ? [...types].join('|') : 'none'}` +
          (types ? `  «${evidence.get(pair)}»` : ''),
      );
  }
  let relPredicted = 0;
  let relCorrect = 0;
  for (const [pair, types] of got) {
    // A tolerated pair is neutral with a type its list accepts and an error with any other.
    const tolerable = tolerated.get(pair);
    if (tolerable && [...types].every((t) => tolerable.includes(t))) continue;
    const accept = wanted.get(pair);
    relPredicted += types.size;
    if (accept && [...types].some((t) => accept.includes(t))) relCorrect++;
    if (!accept) misses.push(`extra    relation ${pair} ${[...types].join('|')}  «${evidence.get(pair)}»`);
  }

  // These texts are clean UTF-8: a legacy-encoding repair here changed characters that were right.
  for (const w of graph.warnings.filter((x) => x.code.startsWith('LEGACY_')))
    misses.push(`decode   ${w.source}: ${w.code} ${w.message} at ${JSON.stringify(w.span ?? null)}`);

  const notDocumentsFound = gold.notDocuments.filter((n) =>
    graph.documents.some((d) => d.number === n || (d.symbol ?? '').includes(n)),
  );
  for (const n of notDocumentsFound) misses.push(`notDoc   "${n}" was taken for a document`);

  // Laws cited by name (optional in the gold): reported only.
  const names = new Set((graph.namedReferences ?? []).map((n) => `${name(n.from)}|${fold(n.text)}`));
  const namedFound = gold.optional.filter((o) => names.has(`${o.from}|${fold(o.toText)}`)).length;
  for (const o of gold.optional)
    if (!names.has(`${o.from}|${fold(o.toText)}`))
      misses.push(`named    ${o.from}: "${o.toText}" not found as written`);

  return {
    namedLawRecall: ratio(namedFound, gold.optional.length),
    documentRecall: ratio(found, gold.documents.length),
    documentPrecision: ratio(graph.documents.length - extraDocs.length, graph.documents.length),
    kindAccuracy: ratio(kindOk, found),
    dateAccuracy: ratio(dateOk, found),
    scopeAccuracy: ratio(scopeOk, scoped.length),
    issuerAccuracy: ratio(issuerOk, found),
    relationRecall: ratio(relFound, wanted.size),
    relationPrecision: ratio(relCorrect, relPredicted),
    notDocumentsFound,
    misses: misses.sort(),
  };
}

const gold: Gold = JSON.parse(readFileSync(path.join(HOLDOUT, 'gold.json'), 'utf8'));
let graph: ExtractionGraph;
let score: HoldoutScore;

beforeAll(async () => {
  graph = await extractFiles([HOLDOUT]);
  score = scoreHoldout(graph, gold);
  const pct = (x: number): string => x.toFixed(3);
  console.log(
    [
      `regression set: ${gold.documents.length} gold documents, ${gold.relations.length} gold relations; ` +
        `extracted ${graph.documents.length} documents, ${graph.relations.length} relations`,
      `documents recall ${pct(score.documentRecall)} precision ${pct(score.documentPrecision)} | ` +
        `kind ${pct(score.kindAccuracy)} date ${pct(score.dateAccuracy)} scope ${pct(score.scopeAccuracy)} ` +
        `(issuer ${pct(score.issuerAccuracy)}, named laws ${pct(score.namedLawRecall)}) | ` +
        `relations recall ${pct(score.relationRecall)} precision ${pct(score.relationPrecision)}`,
      ...score.misses.map((m) => `  ${m}`),
    ].join('\n'),
  );
});

describe('regression gold file', () => {
  it('is consistent: unique keys, every relation endpoint is a gold document, no notDocument inside a symbol', () => {
    const keys = gold.documents.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const g of gold.documents) expect(g.key).toBe(`${g.scope}|${g.symbol}`);
    for (const r of [...gold.relations, ...gold.tolerated]) {
      expect(keys).toContain(r.from);
      expect(keys).toContain(r.to);
    }
    for (const n of gold.notDocuments)
      expect(gold.documents.filter((g) => (g.symbol ?? '').includes(n))).toEqual([]);
  });

  it('every regression-set file was read without a decode or extraction failure', () => {
    const failures = graph.warnings.filter((w) =>
      /^(?:DECODE_|EXTRACT_FAILED|UNREADABLE|TOO_LARGE)/u.test(w.code),
    );
    expect(failures).toEqual([]);
    const sources = gold.documents.filter((g) => g.source).map((g) => g.source);
    expect(new Set(graph.documents.map((d) => d.source).filter(Boolean))).toEqual(new Set(sources));
  });
});

describe('regression set: documents', () => {
  it(`document recall by scope + symbol ≥ ${THRESHOLDS.documentRecall}`, () => {
    expect(score.documentRecall).toBeGreaterThanOrEqual(THRESHOLDS.documentRecall);
  });
  it(`document precision ≥ ${THRESHOLDS.documentPrecision}`, () => {
    expect(score.documentPrecision).toBeGreaterThanOrEqual(THRESHOLDS.documentPrecision);
  });
  it(`kind accuracy on matched documents ≥ ${THRESHOLDS.kindAccuracy}`, () => {
    expect(score.kindAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.kindAccuracy);
  });
  it(`date accuracy on matched documents ≥ ${THRESHOLDS.dateAccuracy}`, () => {
    expect(score.dateAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.dateAccuracy);
  });
  it(`scope accuracy ≥ ${THRESHOLDS.scopeAccuracy}`, () => {
    expect(score.scopeAccuracy).toBeGreaterThanOrEqual(THRESHOLDS.scopeAccuracy);
  });
  it('takes no phone number, amount, period, parcel number or registry stamp for a document', () => {
    expect(score.notDocumentsFound).toEqual([]);
  });
});

describe('regression set: relations', () => {
  it(`relation recall (ordered pair with an accepted type) ≥ ${THRESHOLDS.relationRecall}`, () => {
    expect(score.relationRecall).toBeGreaterThanOrEqual(THRESHOLDS.relationRecall);
  });
  it(`relation precision ≥ ${THRESHOLDS.relationPrecision}`, () => {
    expect(score.relationPrecision).toBeGreaterThanOrEqual(THRESHOLDS.relationPrecision);
  });
});

describe('regression-set scorer', () => {
  // The scorer itself must notice errors, or the thresholds above mean nothing.
  it('gives full marks to the gold itself and loses marks for a dropped document, a wrong type and an extra edge', () => {
    const docs: DocumentRecord[] = gold.documents.map((g) => ({
      id: g.key,
      symbol: g.symbol,
      number: null,
      kind: g.kind,
      issuer: g.issuer,
      scope: g.scope,
      date: g.date,
      year: null,
      title: null,
      source: g.source ?? null,
    }));
    const rels = gold.relations.map((r) => ({
      from: r.from,
      to: r.to,
      type: r.accept[0] as ExtractionGraph['relations'][number]['type'],
      evidence: 'gold',
      source: null,
    }));
    const named = gold.optional.map((o) => ({ from: o.from, text: o.toText, sentence: '', source: null }));
    const perfect = scoreHoldout(
      { documents: docs, relations: rels, namedReferences: named, warnings: [] },
      gold,
    );
    expect(perfect.misses).toEqual([]);
    expect(perfect.documentRecall).toBe(1);
    expect(perfect.relationRecall).toBe(1);
    expect(perfect.relationPrecision).toBe(1);

    const broken = scoreHoldout(
      {
        documents: [...docs.slice(1), { ...docs[0], id: 'x', symbol: '3517', number: '3517' }],
        relations: [
          { ...rels[0], type: rels[0].type === 'CITES' ? 'REPEALS' : 'CITES' },
          ...rels.slice(1),
          { ...rels[1], from: rels[1].to, to: rels[1].from },
        ],
        warnings: [],
      },
      gold,
    );
    expect(broken.documentRecall).toBeLessThan(1);
    expect(broken.documentPrecision).toBeLessThan(1);
    expect(broken.relationRecall).toBeLessThan(1);
    expect(broken.relationPrecision).toBeLessThan(1);
    expect(broken.notDocumentsFound).toEqual(['3517']);
  });
});
