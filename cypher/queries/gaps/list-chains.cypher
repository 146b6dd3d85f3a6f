// Every industrial chain with its name (a few dozen; used to name chains in reasons).
// Params: none.
// Returns: id, name.
MATCH (c:IndustryChain)
RETURN c.id AS id, c.name AS name
ORDER BY id
