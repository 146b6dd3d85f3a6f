/**
 * The document and input limits (graph-api/src/plugins/validation), each tested with the attack
 * that broke the previous rules: they measure in one pass, so the fragment bombs below (2^30
 * fields when spread out) are answered as fast as any document of their length.
 */
import { parse, specifiedRules, validate, type GraphQLError, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../graph-api/src/config.js";
import { loadTrustedDocuments } from "../../../graph-api/src/plugins/trusted-documents.js";
import { checkInputs } from "../../../graph-api/src/plugins/validation/input-rules.js";
import { estimateCost } from "../../../graph-api/src/plugins/validation/query-cost.js";
import {
  parseOptions,
  requestLimitsOf,
  requestLimitsPlugin,
  validationRules,
} from "../../../graph-api/src/plugins/validation/index.js";
import { buildSchema } from "../../../graph-api/src/schema/build-schema.js";
import { deepWhere, fragmentBomb, literal } from "../../helpers/hostile-documents.js";

let schema: GraphQLSchema;
const limits = requestLimitsOf(loadConfig({}));
const errorsOf = (query: string): readonly GraphQLError[] =>
  validate(schema, parse(query, parseOptions(limits)), [...specifiedRules, ...validationRules(limits)]);
const inputError = (query: string, variables: Record<string, unknown> = {}) => {
  try {
    checkInputs(schema, parse(query), variables, limits);
    return undefined;
  } catch (e) {
    return e as GraphQLError;
  }
};

beforeAll(async () => {
  schema = await buildSchema({ config: loadConfig({}) });
}, 60_000);

describe("document limits", () => {
  it("measures a fragment bomb in one pass (30 fragments each spreading the next twice)", () => {
    // The depth rule used to re-walk every spread: 741 s for this 1.3 KB document.
    expect(errorsOf(fragmentBomb(30))).toEqual([]);
    expect(errorsOf(fragmentBomb(60))).toEqual([]); // fields: 2^60 spread out; refused by the cost model's field count
  });

  it("refuses a fragment that spreads itself with a validation error (400), not a crash", () => {
    const errors = errorsOf(`{ brokers(limit: 1) { ...A } } fragment A on Broker { id ...A }`);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/Cannot spread fragment "A" within itself/)]);
  });

  it("refuses a query deeper than MAX_QUERY_DEPTH, counting fields inside fragments", () => {
    // depth 13: brokers(1) deals(2) brokers(3) … id(13)
    let inner = "id";
    for (let i = 0; i < 12; i++) inner = `${i % 2 === 0 ? "brokers" : "deals"} { ${inner} }`;
    const errors = errorsOf(`{ ${inner} }`);
    expect(errors[0]?.message).toMatch(/too many levels of nested fields: 13, the limit is 12/);
    expect(errors[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "MAX_QUERY_DEPTH" });
    const viaFragment = errorsOf(
      `{ brokers { deals { ...D } } } fragment D on Deal { brokers { deals { brokers { deals { brokers { deals { brokers { deals { brokers { deals { id } } } } } } } } } } }`,
    ); // 2 levels outside the fragment + 11 inside
    expect(viaFragment[0]?.extensions?.limit).toBe("MAX_QUERY_DEPTH");
  });

  it("counts aliases of __typename and refuses more than MAX_ALIASES", () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(" ");
    expect(errorsOf(`{ ${aliases(20)} }`)).toEqual([]);
    expect(errorsOf(`{ ${aliases(21)} }`)[0]?.extensions).toMatchObject({ limit: "MAX_ALIASES" });
  });

  it("refuses more than MAX_DIRECTIVES directives", () => {
    const fields = Array.from({ length: 21 }, (_, i) => `t${i % 2}: __typename @include(if: true)`).join(" ");
    expect(errorsOf(`{ ${fields} }`).some((e) => e.extensions?.limit === "MAX_DIRECTIVES")).toBe(true);
  });

  it("stops parsing past MAX_TOKENS (10,001 aliases are never even validated)", () => {
    const aliases = Array.from({ length: 10_001 }, (_, i) => `t${i}: __typename`).join(" ");
    expect(() => parse(`{ ${aliases} }`, parseOptions(limits))).toThrow(/Document contains more th\w+ 2000 tokens/);
  });

  it("lets every explorer document through", () => {
    const documents = [...loadTrustedDocuments().values()];
    expect(documents.length).toBeGreaterThan(10);
    for (const doc of documents) expect(errorsOf(doc), doc).toEqual([]);
  });
});

