// Project a weighted undirected graph into the GDS catalog from tie columns (node ids are the
// caller's integer indices 0..n−1; each tie listed once). The columns come as fixed-width digit
// strings (fixed-width-digits.ts), $width digits per value, not as lists: a list of millions of
// numbers is decoded on the server's network thread and stalls the other connections it serves.
// Params: $graphName, $count (Int, ties), $width (Int), $source, $target, $weight (String, aligned).
// Returns: nodeCount, relationshipCount.
UNWIND range(0, $count - 1) AS i
WITH i * $width AS at
WITH gds.graph.project($graphName, toInteger(substring($source, at, $width)),
       toInteger(substring($target, at, $width)),
       {relationshipProperties: {weight: toFloat(substring($weight, at, $width))}},
       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
