// The other way round: an earlier run left a stub for a dateless citation ("national|114-KL/TW") and this run
// loaded the dated document ("national|114-KL/TW|2015"). When that is the only dated document of the scope and
// symbol, the stub is merged into it: its edges move over, its properties are dropped (the dated node's win).
// row.dateless is that stub's id: the dated id without its year part.
// replan=skip: planned once, not again whenever the statistics of the growing graph moved (~60 re-plans in a 100k
// ingest; a re-plan once chose a scan of the whole id index per row); every lookup is an index seek, hinted, so
// the first plan is the right one.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Document {id: row.dateless}) USING INDEX s:Document(id)
WHERE s.stub = true AND s.year IS NULL
MATCH (d:Document {id: row.id}) USING INDEX d:Document(id)
WHERE COUNT { MATCH (x:Document {symbol: row.symbol}) USING INDEX x:Document(symbol) WHERE x.scope = row.scope AND x.year IS NOT NULL } = 1
CALL apoc.refactor.mergeNodes([d, s], {properties: 'discard', mergeRels: true}) YIELD node
RETURN count(node) AS merged
