// The stored ties (each actor's heaviest) of actors of a slot by ref, with their ids and types:
// the lean read of partner suggestions (no metrics, no names: the few neighbours shown are named
// with the suggestions).
// Params: $slot, $refs (list of Int).
// Returns: ref, actorId, actorType, tieTo (refs, as stored).
UNWIND $refs AS r
WITH toInteger(r) AS ref
WITH ref / 65536 AS chunk, collect(DISTINCT ref % 65536) AS positions
MATCH (c:NetworkChunk {slot: $slot, chunk: chunk})
WITH c, positions, c.actorId AS actorId, c.actorType AS actorType, c.tieStart AS tieStart, c.tieTo AS tieTo
UNWIND positions AS i
RETURN c.chunk * 65536 + i AS ref, actorId[i] AS actorId, actorType[i] AS actorType,
       tieTo[toInteger(tieStart[i])..toInteger(tieStart[i + 1])] AS tieTo
