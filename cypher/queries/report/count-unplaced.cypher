// Data coverage of an annual report: organisations that cannot be placed in a district (no
// LOCATED_IN; a Lab without an Institution, or whose Institution has none), enterprises without a
// chain, and deals of the period whose results apply to no chain or that transfer no result.
// params: $from, $to (ISO dates, inclusive)
// returns: one row: institutionsUnplaced, labsUnplaced, enterprisesUnplaced, agenciesUnplaced,
//          enterprisesWithoutChain, dealsWithoutResult, dealsWithoutChain
CALL () {
  MATCH (i:Institution) WHERE NOT EXISTS { (i)-[:LOCATED_IN]->(:District) }
  RETURN count(i) AS institutionsUnplaced
}
CALL () {
  MATCH (l:Lab) WHERE NOT EXISTS { (l)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(:District) }
  RETURN count(l) AS labsUnplaced
}
CALL () {
  MATCH (e:Enterprise)
  RETURN count(CASE WHEN NOT EXISTS { (e)-[:LOCATED_IN]->(:District) } THEN 1 END) AS enterprisesUnplaced,
    count(CASE WHEN NOT EXISTS { (e)-[:IN_CHAIN]->(:IndustryChain) } THEN 1 END) AS enterprisesWithoutChain
}
CALL () {
  MATCH (a:Agency) WHERE NOT EXISTS { (a)-[:LOCATED_IN]->(:District) }
  RETURN count(a) AS agenciesUnplaced
}
CALL () {
  MATCH (d:Deal)
  WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
  RETURN count(CASE WHEN NOT EXISTS { (d)-[:TRANSFERS]->(:Result) } THEN 1 END) AS dealsWithoutResult,
    count(CASE WHEN NOT EXISTS { (d)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(:IndustryChain) } THEN 1 END) AS dealsWithoutChain
}
RETURN institutionsUnplaced, labsUnplaced, enterprisesUnplaced, agenciesUnplaced, enterprisesWithoutChain,
  dealsWithoutResult, dealsWithoutChain
