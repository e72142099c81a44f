// lineage / impact in one round trip: name the root, expand, count, page.
// Root: the document with id $id, or the documents with symbol $symbol narrowed by $scope, $year, $date and the
// term's dates [$termFrom, $termTo). Unless exactly one matches, no traversal runs and up to $maxCandidates
// candidates are returned for the error message (src/api/naming.ts).
// Steps: every relation of the followed types ($types; $relationshipFilter is the same in APOC's syntax, e.g.
// "IMPLEMENTS>|CONTINUES>") leaving, in the followed direction, a document reached breadth first at a depth below
// $maxDepth, at that depth + 1; each document counts once, at its shortest depth (APOC's NODE_GLOBAL uniqueness),
// and at most $maxNodes are reached. The steps are ordered (depth, citing date, ids, type), counted up to $maxSteps and
// the page [$skip, $skip + $first) is returned, with flags saying whether a cap or the depth bound cut the result.
// Cost: proportional to the reached documents and their followed relations, never to their product. The
// expansion streams straight into the sort: a list of the reached documents (or a map of their depths) in scope
// there would be counted in every buffered row by Neo4j's memory tracking, which ran a root with ~3,000
// descendants out of transaction memory (tests/integration/traversal-scale.test.ts). The stored fields are
// named: the full text is never read.
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
WITH candidates, CASE WHEN size(candidates) = 1 THEN candidates[0] END AS root
// The steps, sorted and capped. Without a node cap every relation found here ends at a reached document (one
// step further than a document below $maxDepth is within $maxDepth); with one, the far end is checked below.
CALL (root) {
  WITH root WHERE root IS NOT NULL
  CALL apoc.path.expandConfig(root, {
    relationshipFilter: $relationshipFilter,
    labelFilter: '+Document',
    minLevel: 0,
    maxLevel: $maxDepth - 1,
    uniqueness: 'NODE_GLOBAL',
    bfs: true,
    limit: $maxNodes
  }) YIELD path
  WITH last(nodes(path)) AS near, length(path) AS depth
  CALL (near) {
    MATCH (near)-[r]->(:Document)
    WHERE $outward
    RETURN r
    UNION
    MATCH (near)<-[r]-(:Document)
    WHERE NOT $outward
    RETURN r
  }
  WITH r, depth WHERE type(r) IN $types
  WITH r, depth + 1 AS depth, startNode(r) AS a, endNode(r) AS b
  // The type last: two documents may be linked by relations of two types, and pages need a total order.
  ORDER BY depth, a.date, a.id, b.id, type(r)
  LIMIT $maxSteps + 1
  RETURN collect({depth: depth, r: r, a: a, b: b}) AS allFound
}
// The reached documents and their depths (the same breadth-first order, one level further), after the sort.
CALL (root) {
  WITH root WHERE root IS NOT NULL
  CALL apoc.path.expandConfig(root, {
    relationshipFilter: $relationshipFilter,
    labelFilter: '+Document',
    minLevel: 0,
    maxLevel: $maxDepth,
    uniqueness: 'NODE_GLOBAL',
    bfs: true,
    limit: $maxNodes + 1
  }) YIELD path
  RETURN collect({node: last(nodes(path)), depth: length(path)}) AS reachedAll
}
// One node over the cap tells a cut result from one that fits exactly.
WITH candidates, root, allFound, reachedAll[..$maxNodes] AS reached, size(reachedAll) > $maxNodes AS nodeCapped
WITH candidates, root, allFound, reached, nodeCapped,
  apoc.map.fromPairs([x IN reached | [elementId(x.node), x.depth]]) AS depthOf
// Under a node cap, only the steps between reached documents count (a list filter: no row is buffered).
WITH candidates, root, reached, nodeCapped, depthOf,
  CASE WHEN nodeCapped
    THEN [s IN allFound WHERE depthOf[elementId(CASE WHEN $outward THEN s.b ELSE s.a END)] IS NOT NULL]
    ELSE allFound
  END AS found
// The depth bound cut the result when a document at $maxDepth has a followed relation to a document not reached.
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
// Only the page's documents are projected (a few hundred at most, of up to $maxSteps steps), with the stored
// fields the request asks for ($fields: names from a fixed list in src/api/documents.ts, never the text); dates
// as ISO strings, which is what the API answers (a Bolt date costs the driver more to decode than a string).
CALL (found) {
  UNWIND found[..$maxSteps][$skip..($skip + $first)] AS s
  WITH s.depth AS depth, s.r AS r, s.a AS a, s.b AS b
  RETURN collect({
    depth: depth, type: type(r), evidence: r.evidence, trigger: r.trigger, source: r.source,
    from: apoc.map.fromPairs([k IN $fields | [k, CASE k WHEN 'date' THEN toString(a.date) ELSE a[k] END]]),
    to: apoc.map.fromPairs([k IN $fields | [k, CASE k WHEN 'date' THEN toString(b.date) ELSE b[k] END]])
  }) AS steps
}
RETURN
  CASE WHEN size(candidates) = 1 THEN [] ELSE [c IN candidates | c {.id, .symbol, .kind, .issuer, .scope, .date, .year, .title}] END AS candidates,
  root {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub} AS root,
  size(reached) AS reachedCount,
  nodeCapped OR size(found) > $maxSteps AS truncated,
  depthLimited,
  CASE WHEN size(found) > $maxSteps THEN $maxSteps ELSE size(found) END AS totalCount,
  steps
