/**
 * The executable GraphQL schema: @neo4j/graphql over the type definitions in graph-api/schema,
 * with the custom resolvers of every area, JWT authorization on the configured secret and the
 * generated schema trimmed of deprecated fields. With FEDERATION=true it is an Apollo Federation 2
 * subgraph schema.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { installEntityResolvers } from "../resolvers/entities.js";
import { createResolvers, type ResolverModule } from "../resolvers/index.js";
import { pinyinInitials } from "../ingest/pinyin-initials.js";
import { boundRootConnections } from "./bounded-connections.js";
import { clampRootPageSizes } from "./clamp-page-size.js";
import { loadTypeDefs } from "./type-defs.js";

/** The configuration keys the schema depends on. */
export type SchemaConfig = Pick<Config, "JWT_SECRET" | "DEFAULT_PAGE_SIZE" | "MAX_PAGE_SIZE" | "FEDERATION">;

export interface SchemaDeps {
  /** Absent when only printing the SDL (no database needed). */
  driver?: Driver;
  config: SchemaConfig;
  /** Override the resolver modules (tests); default: all registered in resolvers/index.ts. */
  modules?: ResolverModule[];
}

/** Construct (without connecting) the Neo4jGraphQL instance. */
export function createNeo4jGraphQL({ driver, config, modules }: SchemaDeps): Neo4jGraphQL {
  const resolvers = createResolvers({ driver: driver as Driver, config: config as Config }, modules);
  return new Neo4jGraphQL({
    typeDefs: loadTypeDefs(config),
    resolvers: resolvers as never,
    driver,
    features: {
      authorization: { key: config.JWT_SECRET },
      // Only the v7 forms: nested filters (`name: { eq }`), `xConnection { aggregate }`.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
      populatedBy: {
        callbacks: {
          pinyinInitials: (parent) => {
            const name = nameOf(parent);
            return name === undefined ? undefined : pinyinInitials(name);
          },
        },
      },
    },
  });
}

/** The name in a create input (`name: "…"`) or an update input (`name: { set: "…" }`). */
function nameOf(input: Record<string, unknown> | undefined): string | undefined {
  const name = input?.name;
  if (typeof name === "string") return name;
  const set = (name as { set?: unknown } | undefined)?.set;
  return typeof set === "string" ? set : undefined;
}

/** Build the executable schema (the subgraph schema when config.FEDERATION). */
export async function buildSchema(deps: SchemaDeps): Promise<GraphQLSchema> {
  const neo = createNeo4jGraphQL(deps);
  const schema = deps.config.FEDERATION ? await neo.getSubgraphSchema() : await neo.getSchema();
  if (deps.config.FEDERATION)
    installEntityResolvers(schema, { driver: deps.driver as Driver, config: deps.config as Config });
  clampRootPageSizes(schema, deps.config.MAX_PAGE_SIZE);
  boundRootConnections(schema, deps.config);
  return schema;
}
