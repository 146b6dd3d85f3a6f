// On-site conversion rate (在蓉转化率, docs/domain.md "Metrics"): deals signed in [$from, $to] whose
// SELLER is located in Chengdu (LOCATED_IN a District with inChengdu = true; a Lab through its
// Institution), counted once each even with several sellers; on-site when a BUYER is located in a
// Chengdu district. Amount null counts 0. Deals outside the definition are counted, not dropped:
// their seller is located only outside Chengdu (row '~OUTSIDE') or nowhere (no seller, or no
// seller with a district: row '~UNPLACED'); deals of the definition without a value for the
// grouping are counted in row '~UNGROUPED'.
// params: $from, $to (ISO dates, inclusive),
//         $groupBy ('NONE' | 'SELLER_DISTRICT' | 'BUYER_DISTRICT' | 'CHAIN' | 'INSTITUTION' | 'LAB')
// returns: one row per group plus the overall row (id null) and the coverage rows ('~…'):
//          id, name, kind (institution kind, lab level, district kind; null for chains),
//          parent (a lab's institution: {id, name, type}), deals, onSiteDeals, amount,
//          onSiteAmount, results (distinct results transferred), buyerUnplaced (deals whose buyer
//          has no district)
MATCH (d:Deal)
WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
// one pass over the deal's relationships (its chain holds them all, whatever their type)
CALL (d) {
  OPTIONAL MATCH (d)-[r:SELLER|BUYER|TRANSFERS]->(x)
  RETURN
    collect(CASE type(r) WHEN 'SELLER' THEN x END) AS sellers,
    collect(CASE type(r) WHEN 'BUYER' THEN x END) AS buyers,
    collect(CASE type(r) WHEN 'TRANSFERS' THEN x END) AS transferred
}
OPTIONAL CALL (sellers) {
  UNWIND sellers AS s
  OPTIONAL MATCH (s:Lab)-[:PART_OF]->(i:Institution)
  WITH s, coalesce(i, s) AS org
  OPTIONAL MATCH (org)-[:LOCATED_IN]->(sd:District)
  // a Chengdu location first, then any location, then none; ties by id (deterministic)
  RETURN s, org, sd
  ORDER BY CASE WHEN sd.inChengdu THEN 0 WHEN sd IS NOT NULL THEN 1 ELSE 2 END, org.id, s.id, sd.id
  LIMIT 1
}
WITH d, s, org, sd, buyers, transferred,
  CASE WHEN sd IS NULL THEN '~UNPLACED' WHEN sd.inChengdu THEN 'IN' ELSE '~OUTSIDE' END AS scope,
  // the buyers' districts read once: on-site when one is in Chengdu, placed when there is one
  COLLECT { UNWIND buyers AS b MATCH (b:Enterprise)-[:LOCATED_IN]->(bd:District) RETURN bd ORDER BY bd.id } AS buyerDistricts
WITH d, s, org, sd, scope, transferred, buyerDistricts,
  coalesce(d.amount, 0.0) AS amount,
  [r IN transferred | r.id] AS results,
  any(b IN buyerDistricts WHERE b.inChengdu) AS onSite, size(buyerDistricts) > 0 AS buyerPlaced
WITH d, onSite, buyerPlaced, amount, results, scope,
  CASE
    WHEN scope <> 'IN' THEN []
    WHEN $groupBy = 'SELLER_DISTRICT' THEN [sd {.id, .name, .kind}]
    WHEN $groupBy = 'BUYER_DISTRICT' THEN [b IN buyerDistricts | b {.id, .name, .kind}][0..1]
    WHEN $groupBy = 'CHAIN' THEN COLLECT {
      UNWIND transferred AS r
      MATCH (r)-[:APPLIES_TO]->(c:IndustryChain)
      RETURN DISTINCT c {.id, .name, kind: null}
    }
    WHEN $groupBy = 'INSTITUTION' AND org:Institution THEN [org {.id, .name, .kind}]
    WHEN $groupBy = 'LAB' AND s:Lab THEN [s {.id, .name, kind: s.level, parent: CASE WHEN org:Institution THEN org {.id, .name, type: 'Institution'} END}]
    ELSE []
  END AS groups
// every deal counts once in the overall row (in scope) or in one coverage row (out of scope)
UNWIND CASE
  WHEN scope <> 'IN' THEN [{id: scope}]
  WHEN $groupBy = 'NONE' THEN [{id: null}]
  WHEN size(groups) = 0 THEN [{id: null}, {id: '~UNGROUPED'}]
  ELSE [{id: null}] + groups
END AS g
WITH g, d, onSite, buyerPlaced, amount, results
RETURN g.id AS id, g.name AS name, g.kind AS kind, g.parent AS parent,
  count(d) AS deals,
  sum(CASE WHEN onSite THEN 1 ELSE 0 END) AS onSiteDeals,
  sum(amount) AS amount,
  sum(CASE WHEN onSite THEN amount ELSE 0.0 END) AS onSiteAmount,
  size(apoc.coll.toSet(apoc.coll.flatten(collect(results)))) AS results,
  sum(CASE WHEN buyerPlaced THEN 0 ELSE 1 END) AS buyerUnplaced
