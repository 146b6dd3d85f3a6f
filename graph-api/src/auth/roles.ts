/**
 * Roles and the checks custom resolvers call. Roles come only from a verified JWT (see jwt.ts);
 * an anonymous caller has none. `admin` implies `alliance`.
 */
import { GraphQLError } from "graphql";

export const ROLES = ["alliance", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Roles each role implies (itself included). */
const IMPLIES: Record<Role, Role[]> = { alliance: ["alliance"], admin: ["admin", "alliance"] };

/** The part of the request context that carries the caller's identity. */
export interface AuthInfo {
  /** Subject of the token (a user name), undefined for anonymous callers. */
  sub?: string;
  /** Effective roles, implications applied; empty for anonymous callers. */
  roles: readonly Role[];
}

export const ANONYMOUS: AuthInfo = Object.freeze({ roles: Object.freeze([]) as readonly Role[] });

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Effective roles for a list of role names: unknown names dropped, implications added. */
export function expandRoles(names: unknown): Role[] {
  const list = Array.isArray(names) ? names : [];
  const out = new Set<Role>();
  for (const name of list) if (isRole(name)) for (const r of IMPLIES[name]) out.add(r);
  return ROLES.filter((r) => out.has(r));
}

/** The caller's effective roles (empty when anonymous or when the context has no auth info). */
export function rolesOf(context: { auth?: AuthInfo } | undefined | null): readonly Role[] {
  return context?.auth?.roles ?? [];
}

/** True when the caller has `role` (directly or implied). */
export function hasRole(context: { auth?: AuthInfo } | undefined | null, role: Role): boolean {
  return rolesOf(context).includes(role);
}

/**
 * Throw unless the caller has `role`: UNAUTHENTICATED (HTTP 401) for anonymous callers,
 * FORBIDDEN (HTTP 403) for callers with other roles. Call it first thing in a resolver.
 */
export function requireRole(context: { auth?: AuthInfo } | undefined | null, role: Role): void {
  if (hasRole(context, role)) return;
  if (rolesOf(context).length === 0 && context?.auth?.sub === undefined) {
    throw new GraphQLError(`This field needs the role "${role}"; send a token in the Authorization header`, {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
  throw new GraphQLError(`This field needs the role "${role}"`, {
    extensions: { code: "FORBIDDEN", http: { status: 403 } },
  });
}
