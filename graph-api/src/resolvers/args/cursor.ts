/**
 * Cursors of the keyset pages: opaque to clients (base64url of `[1, order, key, id]`), checked when
 * they come back. A cursor that does not decode, names another order or carries a key of the wrong
 * kind is BAD_USER_INPUT naming the argument — never silently the first page.
 */
import type { PageOrder } from "../../graph/paging/orders.js";
import type { Position } from "../../graph/paging/keyset-page.js";
import { badUserInput } from "./bad-input.js";
import { MAX_ID_LENGTH } from "./ids.js";
import { dateArg } from "./periods.js";

const VERSION = 1;

export function encodeCursor(order: PageOrder, position: Position): string {
  return Buffer.from(JSON.stringify([VERSION, order.name, position.key, position.id])).toString("base64url");
}

/** The position a cursor names in `order`. */
export function decodeCursor(cursor: string, order: PageOrder, argument: string): Position {
  let decoded: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error("not base64url");
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badUserInput(argument, "not a cursor of this list (pass the endCursor of the previous page)");
  }
  if (!Array.isArray(decoded) || decoded.length !== 4 || decoded[0] !== VERSION)
    throw badUserInput(argument, "not a cursor of this list (pass the endCursor of the previous page)");
  const [, orderName, key, id] = decoded as [unknown, unknown, unknown, unknown];
  if (orderName !== order.name)
    throw badUserInput(argument, `this cursor belongs to the order ${String(orderName)}, not ${order.name}`);
  if (typeof id !== "string" || id === "" || id.length > MAX_ID_LENGTH)
    throw badUserInput(argument, "malformed cursor");
  if (key === null) {
    if (!order.nullable) throw badUserInput(argument, "malformed cursor");
    return { key: null, id };
  }
  if (order.keyType === "int" && !(typeof key === "number" && Number.isSafeInteger(key)))
    throw badUserInput(argument, "malformed cursor");
  if (order.keyType === "string" && typeof key !== "string") throw badUserInput(argument, "malformed cursor");
  if (order.keyType === "date") {
    if (typeof key !== "string") throw badUserInput(argument, "malformed cursor");
    dateArg(key, argument);
  }
  return { key: key as string | number, id };
}
