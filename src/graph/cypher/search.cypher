// Search: documents whose symbol is the query ($symbol, spaces removed) or starts with it come first (range index
// document_symbol), then the full-text matches on the folded index ($query is built by src/graph/fold.ts from
// letters and digits only), each document once at its best rank. The title and the start of the text are
// returned for the highlighted fragment (src/api/resolvers.ts).
CALL () {
  MATCH (node:Document)
  WHERE node.symbol = $symbol
  RETURN node, 0 AS rank, null AS score
  UNION
  MATCH (node:Document)
  WHERE node.symbol STARTS WITH $symbol AND node.symbol <> $symbol
  WITH node ORDER BY node.symbol, node.date DESC LIMIT $limit
  RETURN node, 1 AS rank, null AS score
  UNION
  CALL db.index.fulltext.queryNodes('document_search', $query, {limit: $limit}) YIELD node, score
  RETURN node, 2 AS rank, score
}
WITH node, min(rank) AS rank, max(score) AS score
ORDER BY rank, score DESC, node.date DESC, node.id
LIMIT $limit
RETURN node {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub} AS document,
       CASE rank WHEN 0 THEN 'EXACT_SYMBOL' WHEN 1 THEN 'SYMBOL_PREFIX' ELSE 'TEXT' END AS matchedBy,
       score, node.title AS title, left(node.text, 20000) AS text
