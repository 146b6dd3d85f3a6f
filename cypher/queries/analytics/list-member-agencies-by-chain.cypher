// Member agencies covering each chain, per alliance (the intermediaries of the partner gaps).
// Params: none.
// Returns: allianceId, allianceKind, chainId, agencies (list of agency ids).
MATCH (al:Alliance)<-[:MEMBER_OF]-(a:Agency)-[:COVERS]->(c:IndustryChain)
RETURN al.id AS allianceId, al.kind AS allianceKind, c.id AS chainId, collect(DISTINCT a.id) AS agencies
