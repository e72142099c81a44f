// Documents of a batch read from a file whose id another file already holds: the loader keeps both when their
// dates or issuers differ (two texts with one number), and reports the pair either way.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
WHERE d.source IS NOT NULL AND d.source <> row.source
RETURN row.id AS id, d.source AS source, toString(d.date) AS date, d.issuer AS issuer
