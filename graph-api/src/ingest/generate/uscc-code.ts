/**
 * Synthetic Unified Social Credit Codes (GB 32100-2015) for generated enterprises: registration
 * authority 9 (market regulation) and type 1 (enterprise), the district's admin code, a 9-character
 * organisation code (8 digits and their GB 11714 check character) and the GB 32100 check
 * character from ../uscc.ts. Distinct serials give distinct codes.
 */
import { usccCheckChar } from "../format/uscc.js";

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
// Multiplying by a number coprime to 10 permutes 0..10^8-1, so serials map to distinct bodies
// that do not look sequential.
const SPREAD = 48_271;
const SPACE = 100_000_000;

/** GB 11714-1997 check character of an 8-digit organisation code body. */
export function orgCodeCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/** The USCC of the `serial`-th enterprise registered under `adminCode`; `salt` varies codes by seed. */
export function makeUscc(adminCode: string, serial: number, salt: number): string {
  const body = String((serial * SPREAD + salt) % SPACE).padStart(8, "0");
  const first17 = `91${adminCode}${body}${orgCodeCheck(body)}`;
  return first17 + usccCheckChar(first17);
}
