/**
 * Tracks whether the API is reachable: a network error (server down, proxy 502) or a
 * SERVICE_UNAVAILABLE GraphQL error (database down) flips `apiStatus` to "down" so the app shows
 * one clear banner with a retry instead of a blank page; the next success flips it back.
 */
import { useSyncExternalStore } from "react";
import { mapExchange, type CombinedError, type Exchange } from "urql";

export type ApiStatus = "ok" | "down";
let status: ApiStatus = "ok";
const listeners = new Set<() => void>();

function setStatus(next: ApiStatus): void {
  if (next === status) return;
  status = next;
  for (const l of listeners) l();
}

/** True for errors that mean "the service is unreachable", not "this request was wrong". */
export function isOutage(error: CombinedError): boolean {
  if (error.networkError) return true;
  if (error.response && typeof error.response === "object" && "status" in error.response) {
    const code = (error.response as { status: number }).status;
    if (code >= 502 && code <= 504) return true;
  }
  return error.graphQLErrors.some(
    (e) => e.extensions?.code === "SERVICE_UNAVAILABLE" || e.extensions?.code === "DATABASE_UNAVAILABLE",
  );
}

export const statusExchange: Exchange = mapExchange({
  onResult(result) {
    if (result.error && isOutage(result.error)) setStatus("down");
    else if (result.data) setStatus("ok");
    return result;
  },
});

export function useApiStatus(): ApiStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
    () => status,
  );
}

/** For tests and the retry button. */
export const resetApiStatus = (): void => setStatus("ok");
