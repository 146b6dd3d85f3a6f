// The ref of an actor in a slot, looked up in the chunk its id hashes to (its id array read once).
// Params: $slot, $chunk (Int), $actorId.
// Returns: ref (none when the actor has no stored metrics in the slot).
MATCH (c:NetworkChunk {slot: $slot, chunk: toInteger($chunk)})
WITH c, c.actorId AS ids
UNWIND range(0, size(ids) - 1) AS i
WITH c, i, ids
WHERE ids[i] = $actorId
RETURN c.chunk * 65536 + i AS ref
