// The cheapest read: its bookmark (the last committed transaction) is the graph's version for the response cache.
RETURN 1 AS one
