// Stored metrics of actors of a slot by ref (chunk · 65536 + position), with their current names.
// Params: $slot, $refs (list of Int).
// Returns: ref, actorId, actorType, name, inChengdu (1/0/−1), degree (−1 = not in the graph),
// weightedDegree, degreeCentrality, betweenness, pagerank, community, constraint (NaN = none),
// effectiveSize, ranks (list: pagerank, betweenness, degree, weightedDegree, effectiveSize,
// constraint), tieTo (refs), tieWeight, rolesInChengdu, rolesChain (7 Ints each).
UNWIND $refs AS r
WITH toInteger(r) AS ref
MATCH (c:NetworkChunk {slot: $slot, chunk: ref / 65536})
WITH ref, c, ref % 65536 AS i
OPTIONAL MATCH (a:Entity {id: c.actorId[i]})
RETURN ref, c.actorId[i] AS actorId, c.actorType[i] AS actorType, a.name AS name, c.inChengdu[i] AS inChengdu,
       c.degree[i] AS degree, c.weightedDegree[i] AS weightedDegree, c.degreeCentrality[i] AS degreeCentrality,
       c.betweenness[i] AS betweenness, c.pagerank[i] AS pagerank, c.community[i] AS community,
       c.constraint[i] AS constraint, c.effectiveSize[i] AS effectiveSize,
       [c.pagerankRank[i], c.betweennessRank[i], c.degreeRank[i], c.weightedDegreeRank[i], c.effectiveSizeRank[i],
        c.constraintRank[i]] AS ranks,
       c.tieTo[c.tieStart[i]..c.tieStart[i + 1]] AS tieTo, c.tieWeight[c.tieStart[i]..c.tieStart[i + 1]] AS tieWeight,
       c.rolesInChengdu[i * 7..i * 7 + 7] AS rolesInChengdu, c.rolesChain[i * 7..i * 7 + 7] AS rolesChain
