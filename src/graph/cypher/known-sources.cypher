// The files an earlier ingest loaded, with their content hashes: a file with the same hash is not read again,
// and with --prune, a file no longer present is taken back (clear-sources). Uses the document_source index.
MATCH (d:Document)
WHERE d.source IS NOT NULL
RETURN d.source AS source, d.sourceHash AS hash
