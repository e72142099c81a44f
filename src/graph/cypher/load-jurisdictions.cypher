// Provinces and districts from the gazetteer (src/resolve/gazetteer.ts): PART_OF and the 2025 SUCCEEDED_BY
// links. Ends are MERGEd, so row order does not matter.
UNWIND $rows AS row
MERGE (j:Jurisdiction {id: row.id})
SET j.name = row.name, j.level = row.level, j.kind = row.kind, j.era = row.era, j.abolished = row.abolished,
    j.successor = row.successor, j.gazetteer = true
WITH j, row
CALL (j, row) {
  WITH j, row WHERE row.partOf IS NOT NULL
  MERGE (p:Jurisdiction {id: row.partOf})
  MERGE (j)-[:PART_OF]->(p)
}
CALL (j, row) {
  WITH j, row WHERE row.successorId IS NOT NULL
  MERGE (s:Jurisdiction {id: row.successorId})
  MERGE (j)-[:SUCCEEDED_BY]->(s)
}
RETURN count(*) AS jurisdictions
