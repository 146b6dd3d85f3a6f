// Store one precomputed list of a slot (member gaps of a period, chain gaps of a version) as
// aligned arrays; see graph-api/src/graph/analytics/gap-lists.ts for the fields of each kind.
// Params: $slot, $name (e.g. 'memberGaps|*', 'chainGaps|AL-1'), $arrays (map: field → list).
// Returns: name.
CREATE (l:AnalyticsList {slot: $slot, name: $name})
SET l += $arrays
RETURN l.name AS name
