// Whether an Alliance has this id (the alliance a gap question names).
// Params: $allianceId.
// Returns: id; no row when no Alliance has it.
MATCH (al:Alliance {id: $allianceId})
RETURN al.id AS id
