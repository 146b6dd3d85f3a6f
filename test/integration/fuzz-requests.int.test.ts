/**
 * Property-based fuzzing of the HTTP API (fast-check): hostile documents and variables generated
 * from the schema (test/helpers/hostile-generator.ts), sent anonymously to a production-mode
 * server on the API fixture. Whatever the request, the server answers with GraphQL JSON, never a
 * 5xx or an unexpected (masked) error, refuses what breaks a limit with a 400 that names it, and
 * never shows a broker's phone or e-mail to an anonymous caller.
 */
import fc from "fast-check";
import type { GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "../../graph-api/src/schema/build-schema.js";
import { useApiFixture } from "../helpers/api-fixture-hooks.js";
import type { TestApi } from "../helpers/api-server.js";
import { hostileRequest } from "../helpers/hostile-generator.js";

/** The fixture broker's contact fields (api-fixture.ts). */
const SECRETS = ["13800000000", "zhang@example.cn"];
/** Codes a refused or failed request may carry: every one a deliberate answer. */
const EXPECTED_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "QUERY_TOO_COMPLEX",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "QUERY_TIMEOUT",
  // A generated document over MAX_REQUEST_BYTES is refused before it is parsed (HTTP 413).
  "PAYLOAD_TOO_LARGE",
]);

const fixture = useApiFixture(20);
let api: TestApi;
let schema: GraphQLSchema;

beforeAll(async () => {
  api = await fixture.start({
    NODE_ENV: "production",
    JWT_SECRET: "a-production-secret-of-at-least-32-characters",
    INTROSPECTION: "true", // the generator walks the schema; production masking is what is tested
  });
  schema = await buildSchema({ config: api.config });
});

describe("fuzzed hostile requests", () => {
  it("are answered with GraphQL JSON, never a 5xx, never an unexpected error, never a contact field", async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const request = hostileRequest(g, schema);
        const res = await fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(request),
        });
        const text = await res.text();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const body = JSON.parse(text) as {
          data?: unknown;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        expect(res.status, text.slice(0, 500)).toBeLessThan(500);
        expect(body.data !== undefined || (body.errors?.length ?? 0) > 0).toBe(true);
        for (const e of body.errors ?? [])
          expect(EXPECTED_CODES, `${e.message}\n${request.query.slice(0, 500)}`).toContain(e.extensions?.code);
        if (res.status >= 400) expect(body.errors?.length ?? 0).toBeGreaterThan(0);
        for (const secret of SECRETS) expect(text).not.toContain(secret);
      }),
      // no shrinking: a failure is reported with its seed at once (shrinking re-sends many requests)
      { numRuns: 150, endOnFailure: true },
    );
    console.log(`fuzzed requests by HTTP status: ${JSON.stringify(Object.fromEntries(statuses))}`);
    // the generator reaches both sides: requests that run and requests that are refused
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  });
});
