/**
 * Date arguments: single dates, closed periods (`DatePeriod`, both ends required), open periods
 * (`from`/`to`, either end may be absent) and calendar years. Dates are ISO `YYYY-MM-DD` and must
 * exist in the calendar; a period whose start is after its end is refused.
 */
import { dateProblem } from "../../domain/dates.js";
import { MAX_YEAR, MIN_YEAR, yearPeriod, type Period } from "../../graph/common/period.js";
import { badUserInput } from "./bad-input.js";

/** A period whose ends may be open (null): "from the beginning" / "until now". */
export interface OpenPeriod {
  from: string | null;
  to: string | null;
}

export { MIN_YEAR, MAX_YEAR };

/** A GraphQL `Date` arrives as a neo4j Date (its toString is ISO) or as a string. */
export function dateArg(value: unknown, argument: string): string {
  const text = typeof value === "string" ? value : value && typeof value === "object" ? String(value) : "";
  const problem = dateProblem(text);
  if (problem === "format") throw badUserInput(argument, "expected a date YYYY-MM-DD");
  if (problem === "calendar") throw badUserInput(argument, `${text} is not a day of the calendar`);
  return text;
}

/** An optional date: null/undefined is an open end. */
export function optionalDateArg(value: unknown, argument: string): string | null {
  return value === null || value === undefined ? null : dateArg(value, argument);
}

/** A closed period `{ from, to }` (both inclusive); `argument` names the input, e.g. `period`. */
export function periodArg(value: { from: unknown; to: unknown }, argument: string): Period {
  const period = { from: dateArg(value.from, `${argument}.from`), to: dateArg(value.to, `${argument}.to`) };
  if (period.from > period.to) throw badUserInput(`${argument}.from`, `must not be after ${argument}.to`);
  return period;
}

/** An open period from two optional arguments (named `from` and `to` unless given). */
export function openPeriodArg(from: unknown, to: unknown, names = { from: "from", to: "to" }): OpenPeriod {
  const period = { from: optionalDateArg(from, names.from), to: optionalDateArg(to, names.to) };
  if (period.from && period.to && period.from > period.to)
    throw badUserInput(names.from, `must not be after ${names.to}`);
  return period;
}

