// Full-text search on the folded index; $query is built by src/graph/fold.ts (letters and digits only).
CALL db.index.fulltext.queryNodes('document_search', $query, {limit: $limit}) YIELD node, score
RETURN node {.*, text: null, searchText: null} AS document, score
ORDER BY score DESC, node.date DESC, node.id
