// What the graph holds after an ingest: documents read in full, stubs known only from citations, typed relations.
MATCH (d:Document)
WITH count(d) AS documents, count(d.source) AS fullTexts
CALL () {
  MATCH (:Document)-[r:IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]->(:Document)
  RETURN count(r) AS relations
}
RETURN documents, fullTexts, relations
