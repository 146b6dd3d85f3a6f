// Store precomputed lists of a slot as aligned arrays, several per transaction: member gaps of a
// period, chain gaps of a version, partner pages, full rankings and community heads (see
// graph-api/src/graph/analytics/gap-lists.ts, partner-lists.ts and analytics-store.ts for the
// fields of each kind).
// Params: $slot, $lists (list of maps: name (e.g. 'memberGaps|*', 'chainGaps|AL-1'), arrays (map:
// field → list)).
// Returns: lists (Int).
UNWIND $lists AS x
CREATE (l:AnalyticsList {slot: $slot, name: x.name})
SET l += x.arrays
RETURN count(l) AS lists
