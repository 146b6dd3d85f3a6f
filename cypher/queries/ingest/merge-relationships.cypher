// Template: __TYPE__ is replaced by a relationship type of the domain model (checked against the
// model's fixed list before substitution; never user input).
// Params: $rows: list of {from: String, to: String, props: Map} — props holds every property of
//   the relationship type (null for absent). One relationship per (from, to, type): a repeated
//   pair updates it.
// Returns: merged (rows written; rows whose ends are missing are dropped by the MATCH).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:__TYPE__]->(b)
SET r += row.props
RETURN count(*) AS merged
