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
export function yearRangeArg(fromYear: unknown, toYear: unknown, maxYears: number): number[] {
  yearArg(fromYear, "fromYear");
  yearArg(toYear, "toYear");
  const [from, to] = [fromYear as number, toYear as number];
  if (from > to) throw badUserInput("fromYear", "must not be after toYear");
  if (to - from + 1 > maxYears) throw badUserInput("toYear", `at most ${maxYears} years per request`);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
