// whoImplements / coverage in one round trip: name the target, then the documents that implement it
// ($relationshipFilter: "<IMPLEMENTS|<CONTINUES", IMPLEMENTING_TYPES), directly ($maxDepth = 1) or down a chain,
// each once at its shortest depth with the relation that reached it; counted, and the page [$skip, $skip + $first)
// returned. Naming as in traverse.cypher: by $id, or by $symbol narrowed by $scope, $year, $date and the term's
// dates; unless exactly one matches, nothing is expanded and the candidates are returned. The stored fields are
// named, so the full text and its folded copy are never read.
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
  UNWIND CASE WHEN size(candidates) = 1 THEN candidates ELSE [] END AS target
  CALL apoc.path.expandConfig(target, {
    relationshipFilter: $relationshipFilter,
    labelFilter: '+Document',
    minLevel: 1,
    maxLevel: $maxDepth,
    uniqueness: 'NODE_GLOBAL',
    bfs: true,
    limit: $maxNodes + 1
  }) YIELD path
  WITH last(nodes(path)) AS d, length(path) AS depth, last(relationships(path)) AS r
  ORDER BY depth, d.date, d.id
  RETURN collect({d: d, depth: depth, r: r}) AS found
}
// Only the page's documents are projected.
CALL (found) {
  UNWIND found[..$maxNodes][$skip..($skip + $first)] AS x
  WITH x.d AS d, x.depth AS depth, x.r AS r
  RETURN collect({document: d {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub}, depth: depth, type: type(r), evidence: r.evidence}) AS rows
}
WITH *, CASE WHEN size(candidates) = 1 THEN candidates[0] END AS root
RETURN
  CASE WHEN size(candidates) = 1 THEN [] ELSE [c IN candidates | c {.id, .symbol, .kind, .issuer, .scope, .date, .year, .title}] END AS candidates,
  root {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub} AS root,
  size(found) > $maxNodes AS truncated,
  CASE WHEN size(found) > $maxNodes THEN $maxNodes ELSE size(found) END AS totalCount,
  rows
