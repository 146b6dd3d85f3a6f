/** Render a stored property value for people: enum codes and booleans translated, lists split. */
import type { TFunction } from "i18next";

export function formatValue(key: string, value: string, t: TFunction): string {
  if (value === "true" || value === "false") return t(`enums.${value}`);
  if (/^[A-Z][A-Z0-9_]+$/.test(value)) return t(`enums.${value}`, { defaultValue: value });
  if (key === "disciplines") return value.split(";").join("、");
  return value;
}
