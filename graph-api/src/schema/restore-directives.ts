/**
 * Directives of the schema files that @neo4j/graphql 7 drops when it builds the schema, put back on
 * the built schema so that introspection and the printed SDL carry them:
 * - `@deprecated` on arguments of the hand-written fields (the library keeps it on fields only);
 * - `@specifiedBy` on scalars (`extend scalar Date @specifiedBy(url: …)`): the library builds its
 *   own `Date` scalar object and ignores scalar extensions in the type definitions.
 * The schema files stay the one place where both are declared.
 */
import {
  GraphQLDeprecatedDirective,
  GraphQLSpecifiedByDirective,
  Kind,
  getDirectiveValues,
  isObjectType,
  isScalarType,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";

/** Put the dropped directives back; returns what was restored (`Type.field(arg)`, `Scalar`), for tests. */
export function restoreDroppedDirectives(schema: GraphQLSchema, typeDefs: DocumentNode): string[] {
  const restored: string[] = [];
  for (const def of typeDefs.definitions) {
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) {
      const type = schema.getType(def.name.value);
      if (!isObjectType(type)) continue;
      for (const fieldDef of def.fields ?? []) {
        const field = type.getFields()[fieldDef.name.value];
        for (const argDef of fieldDef.arguments ?? []) {
          // the directive's reason, with graphql-js's default when none is written
          const deprecated = getDirectiveValues(GraphQLDeprecatedDirective, argDef);
          const arg = field?.args.find((a) => a.name === argDef.name.value);
          if (!deprecated || !arg || arg.deprecationReason) continue;
          Object.assign(arg, { deprecationReason: deprecated.reason as string });
          restored.push(`${type.name}.${field!.name}(${arg.name})`);
        }
      }
    }
    if (def.kind === Kind.SCALAR_TYPE_DEFINITION || def.kind === Kind.SCALAR_TYPE_EXTENSION) {
      const scalar = schema.getType(def.name.value);
      const url = getDirectiveValues(GraphQLSpecifiedByDirective, def)?.url as string | undefined;
      if (!isScalarType(scalar) || !url) continue;
      Object.assign(scalar, { specifiedByURL: url });
      restored.push(scalar.name);
    }
  }
  return restored;
}
