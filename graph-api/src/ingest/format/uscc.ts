/**
 * Unified Social Credit Code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z); the 18th is a check character computed from
 * the first 17 with weights 3^(i) mod 31. The embedded organisation code's own GB 11714 check
 * digit is not enforced: the standard's check character already catches typos and transpositions.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character for the first 17 characters of a USCC. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? "");
    if (v < 0) throw new Error(`Not a USCC character: ${first17[i] ?? "(missing)"}`);
    sum += v * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] ?? "";
}

/** Why `code` is not a valid USCC, or undefined when it is. */
export function usccProblem(code: string): string | undefined {
  if (code.length !== 18) return `"${code}" is not a USCC: ${code.length} characters instead of 18`;
  if (!SHAPE.test(code))
    return `"${code}" is not a USCC: only digits and capitals other than I, O, S, V, Z are allowed`;
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) return `"${code}" is not a valid USCC: check character should be ${expected}`;
  return undefined;
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === undefined;
}
