// The provinces a coverage report lists: the gazetteer's pre-2025 provinces, plus any province that documents
// name and the gazetteer lacks.
CALL () {
  MATCH (j:Jurisdiction {level: 'province', era: 'before-2025'})
  RETURN j.name AS province
  UNION
  MATCH (d:Document)
  WHERE d.scope IS NOT NULL AND d.scope <> 'national'
  RETURN DISTINCT split(d.scope, '/')[0] AS province
}
RETURN province
ORDER BY province
