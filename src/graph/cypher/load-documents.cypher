// One row per document. Full texts (row.full) overwrite what citations said; citation-only knowledge fills
// missing properties and never overwrites. row.props carries no null values (a null would delete a property).
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
  ON CREATE SET d.stub = NOT row.full
WITH d, row
CALL (d, row) {
  WITH d, row WHERE row.full
  SET d += row.props, d.stub = false
}
CALL (d, row) {
  WITH d, row WHERE NOT row.full
  UNWIND keys(row.props) AS key
  WITH d, row, key WHERE d[key] IS NULL
  SET d[key] = row.props[key]
}
RETURN count(DISTINCT d) AS documents
