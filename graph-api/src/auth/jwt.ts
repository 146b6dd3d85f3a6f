/**
 * HS256 JWTs: verification of `Authorization: Bearer` headers and minting of development
 * tokens (`ttgraph token`). The same secret is given to @neo4j/graphql as
 * `features.authorization.key`, so its @authentication rules and requireRole agree.
 *
 * A token is accepted only when it is signed with the secret (HS256, never `alg: none`), has not
 * expired and has an `exp` at all, names the configured issuer and audience (JWT_ISSUER,
 * JWT_AUDIENCE, when set), and its `roles` claim, if present, is a list of known roles.
 */
import { GraphQLError } from "graphql";
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import { ANONYMOUS, ROLES, expandRoles, isRole, type AuthInfo, type Role } from "./roles.js";

const ALG = "HS256";
/** The issuer of tokens minted by `ttgraph token` when JWT_ISSUER is not set. */
const DEFAULT_ISSUER = "ttgraph";

/** Claims checked when configured (JWT_ISSUER, JWT_AUDIENCE). */
export interface ExpectedClaims {
  issuer?: string;
  audience?: string;
}

const keyOf = (secret: string): Uint8Array => new TextEncoder().encode(secret);

/** The verified claims: the JWT payload with roles already expanded (admin ⇒ alliance). */
export interface VerifiedJwt extends JWTPayload {
  roles: Role[];
}

export interface TokenOptions extends ExpectedClaims {
  roles: Role[];
  sub?: string;
  /** A jose duration such as "8h", "30m" or "7d". */
  expiresIn?: string;
}

/** Mint a signed token (development and tests). */
export async function signToken(secret: string, options: TokenOptions): Promise<string> {
  const jwt = new SignJWT({ roles: expandRoles(options.roles) })
    .setProtectedHeader({ alg: ALG, typ: "JWT" })
    .setIssuer(options.issuer ?? DEFAULT_ISSUER)
    .setSubject(options.sub ?? "dev")
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "8h");
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(keyOf(secret));
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/**
 * Verify a bearer token (with or without the `Bearer ` prefix). Returns undefined when there is
 * no token (anonymous). A token that is present but bad is an error, not anonymity: a caller who
 * meant to be admin should learn that the token expired rather than see public data only.
 */
export async function verifyBearer(
  header: string | undefined,
  secret: string,
  expected: ExpectedClaims = {},
): Promise<VerifiedJwt | undefined> {
  const token = header?.replace(/^Bearer\s+/i, "").trim();
  if (!token) return undefined;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, keyOf(secret), {
      algorithms: [ALG],
      requiredClaims: ["exp"],
      ...(expected.issuer ? { issuer: expected.issuer } : {}),
      ...(expected.audience ? { audience: expected.audience } : {}),
    }));
  } catch (e) {
    throw unauthenticated(`Authentication failed: ${reasonOf(e as { code?: string; claim?: string })}`);
  }
  const roles = payload.roles ?? [];
  if (!Array.isArray(roles) || !roles.every(isRole)) {
    throw unauthenticated(
      `Authentication failed: the token's roles claim must be a list of known roles (${ROLES.join(", ")})`,
    );
  }
  return { ...payload, roles: expandRoles(roles) };
}

function reasonOf(e: { code?: string; claim?: string }): string {
  if (e.code === "ERR_JWT_EXPIRED") return "the token has expired";
  if (e.code === "ERR_JWT_CLAIM_VALIDATION_FAILED") {
    if (e.claim === "exp") return "the token has no expiry (exp)";
    if (e.claim === "iss") return "the token's issuer (iss) is not the one this server accepts";
    if (e.claim === "aud") return "the token's audience (aud) is not this server";
    return `the token's ${e.claim ?? "claims"} claim is not valid`;
  }
  return "the token is not valid";
}

/** AuthInfo for the request context. */
export function authInfoOf(jwt: VerifiedJwt | undefined): AuthInfo {
  if (!jwt) return ANONYMOUS;
  return { sub: jwt.sub, roles: jwt.roles };
}
