// Weighted Louvain communities of a projected graph with its modularity, every node's community in
// one row. Runs beside gds-pagerank and gds-betweenness.
// Params: $graphName.
// Returns: modularity, nodes (the caller's integer indices), values (community labels, aligned).
// One thread: Louvain's result then depends only on the graph (repeatable runs).
CALL gds.louvain.mutate($graphName, {
  mutateProperty: 'community', relationshipWeightProperty: 'weight', concurrency: 1
}) YIELD modularity
CALL gds.graph.nodeProperty.stream($graphName, 'community') YIELD nodeId, propertyValue
RETURN modularity, collect(nodeId) AS nodes, collect(propertyValue) AS values
