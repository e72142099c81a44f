// (:Organization)-[:IN]->(:Jurisdiction), one row per distinct pair of a batch; a jurisdiction the gazetteer
// does not know is created from the issuer's scope.
UNWIND $rows AS row
MATCH (o:Organization {id: row.org})
MERGE (j:Jurisdiction {id: row.id})
  ON CREATE SET j.name = row.name, j.level = row.level, j.gazetteer = false
MERGE (o)-[:IN]->(j)
RETURN count(*) AS jurisdictions
