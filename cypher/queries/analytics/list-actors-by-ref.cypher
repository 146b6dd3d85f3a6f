// Stored metrics of actors of a slot by ref (chunk · 65536 + position), with their current names.
// Each chunk's arrays are read once, however many of its actors are asked for.
// Params: $slot, $refs (list of Int).
// Returns: ref, actorId, actorType, name, inChengdu (1/0/−1), degree (−1 = not in the graph),
// weightedDegree, degreeCentrality, betweenness, pagerank, community, constraint (NaN = none),
// effectiveSize, ranks (list: pagerank, betweenness, degree, weightedDegree, effectiveSize,
// constraint), tieTo (refs), tieWeight, rolesInChengdu, rolesChain (7 Ints each).
UNWIND $refs AS r
WITH toInteger(r) AS ref
WITH ref / 65536 AS chunk, collect(DISTINCT ref % 65536) AS positions
MATCH (c:NetworkChunk {slot: $slot, chunk: chunk})
WITH c, positions, c.actorId AS actorId, c.actorType AS actorType, c.inChengdu AS inChengdu, c.degree AS degree,
     c.weightedDegree AS weightedDegree, c.degreeCentrality AS degreeCentrality, c.betweenness AS betweenness,
     c.pagerank AS pagerank, c.community AS community, c.constraint AS constraint, c.effectiveSize AS effectiveSize,
     c.pagerankRank AS pagerankRank, c.betweennessRank AS betweennessRank, c.degreeRank AS degreeRank,
     c.weightedDegreeRank AS weightedDegreeRank, c.effectiveSizeRank AS effectiveSizeRank,
     c.constraintRank AS constraintRank, c.tieStart AS tieStart, c.tieTo AS tieTo, c.tieWeight AS tieWeight,
     c.rolesInChengdu AS rolesInChengdu, c.rolesChain AS rolesChain
UNWIND positions AS i
OPTIONAL MATCH (a:Entity {id: actorId[i]})
RETURN c.chunk * 65536 + i AS ref, actorId[i] AS actorId, actorType[i] AS actorType, a.name AS name,
       inChengdu[i] AS inChengdu, degree[i] AS degree, weightedDegree[i] AS weightedDegree,
       degreeCentrality[i] AS degreeCentrality, betweenness[i] AS betweenness, pagerank[i] AS pagerank,
       community[i] AS community, constraint[i] AS constraint, effectiveSize[i] AS effectiveSize,
       [pagerankRank[i], betweennessRank[i], degreeRank[i], weightedDegreeRank[i], effectiveSizeRank[i],
        constraintRank[i]] AS ranks,
       tieTo[tieStart[i]..tieStart[i + 1]] AS tieTo, tieWeight[tieStart[i]..tieStart[i + 1]] AS tieWeight,
       rolesInChengdu[i * 7..i * 7 + 7] AS rolesInChengdu, rolesChain[i * 7..i * 7 + 7] AS rolesChain
