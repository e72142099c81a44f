// A shortest chain of citation relations between two documents, at most 20 long, citing → cited only.
MATCH (a:Document {id: $from}), (b:Document {id: $to})
OPTIONAL MATCH p = shortestPath((a)-[:IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES*..20]->(b))
WITH p WHERE p IS NOT NULL
UNWIND range(0, length(p) - 1) AS i
WITH i, relationships(p)[i] AS r
WITH i, r, startNode(r) AS a, endNode(r) AS b
RETURN i + 1 AS depth, type(r) AS type, r.evidence AS evidence, r.trigger AS trigger, r.source AS source,
       a {.*, text: null, searchText: null} AS from, b {.*, text: null, searchText: null} AS to
ORDER BY depth
