/** Authentication and roles: what custom resolvers and the server import. */
export { ROLES, type Role, type AuthInfo, rolesOf, hasRole, requireRole, expandRoles } from "./roles.js";
export { signToken, verifyBearer, type VerifiedJwt, type TokenOptions } from "./jwt.js";
export { createContext, type ApiContext } from "./context.js";