describe("input limits", () => {
  it("refuses a `where` nested 24 levels deep, in a literal or in a variable", () => {
    expect(inputError(`{ brokers(where: ${literal(deepWhere(12))}) { id } }`)?.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      limit: "MAX_INPUT_DEPTH",
    });
    const viaVariable = inputError(`query ($w: BrokerWhere) { brokers(where: $w) { id } }`, { w: deepWhere(12) });
    expect(viaVariable?.message).toMatch(/Variable "\$w" nests input objects more than 10 levels deep/);
    // a variable inside a literal is followed
    const nested = inputError(`query ($w: BrokerWhere) { brokers(where: { AND: [$w] }) { id } }`, { w: deepWhere(12) });
    expect(nested?.extensions?.limit).toBe("MAX_INPUT_DEPTH");
  });

  it("lets an ordinary three-hop filter through", () => {
    const where = {
      deals: { some: { results: { some: { developers: { some: { Lab: { name: { contains: "材料" } } } } } } } },
    };
    expect(inputError(`query ($w: BrokerWhere) { brokers(where: $w) { id } }`, { w: where })).toBeUndefined();
  });

  it("refuses a 5,000-term OR", () => {
    const or = Array.from({ length: 5000 }, (_, i) => ({ name: { eq: `n${i}` } }));
    const e = inputError(`query ($w: BrokerWhere) { brokers(where: $w) { id } }`, { w: { OR: or } });
    expect(e?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "MAX_FILTER_TERMS" });
    // the same terms spread over several aliased fields count together
    const split = Array.from({ length: 3 }, (_, i) => `b${i}: brokers(where: $w) { id }`).join(" ");
    const forty = { OR: or.slice(0, 20) }; // 41 terms each, 123 in all
    expect(inputError(`query ($w: BrokerWhere) { ${split} }`, { w: forty })?.extensions?.limit).toBe(
      "MAX_FILTER_TERMS",
    );
  });

  it("refuses a filter field that takes conditions set to null (an internal error in @neo4j/graphql)", () => {
    for (const [query, variables, path] of [
      [`{ alliances(where: { id: null }) { id } }`, {}, "where.id"],
      [`{ brokers(where: { deals: null }) { id } }`, {}, "where.deals"],
      [`query ($w: BrokerWhere) { brokers(where: $w) { id } }`, { w: { name: null } }, "where.name"],
      [
        `query ($w: BrokerWhere) { brokers(where: { OR: [$w] }) { id } }`,
        { w: { deals: { some: { id: null } } } },
        "where.OR.deals.some.id",
      ],
    ] as const) {
      const e = inputError(query, variables);
      expect(e?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
      expect(e?.message).toContain(`\`${path}\` takes conditions and cannot be null`);
    }
    // null where a value is compared stays allowed (`eq: null`, an empty list of conditions)
    expect(inputError(`{ brokers(where: { name: { eq: null }, AND: null }) { id } }`)).toBeUndefined();
  });

  it("refuses an empty OR or NOT in a filter (the library matches everything for them), in a literal or a variable", () => {
    for (const [query, variables, path] of [
      [`{ brokers(where: { OR: [] }) { id } }`, {}, "where.OR"],
      [`{ brokers(where: { NOT: {} }) { id } }`, {}, "where.NOT"],
      [`query ($w: BrokerWhere) { brokers(where: $w) { id } }`, { w: { OR: [] } }, "where.OR"],
      [`query ($o: [BrokerWhere!]) { brokers(where: { OR: $o }) { id } }`, { o: [] }, "where.OR"],
      [`{ brokers(where: { deals: { some: { NOT: {} } } }) { id } }`, {}, "where.deals.some.NOT"],
      [`query ($w: BrokerWhere) { brokers(where: { OR: [$w] }) { id } }`, { w: { NOT: {} } }, "where.OR.NOT"],
    ] as const) {
      const e = inputError(query, variables);
      expect(e?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argument: "where" });
      expect(e?.message).toContain(`\`${path}\` is empty`);
    }
    // an empty AND (no condition: everything) and an OR holding an empty condition stay allowed
    expect(inputError(`{ brokers(where: { AND: [], OR: [{}] }) { id } }`)).toBeUndefined();
    expect(
      inputError(`{ brokers(where: { OR: [{ name: { eq: "x" } }], NOT: { name: { eq: "y" } } }) { id } }`),
    ).toBeUndefined();
  });

  it("refuses negative paging arguments, and empty pages, as BAD_USER_INPUT naming the argument", () => {
    for (const [query, variables, name, least] of [
      [`{ brokers(limit: -1) { id } }`, {}, "limit", 1],
      [`{ brokers(limit: 0) { id } }`, {}, "limit", 1],
      [`{ brokers(offset: -5) { id } }`, {}, "offset", 0],
      [`query ($n: Int) { brokersConnection(first: $n) { totalCount } }`, { n: -2 }, "first", 1],
      [`{ brokers(limit: 1) { deals(limit: -3) { id } } }`, {}, "limit", 1],
    ] as const) {
      const e = inputError(query, variables);
      expect(e?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argument: name });
      expect(e?.message).toMatch(new RegExp(`Argument "${name}" of field "\\w+" must be ${least} or more`));
    }
    expect(inputError(`{ brokers(limit: 1, offset: 0) { id } }`)).toBeUndefined();
  });

  it("refuses a Date that is no day of the calendar or not YYYY-MM-DD, naming where it is", () => {
    const period = `query ($p: DatePeriod!) { conversionRate(period: $p) { groupBy } }`;
    for (const [query, variables, argument, why] of [
      [
        `{ conversionRate(period: { from: "2024-02-30", to: "2024-12-31" }) { groupBy } }`,
        {},
        "period.from",
        "2024-02-30 is not a day of the calendar",
      ],
      [period, { p: { from: "2024-01-01", to: "2023-02-29" } }, "period.to", "2023-02-29 is not a day of the calendar"],
      [
        `{ deals(where: { signedOn: { in: ["2024-01-01", "2024-04-31"] } }) { id } }`,
        {},
        "where.signedOn.in",
        "2024-04-31 is not a day",
      ],
      [
        `query ($p: DatePeriod) { networkNode(id: "X", period: $p) { degree } }`,
        { p: { from: "2024-02-30" } },
        "period.from",
        "2024-02-30 is not a day of the calendar",
      ],
      [`{ topBrokers(period: { year: 2024, to: "2024-13-01" }) { rank } }`, {}, "period.to", "2024-13-01 is not a day"],
      [
        `query ($d: Date) { dealsPage(signedFrom: $d) { pageInfo { hasNextPage } } }`,
        { d: "2024-1-5" },
        "signedFrom",
        'expected a date YYYY-MM-DD, got "2024-1-5"',
      ],
    ] as const) {
      const e = inputError(query, variables);
      expect(e?.extensions, query).toMatchObject({ code: "BAD_USER_INPUT", argument });
      expect(e?.message, query).toContain(`\`${argument}\`: ${why}`);
    }
    expect(inputError(period, { p: { from: "2024-02-29", to: "2024-12-31" } })).toBeUndefined();
    expect(inputError(`{ deals(where: { signedOn: { gte: "2000-02-29" } }) { id } }`)).toBeUndefined();
  });
});

