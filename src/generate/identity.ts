/**
 * Ids of ground-truth documents, computed by the extractor's own identity function so that truth and
 * extraction agree by construction. TEMPORARY stand-in until src/resolve/identity.ts lands.
 */
import type { PlannedDoc } from './plan';

export function truthId(doc: PlannedDoc, source: string | null): string {
  if (!doc.symbol || doc.number === null)
    return `${doc.scope}|${doc.symbol ?? '(unnumbered)'}|${source ?? ''}`;
  return `${doc.scope}|${doc.symbol}|${doc.year}`;
}
