/**
 * "Sign in with a token": stores a JWT where the urql auth exchange reads it (localStorage,
 * TOKEN_KEY), so every later request carries `Authorization: Bearer …`. For the demo, mint one with
 * `npx ttgraph token --role alliance`.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TOKEN_KEY, storedToken } from "../urql/auth-exchange";
import "./analysis-strings";

function writeToken(token: string | null): void {
  try {
    if (token) globalThis.localStorage?.setItem(TOKEN_KEY, token);
    else globalThis.localStorage?.removeItem(TOKEN_KEY);
  } catch {
    // storage unavailable (private mode): the token lasts for nothing; the error will show again
  }
}

/** Form shown when a view needs the alliance role; `onChange` re-runs the view's queries. */
export function TokenSignIn({ onChange, compact = false }: { onChange: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const [value, setValue] = useState("");
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
  return (
    <form
      className="token-sign-in"
      data-testid="token-sign-in"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value.trim()) return;
        writeToken(value.trim());
        setValue("");
        onChange();
      }}
    >
      <strong>{t("analysis.signIn.title")}</strong>
      <p>
        {t("analysis.signIn.text")} <code>npx ttgraph token --role alliance</code>
      </p>
      <div className="token-sign-in__row">
        <input
          aria-label={t("analysis.signIn.placeholder")}
          placeholder={t("analysis.signIn.placeholder")}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          data-testid="token-input"
        />
        <button type="submit">{t("analysis.signIn.save")}</button>
      </div>
    </form>
  );
}
