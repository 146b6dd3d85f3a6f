// Store one chunk of a period's actors: aligned arrays, one entry per actor (see
// graph-api/src/graph/analytics/actor-chunks.ts and analytics-store.ts for the fields).
// Params: $slot, $chunk (Int), $arrays (map: field → list).
// Returns: actors (Int).
CREATE (n:NetworkChunk {slot: $slot, chunk: $chunk})
SET n += $arrays
RETURN size(n.actorId) AS actors
