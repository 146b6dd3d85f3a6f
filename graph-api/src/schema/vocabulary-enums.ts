/**
 * The closed vocabularies of the custom fields' arguments (`NodeType`, `RelationshipType`): a wrong
 * value is refused before execution (validation for a literal, variable coercion for a variable),
 * and the message lists the allowed values so a client sees what to send — graphql-js alone only
 * suggests a near miss. When the server hides schema details (graphql's `hideSuggestions`), the
 * list is left out too.
 */
import { GraphQLError, isEnumType, type GraphQLEnumType, type GraphQLSchema } from "graphql";

/** Enums whose refusals list every allowed value (small, public vocabularies of the domain). */
export const VOCABULARY_ENUMS = ["NodeType", "RelationshipType"] as const;

function withAllowedValues(type: GraphQLEnumType, error: unknown): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const allowed = type
    .getValues()
    .map((v) => v.name)
    .join(", ");
  return new GraphQLError(`${error.message} Allowed values: ${allowed}.`, {
    nodes: error.nodes,
    extensions: error.extensions,
  });
}

export function listAllowedEnumValues(schema: GraphQLSchema, names: readonly string[] = VOCABULARY_ENUMS): void {
  for (const name of names) {
    const type = schema.getType(name);
    if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
    const parseValue = type.parseValue.bind(type);
    const parseLiteral = type.parseLiteral.bind(type);
    type.parseValue = (value, hideSuggestions) => {
      try {
        return parseValue(value, hideSuggestions);
      } catch (error) {
        throw hideSuggestions ? error : withAllowedValues(type, error);
      }
    };
    type.parseLiteral = (node, variables, hideSuggestions) => {
      try {
        return parseLiteral(node, variables, hideSuggestions);
      } catch (error) {
        throw hideSuggestions ? error : withAllowedValues(type, error);
      }
    };
  }
}
