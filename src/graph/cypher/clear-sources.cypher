// Takes back what files contributed (row.source: the file's name; a zip's documents are "name!entry"), before a
// changed file's new version is written (in the same transaction) or when --prune removes a deleted file: the
// relations read from each file (stated by its document or by documents it cites: statedFrom), the document's signer and addressees, and its file-only properties. The document stays
// as a stub with what a citation would say (symbol, kind, scope, year, date, issuer, title) until the new version
// overwrites it; drop-orphan-stubs then deletes the stubs nothing cites any more (the ids returned).
UNWIND $rows AS row
CALL (row) {
  MATCH (d:Document {source: row.source})
  RETURN d
  UNION
  // the documents of a zip's entries: "archive.zip!inner/path.docx"
  MATCH (d:Document)
  WHERE d.source STARTS WITH row.source + '!'
  RETURN d
}
CALL (d, row) {
  UNWIND [d.id] + coalesce(d.statedFrom, []) AS fromId
  MATCH (a:Document {id: fromId})-[r:IMPLEMENTS|CONTINUES|BASED_ON|GUIDES|AMENDS|REPLACES|REPEALS|REVIEWS|CONSOLIDATES|CORRECTS|SUSPENDS|CITES]->(b:Document)
  WHERE r.source = d.source
  DELETE r
  RETURN collect(DISTINCT b.id) + collect(DISTINCT a.id) AS ends
}
CALL (d) {
  OPTIONAL MATCH (d)-[l:SIGNED_BY|ADDRESSED_TO]->()
  DELETE l
}
SET d.stub = true
REMOVE d.source, d.sourceHash, d.statedFrom, d.text, d.searchText, d.place, d.signer, d.signerRole,
  d.signerAuthority, d.addressees, d.recipients
RETURN ends + [d.id] AS ids
