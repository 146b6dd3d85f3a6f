// Per alliance member, the chains it handled in a period and the chains its partners cover.
// A member handles a deal as SELLER (an institution also through its labs, PART_OF), BUYER,
// serving agency (SERVED) or employer (EMPLOYED_BY) of a broker who BROKERED it. A deal concerns
// the chains its transferred results APPLY_TO and its answered demands NEED. Partner members are
// the other members of the same alliance that took part in at least one deal with it (any date);
// covered chains are those the member itself or a partner agency COVERS.
// Params: $allianceIds (list), $from, $to (String 'YYYY-MM-DD' or null = open; on Deal.signedOn).
// Returns: memberId, memberName, memberType, allianceId, partners (Int), covered (list of chain
// ids), handled (list of {chainId, chainName, deals}).
MATCH (al:Alliance)<-[:MEMBER_OF]-(m:Entity)
WHERE al.id IN $allianceIds
CALL (m) {
  MATCH (d:Deal)-[:SELLER|BUYER]->(m) RETURN d
  UNION
  MATCH (d:Deal)-[:SELLER]->(:Lab)-[:PART_OF]->(m) RETURN d
  UNION
  MATCH (m)-[:SERVED]->(d:Deal) RETURN d
  UNION
  MATCH (m)<-[:EMPLOYED_BY]-(:Broker)-[:BROKERED]->(d:Deal) RETURN d
}
WITH al, m, collect(d) AS deals
CALL (al, m, deals) {
  UNWIND deals AS d
  CALL (d) {
    MATCH (d)-[:SELLER|BUYER]->(p) RETURN p
    UNION
    MATCH (d)-[:SELLER]->(:Lab)-[:PART_OF]->(p) RETURN p
    UNION
    MATCH (p:Agency)-[:SERVED]->(d) RETURN p
    UNION
    MATCH (b:Broker)-[:BROKERED]->(d), (b)-[:EMPLOYED_BY]->(p) RETURN p
  }
  WITH DISTINCT p
  WHERE p <> m AND (p)-[:MEMBER_OF]->(al)
  RETURN collect(p) AS partners
}
CALL (m, partners) {
  UNWIND [m] + partners AS x
  OPTIONAL MATCH (x)-[:COVERS]->(c:IndustryChain)
  RETURN collect(DISTINCT c.id) AS covered
}
CALL (deals) {
  UNWIND deals AS d
  WITH d
  WHERE ($from IS NULL OR d.signedOn >= date($from)) AND ($to IS NULL OR d.signedOn <= date($to))
  CALL (d) {
    MATCH (d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) RETURN c
    UNION
    MATCH (d)-[:ANSWERS]->(:Demand)-[:NEEDS]->(c:IndustryChain) RETURN c
  }
  WITH c, count(DISTINCT d) AS n
  RETURN collect({chainId: c.id, chainName: c.name, deals: n}) AS handled
}
RETURN m.id AS memberId, m.name AS memberName, [l IN labels(m) WHERE l <> 'Entity'][0] AS memberType,
       al.id AS allianceId, size(partners) AS partners, covered, handled
