// The alliances an organisation is a member of.
// Params: $id.
// Returns: id (alliance id).
MATCH (:Entity {id: $id})-[:MEMBER_OF]->(al:Alliance)
RETURN al.id AS id
ORDER BY id
