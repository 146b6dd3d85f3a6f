// Store chunks of a period's actors: aligned arrays, one entry per actor (see
// graph-api/src/graph/analytics/actor-chunks.ts and analytics-store.ts for the fields), several
// chunks per transaction.
// Params: $slot, $chunks (list of maps: chunk (Int), arrays (map: field → list)).
// Returns: chunks (Int).
UNWIND $chunks AS c
CREATE (n:NetworkChunk {slot: $slot, chunk: c.chunk})
SET n += c.arrays
RETURN count(n) AS chunks
