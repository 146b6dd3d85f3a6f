/** The error of a refused request: a message that says which limit and why, HTTP 400, before any work. */
import { GraphQLError, type ASTNode } from "graphql";

export interface LimitDetails {
  /** QUERY_TOO_COMPLEX for size limits, BAD_USER_INPUT for arguments out of range. */
  code: "QUERY_TOO_COMPLEX" | "BAD_USER_INPUT";
  /** The configuration variable that sets the limit, when there is one. */
  limit?: string;
  max?: number;
  [key: string]: unknown;
}

export function limitError(message: string, details: LimitDetails, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { ...details, http: { status: 400 } } });
}
