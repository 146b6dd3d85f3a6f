import { describe, expect, it } from "vitest";
import { createClient } from "./client";
import { NodesByTypeDocument } from "../api/explore-documents";
import persisted from "../../gql/persisted-documents.json";

/** A fetch that records request bodies and answers with empty data. */
function recordingFetch() {
  const bodies: Record<string, unknown>[] = [];
  const fetchFn = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
    return new Response(JSON.stringify({ data: { nodesByType: [] } }), {
      headers: { "content-type": "application/json" },
    });
  }) as typeof fetch;
  return { bodies, fetchFn };
}

describe("urql client", () => {
  it("sends only the listed hash when persisted (the production build)", async () => {
    const { bodies, fetchFn } = recordingFetch();
    const client = createClient("http://api.test/graphql", { persisted: true, fetch: fetchFn });
    const result = await client.query(NodesByTypeDocument, { type: "District" }).toPromise();
    expect(result.error).toBeUndefined();
    const body = bodies[0]!;
    expect(body.query).toBeUndefined();
    const hash = (body.extensions as { persistedQuery: { sha256Hash: string } }).persistedQuery.sha256Hash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // the hash names the document on the server's allow-list
    expect((persisted as Record<string, string>)[`sha256:${hash}`]).toMatch(/^query ExploreNodesByType/);
  });

  it("sends the text in development", async () => {
    const { bodies, fetchFn } = recordingFetch();
    const client = createClient("http://api.test/graphql", { persisted: false, fetch: fetchFn });
    await client.query(NodesByTypeDocument, { type: "District" }).toPromise();
    expect(bodies[0]!.query).toMatch(/query ExploreNodesByType/);
    expect(bodies[0]!.extensions).toBeUndefined();
  });
});
