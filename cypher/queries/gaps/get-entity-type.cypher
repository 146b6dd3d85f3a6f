// What an id names: whether an alliance argument is an Alliance's id, and for the error of an
// argument given the id of something else (a broker's id as an organisation, an agency's as an
// alliance). Every node carries :Entity with a unique id.
// Params: $id.
// Returns: type (its label but Entity); no row when no node has the id.
MATCH (x:Entity {id: $id})
RETURN [l IN labels(x) WHERE l <> 'Entity'][0] AS type
