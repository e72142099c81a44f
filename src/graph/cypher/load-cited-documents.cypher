// Documents known only from citations: a new one is a stub with what the citation said; an existing one only gets
// the properties it lacks (a citation never overwrites). A citation adds its issuers only to a document with none.
// Rare rows (documents cited but absent from the input), so the Eager this plan needs costs little.
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
MATCH (o:Organization {id: orgId})
MERGE (d)-[:ISSUED_BY]->(o)
RETURN count(*) AS issuedBy
