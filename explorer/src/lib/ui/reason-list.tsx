/**
 * The reasons of a suggestion or match in the page's language (the API sends each in Chinese and
 * English); each line's tooltip says where its figures come from, in words.
 */
import { useTranslation } from "react-i18next";

export interface ReasonLine {
  kind: string;
  source: string;
  zh: string;
  en: string;
}

export function ReasonList({
  reasons,
  className,
  testId,
}: {
  reasons: readonly ReasonLine[];
  className: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  return (
    <ul className={className} data-testid={testId}>
      {reasons.map((r) => (
        <li
          key={`${r.kind}|${r.zh}`}
          title={t(`reasons.sources.${r.source}`, { defaultValue: t("reasons.sources.other") })}
        >
          {en ? r.en : r.zh}
        </li>
      ))}
    </ul>
  );
}
