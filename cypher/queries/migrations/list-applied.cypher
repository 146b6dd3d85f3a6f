// Returns: version, checksum of every applied migration.
MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum
