/**
 * Plan KPI progress (kpiProgress) → what the bars draw: each indicator's fill (capped at 100 % of
 * the track, with the overshoot kept for the label), and a district × indicator matrix whose bars
 * are scaled to each indicator's largest district value.
 */

export interface KpiInput {
  key: string;
  label: string;
  target: number;
  current: number;
  ratio: number;
  met: boolean;
  unassigned: number;
  byDistrict: readonly { districtId: string; name: string; inChengdu: boolean; value: number }[];
}

export interface KpiBar {
  key: string;
  label: string;
  current: number;
  target: number;
  /** Percentage of the target reached, rounded to one decimal (may exceed 100). */
  percent: number;
  /** Width of the fill in percent of the track: min(100, percent). */
  fill: number;
  met: boolean;
  /** Still needed to reach the target (0 when met). */
  remaining: number;
}

export function kpiBars(indicators: readonly KpiInput[]): KpiBar[] {
  return indicators.map((k) => {
    const percent = Math.round(k.ratio * 1000) / 10;
    return {
      key: k.key,
      label: k.label,
      current: k.current,
      target: k.target,
      percent,
      fill: Math.min(100, Math.max(0, percent)),
      met: k.met,
      remaining: Math.max(0, k.target - k.current),
    };
  });
}

export interface DistrictRow {
  districtId: string;
  name: string;
  inChengdu: boolean;
  /** Value per indicator key (0 when the district has none). */
  values: Record<string, number>;
  /** Bar width per indicator key, in percent of that indicator's largest district value. */
  widths: Record<string, number>;
}

/** Districts with any value, in Chengdu first, then by the sum of their values (largest first), then name. */
export function districtMatrix(indicators: readonly KpiInput[]): DistrictRow[] {
  const rows = new Map<string, DistrictRow>();
  const max: Record<string, number> = {};
  for (const k of indicators) {
    max[k.key] = Math.max(0, ...k.byDistrict.map((d) => d.value));
    for (const d of k.byDistrict) {
      const row = rows.get(d.districtId) ?? {
        districtId: d.districtId,
        name: d.name,
        inChengdu: d.inChengdu,
        values: {},
        widths: {},
      };
      row.values[k.key] = d.value;
      rows.set(d.districtId, row);
    }
  }
  for (const row of rows.values()) {
    for (const k of indicators) {
      const v = row.values[k.key] ?? 0;
      row.values[k.key] = v;
      const m = max[k.key] ?? 0;
      row.widths[k.key] = m > 0 ? Math.round((v / m) * 1000) / 10 : 0;
    }
  }
  const total = (r: DistrictRow) => Object.values(r.values).reduce((a, b) => a + b, 0);
  return [...rows.values()].sort(
    (a, b) => Number(b.inChengdu) - Number(a.inChengdu) || total(b) - total(a) || a.name.localeCompare(b.name, "zh"),
  );
}
