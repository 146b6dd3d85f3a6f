// Weighted PageRank of a projected graph, every node's score in one row (long lists decode far
// faster than one record per node). Runs beside gds-betweenness and gds-louvain on the same graph.
// Params: $graphName, $dampingFactor (Float), $concurrency (Int: threads).
// Returns: nodes (the caller's integer indices), values (scores, aligned; not normalised).
CALL gds.pageRank.stream($graphName, {
  relationshipWeightProperty: 'weight', dampingFactor: $dampingFactor, maxIterations: 100, tolerance: 1e-7,
  concurrency: toInteger($concurrency)
}) YIELD nodeId, score
RETURN collect(nodeId) AS nodes, collect(score) AS values
