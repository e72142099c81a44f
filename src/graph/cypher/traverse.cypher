// lineage / impact in one round trip: name the root, expand, count, page.
// Root: the document with id $id, or the documents with symbol $symbol narrowed by $scope, $year, $date and the
// term's dates [$termFrom, $termTo). Unless exactly one matches, no traversal runs and up to $maxCandidates
// candidates are returned for the error message (src/api/naming.ts).
// Expansion: breadth first along $relationshipFilter (APOC syntax built from RelationType enum values, e.g.
// "IMPLEMENTS>|CONTINUES>"), each node once at its shortest depth, at most $maxNodes nodes and $maxDepth steps;
// then every relation of the followed types between reached nodes, leaving a node nearer the root in the followed
// direction. Reached nodes are looked up in a map by element id (a heavy root reaches thousands). The steps are
// ordered (depth, citing date, ids), counted, and the page [$skip, $skip + $first) is returned with flags saying
// whether a cap or the depth bound cut the result. The stored fields are named: the full text is never read.
CALL () {
  MATCH (d:Document {id: $id})
  RETURN d
  UNION
  MATCH (d:Document {symbol: $symbol})
  WHERE $id IS NULL
    AND ($scope IS NULL OR d.scope = $scope)
    AND ($year IS NULL OR d.year = $year)
    AND ($date IS NULL OR d.date = date($date))
    AND ($termFrom IS NULL OR (d.date >= date($termFrom) AND d.date < date($termTo)))
  RETURN d
}
WITH d ORDER BY d.date, d.id LIMIT $maxCandidates
WITH collect(d) AS candidates
CALL (candidates) {
  UNWIND CASE WHEN size(candidates) = 1 THEN candidates ELSE [] END AS root
  CALL apoc.path.expandConfig(root, {
    relationshipFilter: $relationshipFilter,
    labelFilter: '+Document',
    minLevel: 0,
    maxLevel: $maxDepth,
    uniqueness: 'NODE_GLOBAL',
    bfs: true,
    limit: $maxNodes + 1
  }) YIELD path
  WITH last(nodes(path)) AS node, length(path) AS depth
  RETURN collect({node: node, depth: depth}) AS reachedAll
}
// One node over the cap tells a cut result from one that fits exactly.
WITH candidates, reachedAll[..$maxNodes] AS reached, size(reachedAll) > $maxNodes AS nodeCapped
WITH candidates, reached, nodeCapped, apoc.map.fromPairs([x IN reached | [elementId(x.node), x.depth]]) AS depthOf
CALL (reached, depthOf) {
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
  LIMIT $maxSteps + 1
  RETURN collect({depth: depth, r: r, a: a, b: b}) AS found
}
// The depth bound cut the result when a node at $maxDepth has a followed relation to a document not reached.
CALL (reached, depthOf) {
  UNWIND reached AS x
  WITH x.node AS n, depthOf
  WHERE x.depth = $maxDepth
  MATCH (n)-[r]-(m:Document)
  WHERE type(r) IN $types AND depthOf[elementId(m)] IS NULL
    AND CASE WHEN $outward THEN startNode(r) = n ELSE endNode(r) = n END
  WITH r LIMIT 1
  RETURN count(r) > 0 AS depthLimited
}
// Only the page's documents are projected (a few hundred at most, of up to $maxSteps steps).
CALL (found) {
  UNWIND found[..$maxSteps][$skip..($skip + $first)] AS s
  WITH s.depth AS depth, s.r AS r, s.a AS a, s.b AS b
  RETURN collect({
    depth: depth, type: type(r), evidence: r.evidence, trigger: r.trigger, source: r.source,
    from: a {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub},
    to: b {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub}
  }) AS steps
}
WITH *, CASE WHEN size(candidates) = 1 THEN candidates[0] END AS root
RETURN
  CASE WHEN size(candidates) = 1 THEN [] ELSE [c IN candidates | c {.id, .symbol, .kind, .issuer, .scope, .date, .year, .title}] END AS candidates,
  root {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub} AS root,
  size(reached) AS reachedCount,
  nodeCapped OR size(found) > $maxSteps AS truncated,
  depthLimited,
  CASE WHEN size(found) > $maxSteps THEN $maxSteps ELSE size(found) END AS totalCount,
  steps
