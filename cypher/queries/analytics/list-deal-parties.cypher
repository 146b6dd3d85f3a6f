// Every deal of a period with its parties, streamed once per analytics run: the collaboration
// ties (seller, buyer, serving agencies, brokers' employers), the brokerage flows (seller →
// broker or serving agency → buyer) and the member gaps (chains of its transferred results and
// answered demands; the institution of a selling lab) are all derived from these rows.
// Params: $from, $to (String 'YYYY-MM-DD' or null = open; on Deal.signedOn, inclusive).
// Returns: signedOn (String), sellers, buyers, agencies (SERVED), brokers (BROKERED),
// employers (of those brokers), sellerInstitutions (of selling labs), resultChains (of its
// transferred results), demandChains (of its answered demands) — lists of ids.
MATCH (d:Deal)
WHERE ($from IS NULL OR d.signedOn >= date($from)) AND ($to IS NULL OR d.signedOn <= date($to))
RETURN toString(d.signedOn) AS signedOn,
       [(d)-[:SELLER]->(s:Entity) | s.id] AS sellers,
       [(d)-[:BUYER]->(b:Entity) | b.id] AS buyers,
       [(a:Agency)-[:SERVED]->(d) | a.id] AS agencies,
       [(k:Broker)-[:BROKERED]->(d) | k.id] AS brokers,
       [(d)<-[:BROKERED]-(:Broker)-[:EMPLOYED_BY]->(e:Entity) | e.id] AS employers,
       [(d)-[:SELLER]->(:Lab)-[:PART_OF]->(i:Institution) | i.id] AS sellerInstitutions,
       [(d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) | c.id] AS resultChains,
       [(d)-[:ANSWERS]->(:Demand)-[:NEEDS]->(c:IndustryChain) | c.id] AS demandChains
