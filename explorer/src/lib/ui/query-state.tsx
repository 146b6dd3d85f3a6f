/**
 * Loading, error and empty states shared by the analysis views: a view renders its content only
 * when there is data, and otherwise one clear message — never a blank area. Errors offer a retry;
 * authorization errors (role alliance needed) are told apart so the view can offer a sign-in.
 */
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { CombinedError } from "urql";

/** True when the API refused for lack of a role (no token, or one without the role). */
export function isAuthError(error: CombinedError | undefined): boolean {
  if (!error) return false;
  if (error.response && (error.response as { status?: number }).status === 401) return true;
  return error.graphQLErrors.some((e) => {
    const code = e.extensions?.code;
    return (
      code === "FORBIDDEN" || code === "UNAUTHENTICATED" || /forbidden|unauthori[sz]ed|unauthenticated/i.test(e.message)
    );
  });
}

export interface QueryStateProps {
  fetching: boolean;
  error?: CombinedError | undefined;
  /** True when the answer has nothing to show. */
  empty: boolean;
  /** Message for the empty state (defaults to a generic one). */
  emptyText?: string;
  onRetry?: () => void;
  children: ReactNode;
}

/** An error in the planner's words: what happened and what to do; the technical text only for input errors. */
export function plannerMessage(error: CombinedError, t: (key: string) => string): string {
  if (error.networkError) return t("analysis.apiDown");
  const codes = error.graphQLErrors.map((e) => String(e.extensions?.code ?? ""));
  const text = error.graphQLErrors.map((e) => e.message).join("; ") || error.message;
  if (codes.includes("QUERY_TIMEOUT")) return t("analysis.timeout");
  if (codes.includes("DATABASE_UNAVAILABLE")) return t("analysis.apiDown");
  if (
    codes.includes("BAD_USER_INPUT") ||
    codes.includes("GRAPHQL_VALIDATION_FAILED") ||
    codes.includes("QUERY_TOO_COMPLEX")
  )
    return `${t("analysis.badInput")} ${text}`;
  if (/memory|MemoryPool|Transient/i.test(text)) return t("analysis.tooHeavy");
  return t("analysis.serverError");
}

export function QueryState({ fetching, error, empty, emptyText, onRetry, children }: QueryStateProps) {
  const { t } = useTranslation();
  if (error && !fetching) {
    const message = plannerMessage(error, t);
    return (
      <div className="analysis-state analysis-state--error" role="alert" data-testid="view-error">
        <strong>{t("analysis.error")}</strong> {message}
        {onRetry && (
          <button onClick={onRetry} data-testid="view-retry">
            {t("analysis.retry")}
          </button>
        )}
      </div>
    );
  }
  if (fetching && empty) {
    return (
      <div className="analysis-state" role="status" data-testid="view-loading">
        {t("analysis.loading")}
      </div>
    );
  }
  if (empty) {
    return (
      <div className="analysis-state" data-testid="view-empty">
        {emptyText ?? t("analysis.empty")}
      </div>
    );
  }
  return (
    <>
      {fetching && (
        <div className="analysis-updating" role="status" data-testid="view-updating">
          {t("analysis.updating")}
        </div>
      )}
      {children}
    </>
  );
}
