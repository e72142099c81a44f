// Typed document-to-document relations of one type, citing → cited, after both ends exist (load-documents,
// load-relation-ends): MATCH both by id, then MERGE the relationship. `RELATION_TYPE` is replaced by each name in
// RELATION_TYPES (src/model.ts) when the file is loaded, never by input: a dynamic type (MERGE (a)-[:$(row.type)]->(b)),
// or one statement branching on the type, is 10–20× slower on nodes written earlier in the same transaction.
// row.props: evidence, source, start, end, trigger.
// replan=skip: planned once, not again whenever the statistics of the growing graph moved (~60 re-plans in a 100k
// ingest; a re-plan once chose a scan of the whole id index per row); every lookup is a unique-index seek, hinted
// where MATCHed, so the first plan is the right one.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Document {id: row.from}) USING INDEX a:Document(id)
MATCH (b:Document {id: row.to}) USING INDEX b:Document(id)
MERGE (a)-[r:RELATION_TYPE]->(b)
SET r = row.props
RETURN count(*) AS relations
