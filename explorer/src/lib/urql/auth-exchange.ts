/**
 * Adds `Authorization: Bearer <token>` to every operation when a token is stored (role alliance or
 * admin unlocks contact fields and partner data). The token lives in localStorage under TOKEN_KEY.
 */
import { makeOperation, mapExchange, type Exchange } from "urql";

export const TOKEN_KEY = "ttgraph.token";

export function storedToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Build the exchange; `getToken` is injectable for tests. */
export function authExchange(getToken: () => string | null = storedToken): Exchange {
  return mapExchange({
    onOperation(op) {
      const token = getToken();
      if (!token) return op;
      const fetchOptions =
        typeof op.context.fetchOptions === "function" ? op.context.fetchOptions() : (op.context.fetchOptions ?? {});
      return makeOperation(op.kind, op, {
        ...op.context,
        fetchOptions: {
          ...fetchOptions,
          headers: {
            ...(fetchOptions.headers as Record<string, string> | undefined),
            Authorization: `Bearer ${token}`,
          },
        },
      });
    },
  });
}
