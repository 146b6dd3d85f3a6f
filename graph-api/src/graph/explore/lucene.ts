/**
 * Turn what a user types into a Lucene query for the cjk full-text index entity_text, never letting
 * their text act as query syntax: every Lucene special character is escaped. Each whitespace-
 * separated term must match (AND); a Latin/digit term also matches as a prefix (`cdd` finds the
 * pinyin initials `cddx`, `chengdu` finds `Chengdu University`); a CJK term is a phrase, which the
 * cjk analyzer turns into its bigrams in order (`成都大` matches 成都大学). A single CJK character
 * is no phrase: the analyzer indexes 蓉城 as the bigram 蓉城 only, never 蓉 alone, so `蓉` is asked
 * as "a term starting or ending with it" (`蓉* OR *蓉`), which finds it at any place in a name.
 */

/** Characters with meaning in Lucene's classic query syntax. */
const SPECIALS = /[+\-!(){}[\]^"~*?:\\/&|]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIALS, (c) => `\\${c}`);
}

/** One character of a script the cjk analyzer splits into bigrams. */
const SINGLE_CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;

/** Longest query accepted (a search box, not a document). */
export const MAX_SEARCH_LENGTH = 100;

/** The Lucene query for `text`, or null when nothing searchable remains. */
export function buildSearchQuery(text: string): string | null {
  const terms = text
    .slice(0, MAX_SEARCH_LENGTH)
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  const clauses: string[] = [];
  for (const term of terms) {
    if (/^[A-Za-z0-9]+$/.test(term)) {
      const lower = term.toLowerCase();
      clauses.push(`+(${lower} OR ${lower}*)`);
    } else {
      // Escape, then quote: a phrase keeps CJK bigrams in order; quotes inside are escaped.
      const cleaned = term.replace(SPECIALS, " ").trim();
      if (cleaned.length === 0) continue;
      clauses.push(SINGLE_CJK.test(cleaned) ? `+(${cleaned}* OR *${cleaned})` : `+"${cleaned}"`);
    }
  }
  return clauses.length > 0 ? clauses.join(" ") : null;
}
