/** Colours and number formats shared by every chart (explorer and white paper alike). */

export const COLOURS = {
  /** Landed in Chengdu / on-site. */
  inChengdu: "#2e9d4a",
  /** Outside Chengdu. */
  outside: "#9aa1ab",
  /** The long tail folded into 其他. */
  other: "#c8ccd2",
  /** Unplaced (未定位). */
  unplaced: "#e8b04b",
  /** Neutral series (sources, chains). */
  primary: "#2f5d9b",
  secondary: "#d9822b",
  target: "#16325c",
  ahead: "#2e9d4a",
  behind: "#d9822b",
} as const;

/**
 * The font stack of every chart: Chinese first (Noto Sans CJK on Linux, PingFang/YaHei elsewhere).
 * Single quotes: ECharts writes it into SVG style attributes, which double quotes would end.
 */
export const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** 0.7812 → "78.1%"; null → "—". */
export const percent = (x: number | null | undefined, digits = 1): string =>
  x === null || x === undefined || Number.isNaN(x) ? "—" : `${(x * 100).toFixed(digits)}%`;

/** 12345.6 → "12,346" (Chinese grouping is the same). */
export const whole = (x: number | null | undefined): string =>
  x === null || x === undefined ? "—" : Math.round(x).toLocaleString("en-US");
