// The Graph Data Science library's version, when the server has the plugin (an error otherwise).
// Params: none.
// Returns: version.
RETURN gds.version() AS version
