/**
 * The derived `pinyinInitials` property (成都大学 → "cddx") that the full-text index entity_text
 * searches. Nodes created or renamed through GraphQL get it from the `@populatedBy` callback.
 */
import { pinyin } from "pinyin-pro";

/** Lower-case pinyin initials of the Chinese characters of `name`; other letters and digits kept. */
export function pinyinInitialsOf(name: string): string {
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" });
  return initials
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
