// Documents read from a file (one row each), with their own edges: the full text overwrites whatever citations
// said (row.props carries no null values: a null would delete a property). One statement writes the node, clears
// what an earlier load of its file wrote, and links its issuers, signer and addressees (the organizations exist:
// load-organizations ran first); separate statements seeking each document again cost as much as writing it.
// Clearing: a document whose file was loaded before (row.loadedBefore) loses its issuers, signer, addressees and
// the relations read from that file, so that a re-extraction replaces them; one whose file is new was at most a
// stub, whose issuers (what a citation said) give way to the document's own. Edges other files stated stay.
// replan=skip: planned once, not again whenever the statistics of the growing graph moved (~60 re-plans in a 100k
// ingest; a re-plan once chose a scan of the whole id index per row); every lookup is a unique-index seek, hinted
// where MATCHed, so the first plan is the right one.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props, d.stub = false
WITH d, row
CALL (d, row) {
  MATCH (d)-[r:ISSUED_BY|SIGNED_BY|ADDRESSED_TO|IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]->()
  WHERE r:ISSUED_BY OR (row.loadedBefore AND (r:SIGNED_BY|ADDRESSED_TO OR r.source = row.source))
  DELETE r
}
CALL (d, row) {
  UNWIND row.issuers AS orgId
  MATCH (o:Organization {id: orgId}) USING INDEX o:Organization(id)
  MERGE (d)-[:ISSUED_BY]->(o)
}
CALL (d, row) {
  WITH d, row WHERE row.signer IS NOT NULL
  MERGE (p:Person {id: row.signer.id})
    ON CREATE SET p.name = row.signer.name
  MERGE (d)-[s:SIGNED_BY]->(p)
  SET s.role = row.signer.role, s.authority = row.signer.authority
}
CALL (d, row) {
  UNWIND row.addressees AS orgId
  MATCH (o:Organization {id: orgId}) USING INDEX o:Organization(id)
  MERGE (d)-[:ADDRESSED_TO]->(o)
}
RETURN count(*) AS documents
