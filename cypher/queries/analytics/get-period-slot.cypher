// The slot of a stored period for the newest graph version up to $version, without its rankings.
// Params: $period (String key 'from..to', '*' = open), $version (Int), $format (Int: storage layout).
// Returns: slot, graphVersion, chunks; no row when nothing is stored.
MATCH (p:NetworkPeriod {period: $period})
WHERE p.graphVersion <= $version AND p.format = $format
WITH p ORDER BY p.graphVersion DESC LIMIT 1
RETURN p.slot AS slot, p.graphVersion AS graphVersion, p.chunks AS chunks
