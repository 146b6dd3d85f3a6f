// Template: __LABEL__ is replaced by a node type of the domain model (checked against the model's
// fixed list before substitution; never user input).
// Params: $rows: list of {id: String, props: Map} — props holds EVERY model field of the type
//   (null for an absent value, which removes the property) plus the derived pinyinInitials, so a
//   re-import overwrites model fields and leaves other properties (e.g. analytics results) alone.
// Returns: merged (rows written).
UNWIND $rows AS row
MERGE (n:__LABEL__:Entity {id: row.id})
SET n += row.props
RETURN count(*) AS merged
