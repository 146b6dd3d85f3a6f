import type { GraphQLError } from "graphql";
import { SignJWT } from "jose";
import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { createContext } from "../../../graph-api/src/auth/context.js";
import { signToken, verifyBearer } from "../../../graph-api/src/auth/jwt.js";
import { expandRoles, hasRole, requireRole, rolesOf } from "../../../graph-api/src/auth/roles.js";
import { loadConfig } from "../../../graph-api/src/config.js";

const SECRET = "unit-test-secret-unit-test-secret-0123456789";

function codeOf(fn: () => void): unknown {
  try {
    fn();
  } catch (e) {
    return (e as GraphQLError).extensions?.code;
  }
  return "no error";
}

describe("roles", () => {
  it("admin implies alliance; unknown names are dropped", () => {
    expect(expandRoles(["admin"])).toEqual(["alliance", "admin"]);
    expect(expandRoles("alliance")).toEqual([]); // a list only
    expect(expandRoles(["root", 3, null])).toEqual([]);
    expect(expandRoles(undefined)).toEqual([]);
  });

  it("requireRole: anonymous → UNAUTHENTICATED, wrong role → FORBIDDEN, right or implied role passes", () => {
    const anonymous = { auth: { roles: [] } };
    const alliance = { auth: { sub: "a", roles: expandRoles(["alliance"]) } };
    const admin = { auth: { sub: "b", roles: expandRoles(["admin"]) } };
    expect(codeOf(() => requireRole(anonymous, "alliance"))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireRole(undefined, "alliance"))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireRole(alliance, "admin"))).toBe("FORBIDDEN");
    expect(codeOf(() => requireRole(alliance, "alliance"))).toBe("no error");
    expect(codeOf(() => requireRole(admin, "alliance"))).toBe("no error");
    expect(rolesOf(admin)).toEqual(["alliance", "admin"]);
    expect(hasRole(anonymous, "alliance")).toBe(false);
  });
});

describe("JWT", () => {
  it("round-trips a token with expanded roles and subject", async () => {
    const token = await signToken(SECRET, { roles: ["admin"], sub: "wang", expiresIn: "1h" });
    const jwt = await verifyBearer(`Bearer ${token}`, SECRET);
    expect(jwt).toMatchObject({ sub: "wang", roles: ["alliance", "admin"], iss: "ttgraph" });
    expect((jwt?.exp ?? 0) - (jwt?.iat ?? 0)).toBe(3600);
    expect(await verifyBearer(token, SECRET)).toMatchObject({ sub: "wang" }); // prefix optional
  });

  it("treats no header as anonymous and a bad token as an error", async () => {
    expect(await verifyBearer(undefined, SECRET)).toBeUndefined();
    expect(await verifyBearer("Bearer ", SECRET)).toBeUndefined();
    const token = await signToken(SECRET, { roles: ["admin"] });
    await expect(verifyBearer(`Bearer ${token}`, `${SECRET}-other`)).rejects.toThrow(/not valid/);
    await expect(verifyBearer("Bearer abc.def.ghi", SECRET)).rejects.toThrow(/not valid/);
    const expired = await new SignJWT({ roles: ["admin"] })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(SECRET));
    await expect(verifyBearer(`Bearer ${expired}`, SECRET)).rejects.toThrow(/expired/);
  });

  const sign = (claims: Record<string, unknown>, edit: (jwt: SignJWT) => SignJWT = (j) => j) =>
    edit(new SignJWT(claims).setProtectedHeader({ alg: "HS256" })).sign(new TextEncoder().encode(SECRET));
  const hour = () => Math.floor(Date.now() / 1000) + 3600;

  it("refuses a token without an expiry", async () => {
    const forever = await sign({ roles: ["admin"] });
    await expect(verifyBearer(`Bearer ${forever}`, SECRET)).rejects.toThrow(/no expiry \(exp\)/);
  });

  it("refuses roles that are not a list of known roles", async () => {
    for (const roles of ["admin", ["admin", "root"], [1], { admin: true }]) {
      const token = await sign({ roles }, (j) => j.setExpirationTime(hour()));
      await expect(verifyBearer(`Bearer ${token}`, SECRET), JSON.stringify(roles)).rejects.toThrow(
        /roles claim must be a list of known roles/,
      );
    }
    const none = await sign({}, (j) => j.setExpirationTime(hour()));
    expect(await verifyBearer(`Bearer ${none}`, SECRET)).toMatchObject({ roles: [] });
  });

  it("checks issuer and audience when they are configured", async () => {
    const expected = { issuer: "https://sso.example.cn", audience: "ttgraph-api" };
    const good = await signToken(SECRET, { roles: ["alliance"], ...expected });
    expect(await verifyBearer(good, SECRET, expected)).toMatchObject({ iss: expected.issuer, aud: expected.audience });
    const otherIssuer = await signToken(SECRET, { roles: ["alliance"], issuer: "evil", audience: expected.audience });
    await expect(verifyBearer(otherIssuer, SECRET, expected)).rejects.toThrow(/issuer \(iss\)/);
    const noAudience = await signToken(SECRET, { roles: ["alliance"], issuer: expected.issuer });
    await expect(verifyBearer(noAudience, SECRET, expected)).rejects.toThrow(/audience \(aud\)/);
    // not configured: any issuer is accepted (the signature is what vouches for it)
    expect(await verifyBearer(otherIssuer, SECRET)).toMatchObject({ iss: "evil" });
  });

  it("refuses unsigned tokens (alg none)", async () => {
    const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");
    const payload = Buffer.from(JSON.stringify({ roles: ["admin"] })).toString("base64url");
    await expect(verifyBearer(`Bearer ${header}.${payload}.`, SECRET)).rejects.toThrow(/not valid/);
  });
});

describe("request context", () => {
  const config = loadConfig({ JWT_SECRET: SECRET, QUERY_TIMEOUT_MS: "1234", NEO4J_DATABASE: "ttg" });

  const driver = {} as Driver;

  it("builds one request context, and gives @neo4j/graphql the same database and timeout", async () => {
    const ctx = await createContext(undefined, config, driver);
    expect(ctx).toEqual({
      auth: { roles: [] },
      request: { driver, database: "ttg", timeoutMs: 1234, roles: [] },
      transaction: { timeout: 1234 },
      sessionConfig: { database: "ttg" },
    });
  });

  it("carries the verified JWT and roles, also in the request context", async () => {
    const ctx = await createContext(
      `Bearer ${await signToken(SECRET, { roles: ["alliance"], sub: "li" })}`,
      config,
      driver,
    );
    expect(ctx.auth).toEqual({ sub: "li", roles: ["alliance"] });
    expect(ctx.jwt?.roles).toEqual(["alliance"]);
    expect(ctx.request.roles).toEqual(["alliance"]);
  });
});
