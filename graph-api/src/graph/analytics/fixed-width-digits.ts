/**
 * Columns of non-negative integers sent to Cypher as fixed-width digit strings: value i of a
 * column of width w is `toInteger(substring($column, i * w, w))` in the query.
 *
 * Why not a list parameter: Neo4j decodes a request's parameters on the network thread that also
 * serves other connections, before the query starts. The all-dates projection's three lists of two
 * million numbers each held such a thread for seconds — nine on a freshly started server — and a
 * new connection handed to it waited that long for its handshake, so a run's other query failed
 * with "Connection acquisition timed out". A string is one value to decode, whatever its length;
 * the digits are parsed by the query itself, on a query thread.
 */

/** Digits of the largest value (at least 1). Throws on a value that is not a non-negative safe integer. */
export function digitWidth(...columns: ArrayLike<number>[]): number {
  let max = 0;
  for (const column of columns) {
    for (let i = 0; i < column.length; i++) {
      const v = column[i] as number;
      if (!Number.isSafeInteger(v) || v < 0) {
        throw new RangeError(`fixed-width digits: value ${v} at index ${i} is not a non-negative integer`);
      }
      if (v > max) max = v;
    }
  }
  return String(max).length;
}

/** The column as one string of `width` decimal digits per value, zero-padded on the left. */
export function toFixedWidthDigits(column: ArrayLike<number>, width: number): string {
  const bytes = Buffer.alloc(column.length * width, 0x30); // '0'
  for (let i = 0; i < column.length; i++) {
    let v = column[i] as number;
    if (!Number.isSafeInteger(v) || v < 0 || String(v).length > width) {
      throw new RangeError(`fixed-width digits: value ${v} at index ${i} does not fit ${width} digits`);
    }
    for (let p = (i + 1) * width - 1; v > 0; p--) {
      bytes[p] = 0x30 + (v % 10);
      v = Math.floor(v / 10);
    }
  }
  return bytes.toString("latin1");
}
