// Every stored period (complete slots), newest graph version first.
// Params: $format (Int: storage layout; periods stored in another are left out).
// Returns: period, from, to, graphVersion, computedAt, computeMs, nodeCount, edgeCount, engine.
MATCH (p:NetworkPeriod)
WHERE p.format = $format
RETURN p.period AS period, p.from AS from, p.to AS to, p.graphVersion AS graphVersion,
       toString(p.computedAt) AS computedAt, p.computeMs AS computeMs, p.nodeCount AS nodeCount,
       p.edgeCount AS edgeCount, p.engine AS engine
ORDER BY graphVersion DESC, period
