/**
 * Integer arrays stored as byte arrays (32-bit signed, little-endian): a byte array crosses Bolt
 * as one value, where a list of numbers is one value per number. A request that reads a dozen
 * partner pages of tens of thousands of numbers each spent most of its read turning them into
 * values; the same numbers as bytes read about five times faster (x10 scale).
 */

export function toInt32Bytes(values: ArrayLike<number>): Int8Array {
  const bytes = new Int8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setInt32(i * 4, values[i] as number, true);
  return bytes;
}

export function fromInt32Bytes(bytes: Int8Array): Int32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Int32Array(bytes.byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt32(i * 4, true);
  return out;
}
