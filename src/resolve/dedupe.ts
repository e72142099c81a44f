/**
 * Merging: one node per document however often and from however many files it is cited. Properties merge by
 * filling nulls and keeping the most specific value (a full text's own header wins; then the longer issuer or
 * title that contains the other); conflicting dates or issuers become warnings. A dateless citation merges into
 * the one dated document with the same scope and symbol. One relation per ordered pair: the most specific type.
 * Documents that carry out a later document are flagged.
 */
import {
  LINEAGE_TYPES,
  type DocumentRecord,
  type ExtractionGraph,
  type ReferenceRecord,
  type RelationRecord,
  type Warning,
} from '../model';
import { relationRank } from '../tables/triggers';
import { foldSpaces } from '../text/spaces';
import { datelessId } from './identity';

function mergeDoc(a: DocumentRecord, b: DocumentRecord, warnings: Warning[]): DocumentRecord {
  // The document read in full decides over what others say of it.
  const [main, other] = !a.source && b.source ? [b, a] : [a, b];
  const out: DocumentRecord = { ...main };
  const fill = <K extends keyof DocumentRecord>(k: K): void => {
    if ((out[k] === null || out[k] === undefined) && other[k] !== null && other[k] !== undefined)
      out[k] = other[k];
  };
  for (const k of ['symbol', 'number', 'kind', 'year', 'place', 'signer', 'signature', 'source'] as const)
    fill(k);
  if (!out.addressees?.length && other.addressees?.length) out.addressees = other.addressees;
  if (!out.recipients?.length && other.recipients?.length) out.recipients = other.recipients;
  if (out.date && other.date && out.date !== other.date) {
    warnings.push({
      code: 'DATE_CONFLICT',
      message: `${out.symbol ?? out.id}: dated ${out.date} in one place and ${other.date} in another; kept ${out.date}`,
      source: other.source ?? null,
    });
  } else fill('date');
  out.issuer = mostSpecific(out.issuer, other.issuer, !!main.source, (x, y) =>
    warnings.push({
      code: 'ISSUER_CONFLICT',
      message: `${out.symbol ?? out.id}: issuer "${x}" and "${y}"; kept "${x}"`,
      source: other.source ?? null,
    }),
  );
  out.title = main.source && main.title ? main.title : longer(out.title, other.title);
  if (!main.source && other.kind && out.kind && other.kind.length > out.kind.length) out.kind = other.kind;
  return out;
}

function longer(a: string | null, b: string | null): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

function fold(s: string): string {
  return foldSpaces(s.toLowerCase()).trim();
}

function mostSpecific(
  a: string | null,
  b: string | null,
  aWins: boolean,
  conflict: (kept: string, other: string) => void,
): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return a;
  if (fb.includes(fa)) return b;
  if (fa.includes(fb)) return a;
  if (aWins) return a;
  conflict(a, b);
  return a;
}

/** Merge graphs into one: documents by id, dateless citations into their dated document, relations by pair. */
export function mergeGraphs(graphs: ExtractionGraph[]): ExtractionGraph {
  const warnings: Warning[] = [];
  for (const g of graphs) for (const w of g.warnings) warnings.push(w);
  const docs = new Map<string, DocumentRecord>();
  for (const g of graphs) {
    for (const d of g.documents) {
      const prev = docs.get(d.id);
      docs.set(d.id, prev ? mergeDoc(prev, d, warnings) : { ...d });
    }
  }
  // Dateless citations → the one dated document of the same scope and symbol.
  const dated = new Map<string, string[]>();
  for (const id of docs.keys()) {
    const base = datelessId(id);
    if (base !== id) dated.set(base, [...(dated.get(base) ?? []), id]);
  }
  const remap = new Map<string, string>();
  for (const [base, ids] of dated) {
    const undated = docs.get(base);
    if (!undated) continue;
    if (ids.length === 1) {
      remap.set(base, ids[0]);
      docs.set(ids[0], mergeDoc(docs.get(ids[0]) as DocumentRecord, undated, warnings));
      docs.delete(base);
    } else {
      warnings.push({
        code: 'AMBIGUOUS_CITATION',
        message: `${undated.symbol}: cited without a date, and ${ids.length} documents of that symbol are known (${ids.join(', ')})`,
        source: undated.source ?? null,
      });
    }
  }
  const id = (x: string): string => (remap.size === 0 ? x : (remap.get(x) ?? x));

  const byPair = new Map<string, RelationRecord>();
  for (const g of graphs) {
    for (const r of g.relations) {
      const from = id(r.from);
      const to = id(r.to);
      // Records whose ends keep their ids are shared, not copied (most of them: one copy per merge was the cost).
      const rel = from === r.from && to === r.to ? r : { ...r, from, to };
      if (rel.from === rel.to) continue;
      const key = `${rel.from}\u0000${rel.to}`;
      const prev = byPair.get(key);
      if (!prev || relationRank(rel.type, rel.trigger) < relationRank(prev.type, prev.trigger))
        byPair.set(key, rel);
    }
  }
  const relations = [...byPair.values()];
  for (const r of relations) {
    if (!LINEAGE_TYPES.includes(r.type)) continue;
    const a = docs.get(r.from);
    const b = docs.get(r.to);
    if (a?.date && b?.date && a.date < b.date) {
      warnings.push({
        code: 'CHRONOLOGY',
        message: `${a.symbol ?? a.id} (${a.date}) ${r.type.toLowerCase()} ${b.symbol ?? b.id} dated later (${b.date})`,
        source: r.source,
        span: r.span ?? null,
      });
    }
  }
  const references: ReferenceRecord[] = [];
  for (const g of graphs) {
    for (const r of g.references ?? []) {
      const target = id(r.target);
      references.push(target === r.target ? r : { ...r, target });
    }
  }
  const namedReferences: NonNullable<ExtractionGraph['namedReferences']> = [];
  for (const g of graphs) {
    for (const n of g.namedReferences ?? []) {
      const from = id(n.from);
      namedReferences.push(from === n.from ? n : { ...n, from });
    }
  }
  return {
    documents: [...docs.values()],
    relations,
    references,
    namedReferences,
    warnings: dedupeWarnings(warnings),
  };
}

function dedupeWarnings(ws: Warning[]): Warning[] {
  const seen = new Set<string>();
  return ws.filter((w) => {
    const k = `${w.code}|${w.message}|${w.source}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
