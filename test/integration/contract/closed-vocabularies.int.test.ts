/**
 * Closed vocabularies and strict dates, as a client meets them: a node or relationship type that is
 * not the model's, and a date that is no day of the calendar (2024-02-30, which the Date scalar
 * alone reads as 1 March), are refused before any work — no transaction is opened (the API runs
 * on a driver that records every opening) — with a message that says where and what is allowed.
 * The same values, right, run; JSON variables keep the type names clients sent before.
 */
import { GraphQLClient } from "graphql-request";
import type { Driver } from "neo4j-driver";
import { beforeAll, describe, expect, it } from "vitest";
import { NODE_TYPE_NAMES } from "../../../graph-api/src/domain/model.js";
import { useApiFixture } from "../../helpers/api-fixture-hooks.js";
import type { TestApi } from "../../helpers/api-server.js";
import { recordingDriver, type OpenedTransaction } from "../../helpers/recording-driver.js";

const fixture = useApiFixture();
let recorded: { driver: Driver; opened: OpenedTransaction[] };
let api: TestApi;

beforeAll(async () => {
  recorded = recordingDriver(fixture.driver());
  api = await fixture.start({}, {}, recorded.driver);
}, 120_000);

/** The response to `query`, and the transactions the request opened. */
async function send(query: string, variables?: Record<string, unknown>) {
  recorded.opened.length = 0;
  const res = await api.gql(query, { variables });
  return { res, opened: [...recorded.opened] };
}

const ALL_NODE_TYPES = `Allowed values: ${NODE_TYPE_NAMES.join(", ")}.`;

describe("node and relationship types are enums", () => {
  it("takes the type names as JSON variables, as before, and answers with them", async () => {
    const { res, opened } = await send(
      `query ($types: [NodeType!], $rel: RelationshipType) {
        search(text: "武侯", types: $types) { id type }
        expand(id: "APITEST-DIS-1", relType: $rel, direction: IN) { total edges { type } }
      }`,
      { types: ["District", "Institution"], rel: "LOCATED_IN" },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ search: expect.arrayContaining([{ id: "APITEST-DIS-1", type: "District" }]) });
    expect(opened.length).toBeGreaterThan(0); // the recording sees the work a right request does
  });

  it.each([
    [
      "a wrong variable",
      `query ($types: [NodeType!]) { search(text: "成都", types: $types) { id } }`,
      { types: ["Broker", "Entity"] },
      `Variable "$types" got invalid value "Entity" at "types[1]"; Value "Entity" does not exist in "NodeType" enum.`,
    ],
    [
      "a wrong literal",
      `{ expand(id: "APITEST-DIS-1", relType: LOCATED) { total } }`,
      undefined,
      `Value "LOCATED" does not exist in "RelationshipType" enum. Did you mean the enum value "LOCATED_IN"`,
    ],
    [
      "a quoted literal (the form of the old String argument)",
      `{ nodesByType(type: "District") { id } }`,
      undefined,
      `Enum "NodeType" cannot represent non-enum value: "District". Did you mean the enum value "District"?`,
    ],
  ])("refuses %s before any work, listing the allowed values", async (_case, query, variables, message) => {
    const { res, opened } = await send(query, variables);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toContain(message);
    expect(res.errors?.[0]?.message).toMatch(/Allowed values: [A-Z]/);
    if (query.includes("NodeType") || query.includes("nodesByType"))
      expect(res.errors?.[0]?.message).toContain(ALL_NODE_TYPES);
    expect(opened).toEqual([]);
  });

  it("reaches a standard client (graphql-request) as an error with the message", async () => {
    const client = new GraphQLClient(`${api.url}/graphql`);
    await expect(client.request(`{ nodesByType(type: Distrct) { id } }`)).rejects.toThrow(
      /Value "Distrct" does not exist in "NodeType" enum\. Did you mean the enum value "District"\?/,
    );
  });
});

describe("dates are days of the calendar", () => {
  it.each([
    [
      "a literal in a custom field's input",
      `{ conversionRate(period: { from: "2024-02-30", to: "2024-12-31" }) { groupBy } }`,
      undefined,
      "period.from",
      'Argument "period" of field "conversionRate": `period.from`: 2024-02-30 is not a day of the calendar',
    ],
    [
      "a variable",
      `query ($p: DatePeriod!) { flows(period: $p) { totalDeals } }`,
      { p: { from: "2024-01-01", to: "2023-02-29" } },
      "period.to",
      'Argument "period" of field "flows": `period.to`: 2023-02-29 is not a day of the calendar',
    ],
    [
      "an open end of a keyset page",
      `query ($d: Date) { dealsPage(signedTo: $d) { edges { cursor } } }`,
      { d: "2024-04-31" },
      "signedTo",
      'Argument "signedTo" of field "dealsPage": `signedTo`: 2024-04-31 is not a day of the calendar',
    ],
    [
      "a filter of the generated API",
      `{ deals(where: { signedOn: { eq: "2024-5-1" } }) { id } }`,
      undefined,
      "where.signedOn.eq",
      'Argument "where" of field "deals": `where.signedOn.eq`: expected a date YYYY-MM-DD, got "2024-5-1"',
    ],
  ])("refuses %s before any work, naming the argument", async (_case, query, variables, argument, message) => {
    const { res, opened } = await send(query, variables);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT", argument } });
    expect(opened).toEqual([]);
  });

  it("runs the same requests with real days (a leap day included)", async () => {
    const { res, opened } = await send(
      `{ conversionRate(period: { from: "2024-02-29", to: "2024-12-31" }) { groupBy }
         deals(where: { signedOn: { eq: "2024-05-01" } }) { id } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ deals: [{ id: "APITEST-DEAL-1" }] });
    expect(opened.length).toBeGreaterThan(0);
  });
});
