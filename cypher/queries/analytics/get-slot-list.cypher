// One precomputed list of a slot (see write-list).
// Params: $slot, $name.
// Returns: list (map of the arrays); no row when the slot has no such list.
MATCH (l:AnalyticsList {slot: $slot, name: $name})
RETURN properties(l) AS list
