// Cards (as the partner pages of the analytics run hold them, partner-lists.ts) of organisations given by their ref in a stored slot (chunk × 65536
// + position, as list-ties-by-ref): candidates of a partner suggestion that share no chain with
// the organisation, only collaboration partners. The ids come from the chunks' id arrays.
// Params: $slot, $refs (list of Int).
// Returns: ref, id, name, type, districtId, districtName, inChengdu, alliances.
UNWIND $refs AS r
WITH toInteger(r) AS ref
WITH ref / 65536 AS chunk, collect(ref % 65536) AS positions
MATCH (c:NetworkChunk {slot: $slot, chunk: chunk})
WITH c, positions, c.actorId AS actorId
UNWIND positions AS i
MATCH (x:Agency|Institution|Lab|Enterprise {id: actorId[i]})
WITH c.chunk * 65536 + i AS ref, x,
     head([(x)-[:LOCATED_IN]->(dd:District) | dd] + [(x)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(dd:District) | dd]) AS district
RETURN ref, x.id AS id, x.name AS name, [l IN labels(x) WHERE l <> 'Entity'][0] AS type,
       district.id AS districtId, district.name AS districtName, district.inChengdu AS inChengdu,
       [(x)-[:MEMBER_OF]->(al:Alliance) | al.id] AS alliances
