// Drop a projected graph from the GDS catalog (no error when it is not there).
// Params: $graphName.
// Returns: graphName (none when it did not exist).
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
