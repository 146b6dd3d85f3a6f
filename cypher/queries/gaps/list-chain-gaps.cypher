// Partner gaps per industrial chain (docs/domain.md): supply, demand and intermediaries.
// Supply: AVAILABLE results that APPLY_TO the chain; labs that DEVELOPED a result (any status)
// applying to it. Demand: OPEN demands that NEED it; enterprises IN_CHAIN. Intermediaries: agencies
// that are MEMBER_OF the chosen alliance(s) and COVER it; brokers SPECIALIZING_IN it.
// Params: $allianceIds (list of Alliance ids whose member agencies count).
// Returns: chainId, chainName, ecosystem, availableResults, labs, openDemands, enterprises, memberAgencies, brokers.
MATCH (c:IndustryChain)
RETURN c.id AS chainId,
       c.name AS chainName,
       c.ecosystem AS ecosystem,
       COUNT { (r:Result)-[:APPLIES_TO]->(c) WHERE r.status = 'AVAILABLE' } AS availableResults,
       COUNT { MATCH (l:Lab)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c) RETURN DISTINCT l } AS labs,
       COUNT { (dm:Demand)-[:NEEDS]->(c) WHERE dm.status = 'OPEN' } AS openDemands,
       COUNT { (:Enterprise)-[:IN_CHAIN]->(c) } AS enterprises,
       COUNT { MATCH (a:Agency)-[:COVERS]->(c) WHERE EXISTS { (a)-[:MEMBER_OF]->(al:Alliance) WHERE al.id IN $allianceIds } RETURN DISTINCT a } AS memberAgencies,
       COUNT { (:Broker)-[:SPECIALIZES_IN]->(c) } AS brokers
