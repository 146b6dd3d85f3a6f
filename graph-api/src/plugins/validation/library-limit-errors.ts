/**
 * Two limits are enforced by the libraries themselves — graphql-js's parser (`maxTokens`) and
 * Apollo Server's `maxRecursiveSelections` — with messages that do not say which setting refused
 * the document ("Document contains more that 2000 tokens", "…recursively requests too many
 * selections."). Like every other limit, their answers name it: the message says what and which
 * variable, and `extensions.limit` / `extensions.max` carry it for programs. The code stays the
 * library's (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED).
 */
import type { GraphQLFormattedError } from "graphql";

export interface LibraryLimits {
  maxTokens: number;
  maxFields: number;
}

const TOKENS = /^Syntax Error: Document contains more th\w+ (\d+) tokens/;

/** The formatted error with its limit named, or unchanged when it is not one of these two. */
export function nameLibraryLimit(formatted: GraphQLFormattedError, limits: LibraryLimits): GraphQLFormattedError {
  const ext = formatted.extensions ?? {};
  if (ext.code === "GRAPHQL_PARSE_FAILED" && TOKENS.test(formatted.message))
    return {
      ...formatted,
      message: `The document has more than ${limits.maxTokens} tokens (MAX_TOKENS): send a smaller document`,
      extensions: { ...ext, limit: "MAX_TOKENS", max: limits.maxTokens },
    };
  if (ext.validationErrorCode === "MAX_RECURSIVE_SELECTIONS_EXCEEDED")
    return {
      ...formatted,
      message: `The operation selects more than ${limits.maxFields} fields once its fragments are spread out (MAX_QUERY_FIELDS)`,
      extensions: { ...ext, limit: "MAX_QUERY_FIELDS", max: limits.maxFields },
    };
  return formatted;
}
