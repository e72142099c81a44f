// Documents with this symbol, narrowed by $scope, $year, $date and the term's dates [$termFrom, $termTo) when
// given: the candidates of a name (documentsBySymbol, and the error of an ambiguous name).
MATCH (d:Document {symbol: $symbol})
WHERE ($scope IS NULL OR d.scope = $scope)
  AND ($year IS NULL OR d.year = $year)
  AND ($date IS NULL OR d.date = date($date))
  AND ($termFrom IS NULL OR (d.date >= date($termFrom) AND d.date < date($termTo)))
RETURN d {.id, .symbol, .number, .kind, .issuer, .scope, .date, .year, .title, .place, .signer, .signerRole, .signerAuthority, .addressees, .recipients, .source, .stub} AS document
ORDER BY d.date, d.scope, d.id
LIMIT $limit
