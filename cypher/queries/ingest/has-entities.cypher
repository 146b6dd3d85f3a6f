// Params: none. Returns: has (true when the graph holds at least one domain node).
OPTIONAL MATCH (n:Entity)
WITH n LIMIT 1
RETURN n IS NOT NULL AS has
