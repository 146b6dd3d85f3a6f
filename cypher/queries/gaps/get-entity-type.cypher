// What an id names, for the error of an argument given the id of something else (a broker's id as
// an organisation, an agency's as an alliance).
// Params: $id.
// Returns: type (its label but Entity); no row when no node has the id.
MATCH (x:Entity {id: $id})
RETURN [l IN labels(x) WHERE l <> 'Entity'][0] AS type
