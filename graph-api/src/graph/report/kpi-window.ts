/**
 * Which KPI window an annual report shows: the plan's targets are for its whole window, so the
 * report of a year inside it shows the progress from the window's start to the year's end; a
 * year before the plan shows that year alone, a year after it the plan's final result.
 */
import type { Period } from "../common/period.js";

export function kpiWindowForYear(year: number, plan: Period): { window: Period; note: string } {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  if (end < plan.from)
    return {
      window: { from: start, to: end },
      note: `${year} 年在计划期（${plan.from} 起）之前：显示该年数值，仅供参照。`,
    };
  if (start > plan.to) return { window: plan, note: `计划期已于 ${plan.to} 结束：显示计划期最终结果。` };
  const to = end < plan.to ? end : plan.to;
  return { window: { from: plan.from, to }, note: `计划期 ${plan.from} 至 ${plan.to}；统计至 ${to} 的累计进度。` };
}
