/**
 * Numeric arguments. One rule for page sizes (`limit`, `first`, `edgeLimit`): absent = the field's
 * default, below the minimum = BAD_USER_INPUT, above the maximum = capped to it — the same rule as
 * the generated lists (`@limit(max)`), so a client asking for more simply gets the largest page.
 * Every other bounded number (an offset, a hop count, a threshold) out of its range is refused:
 * capping it would silently answer a different question.
 */
import { badUserInput } from "./bad-input.js";

export interface PageSizeRule {
  /** Used when the argument is absent. */
  default: number;
  /** Larger values are capped to this. */
  max: number;
  /** Smallest accepted value (default 1; 0 where an empty page is meaningful). */
  min?: number;
}

/** The page sizes of the configuration, as the default rule of custom lists. */
export function configuredPageSize(config: { DEFAULT_PAGE_SIZE: number; MAX_PAGE_SIZE: number }): PageSizeRule {
  return { default: Math.min(config.DEFAULT_PAGE_SIZE, config.MAX_PAGE_SIZE), max: config.MAX_PAGE_SIZE };
}

export function pageSizeArg(value: number | null | undefined, argument: string, rule: PageSizeRule): number {
  const min = rule.min ?? 1;
  if (value === null || value === undefined) return Math.min(rule.default, rule.max);
  if (!Number.isInteger(value) || value < min) throw badUserInput(argument, `expected an integer of at least ${min}`);
  return Math.min(value, rule.max);
}

/** An integer within [min, max] (max optional), or `fallback` when absent. */
export function intArg(
  value: number | null | undefined,
  argument: string,
  range: { fallback: number; min: number; max?: number },
): number {
  if (value === null || value === undefined) return range.fallback;
  const { min, max } = range;
  if (!Number.isInteger(value) || value < min || (max !== undefined && value > max))
    throw badUserInput(
      argument,
      max === undefined ? `expected an integer of at least ${min}` : `expected an integer from ${min} to ${max}`,
    );
  return value;
}

/** Offsets of the custom offset-paged lists stop here: deeper pages cost the scan of every row before. */
export const MAX_OFFSET = 100_000;

export function offsetArg(value: number | null | undefined, argument = "offset"): number {
  return intArg(value, argument, { fallback: 0, min: 0, max: MAX_OFFSET });
}
