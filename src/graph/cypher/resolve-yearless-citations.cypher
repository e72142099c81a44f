// A citation without a date has an id without a year ("national|114-KL/TW"); the extractor merges it with the
// dated mention of the same run, and this merges it with a document loaded by an earlier run: when the graph holds
// exactly one other document of that scope and symbol, the citation is that document. Two or more (numbers restart
// each year or term) stay ambiguous, and the citation keeps its own node.
// replan=skip: planned once, not again whenever the statistics of the growing graph moved (~60 re-plans in a 100k
// ingest; a re-plan once chose a scan of the whole id index per row); every lookup is an index seek, hinted, so
// the first plan is the right one.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {symbol: row.symbol}) USING INDEX d:Document(symbol)
WHERE d.scope = row.scope AND d.id <> row.id
WITH row, collect(d.id) AS ids
WHERE size(ids) = 1
RETURN row.id AS id, ids[0] AS existing
