// Before writing what a file says, drop what an earlier ingest read from the same file, so that a re-extraction
// replaces it: the document's issuers, signer and addressees, and the relations read from that file. Edges that
// other documents point at this one are kept.
UNWIND $rows AS row
MATCH (d:Document {id: row.id})-[r:ISSUED_BY|SIGNED_BY|ADDRESSED_TO|IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]->()
WHERE r:ISSUED_BY|SIGNED_BY|ADDRESSED_TO OR r.source = row.source
DELETE r
RETURN count(*) AS deleted
