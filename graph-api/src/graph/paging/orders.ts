/**
 * The orders of the keyset pages (dealsPage, resultsPage, brokersPage): per paged type its label,
 * the generated list field that projects its nodes, and the keys it can be ordered by. Every order
 * is a key and a direction; ties are broken by id in the same direction, so (key, id) is unique
 * and a position in it is a cursor. The GraphQL enums `<Type>PageOrder` name exactly these orders.
 * These names are the only values the paging statement templates are filled with.
 */

/** How a key's values travel: ISO date text, integer or text. */
export type KeyType = "date" | "int" | "string";
export type Direction = "ASC" | "DESC";

export interface PageOrder {
  /** e.g. SIGNED_ON_DESC */
  name: string;
  /** Property of the order (id for the id orders). */
  key: string;
  keyType: KeyType;
  direction: Direction;
  /** Nodes may lack the key: they come last, by id. */
  nullable: boolean;
}

export interface PagedType {
  label: "Deal" | "Result" | "Broker";
  /** The generated root list field of the type (projects the page's nodes). */
  listField: string;
  orders: Record<string, PageOrder>;
  defaultOrder: string;
}

interface KeySpec {
  key: string;
  keyType: KeyType;
  nullable?: boolean;
}

/** "signedOn" → "SIGNED_ON". */
const constantCase = (key: string) => key.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

function ordersOf(keys: KeySpec[]): Record<string, PageOrder> {
  const orders: Record<string, PageOrder> = {};
  for (const { key, keyType, nullable = false } of [...keys, { key: "id", keyType: "string" as const }]) {
    for (const direction of ["ASC", "DESC"] as const) {
      const name = `${constantCase(key)}_${direction}`;
      orders[name] = { name, key, keyType, direction, nullable };
    }
  }
  return orders;
}

export const PAGED_TYPES = {
  Deal: {
    label: "Deal",
    listField: "deals",
    orders: ordersOf([
      { key: "signedOn", keyType: "date" },
      { key: "name", keyType: "string" },
    ]),
    defaultOrder: "SIGNED_ON_DESC",
  },
  Result: {
    label: "Result",
    listField: "results",
    orders: ordersOf([
      { key: "year", keyType: "int" },
      { key: "name", keyType: "string" },
    ]),
    defaultOrder: "YEAR_DESC",
  },
  Broker: {
    label: "Broker",
    listField: "brokers",
    orders: ordersOf([
      { key: "name", keyType: "string" },
      { key: "registeredOn", keyType: "date", nullable: true },
    ]),
    defaultOrder: "NAME_ASC",
  },
} as const satisfies Record<string, PagedType>;

export type PagedTypeName = keyof typeof PAGED_TYPES;
