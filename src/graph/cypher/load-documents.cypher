// Documents read from a file (one row each): the full text overwrites whatever citations said. row.props carries
// no null values (a null would delete a property). A plain MERGE + SET: no subquery, no Eager in the plan.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d += row.props, d.stub = false
RETURN count(*) AS documents
