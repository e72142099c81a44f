// Documents of a batch read from a file whose id another file already holds: the loader keeps both when their
// dates or issuers differ (two texts with one number), and reports the pair either way.
// replan=skip: planned once, not again whenever the statistics of the growing graph moved (~60 re-plans in a 100k
// ingest; a re-plan once chose a scan of the whole id index per row); every lookup is an index seek, hinted, so
// the first plan is the right one.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {id: row.id}) USING INDEX d:Document(id)
WHERE d.source IS NOT NULL AND d.source <> row.source
RETURN row.id AS id, d.source AS source, toString(d.date) AS date, d.issuer AS issuer