/** A calendar year, as the period from 1 January to 31 December. */
export function yearArg(year: unknown, argument = "year"): Period {
  if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw badUserInput(argument, `expected a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  return yearPeriod(year);
}

/** The years fromYear..toYear (named by their arguments), in order, at most `maxYears` of them. */
export function yearRangeArg(
  fromYear: unknown,
  toYear: unknown,
  maxYears: number,
  names = { from: "fromYear", to: "toYear" },
): number[] {
  yearArg(fromYear, names.from);
  yearArg(toYear, names.to);
  const [from, to] = [fromYear as number, toYear as number];
  if (from > to) throw badUserInput(names.from, `must not be after ${names.to}`);
  if (to - from + 1 > maxYears) throw badUserInput(names.to, `at most ${maxYears} years per request`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * The one period input of the custom fields, `DatePeriod`: a calendar year (`year`) or a range of
 * days (`from`, `to`). What a field accepts depends on what it measures — an open range, a closed
 * one, one calendar year or whole years — and is checked here, in one place, for every field.
 */
export interface DatePeriodInput {
  year?: unknown;
  from?: unknown;
  to?: unknown;
}

const isGiven = (value: unknown) => value !== null && value !== undefined;

/** A `DatePeriod` named `argument` is a year or a range of days, never both. */
function oneForm(period: DatePeriodInput, argument: string): void {
  if (isGiven(period.year) && (isGiven(period.from) || isGiven(period.to)))
    throw badUserInput(`${argument}.year`, `give either ${argument}.year or ${argument}.from/${argument}.to, not both`);
}

/**
 * The `period` input when the field is called with it, else null (the deprecated arguments or
 * nothing were given). `legacy` maps the deprecated arguments' names to their values; giving both
 * forms is BAD_USER_INPUT naming both.
 */
function newForm(period: DatePeriodInput | null | undefined, legacy: Record<string, unknown>): DatePeriodInput | null {
  const old = Object.keys(legacy).filter((name) => isGiven(legacy[name]));
  if (isGiven(period) && old.length > 0)
    throw badUserInput("period", `give either period or the deprecated ${old.join(" and ")}, not both`);
  if (!isGiven(period)) return null;
  oneForm(period!, "period");
  return period!;
}

/** A period that may be open at either end (`{}` = all dates), from `period` or the deprecated from/to. */
export function openPeriodInput(
  period: DatePeriodInput | null | undefined,
  legacy: { from?: unknown; to?: unknown },
  names = { from: "from", to: "to" },
): OpenPeriod {
  const p = newForm(period, { [names.from]: legacy.from, [names.to]: legacy.to });
  if (!p) return openPeriodArg(legacy.from, legacy.to, names);
  if (isGiven(p.year)) return yearArg(p.year, "period.year");
  return openPeriodArg(p.from, p.to, { from: "period.from", to: "period.to" });
}

/** A closed period (both ends), from a `DatePeriod` input named `argument`: a year or from and to. */
export function closedPeriodInput(period: DatePeriodInput, argument = "period"): Period {
  oneForm(period, argument);
  if (isGiven(period.year)) return yearArg(period.year, `${argument}.year`);
  for (const end of ["from", "to"] as const)
    if (!isGiven(period[end]))
      throw badUserInput(`${argument}.${end}`, `required: this field needs a closed period (or ${argument}.year)`);
  return periodArg(period as { from: unknown; to: unknown }, argument);
}

/**
 * A closed period from `period` or from a deprecated `DatePeriod` argument of another name
 * (`legacyName`), or null when neither is given (the field's default applies).
 */
export function optionalClosedPeriodInput(
  period: DatePeriodInput | null | undefined,
  legacyName: string,
  legacy: DatePeriodInput | null | undefined,
): Period | null {
  const p = newForm(period, { [legacyName]: legacy });
  if (p) return closedPeriodInput(p);
  return isGiven(legacy) ? closedPeriodInput(legacy!, legacyName) : null;
}

/** The calendar year a field measures, from `period` (its year, or 1 January to 31 December) or the deprecated `year`. */
export function yearInput(period: DatePeriodInput | null | undefined, legacyYear: unknown): number {
  const p = newForm(period, { year: legacyYear });
  if (!p) {
    if (!isGiven(legacyYear)) throw badUserInput("period", "required: give period.year (a calendar year)");
    yearArg(legacyYear, "year");
    return legacyYear as number;
  }
  if (isGiven(p.year)) {
    yearArg(p.year, "period.year");
    return p.year as number;
  }
  const { from, to } = closedPeriodInput(p);
  const year = Number(from.slice(0, 4));
  if (from !== `${from.slice(0, 4)}-01-01` || to !== `${year}-12-31`)
    throw badUserInput(
      "period",
      "this field measures one calendar year: give period.year (or 1 January to 31 December of one year)",
    );
  yearArg(year, "period.from");
  return year;
}

/** Whole calendar years, in order, at most `maxYears`: from `period` or the deprecated fromYear/toYear. */
export function yearsInput(
  period: DatePeriodInput | null | undefined,
  legacy: { fromYear?: unknown; toYear?: unknown },
  maxYears: number,
): number[] {
  const p = newForm(period, { fromYear: legacy.fromYear, toYear: legacy.toYear });
  if (!p) {
    if (!isGiven(legacy.fromYear) && !isGiven(legacy.toYear))
      throw badUserInput("period", "required: give period.year or whole years from period.from to period.to");
    return yearRangeArg(legacy.fromYear, legacy.toYear, maxYears);
  }
  if (isGiven(p.year)) {
    yearArg(p.year, "period.year");
    return [p.year as number];
  }
  const { from, to } = closedPeriodInput(p);
  if (!from.endsWith("-01-01")) throw badUserInput("period.from", "must be 1 January (the field counts whole years)");
  if (!to.endsWith("-12-31")) throw badUserInput("period.to", "must be 31 December (the field counts whole years)");
  return yearRangeArg(Number(from.slice(0, 4)), Number(to.slice(0, 4)), maxYears, {
    from: "period.from",
    to: "period.to",
  });
}
