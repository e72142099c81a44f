// After clear-sources: the stubs among these ids that no typed relation touches any more were only there because
// a taken-back file cited them; they go, with their ISSUED_BY edges. Stubs still cited elsewhere stay.
UNWIND $ids AS id
MATCH (d:Document {id: id})
WHERE d.stub = true
  AND NOT EXISTS { (d)-[:IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]-() }
DETACH DELETE d
RETURN count(*) AS dropped
