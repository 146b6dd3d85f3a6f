/**
 * HS256 JWTs: verification of `Authorization: Bearer` headers and minting of development
 * tokens (`ttgraph token`). The same secret is given to @neo4j/graphql as
 * `features.authorization.key`, so its @authentication rules and requireRole agree.
 */
import { GraphQLError } from "graphql";
import { SignJWT, jwtVerify, type JWTPayload } from "jose";
import { ANONYMOUS, expandRoles, type AuthInfo, type Role } from "./roles.js";

const ALG = "HS256";
const ISSUER = "ttgraph";

const keyOf = (secret: string): Uint8Array => new TextEncoder().encode(secret);

/** The verified claims: the JWT payload with roles already expanded (admin ⇒ alliance). */
export interface VerifiedJwt extends JWTPayload {
  roles: Role[];
}

export interface TokenOptions {
  roles: Role[];
  sub?: string;
  /** A jose duration such as "8h", "30m" or "7d". */
  expiresIn?: string;
}

/** Mint a signed token (development and tests). */
export async function signToken(secret: string, options: TokenOptions): Promise<string> {
  return new SignJWT({ roles: expandRoles(options.roles) })
    .setProtectedHeader({ alg: ALG, typ: "JWT" })
    .setIssuer(ISSUER)
    .setSubject(options.sub ?? "dev")
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "8h")
    .sign(keyOf(secret));
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/**
 * Verify a bearer token (with or without the `Bearer ` prefix). Returns undefined when there is
 * no token (anonymous). A token that is present but bad is an error, not anonymity: a caller who
 * meant to be admin should learn that the token expired rather than see public data only.
 */
export async function verifyBearer(header: string | undefined, secret: string): Promise<VerifiedJwt | undefined> {
  const token = header?.replace(/^Bearer\s+/i, "").trim();
  if (!token) return undefined;
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: [ALG] });
    return { ...payload, roles: expandRoles(payload.roles) };
  } catch (e) {
    const reason =
      (e as { code?: string }).code === "ERR_JWT_EXPIRED" ? "the token has expired" : "the token is not valid";
    throw unauthenticated(`Authentication failed: ${reason}`);
  }
}

/** AuthInfo for the request context. */
export function authInfoOf(jwt: VerifiedJwt | undefined): AuthInfo {
  if (!jwt) return ANONYMOUS;
  return { sub: jwt.sub, roles: jwt.roles };
}
