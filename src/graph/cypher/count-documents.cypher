// How many documents the graph holds (`vanban start` loads seed/ into an empty one).
MATCH (d:Document)
RETURN count(d) AS n
