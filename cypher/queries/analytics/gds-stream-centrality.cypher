// The node properties computed by gds-centrality: one row per property with the values of every
// node (long lists decode far faster than one record per node and property).
// Params: $graphName.
// Returns: property ('pagerank' | 'betweenness' | 'community'), nodes (the caller's integer
// indices), values (aligned).
CALL gds.graph.nodeProperties.stream($graphName, ['pagerank', 'betweenness', 'community'])
YIELD nodeId, nodeProperty, propertyValue
RETURN nodeProperty AS property, collect(nodeId) AS nodes, collect(propertyValue) AS values
