// One actor of a slot found by id (in the chunk its id hashes to) with its stored ties and degree:
// find-actor-ref and list-ties-by-ref in one round trip.
// Params: $slot, $chunk (Int), $actorId, $fields (Int: numbers per actor in `metrics`).
// Returns: ref, actorId, actorType, degree (−1: not in the collaboration graph), tieTo (refs, as
// stored); no row when the actor has no stored metrics in the slot.
MATCH (c:NetworkChunk {slot: $slot, chunk: toInteger($chunk)})
WITH c, c.actorId AS ids
UNWIND range(0, size(ids) - 1) AS i
WITH c, i, ids
WHERE ids[i] = $actorId
WITH c, i, c.tieStart AS tieStart
RETURN c.chunk * 65536 + i AS ref, $actorId AS actorId, c.actorType[i] AS actorType,
       toInteger(c.metrics[i * toInteger($fields) + 1]) AS degree,
       c.tieTo[toInteger(tieStart[i])..toInteger(tieStart[i + 1])] AS tieTo
