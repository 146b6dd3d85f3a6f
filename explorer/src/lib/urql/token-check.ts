/**
 * Why a token cannot sign in, said before it is stored and when the API refuses it later: a pasted
 * token is checked here (JWT form, expiry, role — the claims are read, the signature is the
 * server's to check), and a token the API refuses (expired, not valid) is dropped from storage with
 * the reason kept, so the sign-in form can say why instead of silently showing itself again.
 */
import { decodeJwt } from "jose";

export type TokenProblem =
  | { kind: "format" }
  | { kind: "expired"; at: Date }
  | { kind: "role"; roles: string[] }
  | { kind: "refused"; message: string };

/** Roles that open the alliance views. */
const ALLIANCE_ROLES = ["alliance", "admin"];

/** What is wrong with a pasted token as far as its claims tell, or null when nothing is. */
export function checkToken(token: string, now = new Date()): TokenProblem | null {
  let claims: { exp?: number; roles?: unknown };
  try {
    claims = decodeJwt(token);
  } catch {
    return { kind: "format" };
  }
  if (typeof claims.exp === "number" && claims.exp * 1000 <= now.getTime()) {
    return { kind: "expired", at: new Date(claims.exp * 1000) };
  }
  const roles = Array.isArray(claims.roles) ? claims.roles.map(String) : [];
  if (!roles.some((r) => ALLIANCE_ROLES.includes(r))) return { kind: "role", roles };
  return null;
}

/** The API's reason for refusing a token ("Authentication failed: the token has expired"). */
export function refusalOf(message: string): TokenProblem {
  return /expired/i.test(message) ? { kind: "expired", at: new Date() } : { kind: "refused", message };
}

let refusal: TokenProblem | null = null;
const listeners = new Set<() => void>();

/** The last refusal of a stored token by the API (cleared when a new token is stored). */
export function lastRefusal(): TokenProblem | null {
  return refusal;
}

export function setRefusal(problem: TokenProblem | null): void {
  refusal = problem;
  for (const l of listeners) l();
}

export function onRefusal(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
