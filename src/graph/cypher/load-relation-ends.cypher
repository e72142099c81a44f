// The distinct ends of a batch's relations that are not documents of the batch: one known only from a citation
// becomes a stub. Written before the relations so that those only MATCH their ends.
// replan=skip: planned once, not again whenever the statistics of the growing graph moved (~60 re-plans in a 100k
// ingest; a re-plan once chose a scan of the whole id index per row); every lookup is a unique-index seek, hinted
// where MATCHed, so the first plan is the right one.
CYPHER replan=skip
UNWIND $ids AS id
MERGE (d:Document {id: id})
  ON CREATE SET d.stub = true
RETURN count(*) AS ends
