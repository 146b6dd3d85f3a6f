// Every broker with what its recommendation score needs beyond a demand's chains: title, the
// chains it specialises in, and its deals landed in Chengdu (the definition of
// list-broker-details.cypher: a deal whose BUYER is located in a District with inChengdu = true).
// Streamed once per analytics run (graph-api/src/graph/analytics/match-lists.ts).
// Params: none.
// Returns: id, titleLevel, specialties (chain ids), chengduDeals (Int).
MATCH (b:Broker)
RETURN b.id AS id, b.titleLevel AS titleLevel,
       [(b)-[:SPECIALIZES_IN]->(c:IndustryChain) | c.id] AS specialties,
       COUNT { MATCH (b)-[:BROKERED]->(d:Deal)-[:BUYER]->()-[:LOCATED_IN]->(:District {inChengdu: true}) RETURN DISTINCT d } AS chengduDeals
