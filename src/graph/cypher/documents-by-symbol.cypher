// Documents with this symbol, optionally in one scope: more than one means the caller must say which.
MATCH (d:Document {symbol: $symbol})
WHERE $scope IS NULL OR d.scope = $scope
RETURN d.id AS id, d.scope AS scope, d.symbol AS symbol
ORDER BY d.scope, d.id
LIMIT 50
