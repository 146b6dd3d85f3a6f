/**
 * i18next set up once: 中文 by default, English as the toggle; the choice is kept in localStorage.
 * Every string lives in the two dictionaries (zh.ts, en.ts), one `translation` namespace; en.ts
 * `satisfies` the shape of zh.ts, so a key missing in English does not compile.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { zh } from "./zh";

export type Language = "zh" | "en";
const STORAGE_KEY = "ttgraph.lang";

function storedLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}

void i18next.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "zh",
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});

/** Switch language and remember it. */
export function setLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice just is not remembered
  }
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
}

export { i18next };
