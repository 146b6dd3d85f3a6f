// PageRank (weighted), betweenness (unweighted; sampled from $samplingSize sources when given) and
// Louvain (weighted) on a projected graph, kept in the catalog as node properties.
// Params: $graphName, $dampingFactor (Float), $samplingSize (Int or null), $samplingSeed (Int).
// Returns: modularity, communityCount.
CALL gds.pageRank.mutate($graphName, {
  mutateProperty: 'pagerank', relationshipWeightProperty: 'weight', dampingFactor: $dampingFactor,
  maxIterations: 100, tolerance: 1e-7
}) YIELD nodePropertiesWritten AS ranked
CALL gds.betweenness.mutate($graphName, CASE WHEN $samplingSize IS NULL THEN {mutateProperty: 'betweenness'}
  ELSE {mutateProperty: 'betweenness', samplingSize: toInteger($samplingSize), samplingSeed: toInteger($samplingSeed)} END)
  YIELD nodePropertiesWritten AS between
// One thread: Louvain's result then depends only on the graph (repeatable runs).
CALL gds.louvain.mutate($graphName, {
  mutateProperty: 'community', relationshipWeightProperty: 'weight', concurrency: 1
}) YIELD modularity, communityCount
RETURN modularity, communityCount
