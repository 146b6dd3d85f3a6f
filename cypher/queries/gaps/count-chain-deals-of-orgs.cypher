// Deals each organisation handled (all dates) that concern each of the given chains. Handled means
// what it means in list-member-gaps.cypher: as seller (an institution also through its labs),
// buyer, serving agency or employer of a broker on the deal; a deal concerns the chains its
// transferred results APPLY_TO and its answered demands NEED.
// Params: $ids (organisation ids), $chainIds.
// Returns: id, chainId, deals (Int); no row for a pair without deals.
UNWIND $ids AS id
MATCH (m:Entity {id: id})
CALL (m) {
  MATCH (d:Deal)-[:SELLER|BUYER]->(m) RETURN d
  UNION
  MATCH (d:Deal)-[:SELLER]->(:Lab)-[:PART_OF]->(m) RETURN d
  UNION
  MATCH (m)-[:SERVED]->(d:Deal) RETURN d
  UNION
  MATCH (m)<-[:EMPLOYED_BY]-(:Broker)-[:BROKERED]->(d:Deal) RETURN d
}
CALL (d) {
  MATCH (d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) WHERE c.id IN $chainIds RETURN c
  UNION
  MATCH (d)-[:ANSWERS]->(:Demand)-[:NEEDS]->(c:IndustryChain) WHERE c.id IN $chainIds RETURN c
}
RETURN m.id AS id, c.id AS chainId, count(DISTINCT d) AS deals
