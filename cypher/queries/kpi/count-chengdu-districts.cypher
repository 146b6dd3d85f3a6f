// How many districts (and functional zones) of Chengdu the city's KPI targets are shared among.
// params: none
// returns: one row: districts
MATCH (d:District {inChengdu: true})
RETURN count(d) AS districts
