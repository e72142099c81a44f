// SIGNED_BY {role, authority} and ADDRESSED_TO, from full texts only (citations name neither).
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
CALL (d) {
  OPTIONAL MATCH (d)-[old:SIGNED_BY|ADDRESSED_TO]->()
  DELETE old
}
CALL (d, row) {
  WITH d, row WHERE row.signer IS NOT NULL
  MERGE (p:Person {id: row.signer.id})
    ON CREATE SET p.name = row.signer.name
  MERGE (d)-[s:SIGNED_BY]->(p)
  SET s.role = row.signer.role, s.authority = row.signer.authority
}
CALL (d, row) {
  UNWIND row.addressees AS addressee
  MERGE (o:Organization {id: addressee.id})
    ON CREATE SET o.name = addressee.name
  MERGE (d)-[:ADDRESSED_TO]->(o)
}
RETURN count(*) AS documents
