// Every broker with what the analytics run derives from it (graph-api/src/graph/analytics/
// graph-facts.ts): its recommendation features and its location group. Streamed once per run.
// Params: none.
// Returns: id, titleLevel, specialties (SPECIALIZES_IN chain ids, one per relationship),
// inChengdu (inChengdu of its employer's district — the first found — or null).
MATCH (b:Broker)
RETURN b.id AS id, b.titleLevel AS titleLevel,
       [(b)-[:SPECIALIZES_IN]->(c:IndustryChain) | c.id] AS specialties,
       head([(b)-[:EMPLOYED_BY]->()-[:LOCATED_IN]->(x:District) | x.inChengdu]) AS inChengdu
