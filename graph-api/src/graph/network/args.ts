/**
 * Argument checks shared by the network, gaps and matching fields: optional (open-ended) periods
 * and bounded limits. Errors are BAD_USER_INPUT so that they pass error masking with their message.
 */
import { GraphQLError } from "graphql";
import type { Period } from "./network-service.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

/** A GraphQL `Date` arrives as a neo4j Date (toString is ISO) or a string; null/undefined = open end. */
export function optionalDate(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value.slice(0, 10) : typeof value === "object" ? String(value) : "";
  if (!ISO.test(text)) throw badUserInput(`${field}: expected a date YYYY-MM-DD`);
  return text;
}

/** A period with optional ends; `from` after `to` is an error. */
export function optionalPeriod(from: unknown, to: unknown): Period {
  const period = { from: optionalDate(from, "from"), to: optionalDate(to, "to") };
  if (period.from && period.to && period.from > period.to) throw badUserInput("from: must not be after to");
  return period;
}

/** `value` (default `fallback`) checked to be an integer ≥ min and capped at `max`. */
export function boundedInt(
  value: number | null | undefined,
  field: string,
  fallback: number,
  max: number,
  min = 1,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min) throw badUserInput(`${field}: expected an integer ≥ ${min}`);
  return Math.min(v, max);
}
