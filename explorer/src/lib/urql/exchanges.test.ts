import {
  CombinedError,
  createRequest,
  makeOperation,
  type Client,
  type Operation,
  type OperationResult,
  type Exchange,
} from "urql";
import { describe, expect, it } from "vitest";
import { fromValue, pipe, toPromise, type Source } from "wonka";
import { authExchange } from "./auth-exchange";
import { isOutage } from "./status-exchange";
import { NodesByTypeDocument as Doc } from "../api/explore-documents";

function operation(): Operation {
  const req = createRequest(Doc, { type: "District" });
  return makeOperation("query", req, {
    url: "/graphql",
    requestPolicy: "network-only",
    fetchOptions: { headers: { "x-a": "1" } },
  });
}

/** Run one operation through an exchange and capture what it forwards. */
async function forwarded(exchange: Exchange): Promise<Operation> {
  let seen: Operation | null = null;
  const forward = (ops$: Source<Operation>) =>
    pipe(
      ops$,
      (src) => (sink) =>
        src((signal) => {
          if (typeof signal !== "number" && signal.tag === 1) seen = signal[0] as Operation;
          sink(signal as never);
        }),
    ) as unknown as Source<OperationResult>;
  await pipe(
    exchange({ forward: forward as never, client: {} as Client, dispatchDebug: () => {} })(
      fromValue(operation()),
    ) as never,
    toPromise,
  ).catch(() => {});
  return seen!;
}

describe("auth exchange", () => {
  it("adds a bearer token when one is stored and keeps other headers", async () => {
    const op = await forwarded(authExchange(() => "tok"));
    const headers = (op.context.fetchOptions as RequestInit).headers as Record<string, string>;
    expect(headers).toEqual({ "x-a": "1", Authorization: "Bearer tok" });
  });

  it("leaves operations alone without a token", async () => {
    const op = await forwarded(authExchange(() => null));
    expect((op.context.fetchOptions as RequestInit).headers).toEqual({ "x-a": "1" });
  });
});

describe("outage detection", () => {
  it("network errors, gateway statuses and database-unavailable codes are outages; bad input is not", () => {
    expect(isOutage(new CombinedError({ networkError: new Error("Failed to fetch") }))).toBe(true);
    expect(
      isOutage(new CombinedError({ graphQLErrors: [{ message: "x", extensions: { code: "DATABASE_UNAVAILABLE" } }] })),
    ).toBe(true);
    expect(
      isOutage(new CombinedError({ graphQLErrors: [{ message: "x", extensions: { code: "BAD_USER_INPUT" } }] })),
    ).toBe(false);
    expect(isOutage(new CombinedError({ graphQLErrors: [{ message: "x" }], response: { status: 502 } }))).toBe(true);
  });
});
