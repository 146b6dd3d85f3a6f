/**
 * Apollo plugin: trusted (persisted) documents. The allow-list is codegen's
 * explorer/src/gql/persisted-documents.json (hash → document). A request carrying a hash in
 * `extensions.persistedQuery.sha256Hash` (bare hex or codegen's `sha256:<hex>`) that is on the
 * list runs that document (the client may omit `query`) and is marked trusted. It is held to
 * every request limit all the same: its variables (page sizes, ids) are the caller's. With `only`
 * (TRUSTED_DOCUMENTS_ONLY) an unknown hash is refused; requests without a hash stay allowed.
 */
import { existsSync, readFileSync } from "node:fs";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";

export const PERSISTED_DOCUMENTS_FILE = new URL("../../../explorer/src/gql/persisted-documents.json", import.meta.url);

/** Bare lower-case hex of a hash given as `sha256:<hex>` or `<hex>`. */
export function bareHash(hash: string): string {
  return hash.replace(/^sha256:/i, "").toLowerCase();
}

/** Load the allow-list; a missing file is an empty list. */
export function loadPersistedDocuments(file: URL | string = PERSISTED_DOCUMENTS_FILE): Map<string, string> {
  if (!existsSync(file)) return new Map();
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  return new Map(Object.entries(raw).map(([hash, doc]) => [bareHash(hash), doc]));
}

export interface TrustedDocumentsOptions {
  documents: Map<string, string>;
  /** Refuse hashes that are not on the list (TRUSTED_DOCUMENTS_ONLY). */
  only: boolean;
}

/** The context field the plugin sets (for logs and plugins that care whether a document was vetted). */
export interface TrustedFlag {
  trustedDocument?: boolean;
}

export function trustedDocumentsPlugin({ documents, only }: TrustedDocumentsOptions): ApolloServerPlugin<TrustedFlag> {
  return {
    async requestDidStart(ctx) {
      const pq = ctx.request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      if (typeof pq?.sha256Hash !== "string") return;
      const hash = bareHash(pq.sha256Hash);
      // Apollo's own persisted-query check compares bare hex with sha256(query).
      pq.sha256Hash = hash;
      const doc = documents.get(hash);
      if (doc !== undefined && (ctx.request.query === undefined || ctx.request.query === doc)) {
        ctx.request.query = doc;
        ctx.contextValue.trustedDocument = true;
        return;
      }
      if (!only) return;
      // Errors thrown here become HTTP 500 ("Unexpected error processing request"); Apollo only
      // turns errors into proper responses from didResolveOperation on. So the request is
      // replaced by a trivial document and refused there, with status 400.
      ctx.request.query = "{ __typename }";
      delete ctx.request.extensions?.persistedQuery;
      return {
        async didResolveOperation() {
          throw new GraphQLError("This document is not on the server's list of trusted documents", {
            extensions: { code: "PERSISTED_QUERY_NOT_ALLOWED", http: { status: 400 } },
          });
        },
      };
    },
  };
}
