/** Shared types of the network operations. */

export type BrokerageGroupBy = "IN_CHENGDU" | "CHAIN";

/** A period on Deal.signedOn, both ends inclusive, ISO dates; null = open. */
export interface Period {
  from: string | null;
  to: string | null;
}
