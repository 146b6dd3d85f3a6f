/**
 * Apollo plugin: trusted documents (a safelist of operations).
 *
 * The allow-list is read once at start from manifests: the explorer's two generated ones —
 * codegen's `persisted-documents.json` (`{ "sha256:<hex>": text }`) and the Apollo-format
 * `persisted-query-manifest.json` (`{ format, version, operations: [{ id, name, type, body }] }`,
 * each body as Apollo Client sends it, `__typename` included) — plus every manifest named in
 * TRUSTED_DOCUMENTS_FILES (either format).
 *
 * A request names a listed document by
 *  - `extensions.persistedQuery.sha256Hash` (Apollo's persisted-query protocol; bare hex or
 *    `sha256:<hex>`), or
 *  - `documentId` in the JSON body or the query string (GraphQL over HTTP persisted documents,
 *    `sha256:<hex>` or bare hex),
 * or sends the document's text.
 *
 * - Open mode (default; for development): a listed id runs its document; an unlisted APQ hash is left
 *   to Apollo's own automatic persisted queries; any text runs under the depth and cost limits.
 * - Safelist mode (`only`, TRUSTED_DOCUMENTS_ONLY=true; for production): only listed documents run,
 *   by id or as text identical to a listed document. Anything else — an unknown id, other text — is
 *   refused with HTTP 400 and PERSISTED_QUERY_NOT_ALLOWED before it is parsed or executed.
 *
 * A document found on the list is marked trusted (`contextValue.trustedDocument`); it is held to
 * every request limit all the same, since its variables (page sizes, ids) are the caller's. An unknown `documentId` is refused in both modes (there is no text to fall
 * back on).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ApolloServerPlugin, GraphQLRequest, GraphQLRequestListener } from "@apollo/server";
import { GraphQLError } from "graphql";

const GQL_DIR = new URL("../../../explorer/src/gql/", import.meta.url);
/** The explorer's manifests, written by `npm run codegen`. */
export const EXPLORER_MANIFESTS = [
  fileURLToPath(new URL("persisted-documents.json", GQL_DIR)),
  fileURLToPath(new URL("persisted-query-manifest.json", GQL_DIR)),
];

/** Document id → document text. Ids are normalised (see normaliseId). */
export type TrustedDocuments = Map<string, string>;

const SHA256 = /^(?:sha256:)?([0-9a-f]{64})$/i;

/** `sha256:<hex>` and `<hex>` (any case) are the same id: bare lower-case hex. Other ids stay as given. */
export function normaliseId(id: string): string {
  const m = SHA256.exec(id.trim());
  return m ? (m[1] as string).toLowerCase() : id.trim();
}

export const sha256Hex = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Read one manifest (codegen's object or Apollo's operations list) into id → text. */
export function readManifest(file: string): TrustedDocuments {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`Trusted documents ${file}: ${(e as Error).message}`, { cause: e });
  }
  const bad = (why: string) => new Error(`Trusted documents ${file}: ${why}`);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw bad("expected a JSON object");
  const documents: TrustedDocuments = new Map();
  const record = raw as Record<string, unknown>;
  if (record.format === "apollo-persisted-query-manifest") {
    if (!Array.isArray(record.operations)) throw bad("`operations` must be a list");
    for (const [i, op] of (record.operations as unknown[]).entries()) {
      const { id, body } = (op ?? {}) as { id?: unknown; body?: unknown };
      if (typeof id !== "string" || typeof body !== "string") throw bad(`operations[${i}] needs a string id and body`);
      documents.set(normaliseId(id), body);
    }
    return documents;
  }
  for (const [id, text] of Object.entries(record)) {
    if (typeof text !== "string") throw bad(`the document of ${id} is not a string`);
    documents.set(normaliseId(id), text);
  }
  return documents;
}

/** The allow-list: the explorer's manifests (those that exist) and the configured files (which must). */
export function loadTrustedDocuments(extraFiles: readonly string[] = []): TrustedDocuments {
  const documents: TrustedDocuments = new Map();
  for (const file of [...EXPLORER_MANIFESTS.filter((f) => existsSync(f)), ...extraFiles]) {
    for (const [id, text] of readManifest(file)) documents.set(id, text);
  }
  return documents;
}

export interface TrustedDocumentsOptions {
  documents: TrustedDocuments;
  /** Safelist mode (TRUSTED_DOCUMENTS_ONLY): refuse everything that is not on the list. */
  only: boolean;
}

/** The context field the plugin sets (for logs and plugins that care whether a document was vetted). */
export interface TrustedFlag {
  trustedDocument?: boolean;
}

/** The document id a request names: APQ hash first, then `documentId` in the body or query string. */
function requestedId(request: GraphQLRequest): { id: string; via: "apq" | "documentId" } | undefined {
  const pq = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  if (typeof pq?.sha256Hash === "string") return { id: pq.sha256Hash, via: "apq" };
  const body = request.http?.body as { documentId?: unknown } | undefined;
  if (typeof body?.documentId === "string") return { id: body.documentId, via: "documentId" };
  const fromQuery = new URLSearchParams(request.http?.search ?? "").get("documentId");
  return fromQuery === null ? undefined : { id: fromQuery, via: "documentId" };
}

/**
 * Refuse the request. Errors thrown in requestDidStart become HTTP 500, and Apollo turns errors
 * into proper responses only from didResolveOperation on; so the request is replaced by a trivial
 * document (nothing of the client's is parsed or run) and refused there, with status 400.
 */
function refuse(request: GraphQLRequest, message: string): GraphQLRequestListener<TrustedFlag> {
  request.query = "{ __typename }";
  delete request.extensions?.persistedQuery;
  return {
    async didResolveOperation() {
      throw new GraphQLError(message, {
        extensions: { code: "PERSISTED_QUERY_NOT_ALLOWED", http: { status: 400 } },
      });
    },
  };
}

export function trustedDocumentsPlugin({ documents, only }: TrustedDocumentsOptions): ApolloServerPlugin<TrustedFlag> {
  const listedTexts = new Set([...documents.values()].map(sha256Hex));
  return {
    async requestDidStart(ctx) {
      const { request } = ctx;
      const named = requestedId(request);
      if (named) {
        const id = normaliseId(named.id);
        const document = documents.get(id);
        if (document !== undefined) {
          // The listed document runs, whatever text came with the id.
          request.query = document;
          delete request.extensions?.persistedQuery;
          ctx.contextValue.trustedDocument = true;
          return;
        }
        if (named.via === "documentId")
          return refuse(
            request,
            `Unknown documentId ${named.id}: it is not on this server's list of trusted documents`,
          );
        if (only)
          return refuse(
            request,
            `The document with hash ${named.id} is not on this server's list of trusted documents`,
          );
        // Open mode: Apollo's automatic persisted queries compare bare hex with sha256(query).
        (request.extensions!.persistedQuery as { sha256Hash: string }).sha256Hash = id;
        return;
      }
      if (typeof request.query !== "string") return; // Apollo answers "must contain a query" itself
      if (listedTexts.has(sha256Hex(request.query))) {
        ctx.contextValue.trustedDocument = true;
        return;
      }
      if (only)
        return refuse(
          request,
          "This server runs only trusted documents: send the hash of a listed document " +
            "(extensions.persistedQuery.sha256Hash or documentId), not query text",
        );
    },
  };
}
