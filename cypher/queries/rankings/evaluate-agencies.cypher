// Agency performance evaluation for year $year (deals SERVED, signed in the year) against the
// previous year. On-site: a buyer in a Chengdu district. Alliance deal: a deal of the year where
// the agency is MEMBER_OF an alliance of which the buyer, the selling organisation or a selling
// Lab's Institution is also a member.
// params: $year (Int), $limit, $offset
// returns: per agency (most deals first, then amount, id): id, name, level, deals, amount,
//          onSiteDeals, previousDeals, previousAmount, allianceMember, allianceDeals
MATCH (d:Deal)
WHERE d.signedOn >= date({year: $year - 1, month: 1, day: 1}) AND d.signedOn <= date({year: $year, month: 12, day: 31})
WITH d, d.signedOn.year = $year AS current
// per deal, before fanning out to its agencies; CASE skips the look-ups for last year's deals
WITH d, current,
  CASE WHEN current THEN EXISTS { (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(:District {inChengdu: true}) } ELSE false END AS onSite,
  CASE WHEN current THEN COLLECT {
    MATCH (d)-[:BUYER|SELLER]->(p)
    OPTIONAL MATCH (p:Lab)-[:PART_OF]->(i:Institution)
    WITH coalesce(i, p) AS party
    MATCH (party)-[:MEMBER_OF]->(al:Alliance)
    RETURN DISTINCT al
  } ELSE [] END AS partyAlliances
MATCH (a:Agency)-[:SERVED]->(d)
WITH DISTINCT a, d, current, onSite, partyAlliances
WITH a,
  sum(CASE WHEN current THEN 1 ELSE 0 END) AS deals,
  sum(CASE WHEN current THEN coalesce(d.amount, 0.0) ELSE 0.0 END) AS amount,
  sum(CASE WHEN onSite THEN 1 ELSE 0 END) AS onSiteDeals,
  sum(CASE WHEN current THEN 0 ELSE 1 END) AS previousDeals,
  sum(CASE WHEN current THEN 0.0 ELSE coalesce(d.amount, 0.0) END) AS previousAmount,
  collect(partyAlliances) AS dealAlliances
ORDER BY deals DESC, amount DESC, a.id
SKIP $offset
LIMIT $limit
WITH a, deals, amount, onSiteDeals, previousDeals, previousAmount, dealAlliances,
  COLLECT { MATCH (a)-[:MEMBER_OF]->(al:Alliance) RETURN al } AS own
RETURN a.id AS id, a.name AS name, a.level AS level, deals, amount, onSiteDeals, previousDeals, previousAmount,
  size(own) > 0 AS allianceMember,
  size([x IN dealAlliances WHERE any(al IN x WHERE al IN own)]) AS allianceDeals
