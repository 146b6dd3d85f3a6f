// 001: every node carries its type label and :Entity; ids are unique across all types (domain.md).
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT broker_id_unique IF NOT EXISTS FOR (n:Broker) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id_unique IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alliance_id_unique IF NOT EXISTS FOR (n:Alliance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id_unique IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lab_id_unique IF NOT EXISTS FOR (n:Lab) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id_unique IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT industry_chain_id_unique IF NOT EXISTS FOR (n:IndustryChain) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT district_id_unique IF NOT EXISTS FOR (n:District) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT result_id_unique IF NOT EXISTS FOR (n:Result) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT demand_id_unique IF NOT EXISTS FOR (n:Demand) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT deal_id_unique IF NOT EXISTS FOR (n:Deal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id_unique IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT platform_id_unique IF NOT EXISTS FOR (n:Platform) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT award_id_unique IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_migration_version_unique IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;
