/**
 * Ids of ground-truth documents, computed by the extractor's own identity function (resolve/identity) on the
 * symbol as the extractor parses it, so that truth and extraction agree by construction.
 */
import { parseSymbol } from '../parse/symbol';
import { documentId } from '../resolve/identity';
import { scopeAt } from '../resolve/scope';
import { FLAG_DRAFT, FLAG_NO_NUMBER, type PlannedDoc } from './plan';

/** The symbol as the document's own text shows it: blank number for drafts, none without a number line. */
export function writtenSymbol(doc: PlannedDoc): string | null {
  if (doc.flags & FLAG_NO_NUMBER) return null;
  if (doc.flags & FLAG_DRAFT) return doc.symbol!.replace(/^\d+/, '');
  return doc.symbol;
}

/** The scope as the extractor names it: under the province's name of the document's date (Thừa Thiên Huế before 2025). */
export function truthScope(doc: PlannedDoc): string {
  const blank = (doc.flags & (FLAG_DRAFT | FLAG_NO_NUMBER)) !== 0;
  return blank ? doc.scope : scopeAt(doc.scope, doc.date, doc.year);
}

export function truthId(doc: PlannedDoc, title: string | null, source: string | null): string {
  const blank = (doc.flags & (FLAG_DRAFT | FLAG_NO_NUMBER)) !== 0;
  const symbol = writtenSymbol(doc);
  return documentId({
    scope: truthScope(doc),
    symbol: symbol ? parseSymbol(symbol) : null,
    year: blank ? null : doc.year,
    kind: doc.kind,
    title,
    source,
  });
}
