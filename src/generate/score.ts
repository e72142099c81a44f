/**
 * Compares an extracted graph with the generator's ground truth: precision and recall of documents (by id)
 * and of typed relations (from, to, type), field accuracy on the documents found, and the misses, so the
 * extractor's gaps can be read off directly.
 */
import type { DocumentRecord, ExtractionGraph, RelationRecord } from '../model';

export interface PR {
  truth: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Score {
  documents: PR;
  /** Relations with their type (from, to, type). */
  relations: PR;
  /** Relations as edges only (from, to), whatever the type. */
  edges: PR;
  /** Share of matched documents whose field equals the truth (issuer after normalisation, see below). */
  fields: Record<'date' | 'kind' | 'scope' | 'issuer' | 'symbol', number>;
  missedDocuments: DocumentRecord[];
  extraDocuments: DocumentRecord[];
  missedRelations: RelationRecord[];
  extraRelations: RelationRecord[];
  /** Relations found with a different type: [truth, extracted]. */
  mistyped: [RelationRecord, RelationRecord][];
}

function pr(truth: number, found: number, correct: number): PR {
  return {
    truth,
    found,
    correct,
    precision: found === 0 ? (truth === 0 ? 1 : 0) : correct / found,
    recall: truth === 0 ? 1 : correct / truth,
  };
}

/** Issuers compared without the Party term and case: "Bộ Chính trị (khóa XII)" ≡ "Bộ Chính trị". */
export function normaliseIssuer(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFC')
    .replace(/\s*\(?\s*khóa\s+[IVXLC]+\s*\)?/giu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function scoreExtraction(truth: ExtractionGraph, extracted: ExtractionGraph): Score {
  const truthDocs = new Map(truth.documents.map((d) => [d.id, d]));
  const foundDocs = new Map(extracted.documents.map((d) => [d.id, d]));
  const missedDocuments = truth.documents.filter((d) => !foundDocs.has(d.id));
  const extraDocuments = extracted.documents.filter((d) => !truthDocs.has(d.id));
  const fieldHits = { date: 0, kind: 0, scope: 0, issuer: 0, symbol: 0 };
  let matched = 0;
  for (const [id, t] of truthDocs) {
    const f = foundDocs.get(id);
    if (!f) continue;
    matched++;
    if ((t.date ?? null) === (f.date ?? null)) fieldHits.date++;
    if ((t.kind ?? null) === (f.kind ?? null)) fieldHits.kind++;
    if (t.scope === f.scope) fieldHits.scope++;
    if ((t.symbol ?? null) === (f.symbol ?? null)) fieldHits.symbol++;
    if (normaliseIssuer(t.issuer) === normaliseIssuer(f.issuer)) fieldHits.issuer++;
  }
  const fields = Object.fromEntries(
    Object.entries(fieldHits).map(([k, v]) => [k, matched === 0 ? 0 : v / matched]),
  ) as Score['fields'];

  const edgeKey = (r: RelationRecord): string => `${r.from}\u0000${r.to}`;
  const truthEdges = new Map(truth.relations.map((r) => [edgeKey(r), r]));
  // One edge per ordered pair: if the extractor emits several types for a pair, a specific one wins.
  const foundEdges = new Map<string, RelationRecord>();
  for (const r of extracted.relations) {
    const old = foundEdges.get(edgeKey(r));
    if (!old || (old.type === 'CITES' && r.type !== 'CITES')) foundEdges.set(edgeKey(r), r);
  }
  let edgeCorrect = 0;
  let typedCorrect = 0;
  const missedRelations: RelationRecord[] = [];
  const mistyped: [RelationRecord, RelationRecord][] = [];
  for (const [key, t] of truthEdges) {
    const f = foundEdges.get(key);
    if (!f) {
      missedRelations.push(t);
      continue;
    }
    edgeCorrect++;
    if (f.type === t.type) typedCorrect++;
    else mistyped.push([t, f]);
  }
  const extraRelations = [...foundEdges.entries()].filter(([k]) => !truthEdges.has(k)).map(([, r]) => r);
  return {
    documents: pr(truthDocs.size, foundDocs.size, matched),
    relations: pr(truthEdges.size, foundEdges.size, typedCorrect),
    edges: pr(truthEdges.size, foundEdges.size, edgeCorrect),
    fields,
    missedDocuments,
    extraDocuments,
    missedRelations,
    extraRelations,
    mistyped,
  };
}

/** A readable report of the first misses of each kind (for the extractor's authors). */
export function describeMisses(score: Score, limit = 15): string {
  const lines: string[] = [];
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  lines.push(
    `documents P ${pct(score.documents.precision)} R ${pct(score.documents.recall)}; typed relations P ${pct(score.relations.precision)} R ${pct(score.relations.recall)}; edges P ${pct(score.edges.precision)} R ${pct(score.edges.recall)}`,
  );
  lines.push(
    `fields: ${Object.entries(score.fields)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(', ')}`,
  );
  const show = <T>(title: string, items: T[], fmt: (x: T) => string): void => {
    if (items.length === 0) return;
    lines.push(`${title} (${items.length}):`);
    for (const x of items.slice(0, limit)) lines.push(`  ${fmt(x)}`);
  };
  show('missed documents', score.missedDocuments, (d) => `${d.id}  [${d.kind}; ${d.issuer}; ${d.date}]`);
  show(
    'extra documents',
    score.extraDocuments,
    (d) => `${d.id}  [${d.kind}; ${d.issuer}; ${d.date}] from ${d.source ?? '?'}`,
  );
  show(
    'missed relations',
    score.missedRelations,
    (r) => `${r.from} -${r.type}-> ${r.to}  in ${r.source}: ${r.evidence.slice(0, 220)}`,
  );
  show(
    'extra relations',
    score.extraRelations,
    (r) => `${r.from} -${r.type}-> ${r.to}  in ${r.source}: ${(r.evidence ?? '').slice(0, 220)}`,
  );
  show(
    'mistyped relations',
    score.mistyped,
    ([t, f]) =>
      `${t.from} -> ${t.to}: truth ${t.type}, found ${f.type} (${f.trigger ?? ''})  in ${t.source}: ${t.evidence.slice(0, 200)}`,
  );
  return lines.join('\n');
}
