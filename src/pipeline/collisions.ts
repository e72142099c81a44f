/**
 * Two files whose documents get the same identity (number, scope, year): once one of them was silently dropped
 * by the merge. Now the run says which files collided, and keeps both when their dates or issuers differ (two
 * texts, not two copies of one): the second gets an id qualified by its date, or else by its issuer.
 */
import type { DocumentRecord, ExtractionGraph } from '../model';
import { shortHash } from '../resolve/identity';
import type { Collision } from './report';

export interface Held {
  source: string;
  date: string | null;
  issuer: string | null;
}

const same = (a: string | null, b: string | null) => !a || !b || a === b;

function renameIn(graph: ExtractionGraph, from: string, to: string): void {
  const id = (x: string) => (x === from ? to : x);
  for (const d of graph.documents) d.id = id(d.id);
  for (const r of graph.relations) {
    r.from = id(r.from);
    r.to = id(r.to);
  }
  for (const r of graph.references ?? []) r.target = id(r.target);
  for (const n of graph.namedReferences ?? []) n.from = id(n.from);
}

/**
 * Checks the document read in full from `graph` (one file's graph) against the documents already held under
 * its id (`held`, this run's or the database's). Returns the collision, after renaming in place ('kept both')
 * or marking the graph's own document as not to be loaded ('same document': returns it in `drop`).
 */
export function resolveCollision(
  graph: ExtractionGraph,
  held: (id: string) => Held | undefined,
): { collision: Collision; drop?: DocumentRecord } | null {
  const doc = graph.documents.find((d) => d.source);
  if (!doc?.source) return null;
  const other = held(doc.id);
  if (!other || other.source === doc.source) return null;
  const label = doc.symbol ?? doc.id;
  if (same(doc.date, other.date) && same(doc.issuer, other.issuer)) {
    return {
      collision: {
        id: doc.id,
        kept: other.source,
        other: doc.source,
        outcome: 'same document',
        message: `${doc.source} and ${other.source} are the same document ${label} (same number, date and issuer); kept ${other.source}`,
      },
      drop: doc,
    };
  }
  const qualifier = doc.date && doc.date !== other.date ? doc.date : shortHash(doc.issuer ?? doc.source);
  const newId = `${doc.id}|${qualifier}`;
  renameIn(graph, doc.id, newId);
  const why =
    doc.date !== other.date
      ? `dated ${other.date ?? '?'} and ${doc.date ?? '?'}`
      : `issued by "${other.issuer}" and "${doc.issuer}"`;
  return {
    collision: {
      id: newId.slice(0, newId.lastIndexOf('|')),
      kept: other.source,
      other: doc.source,
      outcome: 'kept both',
      newId,
      message: `${other.source} and ${doc.source} both are ${label} (${why}): kept both, ${doc.source} as ${newId}`,
    },
  };
}

/** Per-file graphs in a stable order, collisions among them resolved (extract: everything in one run). */
export function separateCollisions(
  files: { name: string; graph: ExtractionGraph }[],
  onCollision: (c: Collision) => void,
): ExtractionGraph[] {
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const held = new Map<string, Held>();
  const out: ExtractionGraph[] = [];
  for (const { graph } of files) {
    const result = resolveCollision(graph, (id) => held.get(id));
    if (result) onCollision(result.collision);
    if (result?.drop) graph.documents = graph.documents.filter((d) => d !== result.drop);
    const doc = graph.documents.find((d) => d.source);
    if (doc?.source && !held.has(doc.id))
      held.set(doc.id, { source: doc.source, date: doc.date, issuer: doc.issuer });
    out.push(graph);
  }
  return out;
}
