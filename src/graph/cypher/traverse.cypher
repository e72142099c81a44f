// Breadth-first expansion from a document along $relationshipFilter (APOC syntax built from RelationType enum
// values, e.g. "IMPLEMENTS>|CONTINUES>"), each node once at its shortest depth, then every relation of the
// followed types between reached nodes, from a node nearer the root. Bounded by $maxDepth, $maxNodes, $limit.
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
WITH reached, [x IN reached | x.node] AS nodes
UNWIND reached AS x
WITH x, nodes
WHERE x.depth < $maxDepth
WITH x.node AS near, x.depth AS depth, nodes
MATCH (near)-[r]-(far:Document)
WHERE type(r) IN $types
  AND (($outward AND startNode(r) = near) OR (NOT $outward AND endNode(r) = near))
  AND far IN nodes
WITH DISTINCT r, depth + 1 AS depth
WITH r, min(depth) AS depth
WITH r, depth, startNode(r) AS a, endNode(r) AS b
ORDER BY depth, a.date, a.id, b.id
LIMIT $limit
RETURN depth, type(r) AS type, r.evidence AS evidence, r.trigger AS trigger, r.source AS source,
       a {.*, text: null, searchText: null} AS from, b {.*, text: null, searchText: null} AS to
