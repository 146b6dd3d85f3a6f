/**
 * "Sign in with a token": stores a JWT where the urql auth exchange reads it (localStorage,
 * TOKEN_KEY), so every later request carries `Authorization: Bearer …`. For the demo, mint one with
 * `npx ttgraph token --role alliance`. A pasted token is checked before it is stored — its form,
 * expiry and role from its claims, then its signature by one small request to the API — and a token
 * that fails says why while the form keeps what was typed. A stored token the API refused later
 * (expired) is shown the same way (token-check.ts).
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useClient } from "urql";
import { graphql } from "../../gql";
import { storedToken, writeToken } from "../urql/auth-exchange";
import { checkToken, lastRefusal, onRefusal, refusalOf, type TokenProblem } from "../urql/token-check";

const AuthProbeDocument = graphql(`
  query AuthProbe {
    __typename
  }
`);

/** Form shown when a view needs the alliance role; `onChange` re-runs the view's queries. */
export function TokenSignIn({ onChange, compact = false }: { onChange: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const client = useClient();
  const [value, setValue] = useState("");
  const [problem, setProblem] = useState<TokenProblem | null>(lastRefusal());
  const [checking, setChecking] = useState(false);
  useEffect(() => onRefusal(() => setProblem(lastRefusal())), []);
  const current = storedToken();
  // Compact (a view's header): only the signed-in state; the full form is for a refused request.
  if (compact && !current) return null;
  if (compact && current) {
    return (
      <span className="token-sign-in token-sign-in--compact">
        {t("analysis.signIn.signedIn")}{" "}
        <button
          onClick={() => {
            writeToken(null);
            onChange();
          }}
        >
          {t("analysis.signIn.signOut")}
        </button>
      </span>
    );
  }
  const submit = async () => {
    const token = value.trim();
    if (!token) return;
    const local = checkToken(token);
    if (local) {
      setProblem(local);
      return;
    }
    setChecking(true);
    const res = await client
      .query(
        AuthProbeDocument,
        {},
        {
          requestPolicy: "network-only",
          fetchOptions: { headers: { Authorization: `Bearer ${token}` } },
        },
      )
      .toPromise();
    setChecking(false);
    const refused = res.error?.graphQLErrors.find((e) => e.extensions?.code === "UNAUTHENTICATED");
    if (refused || (res.error?.response as { status?: number } | undefined)?.status === 401) {
      setProblem(refusalOf(refused?.message ?? res.error?.message ?? ""));
      return;
    }
    writeToken(token);
    setProblem(null);
    setValue("");
    onChange();
  };
  return (
    <form
      className="token-sign-in"
      data-testid="token-sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <strong>{t("analysis.signIn.title")}</strong>
      <p>
        {t("analysis.signIn.text")} <code>npx ttgraph token --role alliance</code>
      </p>
      {problem && (
        <p className="token-sign-in__problem error-box" role="alert" data-testid="token-problem">
          {problemText(t, problem)}
        </p>
      )}
      <div className="token-sign-in__row">
        <input
          aria-label={t("analysis.signIn.placeholder")}
          placeholder={t("analysis.signIn.placeholder")}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={problem !== null}
          data-testid="token-input"
        />
        <button type="submit" disabled={checking}>
          {t("analysis.signIn.save")}
        </button>
      </div>
    </form>
  );
}

/** "2026-12-05 08:25" in the browser's time zone: readable in either language. */
function localMinute(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function problemText(t: (key: string, o?: Record<string, unknown>) => string, p: TokenProblem): string {
  switch (p.kind) {
    case "format":
      return t("analysis.signIn.problems.format");
    case "expired":
      return t("analysis.signIn.problems.expired", { at: localMinute(p.at) });
    case "role":
      return t("analysis.signIn.problems.role", { roles: p.roles.join(", ") || "—" });
    case "refused":
      return t("analysis.signIn.problems.refused", { message: p.message });
  }
}
