// Typed document-to-document relations of one type, citing → cited, after both ends exist (load-documents,
// load-relation-ends): MATCH both by id, then MERGE the relationship. `RELATION_TYPE` is replaced by each name in
// RELATION_TYPES (src/model.ts) when the file is loaded, never by input: a dynamic type (MERGE (a)-[:$(row.type)]->(b)),
// or one statement branching on the type, is 10–20× slower on nodes written earlier in the same transaction.
// row.props: evidence, source, start, end, trigger.
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Document {id: row.to})
MERGE (a)-[r:RELATION_TYPE]->(b)
SET r = row.props
RETURN count(*) AS relations
