// Distinct organizations of a batch (issuers and addressees; the loader merges their properties). Existing
// organizations keep their properties. Their jurisdictions come after (load-organization-jurisdictions).
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
  ON CREATE SET o += row.props
RETURN count(*) AS organizations
