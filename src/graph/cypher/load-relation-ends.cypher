// The distinct ends of a batch's relations that are not documents of the batch: one known only from a citation
// becomes a stub. Written before the relations so that those only MATCH their ends.
UNWIND $ids AS id
MERGE (d:Document {id: id})
  ON CREATE SET d.stub = true
RETURN count(*) AS ends
