// Agency performance evaluation for year $year (deals SERVED, signed in the year) against the
// previous year. On-site: a buyer in a Chengdu district. Alliance deal: a deal of the year where
// the agency is MEMBER_OF an alliance of which the buyer, the selling organisation or a selling
// Lab's Institution is also a member.
// params: $year (Int), $limit, $offset
// returns: per agency (most deals first, then amount, id): id, name, level, deals, amount,
//          onSiteDeals, previousDeals, previousAmount, allianceMember, allianceDeals
MATCH (d:Deal)
WHERE d.signedOn >= date({year: $year - 1, month: 1, day: 1}) AND d.signedOn <= date({year: $year, month: 12, day: 31})
MATCH (a:Agency)-[:SERVED]->(d)
WITH DISTINCT a, d, d.signedOn.year = $year AS current
WITH a, d, current,
  current AND EXISTS { (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(:District {inChengdu: true}) } AS onSite,
  current AND EXISTS {
    // from the deal's few parties to their alliances, never from an alliance to all its members
    MATCH (d)-[:BUYER|SELLER]->(p)
    OPTIONAL MATCH (p:Lab)-[:PART_OF]->(i:Institution)
    WITH coalesce(i, p) AS party
    MATCH (party)-[:MEMBER_OF]->(:Alliance)<-[:MEMBER_OF]-(a)
  } AS allianceDeal
WITH a,
  sum(CASE WHEN current THEN 1 ELSE 0 END) AS deals,
  sum(CASE WHEN current THEN coalesce(d.amount, 0.0) ELSE 0.0 END) AS amount,
  sum(CASE WHEN onSite THEN 1 ELSE 0 END) AS onSiteDeals,
  sum(CASE WHEN current THEN 0 ELSE 1 END) AS previousDeals,
  sum(CASE WHEN current THEN 0.0 ELSE coalesce(d.amount, 0.0) END) AS previousAmount,
  sum(CASE WHEN allianceDeal THEN 1 ELSE 0 END) AS allianceDeals
ORDER BY deals DESC, amount DESC, a.id
SKIP $offset
LIMIT $limit
RETURN a.id AS id, a.name AS name, a.level AS level, deals, amount, onSiteDeals, previousDeals,
  previousAmount, EXISTS { (a)-[:MEMBER_OF]->(:Alliance) } AS allianceMember, allianceDeals
