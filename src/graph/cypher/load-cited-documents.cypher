// Documents known only from citations: a new one is a stub with what the citation said; an existing one only gets
// the properties it lacks (a citation never overwrites). A citation adds its issuers only to a document with none.
// Rare rows (documents cited but absent from the input), so the Eager this plan needs costs little.
// replan=skip: planned once, not again whenever the statistics of the growing graph moved (~60 re-plans in a 100k
// ingest; a re-plan once chose a scan of the whole id index per row); every lookup is a unique-index seek, hinted
// where MATCHed, so the first plan is the right one.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
  ON CREATE SET d += row.props, d.stub = true
WITH d, row
CALL (d, row) {
  UNWIND keys(row.props) AS key
  WITH d, row, key WHERE d[key] IS NULL
  SET d[key] = row.props[key]
}
WITH d, row WHERE NOT EXISTS { (d)-[:ISSUED_BY]->() }
UNWIND row.issuers AS orgId
MATCH (o:Organization {id: orgId}) USING INDEX o:Organization(id)
MERGE (d)-[:ISSUED_BY]->(o)
RETURN count(*) AS issuedBy
