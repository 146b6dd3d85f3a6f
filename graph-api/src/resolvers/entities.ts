/**
 * Federation entities that are not @node types (FEDERATION=true only): `NodeRef`, the reference
 * analytics results point to nodes with, is an entity keyed by id (`@key(fields: "id")`, added by
 * type-defs.ts), resolved here from the node itself. Every @node type is resolved by @neo4j/graphql.
 *
 * @apollo/subgraph reads a reference resolver from the type's `extensions.apollo.subgraph`, which
 * @neo4j/graphql fills with its own (for @node types only; it fails for others) and which a
 * resolver map cannot override; so it is set on the built schema.
 */
import { isObjectType, type GraphQLSchema } from "graphql";
import { getNodeRefs } from "../graph/entities/node-refs.js";
import { idArg } from "./args/index.js";
import type { ApiContext } from "../auth/context.js";

export function installEntityResolvers(schema: GraphQLSchema): void {
  const type = schema.getType("NodeRef");
  if (!isObjectType(type)) throw new Error("NodeRef is not an object type of the schema");
  const resolveReference = async (reference: { id?: unknown }, context: ApiContext) => {
    const id = idArg(String(reference.id ?? ""), "representations.id");
    const refs = await getNodeRefs(context.request, [id]);
    return refs.get(id) ?? null;
  };
  const extensions = type.extensions as { apollo?: { subgraph?: Record<string, unknown> } };
  const apollo = (extensions.apollo ??= {});
  (apollo.subgraph ??= {}).resolveReference = resolveReference;
}
