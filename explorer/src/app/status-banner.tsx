/** API or database down: one clear message with a retry, never a blank page. */
import { useTranslation } from "react-i18next";
import { resetApiStatus, useApiStatus } from "../lib/urql/status-exchange";

export function StatusBanner({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const status = useApiStatus();
  if (status === "ok") return null;
  return (
    <div className="status-banner" role="alert" data-testid="api-down">
      {t("status.apiDown")}{" "}
      <button
        onClick={() => {
          resetApiStatus();
          onRetry();
        }}
      >
        {t("status.retry")}
      </button>
    </div>
  );
}
