// Breadth-first expansion from a document along $relationshipFilter (APOC syntax built from RelationType enum
// values, e.g. "IMPLEMENTS>|CONTINUES>"), each node once at its shortest depth, then every relation of the
// followed types between reached nodes, leaving a node nearer the root in the followed direction (each found
// once, from its near end). Reached nodes are looked up in a map by element id, not searched in a list (a heavy
// root reaches thousands). The stored fields are named, so the full text and its folded copy are never read.
// Bounded by $maxDepth, $maxNodes, $limit.
MATCH (root:Document {id: $id})
CALL apoc.path.expandConfig(root, {
  relationshipFilter: $relationshipFilter,
  labelFilter: '+Document',
  minLevel: 0,
  maxLevel: $maxDepth,
  uniqueness: 'NODE_GLOBAL',
  bfs: true,
  limit: $maxNodes
}) YIELD path
WITH last(nodes(path)) AS node, length(path) AS depth
WITH collect({node: node, depth: depth}) AS reached
WITH reached, apoc.map.fromPairs([x IN reached | [elementId(x.node), x.depth]]) AS depthOf
UNWIND reached AS x
WITH x.node AS near, x.depth AS depth, depthOf
WHERE depth < $maxDepth
CALL (near) {
  MATCH (near)-[r]->(far:Document)
  WHERE $outward
  RETURN r, far
  UNION
  MATCH (near)<-[r]-(far:Document)
  WHERE NOT $outward
  RETURN r, far
}
WITH r, far, depth, depthOf
WHERE type(r) IN $types AND depthOf[elementId(far)] IS NOT NULL
WITH r, depth + 1 AS depth, startNode(r) AS a, endNode(r) AS b
ORDER BY depth, a.date, a.id, b.id
LIMIT $limit
RETURN depth, type(r) AS type, r.evidence AS evidence, r.trigger AS trigger, r.source AS source,
       a {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub} AS from, b {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub} AS to
