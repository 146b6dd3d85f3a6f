// Candidate brokers for a demand: those SPECIALIZING_IN one of its chains or with a deal in one,
// with their public fields and track record. A deal is "in a chain" through its transferred
// results (APPLIES_TO) or answered demands (NEEDS); "landed in Chengdu" when its buyer is located
// in a District with inChengdu = true.
// Params: $chainIds (list).
// Returns: id, name, titleLevel, employer ({id, name, type} or null), specialties (ids among
// $chainIds), chainDeals (Int: distinct deals in the chains), chengduDeals (Int: distinct deals, any chain, landed in Chengdu).
CALL {
  MATCH (b:Broker)-[:SPECIALIZES_IN]->(c:IndustryChain)
  WHERE c.id IN $chainIds
  RETURN b
  UNION
  MATCH (b:Broker)-[:BROKERED]->(:Deal)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain)
  WHERE c.id IN $chainIds
  RETURN b
  UNION
  MATCH (b:Broker)-[:BROKERED]->(:Deal)-[:ANSWERS]->(:Demand)-[:NEEDS]->(c:IndustryChain)
  WHERE c.id IN $chainIds
  RETURN b
}
WITH DISTINCT b
RETURN b.id AS id, b.name AS name, b.titleLevel AS titleLevel,
       head(COLLECT { MATCH (b)-[:EMPLOYED_BY]->(e) RETURN {id: e.id, name: e.name, type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS e ORDER BY e.id }) AS employer,
       COLLECT { MATCH (b)-[:SPECIALIZES_IN]->(c:IndustryChain) WHERE c.id IN $chainIds RETURN DISTINCT c.id } AS specialties,
       COUNT {
         MATCH (b)-[:BROKERED]->(d:Deal)
         WHERE EXISTS { (d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) WHERE c.id IN $chainIds }
            OR EXISTS { (d)-[:ANSWERS]->(:Demand)-[:NEEDS]->(c:IndustryChain) WHERE c.id IN $chainIds }
         RETURN DISTINCT d
       } AS chainDeals,
       COUNT {
         MATCH (b)-[:BROKERED]->(d:Deal)
         WHERE EXISTS { (d)-[:BUYER]->()-[:LOCATED_IN]->(:District {inChengdu: true}) }
         RETURN DISTINCT d
       } AS chengduDeals
