// Betweenness (unweighted shortest paths; sampled from $samplingSize sources when given) of a
// projected graph, every node's score in one row. Runs beside gds-pagerank and gds-louvain.
// Params: $graphName, $samplingSize (Int or null), $samplingSeed (Int), $concurrency (Int: threads).
// Returns: nodes (the caller's integer indices), values (aligned; each unordered pair counted once,
// a sampled run sums its sources only).
CALL gds.betweenness.stream($graphName, CASE WHEN $samplingSize IS NULL THEN {concurrency: toInteger($concurrency)}
  ELSE {samplingSize: toInteger($samplingSize), samplingSeed: toInteger($samplingSeed),
  concurrency: toInteger($concurrency)} END)
  YIELD nodeId, score
RETURN collect(nodeId) AS nodes, collect(score) AS values
