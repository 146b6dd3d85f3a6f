/** Year-over-year changes as the white paper prints them. */

/** (value − previous) / previous; null when either is unknown or previous is 0. */
export function relativeChange(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return (value - previous) / previous;
}

/** value − previous for rates (a fraction of points); null when either is unknown. */
export function pointChange(value: number | null, previous: number | null): number | null {
  return value === null || previous === null ? null : value - previous;
}
