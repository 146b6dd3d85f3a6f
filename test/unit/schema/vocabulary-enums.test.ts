/**
 * The closed vocabularies of the custom fields: `NodeType` and `RelationshipType` hold exactly the
 * model's node and relationship types (so the model and the SDL cannot drift), every value is
 * described, and a wrong value is refused with the allowed values listed — as a literal and as a
 * variable — unless the server hides schema details.
 */
import { GraphQLError, isEnumType, parseValue, type GraphQLEnumType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { NODE_TYPE_NAMES, RELATIONSHIPS } from "../../../graph-api/src/domain/model.js";
import { buildSchema } from "../../../graph-api/src/schema/build-schema.js";
import { testConfig } from "../../helpers/test-config.js";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ config: testConfig() });
}, 60_000);

const enumOf = (name: string): GraphQLEnumType => {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type;
};

function thrown(f: () => unknown): GraphQLError {
  try {
    f();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error("expected a GraphQLError");
}

describe("vocabulary enums", () => {
  it("NodeType and RelationshipType are the model's types, each described, wire value = name", () => {
    const nodeType = enumOf("NodeType");
    const relType = enumOf("RelationshipType");
    expect(nodeType.getValues().map((v) => v.name)).toEqual(NODE_TYPE_NAMES);
    expect(relType.getValues().map((v) => v.name)).toEqual(RELATIONSHIPS.map((r) => r.type));
    for (const v of [...nodeType.getValues(), ...relType.getValues()]) {
      expect(v.description, v.name).toBeTruthy();
      expect(v.value).toBe(v.name);
    }
  });

  it("a wrong value names the allowed values, as a variable and as a literal", () => {
    const relType = enumOf("RelationshipType");
    const allowed = `Allowed values: ${RELATIONSHIPS.map((r) => r.type).join(", ")}.`;
    expect(thrown(() => relType.parseValue("NOPE")).message).toBe(
      `Value "NOPE" does not exist in "RelationshipType" enum. ${allowed}`,
    );
    const literal = thrown(() => enumOf("NodeType").parseLiteral(parseValue('"Broker"'), undefined));
    expect(literal.message).toMatch(/^Enum "NodeType" cannot represent non-enum value: "Broker"\. Did you mean/);
    expect(literal.message).toContain(`Allowed values: ${NODE_TYPE_NAMES.join(", ")}.`);
    expect(relType.parseValue("SERVED")).toBe("SERVED");
  });

  it("leaves the list out when suggestions are hidden", () => {
    const error = thrown(() => enumOf("NodeType").parseValue("Nope", true));
    expect(error.message).toBe('Value "Nope" does not exist in "NodeType" enum.');
  });
});
