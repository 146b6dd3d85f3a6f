// Project a weighted undirected graph into the GDS catalog from tie lists (node ids are the
// caller's integer indices 0..n−1; each tie listed once).
// Params: $graphName, $source, $target (lists of Int), $weight (list of Float, aligned).
// Returns: nodeCount, relationshipCount.
UNWIND range(0, size($source) - 1) AS i
WITH gds.graph.project($graphName, toInteger($source[i]), toInteger($target[i]),
       {relationshipProperties: {weight: toFloat($weight[i])}},
       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount
