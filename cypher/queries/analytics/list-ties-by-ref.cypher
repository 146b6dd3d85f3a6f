// The stored ties (each actor's heaviest) of actors of a slot by ref, with their ids, types and
// current names: the lean read of partner suggestions (no metrics).
// Params: $slot, $refs (list of Int), $fields (Int: numbers per actor in `metrics`).
// Returns: ref, actorId, actorType, name, degree (−1: not in the collaboration graph), tieTo (refs).
UNWIND $refs AS r
WITH toInteger(r) AS ref
WITH ref / 65536 AS chunk, collect(DISTINCT ref % 65536) AS positions
MATCH (c:NetworkChunk {slot: $slot, chunk: chunk})
WITH c, positions, c.actorId AS actorId, c.actorType AS actorType, c.metrics AS metrics, c.tieStart AS tieStart,
     c.tieTo AS tieTo, toInteger($fields) AS f
UNWIND positions AS i
OPTIONAL MATCH (a:Entity {id: actorId[i]})
RETURN c.chunk * 65536 + i AS ref, actorId[i] AS actorId, actorType[i] AS actorType, a.name AS name,
       toInteger(metrics[i * f + 1]) AS degree,
       [t IN tieTo[toInteger(tieStart[i])..toInteger(tieStart[i + 1])] | toInteger(t)] AS tieTo
