// What /ready needs of the database: it answers, and the indexes the API relies on (schema.cypher) are online.
// A SHOW command ends in RETURN (no WITH after it): src/api/database.ts compares the names.
SHOW INDEXES YIELD name, state
WHERE name IN ['document_id', 'document_symbol', 'document_search'] AND state = 'ONLINE'
RETURN collect(name) AS online
