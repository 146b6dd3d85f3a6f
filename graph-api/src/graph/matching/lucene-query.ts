/**
 * A safe Lucene query from free text (a demand's name and description) for the cjk full-text
 * index: special characters escaped, operators neutralised, length bounded.
 */

/** Lucene query syntax characters: + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Max characters of text sent: the cjk analyzer makes one bigram clause per character. */
export const MAX_QUERY_CHARS = 200;

/** Escape every Lucene special character with a backslash. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The query for a text: whitespace collapsed, lower-cased (so AND/OR/NOT are words, not
 * operators; the analyzer lower-cases anyway), truncated and escaped. Empty when nothing is left.
 */
export function textQuery(...parts: (string | null | undefined)[]): string {
  const text = parts
    .filter((p): p is string => typeof p === "string")
    .join(" ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .slice(0, MAX_QUERY_CHARS);
  return escapeLucene(text);
}
