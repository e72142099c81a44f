// A shortest chain of citation relations between two documents, at most 20 long, citing → cited only, over the
// relation types $types (RELATION_TYPES of src/model.ts). One row: whether each end exists, and the steps.
OPTIONAL MATCH (a:Document {id: $from})
OPTIONAL MATCH (b:Document {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = shortestPath((a)-[rs*..20]->(b))
  WHERE all(r IN rs WHERE type(r) IN $types)
  UNWIND range(0, length(p) - 1) AS i
  WITH i, relationships(p)[i] AS r
  ORDER BY i
  WITH i, r, startNode(r) AS x, endNode(r) AS y
  RETURN collect({
    depth: i + 1, type: type(r), evidence: r.evidence, trigger: r.trigger, source: r.source,
    from: x {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub},
    to: y {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub}
  }) AS steps
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, steps
