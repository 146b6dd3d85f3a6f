// The alliances a gap analysis is about: the given one, or every Alliance of kind ALLIANCE.
// Params: $allianceId (String or null).
// Returns: id.
MATCH (al:Alliance)
WHERE ($allianceId IS NULL AND al.kind = 'ALLIANCE') OR al.id = $allianceId
RETURN al.id AS id
ORDER BY id
