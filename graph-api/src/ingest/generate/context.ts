/**
 * What the generator families share. Rows are streamed out as soon as they are made; only what
 * later families sample from is kept, as typed arrays indexed by a node's serial (memory stays a
 * few bytes per node even at x10).
 */
import type { NodeType } from "../../domain/model.js";
import type { Rng, ZipfSampler } from "./random.js";
import type { ScaleName, ScaleSpec } from "./scales.js";

/** A CSV cell before formatting: dates are already `YYYY-MM-DD` strings. */
export type Cell = string | number | boolean | readonly string[] | null | undefined;
export type Row = Record<string, Cell>;

/** One row for one file of the package: a node type (`Broker`) or relationship type (`BROKERED`). */
export interface Emitted {
  file: NodeType | string;
  row: Row;
}

export type Rows = Generator<Emitted, void, undefined>;

/** Where a party sits, for "most buyers in Chengdu" and the on-site conversion rate. */
export const Zone = { Chengdu: 0, Chongqing: 1, Elsewhere: 2 } as const;
export type Zone = (typeof Zone)[keyof typeof Zone];

/** No district (a real institution whose location the reference does not give). */
export const NO_DISTRICT = -1;

export interface Places {
  ids: string[];
  names: string[];
  /** Short names (武侯, 高新, 天府新区…) for matching the reference's free-text locations. */
  shorts: string[];
  zone: Zone[];
  /** Admin code used in USCCs. */
  adminCode: string[];
  /** Short place name used in synthetic names (成都, 重庆, 西安…). */
  cityPrefix: string[];
  /** Relative share of local organisations per district, by zone. */
  weights: number[][];
}

export interface Chains {
  ids: string[];
  names: string[];
  /** Relative weight of results and demands per chain. */
  supply: number[];
  /** Relative weight of brokers specialising in / agencies covering each chain (gap chains low). */
  intermediaries: number[];
}

export interface Alliances {
  ids: string[];
  /** First day a member can have joined. */
  since: number[];
  /** Index of 成都市技术转移联盟, 成都市技术经理人协会 and 成渝地区双城经济圈技术转移联盟. */
  city: number;
  association: number;
  chengduChongqing: number;
  /** Synthetic industry alliances by chain index (empty where none). */
  byChain: number[][];
}

/** Organisations that can be a seller, employer, organiser or operator. */
export interface Orgs {
  count: number;
  ids: (n: number) => string;
  district: Int16Array;
  /** Bit i set = the organisation works on chain i. */
  chainMask: Uint32Array;
}

export interface Institutions extends Orgs {
  names: string[];
  shortNames: string[];
}

export interface Labs extends Orgs {
  institution: Int32Array;
}

export interface Agencies extends Orgs {
  sampler: ZipfSampler;
}

export interface Enterprises extends Orgs {
  /** Enterprises by zone and primary chain: byZoneChain[zone][chain] = serials. */
  byZoneChain: Int32Array[][];
}

export interface Events {
  count: number;
  day: Int32Array;
  /** Serials of MATCHMAKING, ROADSHOW and FORUM events, sorted by day (for deals and results). */
  matchmaking: Int32Array;
  /** Serials of TRAINING events, and a flag per event. */
  training: Int32Array;
  isTraining: Uint8Array;
}

export interface Platforms {
  count: number;
  /** Serials of PILOT_PLATFORM and PROOF_OF_CONCEPT platforms. */
  pilot: Int32Array;
}

export interface Brokers {
  count: number;
  sampler: ZipfSampler;
  /** Employer of each broker: 0 agency, 1 institution, 2 enterprise; and its serial. */
  employerKind: Uint8Array;
  employer: Int32Array;
}

export const Developer = { Institution: 0, Lab: 1, Enterprise: 2 } as const;
export type Developer = (typeof Developer)[keyof typeof Developer];

export interface Results {
  count: number;
  developerKind: Uint8Array;
  developer: Int32Array;
  chain: Uint8Array;
  year: Uint16Array;
  /** Packed title parts (see titles.ts) so titles can be rebuilt instead of kept. */
  title: Uint32Array;
  /** Serials of TRANSFERRED results per chain. */
  transferredByChain: Int32Array[];
}

export interface Demands {
  count: number;
  poster: Int32Array;
  chain: Uint8Array;
  day: Int32Array;
  /** Serials of MATCHED and CLOSED demands (answered by deals). */
  answered: Int32Array;
}

export interface Ctx {
  scaleName: ScaleName;
  scale: ScaleSpec;
  /** Root stream; families fork their own. */
  rng: Rng;
  places?: Places;
  chains?: Chains;
  alliances?: Alliances;
  institutions?: Institutions;
  labs?: Labs;
  agencies?: Agencies;
  enterprises?: Enterprises;
  events?: Events;
  platforms?: Platforms;
  brokers?: Brokers;
  results?: Results;
  demands?: Demands;
  /** Filled by deals, read by awards: per year, the top deals by amount and busiest brokers/agencies. */
  awardCandidates?: AwardCandidates;
}

export interface AwardCandidates {
  /** year → deal ids with amounts, best first (at most 10 kept). */
  topDeals: Map<number, { id: string; amount: number }[]>;
  /** LEAD deals per broker per year: index (year - 2019) * brokers + broker. */
  brokerDeals: Uint16Array;
  /** SERVED deals per agency per year: index (year - 2019) * agencies + agency. */
  agencyDeals: Uint16Array;
  /** Total agencies (reference + synthetic) and brokers, for the indexes above. */
  agencyCount: number;
}

/** The state a family depends on, or a clear error if families ran out of order. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`generator: ${what} must be generated first`);
  return value;
}
