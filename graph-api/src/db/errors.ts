/** Typed database errors: driver errors are mapped to these in exactly one place (run-query.ts). */
export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
  readonly code = "DATABASE_UNAVAILABLE";
}
export class QueryTimeoutError extends Error {
  override readonly name = "QueryTimeoutError";
  readonly code = "QUERY_TIMEOUT";
}
export class ConstraintViolationError extends Error {
  override readonly name = "ConstraintViolationError";
  readonly code = "CONSTRAINT_VIOLATION";
}
export class DatabaseError extends Error {
  override readonly name = "DatabaseError";
  readonly code = "DATABASE_ERROR";
}

/** True for a driver error that means Neo4j cannot be reached (down, restarting, network cut). */
export function isUnavailable(e: unknown): boolean {
  if (e instanceof DatabaseUnavailableError) return true;
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === "string" ? err.code : "";
  return (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    /ECONNREFUSED|ECONNRESET/.test(typeof err?.message === "string" ? err.message : "")
  );
}

export function mapDriverError(e: unknown, queryName: string): Error {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? "";
  if (isUnavailable(e)) {
    return new DatabaseUnavailableError(`The graph database is not reachable (${queryName})`, { cause: e });
  }
  if (code.includes("TransactionTimedOut") || code.includes("Transaction.TransactionTimedOutClientConfiguration")) {
    return new QueryTimeoutError(`The query took too long and was stopped (${queryName})`, { cause: e });
  }
  if (code.includes("ConstraintValidationFailed")) {
    return new ConstraintViolationError(`A uniqueness rule was violated (${queryName}): ${err.message ?? ""}`, {
      cause: e,
    });
  }
  return new DatabaseError(`Database error in ${queryName}: ${code || "unknown"}`, { cause: e });
}
