// The ref of an actor in a slot, looked up in the chunk its id hashes to.
// Params: $slot, $chunk (Int), $actorId.
// Returns: ref (none when the actor has no stored metrics in the slot).
MATCH (c:NetworkChunk {slot: $slot, chunk: toInteger($chunk)})
UNWIND range(0, size(c.actorId) - 1) AS i
WITH c, i
WHERE c.actorId[i] = $actorId
RETURN c.chunk * 65536 + i AS ref
