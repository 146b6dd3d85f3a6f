import { isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../graph-api/src/config.js";
import { buildSchema } from "../../../graph-api/src/schema/build-schema.js";

describe("FEDERATION=true", () => {
  it(
    "builds an Apollo Federation 2 subgraph with every node type and NodeRef as entities keyed by id",
    { timeout: 60_000 },
    async () => {
      const schema = await buildSchema({ config: loadConfig({ FEDERATION: "true" }) });
      const query = schema.getQueryType()?.getFields() ?? {};
      expect(Object.keys(query)).toEqual(expect.arrayContaining(["_service", "_entities", "brokers"]));
      const entity = schema.getType("_Entity");
      expect(entity && "getTypes" in entity ? entity.getTypes().map((t) => t.name) : []).toEqual(
        expect.arrayContaining(["Broker", "Deal", "Institution", "NodeRef"]),
      );
      expect(isObjectType(schema.getType("Broker"))).toBe(true);
    },
  );

  it("is off by default", { timeout: 60_000 }, async () => {
    const schema = await buildSchema({ config: loadConfig({}) });
    expect(schema.getQueryType()?.getFields()._service).toBeUndefined();
  });
});
