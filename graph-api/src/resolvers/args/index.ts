/**
 * Argument checks of the custom fields (the resolver layer's; domain operations take the checked,
 * typed values). Each problem is BAD_USER_INPUT naming the argument; see numbers.ts for the rule on
 * page sizes.
 */
export { badUserInput } from "./bad-input.js";
export {
  dateArg,
  periodArg,
  openPeriodArg,
  yearArg,
  openPeriodInput,
  closedPeriodInput,
  optionalClosedPeriodInput,
  yearInput,
  yearsInput,
  type DatePeriodInput,
  MIN_YEAR,
  MAX_YEAR,
  type OpenPeriod,
} from "./periods.js";
export { pageSizeArg, configuredPageSize, intArg, offsetArg, MAX_OFFSET, type PageSizeRule } from "./numbers.js";
export { idArg, optionalIdArg, idListArg, nodeTypeArg, nodeTypesArg, relTypesArg, MAX_ID_LENGTH } from "./ids.js";
export { encodeCursor, decodeCursor } from "./cursor.js";
