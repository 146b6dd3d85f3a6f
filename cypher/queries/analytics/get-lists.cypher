// Several precomputed lists of the newest complete slot of a period up to $version in one round
// trip (e.g. the gap lists of a period, the sellers' sales buckets a matching needs).
// Params: $period (String key), $version (Int), $format (Int: storage layout), $names (list).
// Returns: graphVersion, lists (list of {name, list}: only the lists that exist); no row when the
// period has no complete slot.
MATCH (p:NetworkPeriod {period: $period})
WHERE p.graphVersion <= $version AND p.format = $format
WITH p ORDER BY p.graphVersion DESC LIMIT 1
RETURN p.graphVersion AS graphVersion,
       COLLECT { UNWIND $names AS name MATCH (l:AnalyticsList {slot: p.slot, name: name}) RETURN {name: name, list: properties(l)} } AS lists
