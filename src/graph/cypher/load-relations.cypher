// Typed document-to-document relations of one type, citing → cited; an end known only from this citation becomes
// a stub. `RELATION_TYPE` is replaced by each name in RELATION_TYPES (src/model.ts) when the file is loaded, never
// by input: a dynamic type (MERGE (a)-[:$(row.type)]->(b)), or one statement branching on the type, is 10–20×
// slower on nodes written earlier in the same transaction. row.props: evidence, source, start, end, trigger.
UNWIND $rows AS row
MERGE (a:Document {id: row.from})
  ON CREATE SET a.stub = true
MERGE (b:Document {id: row.to})
  ON CREATE SET b.stub = true
MERGE (a)-[r:RELATION_TYPE]->(b)
SET r = row.props
RETURN count(*) AS relations
