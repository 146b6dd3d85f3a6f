/**
 * The SDL in graph-api/schema must expose the whole domain model (graph-api/src/domain/model.ts):
 * every node type and field with its GraphQL type, and every relationship type in both directions
 * between every pair of end types, with its properties. So the model and the SDL cannot drift.
 */
import {
  Kind,
  isObjectType,
  isUnionType,
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import {
  NODE_TYPE_NAMES,
  RELATIONSHIPS,
  nodeFields,
  type FieldSpec,
  type NodeType,
} from "../../../graph-api/src/domain/model.js";
import { buildSchema } from "../../../graph-api/src/schema/build-schema.js";
import { loadTypeDefs } from "../../../graph-api/src/schema/type-defs.js";
import { testConfig } from "../../helpers/test-config.js";

const config = testConfig();
let schema: GraphQLSchema;
const typeDefs = loadTypeDefs(config);
const objectDefs = new Map(
  typeDefs.definitions
    .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((d) => [d.name.value, d]),
);
const unionMembers = new Map(
  typeDefs.definitions.flatMap((d) =>
    d.kind === Kind.UNION_TYPE_DEFINITION ? [[d.name.value, (d.types ?? []).map((t) => t.name.value)] as const] : [],
  ),
);

beforeAll(async () => {
  schema = await buildSchema({ config });
}, 60_000);

/** The GraphQL type a model field should have, e.g. "TitleLevel!", "[String!]", "Date". */
function expectedType(spec: FieldSpec): string {
  const t = spec.type;
  const base =
    t.kind === "enum"
      ? t.enum
      : t.kind === "string[]"
        ? "[String!]"
        : t.kind === "int"
          ? "Int"
          : t.kind === "float"
            ? "Float"
            : t.kind === "boolean"
              ? "Boolean"
              : t.kind === "date"
                ? "Date"
                : spec.name === "id"
                  ? "ID"
                  : "String";
  return spec.required ? `${base}!` : base;
}

function arg(d: ConstDirectiveNode, name: string): string | undefined {
  const a = d.arguments?.find((x) => x.name.value === name);
  return a && (a.value.kind === Kind.STRING || a.value.kind === Kind.ENUM) ? a.value.value : undefined;
}

interface RelField {
  owner: string;
  field: FieldDefinitionNode;
  type: string;
  direction: string;
  properties?: string;
  targets: string[];
}

function relationshipFields(owner: string): RelField[] {
  return (objectDefs.get(owner)?.fields ?? []).flatMap((field) => {
    const d = field.directives?.find((x) => x.name.value === "relationship");
    if (!d) return [];
    let t = field.type;
    while (t.kind !== Kind.NAMED_TYPE) t = t.type;
    const target = t.name.value;
    return [
      {
        owner,
        field,
        type: arg(d, "type") ?? "",
        direction: arg(d, "direction") ?? "",
        properties: arg(d, "properties"),
        targets: unionMembers.get(target) ?? [target],
      },
    ];
  });
}

function schemaField(type: string, field: string): GraphQLField<unknown, unknown> | undefined {
  const t = schema.getType(type);
  return isObjectType(t) ? t.getFields()[field] : undefined;
}

describe("the SDL covers the domain model", () => {
  it.each(NODE_TYPE_NAMES)("node type %s: every field with its type, labels [type, Entity]", (type: NodeType) => {
    const def = objectDefs.get(type);
    expect(def, `type ${type}`).toBeDefined();
    const node = def?.directives?.find((d) => d.name.value === "node");
    const labels = node?.arguments?.find((a) => a.name.value === "labels")?.value;
    expect(labels?.kind === Kind.LIST ? labels.values.map((v) => (v.kind === Kind.STRING ? v.value : "")) : []).toEqual(
      [type, "Entity"],
    );
    for (const spec of nodeFields(type)) {
      const field = schemaField(type, spec.name);
      expect(field, `${type}.${spec.name}`).toBeDefined();
      expect(String(field?.type), `${type}.${spec.name}`).toBe(expectedType(spec));
    }
  });

  it("hides pinyinInitials from the API", () => {
    for (const type of NODE_TYPE_NAMES) expect(schemaField(type, "pinyinInitials")).toBeUndefined();
  });

  it.each(RELATIONSHIPS.map((r) => [r.type, r] as const))(
    "relationship %s: both directions for every pair of end types",
    (_name, spec) => {
      for (const from of spec.from) {
        for (const to of spec.to) {
          const out = relationshipFields(from).filter(
            (r) => r.type === spec.type && r.direction === "OUT" && r.targets.includes(to),
          );
          const back = relationshipFields(to).filter(
            (r) => r.type === spec.type && r.direction === "IN" && r.targets.includes(from),
          );
          expect(out.length, `${from} -[:${spec.type}]-> ${to}`).toBeGreaterThan(0);
          expect(back.length, `${to} <-[:${spec.type}]- ${from}`).toBeGreaterThan(0);
          for (const r of [...out, ...back]) {
            expect(
              schemaField(r.owner, r.field.name.value),
              `${r.owner}.${r.field.name.value} in schema`,
            ).toBeDefined();
            if (spec.properties.length === 0) {
              expect(r.properties, `${r.owner}.${r.field.name.value} has no properties`).toBeUndefined();
              continue;
            }
            expect(r.properties, `${r.owner}.${r.field.name.value} properties`).toBeDefined();
            for (const p of spec.properties) {
              expect(String(schemaField(r.properties ?? "", p.name)?.type), `${r.properties}.${p.name}`).toBe(
                expectedType(p),
              );
            }
          }
        }
      }
    },
  );

  it("declares no relationship type outside the model (no typos)", () => {
    const known = new Set(RELATIONSHIPS.map((r) => r.type));
    const used = NODE_TYPE_NAMES.flatMap((t) => relationshipFields(t).map((r) => r.type));
    expect(used.filter((t) => !known.has(t))).toEqual([]);
  });

  it("generates a root list field per node type, bounded by limit", () => {
    const query = schema.getQueryType()?.getFields() ?? {};
    expect(query.brokers?.args.map((a) => a.name)).toEqual(
      expect.arrayContaining(["where", "limit", "offset", "sort"]),
    );
    expect(Object.keys(query)).toEqual(
      expect.arrayContaining(["agencies", "industryChains", "deals", "results", "labs", "institutions"]),
    );
    expect(isUnionType(schema.getType("Seller"))).toBe(true);
  });
});
