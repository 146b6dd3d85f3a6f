/**
 * The key-actor tables as data: the columns an organisation and an intermediary row show, the
 * server sort behind each sortable organisation column (so a rank is a rank among all
 * organisations of the period, not among the rows loaded), the client sort of intermediaries by
 * a brokerage role, and the same rows as an export sheet.
 */
import type { Cell, Sheet, SheetColumn } from "../../../../../presentation/tables/sheet";
import type { DatePeriod } from "../../../gql/graphql";

export type OrgSort = "pagerank" | "betweenness" | "degree" | "constraint" | "effectiveSize";
export const ORG_SORTS: readonly OrgSort[] = ["pagerank", "betweenness", "degree", "constraint", "effectiveSize"];

/** The API's NetworkSort for each sortable column (constraint sorts lowest first). */
export const SERVER_SORT: Record<OrgSort, "PAGERANK" | "BETWEENNESS" | "DEGREE" | "CONSTRAINT" | "EFFECTIVE_SIZE"> = {
  pagerank: "PAGERANK",
  betweenness: "BETWEENNESS",
  degree: "DEGREE",
  constraint: "CONSTRAINT",
  effectiveSize: "EFFECTIVE_SIZE",
};

export const ROLES = ["coordinator", "consultant", "gatekeeper", "representative", "liaison"] as const;
export type Role = (typeof ROLES)[number];
export type BrokerSort = Role | "total";

export interface Roles {
  coordinator: number;
  consultant: number;
  gatekeeper: number;
  representative: number;
  liaison: number;
  total: number;
}

export interface OrgRow {
  id: string;
  name: string;
  type: string;
  pagerank: number;
  betweenness: number;
  degree: number;
  constraint?: number | null;
  effectiveSize: number;
  community: number;
  brokerage?: Roles | null;
  ranks: Record<OrgSort, number>;
}

export interface IntermediaryRow {
  id: string;
  name: string;
  type: string;
  roles: Roles;
}

export function parseOrgSort(value: string | undefined): OrgSort {
  return (ORG_SORTS as readonly string[]).includes(value ?? "") ? (value as OrgSort) : "pagerank";
}

export function parseBrokerSort(value: string | undefined): BrokerSort {
  return value === "total" || (ROLES as readonly string[]).includes(value ?? "") ? (value as BrokerSort) : "total";
}

/** Intermediaries by a role count, highest first; ties by total, then by id (a stable order). */
export function sortIntermediaries<T extends IntermediaryRow>(rows: readonly T[], by: BrokerSort): T[] {
  return [...rows].sort(
    (a, b) => b.roles[by] - a.roles[by] || b.roles.total - a.roles.total || a.id.localeCompare(b.id),
  );
}

/** The period of a year parameter: a calendar year, or all dates when empty. */
/** The period input of the year parameter: `{ year }`, or `{}` (open at both ends) for all dates. */
export function periodInputOfYear(year: string | undefined): DatePeriod {
  return year && /^\d{4}$/.test(year) ? { year: Number(year) } : {};
}

export function periodOfYear(year: string | undefined): { from: string | null; to: string | null } {
  return year && /^\d{4}$/.test(year) ? { from: `${year}-01-01`, to: `${year}-12-31` } : { from: null, to: null };
}

type Translate = (key: string) => string;

/** Rank, id, name and type: the first columns of both tables. */
const leadColumns = (t: Translate, nameWidth: number): SheetColumn[] => [
  { header: t("actors.cols.rank") },
  { header: t("export.cols.id") },
  { header: t("export.cols.name"), width: nameWidth },
  { header: t("export.cols.type") },
];
const leadCells = (r: { id: string; name: string; type: string }, i: number): Cell[] => [i + 1, r.id, r.name, r.type];

/** Columns of the five roles and their total. */
const roleColumns = (t: Translate): SheetColumn[] => [
  ...[...ROLES, "total"].map((k) => ({ header: t(`actors.roles.${k}`) })),
];

export function orgSheet(rows: readonly OrgRow[], t: Translate): Sheet {
  const roleCells = (r: OrgRow): Cell[] => [...ROLES.map((k) => r.brokerage?.[k] ?? null), r.brokerage?.total ?? null];
  return {
    name: t("actors.orgs"),
    columns: [
      ...leadColumns(t, 30),
      { header: t("actors.cols.pagerank"), numFmt: "0.00000" },
      { header: t("actors.cols.pagerankRank") },
      { header: t("actors.cols.betweenness"), numFmt: "0.00000" },
      { header: t("actors.cols.betweennessRank") },
      { header: t("actors.cols.degree") },
      { header: t("actors.cols.constraint"), numFmt: "0.000" },
      { header: t("actors.cols.effectiveSize"), numFmt: "0.00" },
      { header: t("actors.cols.community") },
      ...roleColumns(t),
    ],
    rows: rows.map((r, i) => [
      ...leadCells(r, i),
      r.pagerank,
      r.ranks.pagerank,
      r.betweenness,
      r.ranks.betweenness,
      r.degree,
      r.constraint ?? null,
      r.effectiveSize,
      r.community + 1,
      ...roleCells(r),
    ]),
  };
}

export function intermediarySheet(
  rows: readonly IntermediaryRow[],
  employers: ReadonlyMap<string, { name: string }>,
  t: Translate,
): Sheet {
  return {
    name: t("actors.brokers"),
    columns: [...leadColumns(t, 24), { header: t("actors.cols.employer"), width: 30 }, ...roleColumns(t)],
    rows: rows.map((r, i) => [
      ...leadCells(r, i),
      employers.get(r.id)?.name ?? null,
      ...ROLES.map((k) => r.roles[k]),
      r.roles.total,
    ]),
  };
}
