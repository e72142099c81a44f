// Before `vanban ingest --bulk` replaces the database: the nodes it would lose (the gazetteer's jurisdictions
// aside, which every start loads again). Any other node means the database is not empty.
MATCH (n)
WHERE NOT (n:Jurisdiction AND n.gazetteer = true)
RETURN count(n) AS n
