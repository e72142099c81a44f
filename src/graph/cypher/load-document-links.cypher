// ISSUED_BY, SIGNED_BY {role, authority} and ADDRESSED_TO of documents read from a file (one row each), after
// clear-extracted-relations removed the old ones and the organizations and people exist. MATCH by id, then MERGE.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
CALL (d, row) {
  UNWIND row.issuers AS orgId
  MATCH (o:Organization {id: orgId})
  MERGE (d)-[:ISSUED_BY]->(o)
}
CALL (d, row) {
  WITH d, row WHERE row.signer IS NOT NULL
  MATCH (p:Person {id: row.signer.id})
  MERGE (d)-[s:SIGNED_BY]->(p)
  SET s.role = row.signer.role, s.authority = row.signer.authority
}
CALL (d, row) {
  UNWIND row.addressees AS orgId
  MATCH (o:Organization {id: orgId})
  MERGE (d)-[:ADDRESSED_TO]->(o)
}
RETURN count(*) AS documents
