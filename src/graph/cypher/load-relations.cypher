// Typed document-to-document relations, citing → cited; an end known only from this citation becomes a stub.
// row.type is one of RELATION_TYPES (checked before loading), never free text.
UNWIND $rows AS row
MERGE (a:Document {id: row.from})
  ON CREATE SET a.stub = true
MERGE (b:Document {id: row.to})
  ON CREATE SET b.stub = true
MERGE (a)-[r:$(row.type)]->(b)
SET r.evidence = row.evidence, r.source = row.source, r.start = row.start, r.end = row.end, r.trigger = row.trigger
RETURN count(*) AS relations