describe("explorer documents", () => {
  it("fit the default cost limit with the largest variables the explorer sends", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `ENT-${i}`);
    const variables = {
      ids,
      id: "X",
      text: "x",
      type: "Broker",
      limit: 500,
      toId: "Y",
      fromId: "X",
      demandId: "D",
      orgId: "O",
      period: { from: "2024-01-01", to: "2024-12-31" },
      maxHops: 10,
      relType: "SERVED",
      direction: "OUT",
      neighbourType: "Deal",
      // the widest range conversionTrend accepts (20 whole years)
      years: { from: "2007-01-01", to: "2026-12-31" },
      year: 2024,
      where: { signedOn: { gte: "2024-01-01", lte: "2024-12-31" } },
    };
    for (const doc of loadTrustedDocuments().values()) {
      const document = parse(doc);
      const declared = new Set(
        document.definitions.flatMap((d) =>
          ("variableDefinitions" in d ? (d.variableDefinitions ?? []) : []).map((v) => v.variable.name.value),
        ),
      );
      const given = Object.fromEntries(Object.entries(variables).filter(([k]) => declared.has(k)));
      expect(estimateCost({ schema, document, variables: given }, limits), doc).toBeLessThanOrEqual(limits.maxCost);
    }
  });
});

describe("the memory of passed operations", () => {
  type Hooks = { didResolveOperation(ctx: unknown): Promise<void> };
  const resolve = async (hooks: Hooks, document: ReturnType<typeof parse>, variables: Record<string, unknown>) => {
    try {
      await hooks.didResolveOperation({ document, operationName: null, request: { variables } });
      return undefined;
    } catch (e) {
      return e as GraphQLError;
    }
  };

  it("checks the same document again when its variables differ, and refuses a refused one every time", async () => {
    const hooks = (await requestLimitsPlugin(schema, limits).requestDidStart!({} as never)) as unknown as Hooks;
    // one DocumentNode, as Apollo's document store hands out for one query text
    const document = parse(
      `query ($n: Int, $w: BrokerWhere) { brokers(limit: $n, where: $w) { id deals(limit: $n) { id } } }`,
    );
    expect(await resolve(hooks, document, { n: 5 })).toBeUndefined();
    expect(await resolve(hooks, document, { n: 5 })).toBeUndefined();
    // same text, a page size whose cost is over the limit, then a filter too deep: refused although
    // the document passed a moment ago
    expect((await resolve(hooks, document, { n: 500 }))?.extensions).toMatchObject({ limit: "MAX_QUERY_COST" });
    expect((await resolve(hooks, document, { n: 5, w: deepWhere(24) }))?.extensions).toMatchObject({
      limit: "MAX_INPUT_DEPTH",
    });
    expect((await resolve(hooks, document, { n: -1 }))?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await resolve(hooks, document, { n: -1 }))?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await resolve(hooks, document, { n: 5 })).toBeUndefined();
  });
});
