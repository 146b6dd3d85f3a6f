import { HeaderMap } from "@apollo/server";
import { describe, expect, it } from "vitest";
import { partialDataStatusPlugin } from "../../../graph-api/src/plugins/partial-data-status.js";

/** Run the plugin's willSendResponse on a response with this status and data. */
async function statusAfter(status: number | undefined, data: Record<string, unknown> | null | undefined) {
  const response = {
    http: { status, headers: new HeaderMap() },
    body: { kind: "single" as const, singleResult: { data, errors: [{ message: "x" }] } },
  };
  const listener = await partialDataStatusPlugin().requestDidStart!({} as never);
  await listener!.willSendResponse!({ response } as never);
  return response.http.status;
}

describe("partial data keeps an HTTP success", () => {
  it("turns an error's status into 200 when data came back", async () => {
    expect(await statusAfter(401, { deals: [] })).toBe(200);
    expect(await statusAfter(403, { deals: [] })).toBe(200);
  });

  it("leaves the status alone without data, and leaves successes alone", async () => {
    expect(await statusAfter(401, null)).toBe(401);
    expect(await statusAfter(400, undefined)).toBe(400);
    expect(await statusAfter(undefined, { deals: [] })).toBeUndefined();
  });
});
