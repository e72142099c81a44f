// Before writing the relations read from a file, drop those an earlier ingest read from the same file, so that a
// re-extraction replaces them. Edges that other documents point at this one are kept.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})-[r:IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]->(:Document)
WHERE r.source = row.source
DELETE r
RETURN count(*) AS deleted
