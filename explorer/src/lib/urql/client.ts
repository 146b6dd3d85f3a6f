/**
 * The urql client: POST only (`preferGetMethod: false`: Apollo's CSRF prevention rejects urql's
 * default GETs without a content-type), auth header, outage tracking, document cache. The endpoint
 * is same-origin `/graphql` (Vite proxies it in dev).
 *
 * The production build sends documents by hash only (persisted documents): codegen stamps every
 * document with `__meta__.hash`, the sha256 of the text listed in persisted-documents.json, which is
 * the server's allow-list — so the explorer keeps working when the server runs in safelist mode
 * (TRUSTED_DOCUMENTS_ONLY). In development it sends the text.
 */
import { persistedExchange } from "@urql/exchange-persisted";
import { Client, cacheExchange, fetchExchange, type Exchange } from "urql";
import { authExchange } from "./auth-exchange";
import { statusExchange } from "./status-exchange";

/** The bare hex sha256 codegen put on a document (`sha256:<hex>`), if any. */
export async function documentHash(_query: string, document: unknown): Promise<string | undefined> {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === "string" ? hash.replace(/^sha256:/, "") : undefined;
}

export interface ClientOptions {
  /**
   * Send hashes instead of text. Default: in a production build (`vite build`, whose mode is
   * "production" even when NODE_ENV says otherwise, as under the test runner — hence MODE, not PROD).
   */
  persisted?: boolean;
  /** The fetch to use (tests). */
  fetch?: typeof fetch;
}

export function createClient(url = "/graphql", options: ClientOptions = {}): Client {
  const persisted = options.persisted ?? import.meta.env.MODE === "production";
  const byHash: Exchange[] = persisted
    ? [
        persistedExchange({
          // Only listed documents exist on a safelisted server: never fall back to sending text.
          enforcePersistedQueries: true,
          // POST like every other request (a GET would need Apollo's CSRF preflight header).
          preferGetForPersistedQueries: false,
          generateHash: documentHash,
        }),
      ]
    : [];
  return new Client({
    url,
    fetch: options.fetch,
    preferGetMethod: false,
    requestPolicy: "cache-first",
    exchanges: [cacheExchange, authExchange(), statusExchange, ...byHash, fetchExchange],
  });
}
