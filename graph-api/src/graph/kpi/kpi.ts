/**
 * Plan KPIs (docs/domain.md "Plan KPIs"): each target, current value, ratio and values per district.
 * TALENTS and TRAINING_EVENTS depend on the window; TITLED_BROKERS and FILED_AGENCIES are current
 * stocks (the model records no title date, and filing level is a state). A broker's district is
 * its employer's LOCATED_IN district (counted once in each district of its employers).
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import type { Period } from "../common/period.js";
import type { KpiKey, KpiTargets } from "./kpi-targets.js";

export interface KpiDistrictValue {
  districtId: string;
  name: string;
  inChengdu: boolean;
  value: number;
  /** The city target split evenly over Chengdu's districts; null outside Chengdu. */
  target: number | null;
}

export interface KpiIndicator {
  key: KpiKey;
  label: string;
  target: number;
  current: number;
  ratio: number;
  met: boolean;
  windowed: boolean;
  byDistrict: KpiDistrictValue[];
  unassigned: number;
  /** Chengdu districts whose value reaches their share of the target, and those below it. */
  districtsAhead: number;
  districtsBehind: number;
}

export interface KpiProgress {
  window: Period;
  indicators: KpiIndicator[];
}

/** The plan's indicators in its order: query, label, and whether the window applies. */
const INDICATORS: { key: KpiKey; query: string; label: string; windowed: boolean }[] = [
  { key: "TALENTS", query: "kpi/count-talents", label: "培养引进技术经纪人才", windowed: true },
  { key: "TITLED_BROKERS", query: "kpi/count-titled-brokers", label: "中级及以上职称技术经纪人", windowed: false },
  { key: "FILED_AGENCIES", query: "kpi/count-filed-agencies", label: "国家级及市级备案技术转移机构", windowed: false },
  { key: "TRAINING_EVENTS", query: "kpi/count-training-events", label: "技术经纪人实训活动", windowed: true },
];

interface Row {
  current: number;
  unassigned: number;
  byDistrict: Omit<KpiDistrictValue, "target">[];
}

/** Progress of every indicator over `window` against `targets`. */
export async function getKpiProgress(
  rq: RequestContext,
  window: Period,
  targets: KpiTargets["targets"],
): Promise<KpiProgress> {
  const [districts, ...rows] = await Promise.all([
    runQuery<{ districts: number }>(rq, "kpi/count-chengdu-districts", {}),
    ...INDICATORS.map((i) =>
      runQuery<Row & Record<string, unknown>>(rq, i.query, i.windowed ? { from: window.from, to: window.to } : {}),
    ),
  ]);
  const chengduDistricts = districts?.[0]?.districts ?? 0;
  const indicators = INDICATORS.map((ind, n) => {
    const row = rows[n]?.[0] ?? { current: 0, unassigned: 0, byDistrict: [] };
    const target = targets[ind.key];
    const share = chengduDistricts > 0 ? target / chengduDistricts : null;
    const byDistrict = [...row.byDistrict]
      .sort((a, b) => b.value - a.value || a.districtId.localeCompare(b.districtId))
      .map((d) => ({ ...d, target: d.inChengdu ? share : null }));
    const ahead = byDistrict.filter((d) => d.target !== null && d.value >= d.target).length;
    return {
      key: ind.key,
      label: ind.label,
      target,
      current: row.current,
      ratio: row.current / target,
      met: row.current >= target,
      windowed: ind.windowed,
      byDistrict,
      unassigned: row.unassigned,
      districtsAhead: ahead,
      districtsBehind: chengduDistricts - ahead,
    };
  });
  return { window, indicators };
}
