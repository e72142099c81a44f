// ISSUED_BY and (:Organization)-[:IN]->(:Jurisdiction). A full text replaces the issuers that citations named;
// a citation adds an issuer only to a document that has none.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
CALL (d, row) {
  WITH d, row WHERE row.full
  OPTIONAL MATCH (d)-[old:ISSUED_BY]->(o:Organization)
  WHERE NOT o.id IN [org IN row.issuers | org.id]
  DELETE old
}
WITH d, row
WHERE row.full OR NOT EXISTS { (d)-[:ISSUED_BY]->() }
UNWIND row.issuers AS org
MERGE (o:Organization {id: org.id})
  ON CREATE SET o.name = org.name, o.level = org.level, o.jurisdiction = org.jurisdiction
MERGE (d)-[:ISSUED_BY]->(o)
WITH o, org WHERE org.jurisdiction IS NOT NULL
MERGE (j:Jurisdiction {id: org.jurisdiction})
  ON CREATE SET j.name = org.jurisdictionName, j.level = org.level, j.gazetteer = false
MERGE (o)-[:IN]->(j)
RETURN count(*) AS issuedBy
