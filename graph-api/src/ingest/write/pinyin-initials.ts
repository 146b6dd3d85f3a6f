/**
 * The derived `pinyinInitials` of a name for search-as-you-type (成都大学 → "cddx"): the first
 * letter of each character's pinyin, lowercased; Latin letters and digits kept, punctuation dropped.
 */
import { pinyin } from "pinyin-pro";

export function pinyinInitials(name: string): string {
  const letters = pinyin(name, { pattern: "first", toneType: "none", type: "array" });
  return letters
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
