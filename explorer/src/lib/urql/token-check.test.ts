import { describe, expect, it } from "vitest";
import { checkToken, refusalOf } from "./token-check";

const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
const jwt = (claims: object) => `${b64({ alg: "HS256", typ: "JWT" })}.${b64(claims)}.c2lnbmF0dXJl`;
const now = new Date("2026-11-28T12:00:00Z");
const inOneHour = now.getTime() / 1000 + 3600;

describe("token check", () => {
  it("accepts an alliance or admin token that has not expired", () => {
    expect(checkToken(jwt({ roles: ["alliance"], exp: inOneHour }), now)).toBeNull();
    expect(checkToken(jwt({ roles: ["admin", "alliance"], exp: inOneHour }), now)).toBeNull();
  });

  it("says why a token cannot sign in: not a JWT, expired, or without the role", () => {
    expect(checkToken("hello", now)).toEqual({ kind: "format" });
    expect(checkToken(jwt({ roles: ["alliance"], exp: inOneHour - 7200 }), now)).toEqual({
      kind: "expired",
      at: new Date((inOneHour - 7200) * 1000),
    });
    expect(checkToken(jwt({ roles: ["viewer"], exp: inOneHour }), now)).toEqual({ kind: "role", roles: ["viewer"] });
  });

  it("reads the API's refusal", () => {
    expect(refusalOf("Authentication failed: the token has expired").kind).toBe("expired");
    expect(refusalOf("Authentication failed: the token is not valid")).toEqual({
      kind: "refused",
      message: "Authentication failed: the token is not valid",
    });
  });
});
