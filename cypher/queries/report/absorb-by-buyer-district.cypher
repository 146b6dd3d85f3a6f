// Absorption per buyer district (成果吸纳) for the white paper: every deal signed in [$from, $to]
// by the district of its buyer (the first by id when several), whatever the seller; of those, the
// on-site conversions — deals whose seller is located in Chengdu (a Lab through its Institution)
// and whose buyer is in a Chengdu district. Deals whose buyer has no district are counted in row
// '~UNPLACED'. Amount null counts 0.
// params: $from, $to (ISO dates, inclusive)
// returns: per district plus the overall row (id null) and '~UNPLACED': id, name, kind, parent
//          (always null), deals, onSiteDeals, amount, onSiteAmount, results, buyerUnplaced
MATCH (d:Deal)
WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
WITH d,
  COLLECT {
    MATCH (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(bd:District)
    RETURN bd {.id, .name, .kind, .inChengdu} ORDER BY bd.id LIMIT 1
  } AS buyerDistricts,
  EXISTS {
    MATCH (d)-[:SELLER]->(s)
    OPTIONAL MATCH (s:Lab)-[:PART_OF]->(i:Institution)
    WITH coalesce(i, s) AS org
    MATCH (org)-[:LOCATED_IN]->(:District {inChengdu: true})
  } AS sellerInChengdu,
  coalesce(d.amount, 0.0) AS amount,
  COLLECT { MATCH (d)-[:TRANSFERS]->(r:Result) RETURN r.id } AS results
WITH d, amount, results, buyerDistricts,
  sellerInChengdu AND any(b IN buyerDistricts WHERE b.inChengdu) AS onSite
UNWIND CASE WHEN size(buyerDistricts) = 0 THEN [{id: '~UNPLACED'}] ELSE [{id: null}] + buyerDistricts END AS g
RETURN g.id AS id, g.name AS name, g.kind AS kind, null AS parent,
  count(d) AS deals,
  sum(CASE WHEN onSite THEN 1 ELSE 0 END) AS onSiteDeals,
  sum(amount) AS amount,
  sum(CASE WHEN onSite THEN amount ELSE 0.0 END) AS onSiteAmount,
  size(apoc.coll.toSet(apoc.coll.flatten(collect(results)))) AS results,
  0 AS buyerUnplaced
