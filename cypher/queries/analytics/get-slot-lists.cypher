// Several precomputed lists of a slot in one round trip (see write-lists).
// Params: $slot, $names (list).
// Returns: name, list (map of the arrays); one row per list that exists.
UNWIND $names AS name
MATCH (l:AnalyticsList {slot: $slot, name: name})
RETURN name, properties(l) AS list
