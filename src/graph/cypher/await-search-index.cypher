// The full-text index is eventually consistent (schema.cypher): wait until it holds every committed document.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
