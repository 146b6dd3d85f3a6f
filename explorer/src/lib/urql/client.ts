/**
 * The urql client: POST only (`preferGetMethod: false`: Apollo's CSRF prevention rejects urql's
 * default GETs without a content-type, graphql-api-pitfalls.md), auth header, outage tracking,
 * document cache. The endpoint is same-origin `/graphql` (Vite proxies it in dev).
 */
import { Client, cacheExchange, fetchExchange } from "urql";
import { authExchange } from "./auth-exchange";
import { statusExchange } from "./status-exchange";

export function createClient(url = "/graphql"): Client {
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: "cache-first",
    exchanges: [cacheExchange, authExchange(), statusExchange, fetchExchange],
  });
}
