// The document named by id (the root of lineage, impact, whoImplements, coverage, path).
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.scope AS scope, d.symbol AS symbol
