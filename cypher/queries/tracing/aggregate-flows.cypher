// Flows for a Sankey view, aggregated here so that only the drawn links leave the database: every
// deal signed in [$from, $to] goes from its sources (selling organisation with a Lab folded into its
// Institution, its district, or the chains of the transferred results) to its targets (buyer
// district or buyer chains). A deal has value 1 and its amount (null = 0), split evenly over its
// (source, target) pairs, so link values add up to the number of deals. A deal without a source or
// target value goes to the side's '~UNPLACED' node; only the $nodes heaviest sources and targets
// keep their own node, the rest of each side is folded into '~OTHER'. With $sourceId, only deals
// from that source count, split over their targets only.
// params: $from, $to (ISO dates), $source ('INSTITUTION' | 'DISTRICT' | 'CHAIN'),
//         $target ('DISTRICT' | 'CHAIN'), $sourceId (null = all sources), $nodes (named nodes per side)
// returns: one row per link (heaviest first): source, target (ids, '~OTHER' or '~UNPLACED'),
//          deals (distinct), value, amount; plus per row the side totals: totalDeals, totalAmount,
//          otherSources, otherTargets (how many nodes each '~OTHER' folds)
MATCH (d:Deal)
WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
WITH d,
  CASE $source
    WHEN 'CHAIN' THEN COLLECT { MATCH (d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(x:IndustryChain) RETURN DISTINCT x.id }
    WHEN 'DISTRICT' THEN COLLECT {
      MATCH (d)-[:SELLER]->(s)
      OPTIONAL MATCH (s:Lab)-[:PART_OF]->(i:Institution)
      WITH DISTINCT coalesce(i, s) AS org
      MATCH (org)-[:LOCATED_IN]->(x:District)
      RETURN DISTINCT x.id
    }
    ELSE COLLECT {
      MATCH (d)-[:SELLER]->(s)
      OPTIONAL MATCH (s:Lab)-[:PART_OF]->(i:Institution)
      RETURN DISTINCT coalesce(i, s).id
    }
  END AS sources
WITH d, CASE WHEN $sourceId IS NULL THEN sources ELSE [x IN sources WHERE x = $sourceId] END AS sources
WHERE $sourceId IS NULL OR size(sources) > 0
WITH d, sources,
  CASE $target
    WHEN 'CHAIN' THEN COLLECT { MATCH (d)-[:BUYER]->(:Enterprise)-[:IN_CHAIN]->(x:IndustryChain) RETURN DISTINCT x.id }
    ELSE COLLECT { MATCH (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(x:District) RETURN DISTINCT x.id }
  END AS targets
WITH d, coalesce(d.amount, 0.0) AS amount,
  CASE WHEN size(sources) = 0 THEN ['~UNPLACED'] ELSE sources END AS sources,
  CASE WHEN size(targets) = 0 THEN ['~UNPLACED'] ELSE targets END AS targets
WITH d, amount, sources, targets, 1.0 / (size(sources) * size(targets)) AS share
UNWIND sources AS s
UNWIND targets AS t
WITH s, t, collect(d) AS ds, sum(share) AS value, sum(share * amount) AS amount
WITH collect({s: s, t: t, ds: ds, value: value, amount: amount}) AS pairs
CALL (pairs) {
  UNWIND pairs AS p
  WITH p.s AS s, sum(p.value) AS v
  WHERE s <> '~UNPLACED'
  ORDER BY v DESC, s
  RETURN collect(s) AS rankedSources
}
CALL (pairs) {
  UNWIND pairs AS p
  WITH p.t AS t, sum(p.value) AS v
  WHERE t <> '~UNPLACED'
  ORDER BY v DESC, t
  RETURN collect(t) AS rankedTargets
}
WITH pairs, rankedSources[0..$nodes] AS keptSources, rankedTargets[0..$nodes] AS keptTargets,
  size(rankedSources) - $nodes AS otherSources, size(rankedTargets) - $nodes AS otherTargets,
  COUNT { UNWIND pairs AS p UNWIND p.ds AS d RETURN DISTINCT d } AS totalDeals,
  reduce(a = 0.0, p IN pairs | a + p.amount) AS totalAmount
UNWIND pairs AS p
WITH totalDeals, totalAmount, otherSources, otherTargets, p,
  CASE WHEN p.s = '~UNPLACED' OR p.s IN keptSources THEN p.s ELSE '~OTHER' END AS source,
  CASE WHEN p.t = '~UNPLACED' OR p.t IN keptTargets THEN p.t ELSE '~OTHER' END AS target
WITH totalDeals, totalAmount, otherSources, otherTargets, source, target,
  size(apoc.coll.toSet(apoc.coll.flatten(collect(p.ds)))) AS deals,
  sum(p.value) AS value, sum(p.amount) AS amount
RETURN source, target, deals, value, amount, totalDeals, totalAmount,
  CASE WHEN otherSources > 0 THEN otherSources ELSE 0 END AS otherSources,
  CASE WHEN otherTargets > 0 THEN otherTargets ELSE 0 END AS otherTargets
ORDER BY value DESC, source, target
