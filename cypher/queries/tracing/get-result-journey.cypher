// Result journey (docs/domain.md "Result journey"): developers (a Lab with its Institution), events it
// was presented at, platforms that piloted it, and each deal transferring it with brokers (and
// roles), serving agencies, buyer, buyer district and chains. Brokers: public fields only.
// params: $id (Result id), $limit (at most this many events, platforms and deals: the earliest)
// returns: one row (none when no Result has the id): result, chains, developers, events,
//          platforms, deals — dates as ISO strings; ordering is finished in journey.ts
MATCH (r:Result {id: $id})
RETURN
  r {.id, .name, .kind, .year, .trl, .status} AS result,
  COLLECT {
    MATCH (r)-[:APPLIES_TO]->(c:IndustryChain)
    RETURN c {.id, .name, type: 'IndustryChain'} ORDER BY c.id
  } AS chains,
  COLLECT {
    MATCH (dev)-[:DEVELOPED]->(r)
    OPTIONAL MATCH (dev:Lab)-[:PART_OF]->(parent:Institution)
    WITH dev, CASE WHEN dev:Institution THEN dev ELSE parent END AS inst
    WITH dev, inst, coalesce(inst, dev) AS located
    OPTIONAL MATCH (located)-[:LOCATED_IN]->(dist:District)
    WITH dev, inst, head(collect(dist)) AS dist
    RETURN {
      developer: dev {.id, .name, type: [l IN labels(dev) WHERE l <> 'Entity'][0]},
      institution: inst {.id, .name, type: 'Institution'},
      district: dist {.id, .name, type: 'District'}
    } ORDER BY dev.id
  } AS developers,
  COLLECT {
    MATCH (r)-[:PRESENTED_AT]->(e:Event)
    WITH e ORDER BY e.date, e.id LIMIT $limit
    RETURN e {
      .id, .name, .kind, .series, date: toString(e.date),
      district: head(COLLECT { MATCH (e)-[:LOCATED_IN]->(d:District) RETURN d {.id, .name, type: 'District'} })
    }
  } AS events,
  COLLECT {
    MATCH (r)-[:PILOTED_AT]->(p:Platform)
    RETURN p {
      .id, .name, .kind,
      operators: COLLECT { MATCH (o)-[:OPERATES]->(p) RETURN o {.id, .name, type: [l IN labels(o) WHERE l <> 'Entity'][0]} ORDER BY o.id }
    } ORDER BY p.id LIMIT $limit
  } AS platforms,
  COLLECT {
    MATCH (deal:Deal)-[:TRANSFERS]->(r)
    WITH deal ORDER BY deal.signedOn, deal.id LIMIT $limit
    OPTIONAL MATCH (deal)-[:BUYER]->(b:Enterprise)
    WITH deal, head(collect(b)) AS buyer
    OPTIONAL MATCH (buyer)-[:LOCATED_IN]->(bd:District)
    WITH deal, buyer, head(collect(bd)) AS bd
    RETURN deal {
      .id, .name, .kind, .amount, .registered, signedOn: toString(deal.signedOn),
      sellers: COLLECT { MATCH (deal)-[:SELLER]->(s) RETURN s {.id, .name, type: [l IN labels(s) WHERE l <> 'Entity'][0]} ORDER BY s.id },
      brokers: COLLECT {
        MATCH (br:Broker)-[x:BROKERED]->(deal)
        RETURN br {.id, .name, .titleLevel, role: x.role, broker: br {.id, .name, type: 'Broker'}} ORDER BY x.role, br.id
      },
      agencies: COLLECT { MATCH (a:Agency)-[:SERVED]->(deal) RETURN a {.id, .name, type: 'Agency'} ORDER BY a.id },
      buyer: buyer {.id, .name, type: 'Enterprise'},
      buyerDistrict: bd {.id, .name, type: 'District'},
      buyerInChengdu: coalesce(bd.inChengdu, false),
      buyerChains: COLLECT { MATCH (buyer)-[:IN_CHAIN]->(c:IndustryChain) RETURN c {.id, .name, type: 'IndustryChain'} ORDER BY c.id },
      originatedAt: COLLECT { MATCH (deal)-[:ORIGINATED_AT]->(e:Event) RETURN e {.id, .name, type: 'Event'} ORDER BY e.id }
    }
  } AS deals
