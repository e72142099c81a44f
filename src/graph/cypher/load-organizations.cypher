// Distinct organizations of a batch (issuers and addressees; the loader merges their properties), each issuer
// with its jurisdiction: (:Organization)-[:IN]->(:Jurisdiction), a jurisdiction the gazetteer does not know created
// from the issuer's scope. Existing organizations keep their properties.
// replan=skip: planned once, not again whenever the statistics of the growing graph moved (~60 re-plans in a 100k
// ingest; a re-plan once chose a scan of the whole id index per row); every lookup is a unique-index seek, hinted
// where MATCHed, so the first plan is the right one.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
  ON CREATE SET o += row.props
WITH o, row.jurisdiction AS jurisdiction
CALL (o, jurisdiction) {
  WITH o, jurisdiction WHERE jurisdiction IS NOT NULL
  MERGE (j:Jurisdiction {id: jurisdiction.id})
    ON CREATE SET j.name = jurisdiction.name, j.level = jurisdiction.level, j.gazetteer = false
  MERGE (o)-[:IN]->(j)
}
RETURN count(*) AS organizations
