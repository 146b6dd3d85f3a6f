// On-site conversion rate (在蓉转化率, domain.md "Metrics"): deals signed in [$from, $to] whose
// SELLER is located in Chengdu (LOCATED_IN a District with inChengdu = true; a Lab through its
// Institution), counted once each even with several sellers; on-site when a BUYER is located in a
// Chengdu district. Amount null counts 0.
// params: $from, $to (ISO dates, inclusive),
//         $groupBy ('NONE' | 'SELLER_DISTRICT' | 'BUYER_DISTRICT' | 'CHAIN' | 'INSTITUTION')
// returns: one row per group plus the overall row (id null): id, name, deals, onSiteDeals, amount,
//          onSiteAmount
MATCH (d:Deal)
WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
CALL (d) {
  MATCH (d)-[:SELLER]->(s)
  OPTIONAL MATCH (s:Lab)-[:PART_OF]->(i:Institution)
  WITH coalesce(i, s) AS org
  MATCH (org)-[:LOCATED_IN]->(sd:District {inChengdu: true})
  RETURN org, sd
  ORDER BY org.id, sd.id
  LIMIT 1
}
WITH d, org, sd,
  EXISTS { (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(:District {inChengdu: true}) } AS onSite,
  coalesce(d.amount, 0.0) AS amount
WITH d, onSite, amount,
  CASE $groupBy
    WHEN 'SELLER_DISTRICT' THEN [sd {.id, .name}]
    WHEN 'BUYER_DISTRICT' THEN COLLECT {
      MATCH (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(bd:District)
      RETURN DISTINCT bd {.id, .name} ORDER BY bd.id LIMIT 1
    }
    WHEN 'CHAIN' THEN COLLECT {
      MATCH (d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain)
      RETURN DISTINCT c {.id, .name}
    }
    WHEN 'INSTITUTION' THEN CASE WHEN org:Institution THEN [org {.id, .name}] ELSE [] END
    ELSE []
  END AS groups
// the overall row is the group with id null: every deal counts in it exactly once
UNWIND [{id: null, name: null}] + groups AS g
RETURN g.id AS id, g.name AS name,
  count(d) AS deals,
  sum(CASE WHEN onSite THEN 1 ELSE 0 END) AS onSiteDeals,
  sum(amount) AS amount,
  sum(CASE WHEN onSite THEN amount ELSE 0.0 END) AS onSiteAmount
