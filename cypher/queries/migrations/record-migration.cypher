// Params: $version, $name, $checksum. Records one applied migration.
MERGE (m:SchemaMigration {version: $version})
SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()
