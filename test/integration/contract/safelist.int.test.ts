/**
 * Safelist mode (TRUSTED_DOCUMENTS_ONLY=true) with real clients against the real server: only the
 * documents of the allow-list run — named by Apollo's persisted-query hash or by `documentId`, or
 * sent as the exact listed text — and anything else is refused before it runs. The allow-list is
 * the explorer's (codegen's manifest and the Apollo-format one generated from it).
 */
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { generatePersistedQueryIdsFromManifest } from "@apollo/persisted-query-lists";
import { GraphQLClient, ClientError } from "graphql-request";
import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExploreNodesByTypeDocument, ExploreSearchPageDocument } from "../../../explorer/src/gql/graphql.js";
import { EXPLORER_MANIFESTS, sha256Hex } from "../../../graph-api/src/plugins/trusted-documents.js";
import { seedApiFixture } from "../../helpers/api-fixture.js";
import { startTestApi, type TestApi } from "../../helpers/api-server.js";
import { resetDatabase, testDriver } from "../../helpers/neo4j.js";

const [codegenFile, manifestFile] = EXPLORER_MANIFESTS as [string, string];
/** codegen's manifest ("sha256:<hex>" → text) and the Apollo-format one made from it. */
const persistedDocuments = JSON.parse(readFileSync(codegenFile, "utf8")) as Record<string, string>;
const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as {
  operations: { id: string; name: string; type: string; body: string }[];
};

let driver: Driver;
let safelisted: TestApi;
let open: TestApi;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await seedApiFixture(driver);
  safelisted = await startTestApi(driver, { TRUSTED_DOCUMENTS_ONLY: "true" });
  open = await startTestApi(driver);
});
afterAll(async () => {
  await safelisted?.stop();
  await open?.stop();
  await resetDatabase(driver);
  await driver?.close();
});

const sha256 = async (text: string) => sha256Hex(text);
const apollo = (url: string, link: PersistedQueryLink) =>
  new ApolloClient({ link: link.concat(new HttpLink({ uri: `${url}/graphql` })), cache: new InMemoryCache() });
const districts = (data: unknown) => (data as { nodesByType: { id: string; __typename: string }[] }).nodesByType;

/** The id of an operation in the Apollo manifest. */
const manifestOperation = (name: string) => {
  const op = manifest.operations.find((o) => o.name === name);
  if (!op) throw new Error(`${name} is not in the manifest`);
  return op;
};

describe("safelist mode", () => {
  it("Apollo Client's PersistedQueryLink with the manifest runs the explorer's documents", async () => {
    const client = apollo(
      safelisted.url,
      new PersistedQueryLink(generatePersistedQueryIdsFromManifest({ loadManifest: async () => manifest as never })),
    );
    const { data, error } = await client.query({
      query: ExploreNodesByTypeDocument,
      variables: { type: "District" },
    });
    expect(error).toBeUndefined();
    expect(districts(data).map((d) => [d.id, d.__typename])).toEqual([["APITEST-DIS-1", "ExploreNode"]]);
    // with fragments, read back from InMemoryCache
    const search = await client.query({ query: ExploreSearchPageDocument, variables: { text: "成都大学" } });
    expect(search.error).toBeUndefined();
    const cached = client.cache.extract() as Record<string, unknown>;
    expect(cached["ExploreNode:APITEST-INS-1"]).toMatchObject({ name: "成都大学" });
  });

  it("the manifest's id is the sha256 of the text Apollo Client sends: its default hashing finds it", async () => {
    const op = manifestOperation("ExploreNodesByType");
    const sent: string[] = [];
    const client = apollo(
      safelisted.url,
      new PersistedQueryLink({
        sha256: async (text) => {
          sent.push(text);
          return sha256(text);
        },
      }),
    );
    const { data, error } = await client.query({ query: gql(op.body), variables: { type: "District" } });
    expect(error).toBeUndefined();
    expect(districts(data)).toHaveLength(1);
    expect(await sha256(sent[0]!)).toBe(op.id);
  });

  it("runs codegen's hash (what the explorer's production build sends) without text", async () => {
    const hash = (ExploreNodesByTypeDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
    const r = await safelisted.gql("", {
      variables: { type: "District" },
      extensions: { persistedQuery: { version: 1, sha256Hash: hash.replace("sha256:", "") } },
    });
    expect(r.errors).toBeUndefined();
    expect(districts(r.data)).toHaveLength(1);
  });

  it("runs a listed document by documentId (GraphQL over HTTP), prefixed or bare", async () => {
    const hash = Object.keys(persistedDocuments).find((k) =>
      persistedDocuments[k]!.startsWith("query ExploreNodesByType"),
    )!;
    for (const documentId of [hash, hash.replace("sha256:", "")]) {
      const r = await fetch(`${safelisted.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ documentId, variables: { type: "District" } }),
      });
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toMatch(/application\/graphql-response\+json/);
      const body = (await r.json()) as { data: unknown };
      expect(districts(body.data)).toHaveLength(1);
    }
  });

  it("runs the exact text of a listed document (graphql-request), refuses any other text", async () => {
    const client = new GraphQLClient(`${safelisted.url}/graphql`);
    const listed = manifestOperation("ExploreNodesByType").body;
    expect(districts(await client.request(listed, { type: "District" }))).toHaveLength(1);
    const refused = await client.request(`{ brokers(limit: 1) { id } }`).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ClientError);
    const { response } = refused as ClientError;
    expect(response.status).toBe(400);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/runs only trusted documents/),
      extensions: { code: "PERSISTED_QUERY_NOT_ALLOWED" },
    });
    // a listed document's text with one field more is other text
    const altered = listed.replace(/\bid\b/, "id nameEn");
    expect(altered).not.toBe(listed);
    await expect(client.request(altered, { type: "District" })).rejects.toThrow(/runs only trusted documents/);
  });

  it("refuses an unknown hash or documentId, also from Apollo Client (no fallback to text)", async () => {
    const client = apollo(safelisted.url, new PersistedQueryLink({ sha256 }));
    await expect(
      client.query({
        query: gql`
          query Unlisted {
            brokers(limit: 1) {
              id
            }
          }
        `,
      }),
    ).rejects.toThrow(/not on this server's list of trusted documents/);
    const r = await safelisted.gql("", { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_ALLOWED");
    const byId = await fetch(`${safelisted.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documentId: `sha256:${"1".repeat(64)}` }),
    });
    expect(byId.status).toBe(400);
    expect(((await byId.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /^Unknown documentId sha256:1{64}/,
    );
  });
});

describe("open mode (development)", () => {
  it("runs any text, listed ids, and Apollo's automatic persisted queries for unlisted ones", async () => {
    const client = apollo(open.url, new PersistedQueryLink({ sha256 }));
    // not on the list: the link gets PersistedQueryNotFound, sends the text, and it runs
    const { data, error } = await client.query({
      query: gql`
        query Adhoc {
          brokers(limit: 1) {
            id
          }
        }
      `,
    });
    expect(error).toBeUndefined();
    expect((data as { brokers: unknown[] }).brokers).toHaveLength(1);
    // text runs under the limits
    expect((await open.gql(`{ brokers(limit: 1) { id } }`)).data).toEqual({ brokers: [{ id: "APITEST-BRK-1" }] });
  });
});
