// The node properties computed by gds-centrality: one row per node and property.
// Params: $graphName.
// Returns: node (the caller's integer index), property ('pagerank' | 'betweenness' | 'community'), value.
CALL gds.graph.nodeProperties.stream($graphName, ['pagerank', 'betweenness', 'community'])
YIELD nodeId, nodeProperty, propertyValue
RETURN nodeId AS node, nodeProperty AS property, propertyValue AS value
