// The other way round: an earlier run left a stub for a dateless citation ("national|114-KL/TW") and this run
// loaded the dated document ("national|114-KL/TW|2015"). When that is the only dated document of the scope and
// symbol, the stub is merged into it: its edges move over, its properties are dropped (the dated node's win).
// row.dateless is that stub's id: the dated id without its year part.
UNWIND $rows AS row
MATCH (s:Document {id: row.dateless})
WHERE s.stub = true AND s.year IS NULL
MATCH (d:Document {id: row.id})
WHERE COUNT { MATCH (x:Document {symbol: row.symbol}) WHERE x.scope = row.scope AND x.year IS NOT NULL } = 1
CALL apoc.refactor.mergeNodes([d, s], {properties: 'discard', mergeRels: true}) YIELD node
RETURN count(node) AS merged
