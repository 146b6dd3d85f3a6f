// Raw ranking components of every Agency that SERVED a deal signed in [$from, $to] (scored in
// rankings.ts): deals, amount (null = 0), on-site deals (a buyer in a Chengdu district), distinct
// industry chains of the deals' results.
// params: $from, $to (ISO dates, inclusive)
// returns: per agency: id, name, level, kind, deals, amount, onSiteDeals, chains
MATCH (d:Deal)
WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
MATCH (a:Agency)-[:SERVED]->(d)
WITH DISTINCT a, d
WITH a, d, EXISTS { (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(:District {inChengdu: true}) } AS onSite
WITH a,
  count(d) AS deals,
  sum(coalesce(d.amount, 0.0)) AS amount,
  sum(CASE WHEN onSite THEN 1 ELSE 0 END) AS onSiteDeals,
  collect(d) AS ds
RETURN a.id AS id, a.name AS name, a.level AS level, a.kind AS kind, deals, amount, onSiteDeals,
  COUNT {
    UNWIND ds AS d
    MATCH (d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain)
    RETURN DISTINCT c
  } AS chains
