// Distinct signers of a batch.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name
RETURN count(*) AS people
