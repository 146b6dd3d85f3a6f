// Every alliance membership with the alliance's kind, and the chains each member COVERS, for the
// member gaps computed by the analytics run.
// Params: none.
// Returns: memberId, memberType, allianceId, allianceKind, covers (list of chain ids).
MATCH (m:Entity)-[:MEMBER_OF]->(al:Alliance)
RETURN m.id AS memberId, [l IN labels(m) WHERE l <> 'Entity'][0] AS memberType, al.id AS allianceId,
       al.kind AS allianceKind, [(m)-[:COVERS]->(c:IndustryChain) | c.id] AS covers
