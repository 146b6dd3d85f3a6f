// Brokerage groups by industrial chain: a party's set of chains — an enterprise's IN_CHAIN, an
// agency's COVERS, a broker's SPECIALIZES_IN, a lab's or institution's chains of the results it
// (or, for an institution, its labs) DEVELOPED (APPLIES_TO).
// Params: $ids (list of party ids).
// Returns: id, name, type, groups (list of chain ids, possibly empty).
UNWIND $ids AS id
MATCH (p:Entity {id: id})
WITH p,
     [(p)-[:IN_CHAIN|COVERS|SPECIALIZES_IN]->(c:IndustryChain) | c.id] +
     [(p)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) | c.id] +
     [(p:Institution)<-[:PART_OF]-(:Lab)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) | c.id] AS chains
UNWIND (CASE WHEN size(chains) = 0 THEN [null] ELSE chains END) AS chain
WITH p, collect(DISTINCT chain) AS groups
RETURN p.id AS id, p.name AS name, [l IN labels(p) WHERE l <> 'Entity'][0] AS type, groups
