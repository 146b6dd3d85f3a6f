// Stored metrics of actors of a slot by ref (chunk · 65536 + position), with their current names.
// Each chunk's arrays are read once, however many of its actors are asked for.
// Params: $slot, $refs (list of Int), $fields (Int: numbers per actor in `metrics`), $roleFields
// (Int: numbers per actor in `roles`).
// Returns: ref, actorId, actorType, name, metrics (the actor's numbers, in the order of
// METRIC_FIELDS in graph-api/src/graph/analytics/actor-chunks.ts), tieTo (refs), tieWeight, roles.
UNWIND $refs AS r
WITH toInteger(r) AS ref
WITH ref / 65536 AS chunk, collect(DISTINCT ref % 65536) AS positions
MATCH (c:NetworkChunk {slot: $slot, chunk: chunk})
WITH c, positions, c.actorId AS actorId, c.actorType AS actorType, c.metrics AS metrics, c.tieStart AS tieStart,
     c.tieTo AS tieTo, c.tieWeight AS tieWeight, c.roles AS roles, toInteger($fields) AS f, toInteger($roleFields) AS rf
UNWIND positions AS i
OPTIONAL MATCH (a:Entity {id: actorId[i]})
RETURN c.chunk * 65536 + i AS ref, actorId[i] AS actorId, actorType[i] AS actorType, a.name AS name,
       metrics[i * f..i * f + f] AS metrics,
       tieTo[toInteger(tieStart[i])..toInteger(tieStart[i + 1])] AS tieTo,
       tieWeight[toInteger(tieStart[i])..toInteger(tieStart[i + 1])] AS tieWeight,
       roles[i * rf..i * rf + rf] AS roles
