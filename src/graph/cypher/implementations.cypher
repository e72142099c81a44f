// Documents that implement the document ($relationshipFilter: "<IMPLEMENTS|<CONTINUES", IMPLEMENTING_TYPES), directly ($maxDepth = 1) or down a chain,
// each once at its shortest depth, with the relation that reached it. The stored fields are named, so the full
// text and its folded copy are never read.
MATCH (target:Document {id: $id})
CALL apoc.path.expandConfig(target, {
  relationshipFilter: $relationshipFilter,
  labelFilter: '+Document',
  minLevel: 1,
  maxLevel: $maxDepth,
  uniqueness: 'NODE_GLOBAL',
  bfs: true,
  limit: $limit
}) YIELD path
WITH last(nodes(path)) AS d, length(path) AS depth, last(relationships(path)) AS r
ORDER BY depth, d.date, d.id
RETURN d {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub} AS document, depth, type(r) AS type, r.evidence AS evidence
