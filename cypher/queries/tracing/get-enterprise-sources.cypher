// Enterprise sources: the reverse of a journey. Deals in which the enterprise is the BUYER, and the
// selling organisations (a Lab folded into its Institution), results, brokers (public fields) and
// agencies behind them, each ranked by distinct deals then amount (null amounts count 0).
// params: $id (Enterprise id), $limit (items per list)
// returns: one row (none when no Enterprise has the id): enterprise, totalDeals, totalAmount,
//          deals, institutions, results, brokers, agencies
MATCH (ent:Enterprise {id: $id})
WITH ent, COLLECT { MATCH (d:Deal)-[:BUYER]->(ent) RETURN DISTINCT d } AS ds
RETURN
  ent {.id, .name, type: 'Enterprise'} AS enterprise,
  size(ds) AS totalDeals,
  reduce(s = 0.0, d IN ds | s + coalesce(d.amount, 0.0)) AS totalAmount,
  COLLECT {
    UNWIND ds AS d
    WITH d ORDER BY d.signedOn DESC, d.id LIMIT $limit
    RETURN d {
      .id, .name, .kind, .amount, signedOn: toString(d.signedOn),
      results: COLLECT { MATCH (d)-[:TRANSFERS]->(r:Result) RETURN r {.id, .name, type: 'Result'} ORDER BY r.id },
      sellers: COLLECT { MATCH (d)-[:SELLER]->(s) RETURN s {.id, .name, type: [l IN labels(s) WHERE l <> 'Entity'][0]} ORDER BY s.id }
    }
  } AS deals,
  COLLECT {
    UNWIND ds AS d
    MATCH (d)-[:SELLER]->(s)
    OPTIONAL MATCH (s:Lab)-[:PART_OF]->(i:Institution)
    WITH coalesce(i, s) AS org, collect(DISTINCT d) AS its
    WITH org, size(its) AS n, reduce(a = 0.0, x IN its | a + coalesce(x.amount, 0.0)) AS amount
    ORDER BY n DESC, amount DESC, org.id LIMIT $limit
    RETURN {node: org {.id, .name, type: [l IN labels(org) WHERE l <> 'Entity'][0]}, deals: n, amount: amount}
  } AS institutions,
  COLLECT {
    UNWIND ds AS d
    MATCH (d)-[:TRANSFERS]->(r:Result)
    WITH r, collect(DISTINCT d) AS its
    WITH r, size(its) AS n, reduce(a = 0.0, x IN its | a + coalesce(x.amount, 0.0)) AS amount
    ORDER BY n DESC, amount DESC, r.id LIMIT $limit
    RETURN {node: r {.id, .name, type: 'Result'}, deals: n, amount: amount}
  } AS results,
  COLLECT {
    UNWIND ds AS d
    MATCH (b:Broker)-[x:BROKERED]->(d)
    WITH b, count(DISTINCT d) AS n, count(DISTINCT CASE WHEN x.role = 'LEAD' THEN d END) AS leads
    ORDER BY n DESC, leads DESC, b.id LIMIT $limit
    RETURN b {.id, .name, .titleLevel, deals: n, leadDeals: leads, broker: b {.id, .name, type: 'Broker'}}
  } AS brokers,
  COLLECT {
    UNWIND ds AS d
    MATCH (a:Agency)-[:SERVED]->(d)
    WITH a, collect(DISTINCT d) AS its
    WITH a, size(its) AS n, reduce(s = 0.0, x IN its | s + coalesce(x.amount, 0.0)) AS amount
    ORDER BY n DESC, amount DESC, a.id LIMIT $limit
    RETURN {node: a {.id, .name, type: 'Agency'}, deals: n, amount: amount}
  } AS agencies
