// Constraints and indexes of the graph. Idempotent: run on every start and ingest.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (o:Organization) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT jurisdiction_id IF NOT EXISTS FOR (j:Jurisdiction) REQUIRE j.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE;
CREATE INDEX document_symbol IF NOT EXISTS FOR (d:Document) ON (d.symbol);
CREATE INDEX document_scope IF NOT EXISTS FOR (d:Document) ON (d.scope);
// The file a document was read from: a changed or deleted file's contribution is found by it (clear-sources).
CREATE INDEX document_source IF NOT EXISTS FOR (d:Document) ON (d.source);
CREATE INDEX document_kind IF NOT EXISTS FOR (d:Document) ON (d.kind);
CREATE INDEX document_year IF NOT EXISTS FOR (d:Document) ON (d.year);
CREATE INDEX document_date IF NOT EXISTS FOR (d:Document) ON (d.date);
CREATE INDEX organization_name IF NOT EXISTS FOR (o:Organization) ON (o.name);
CREATE INDEX jurisdiction_name IF NOT EXISTS FOR (j:Jurisdiction) ON (j.name);
// searchText is the accent-folded symbol + title + text (see src/graph/fold.ts); "standard-no-stop-words" because
// "standard" and "standard-folding" drop English stop words that are Vietnamese words ("an", "to", "no").
// Eventually consistent: Lucene indexes the texts after each commit, off the ingest's critical path (a
// synchronous update made every batch 2× slower); loadGraph waits for it at its end (await-search-index).
CREATE FULLTEXT INDEX document_search IF NOT EXISTS FOR (d:Document) ON EACH [d.symbol, d.title, d.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: true}};
