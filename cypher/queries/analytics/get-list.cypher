// A precomputed list of the newest complete slot of a period up to $version (see write-lists).
// Params: $period (String key), $version (Int), $format (Int: storage layout), $name.
// Returns: graphVersion, list (map of the arrays), or no row when the slot has no such list.
MATCH (p:NetworkPeriod {period: $period})
WHERE p.graphVersion <= $version AND p.format = $format
WITH p ORDER BY p.graphVersion DESC LIMIT 1
MATCH (l:AnalyticsList {slot: p.slot, name: $name})
RETURN p.graphVersion AS graphVersion, properties(l) AS list
