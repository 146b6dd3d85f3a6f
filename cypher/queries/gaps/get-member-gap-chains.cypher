// One organisation's own gap chains, all dates: the chains of the deals it handled that neither it
// nor a partner member covers. Handled, partner member and covered mean what they mean in
// list-member-gaps.cypher, over every alliance of kind ALLIANCE it belongs to (partners of any of
// them count). No row when it belongs to none or has no such chain.
// Params: $orgId.
// Returns: chainId, chainName, deals (Int: its deals concerning the chain), most deals first.
MATCH (m:Entity {id: $orgId})-[:MEMBER_OF]->(al:Alliance {kind: 'ALLIANCE'})
WITH m, collect(al) AS alliances
CALL (m) {
  MATCH (d:Deal)-[:SELLER|BUYER]->(m) RETURN d
  UNION
  MATCH (d:Deal)-[:SELLER]->(:Lab)-[:PART_OF]->(m) RETURN d
  UNION
  MATCH (m)-[:SERVED]->(d:Deal) RETURN d
  UNION
  MATCH (m)<-[:EMPLOYED_BY]-(:Broker)-[:BROKERED]->(d:Deal) RETURN d
}
WITH m, alliances, collect(d) AS deals
CALL (m, alliances, deals) {
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
  WHERE p <> m AND any(al IN alliances WHERE (p)-[:MEMBER_OF]->(al))
  RETURN collect(p) AS partners
}
CALL (m, partners) {
  UNWIND [m] + partners AS x
  OPTIONAL MATCH (x)-[:COVERS]->(c:IndustryChain)
  RETURN collect(DISTINCT c.id) AS covered
}
UNWIND deals AS d
CALL (d) {
  MATCH (d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) RETURN c
  UNION
  MATCH (d)-[:ANSWERS]->(:Demand)-[:NEEDS]->(c:IndustryChain) RETURN c
}
WITH c, covered, count(DISTINCT d) AS deals
WHERE NOT c.id IN covered
RETURN c.id AS chainId, c.name AS chainName, deals
ORDER BY deals DESC, chainId
