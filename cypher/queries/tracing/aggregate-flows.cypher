// Flows for a Sankey view: deals signed in [$from, $to] from a source (selling organisation with a
// Lab folded into its Institution, its district, or the chains of the transferred results) to a
// target (buyer district or buyer chains). Each deal with ≥ 1 source and ≥ 1 target has value 1
// and its amount (null = 0), split evenly over its (source, target) pairs, so link values add up
// to the number of deals.
// params: $from, $to (ISO dates), $source ('INSTITUTION' | 'DISTRICT' | 'CHAIN'),
//         $target ('DISTRICT' | 'CHAIN'), $sourceId (null = all sources), $limit (links)
// returns: per link (heaviest first, at most $limit): source, target (maps id, name, type),
//          deals, value, amount, plus totalDeals and totalAmount over all links (no rows when empty)
MATCH (d:Deal)
WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
WITH d,
  CASE $source
    WHEN 'CHAIN' THEN COLLECT { MATCH (d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(x:IndustryChain) RETURN DISTINCT x }
    WHEN 'DISTRICT' THEN COLLECT {
      MATCH (d)-[:SELLER]->(s)
      OPTIONAL MATCH (s:Lab)-[:PART_OF]->(i:Institution)
      WITH DISTINCT coalesce(i, s) AS org
      MATCH (org)-[:LOCATED_IN]->(x:District)
      RETURN DISTINCT x
    }
    ELSE COLLECT {
      MATCH (d)-[:SELLER]->(s)
      OPTIONAL MATCH (s:Lab)-[:PART_OF]->(i:Institution)
      RETURN DISTINCT coalesce(i, s) AS x
    }
  END AS sources
WITH d, [x IN sources WHERE $sourceId IS NULL OR x.id = $sourceId] AS sources
WHERE size(sources) > 0
WITH d, sources,
  CASE $target
    WHEN 'CHAIN' THEN COLLECT { MATCH (d)-[:BUYER]->(:Enterprise)-[:IN_CHAIN]->(x:IndustryChain) RETURN DISTINCT x }
    ELSE COLLECT { MATCH (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(x:District) RETURN DISTINCT x }
  END AS targets
WHERE size(targets) > 0
WITH d, sources, targets, 1.0 / (size(sources) * size(targets)) AS share
UNWIND sources AS s
UNWIND targets AS t
WITH s, t, count(DISTINCT d) AS deals, sum(share) AS value, sum(share * coalesce(d.amount, 0.0)) AS amount
WITH collect({s: s, t: t, deals: deals, value: value, amount: amount}) AS links
WITH links,
  reduce(a = 0.0, l IN links | a + l.value) AS totalDeals,
  reduce(a = 0.0, l IN links | a + l.amount) AS totalAmount
UNWIND links AS l
WITH l.s AS s, l.t AS t, l.deals AS deals, l.value AS value, l.amount AS amount, totalDeals, totalAmount
ORDER BY value DESC, s.id, t.id
LIMIT $limit
RETURN
  s {.id, .name, type: [x IN labels(s) WHERE x <> 'Entity'][0]} AS source,
  t {.id, .name, type: [x IN labels(t) WHERE x <> 'Entity'][0]} AS target,
  deals, value, amount, totalDeals, totalAmount
