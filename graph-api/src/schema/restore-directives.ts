/**
 * Directives of the schema files that @neo4j/graphql 7 drops when it builds the schema, put back on
 * the built schema so that introspection and the printed SDL carry them:
 * - `@deprecated` on arguments of the hand-written fields (the library keeps it on fields only);
 * - `@specifiedBy` on scalars (`extend scalar Date @specifiedBy(url: …)`): the library builds its
 *   own `Date` scalar object and ignores scalar extensions in the type definitions.
 * The schema files stay the one place where both are declared.
 */
import {
  DEFAULT_DEPRECATION_REASON,
  Kind,
  isObjectType,
  isScalarType,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from "graphql";

/** The string value of a directive's argument, if given. */
function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  return arg?.value.kind === Kind.STRING ? arg.value.value : undefined;
}

const directiveOf = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  directives?.find((d) => d.name.value === name);

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
          const deprecated = directiveOf(argDef.directives, "deprecated");
          const arg = field?.args.find((a) => a.name === argDef.name.value);
          if (!deprecated || !arg || arg.deprecationReason) continue;
          Object.assign(arg, { deprecationReason: stringArgument(deprecated, "reason") ?? DEFAULT_DEPRECATION_REASON });
          restored.push(`${type.name}.${field!.name}(${arg.name})`);
        }
      }
    }
    if (def.kind === Kind.SCALAR_TYPE_DEFINITION || def.kind === Kind.SCALAR_TYPE_EXTENSION) {
      const scalar = schema.getType(def.name.value);
      const specifiedBy = directiveOf(def.directives, "specifiedBy");
      const url = specifiedBy && stringArgument(specifiedBy, "url");
      if (!isScalarType(scalar) || !url) continue;
      Object.assign(scalar, { specifiedByURL: url });
      restored.push(scalar.name);
    }
  }
  return restored;
}
