/**
 * Adds `Authorization: Bearer <token>` to every operation when a token is stored (role alliance or
 * admin unlocks contact fields and partner data). The token lives in localStorage under TOKEN_KEY.
 * When the API refuses the stored token (401: expired or not valid) it is removed — otherwise every
 * request, public ones too, would fail with it — and the reason is kept for the sign-in form.
 */
import { makeOperation, mapExchange, type Exchange } from "urql";
import { refusalOf, setRefusal } from "./token-check";

export const TOKEN_KEY = "ttgraph.token";

export function storedToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Store a token (or remove it with null); storing one forgets the last refusal. */
export function writeToken(token: string | null): void {
  try {
    if (token) globalThis.localStorage?.setItem(TOKEN_KEY, token);
    else globalThis.localStorage?.removeItem(TOKEN_KEY);
  } catch {
    // storage unavailable (private mode): the token lasts for nothing; the error will show again
  }
  if (token) setRefusal(null);
}

/** Build the exchange; `getToken` is injectable for tests. */
export function authExchange(
  getToken: () => string | null = storedToken,
  dropToken: () => void = () => writeToken(null),
): Exchange {
  return mapExchange({
    onResult(result) {
      const sent = (result.operation.context.fetchOptions as { headers?: Record<string, string> } | undefined)?.headers
        ?.Authorization;
      const status = (result.error?.response as { status?: number } | undefined)?.status;
      const refused = result.error?.graphQLErrors.find((e) => e.extensions?.code === "UNAUTHENTICATED");
      const token = getToken();
      if (token && sent === `Bearer ${token}` && (refused || status === 401)) {
        dropToken();
        setRefusal(refusalOf(refused?.message ?? result.error?.message ?? ""));
      }
    },
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
