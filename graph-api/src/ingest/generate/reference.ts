/**
 * The public facts the demo data is grounded in: reference/chengdu.json (a copy of the researched
 * file, with its sources and confidence notes) read and narrowed to what the generator uses.
 * Only items whose confidence allows it keep their real names here; unconfirmed ones are left out
 * (candidate chains, the UESTC centre whose national status is unconfirmed, unconfirmed
 * disciplines). Everything else in the package is synthetic and says so in its `nameEn`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ENUMS } from "../../domain/enums.js";

type Enum<K extends keyof typeof ENUMS> = (typeof ENUMS)[K][number];

interface RawItem {
  name_zh: string;
  name_en: string;
  kind: string;
  adcode?: string;
  confidence?: string;
  strong_disciplines?: string[];
  strengths?: string[];
  campus_district?: string;
  district?: string;
  host?: string;
  ecosystem_guess?: string;
  founded?: string;
}

interface RawReference {
  admin_divisions: RawItem[];
  functional_zones: RawItem[];
  industrial_chains_confirmed: RawItem[];
  industrial_ecosystems_2023: { items: RawItem[] };
  universities: RawItem[];
  research_institutes_and_labs: RawItem[];
  tech_transfer_institutions: RawItem[];
  associations_alliances: RawItem[];
  events: RawItem[];
  platforms: RawItem[];
  industrial_parks: RawItem[];
}

export interface RefDistrict {
  name: string;
  nameEn: string;
  code: string;
  kind: Enum<"DistrictKind">;
  short: string;
}
export interface RefChain {
  name: string;
  nameEn: string;
  ecosystem: string | undefined;
}
export interface RefInstitution {
  name: string;
  nameEn: string;
  kind: Enum<"InstitutionKind">;
  disciplines: string[];
  place: string | undefined;
  topics: string;
}
export interface RefLab {
  name: string;
  nameEn: string;
  host: string | undefined;
  topics: string;
}
export interface RefAgency {
  name: string;
  nameEn: string;
  kind: Enum<"AgencyKind">;
  level: Enum<"AgencyLevel">;
  foundedYear: number | undefined;
}
export interface RefAlliance {
  name: string;
  nameEn: string;
  kind: Enum<"AllianceKind">;
  since: string;
}
export interface RefPlatform {
  name: string;
  nameEn: string;
  kind: Enum<"PlatformKind">;
  place: string | undefined;
}
export interface RefSeries {
  name: string;
  kind: Enum<"EventKind">;
  from: string;
}

export interface Reference {
  districts: RefDistrict[];
  chains: RefChain[];
  institutions: RefInstitution[];
  labs: RefLab[];
  agencies: RefAgency[];
  alliances: RefAlliance[];
  series: RefSeries[];
  platforms: RefPlatform[];
}

const FILE = fileURLToPath(new URL("./reference/chengdu.json", import.meta.url));

const DISTRICT_KIND: Record<string, Enum<"DistrictKind">> = {
  "district(市辖区)": "DISTRICT",
  "county(县)": "COUNTY",
  "county-level city(县级市)": "COUNTY_LEVEL_CITY",
};
// Functional zones have no GB/T 2260 code: stable pseudo-codes in a range no adcode uses.
const ZONE_CODE: Record<string, [string, string]> = {
  成都高新区: ["519901", "高新"],
  四川天府新区: ["519902", "天府新区"],
  成都东部新区: ["519903", "东部新区"],
};

/** Agencies: kind and level as the reference describes them; levels only where the source says "national". */
const AGENCY: Record<string, [Enum<"AgencyKind">, Enum<"AgencyLevel">]> = {
  国家技术转移西南中心: ["PUBLIC", "NATIONAL"],
  四川省技术转移中心: ["PUBLIC", "UNFILED"],
  先进技术成果西部转化中心: ["PUBLIC", "NATIONAL"],
  四川大学国家技术转移中心: ["UNIVERSITY_OFFICE", "NATIONAL"],
  四川省科学技术信息研究所: ["PUBLIC", "UNFILED"],
  四川大学科技园: ["UNIVERSITY_OFFICE", "NATIONAL"],
};

/** Event series: kind and the first date the series can have a session (from the reference's details). */
const SERIES: Record<string, [Enum<"EventKind">, string]> = {
  "菁蓉汇·校企双进": ["MATCHMAKING", "2019-01-01"],
  "校企双进·找矿挖宝": ["MATCHMAKING", "2023-04-01"],
  "科创天府·智汇蓉城 科技成果对接转化行动": ["MATCHMAKING", "2024-11-18"],
  "蓉漂·科创荟": ["ROADSHOW", "2024-02-04"],
  "蓉漂·农创荟": ["MATCHMAKING", "2024-02-04"],
  科菁荟: ["ROADSHOW", "2019-01-01"],
  "科创中国·天府科技云服务大会": ["FORUM", "2022-01-01"],
  成渝地区高校科技成果转化大会: ["FORUM", "2022-01-01"],
};

const ALLIANCE_SINCE: Record<string, string> = {
  成都市技术经理人协会: "2023-07-01",
  成渝地区双城经济圈技术转移联盟: "2021-04-02",
};

const unconfirmed = (text: string | undefined) => /unconfirmed/i.test(text ?? "");
const cleanName = (name: string) => name.replace(/\s*\(.*\)$/, "").trim();

function institutionKind(item: RawItem): Enum<"InstitutionKind"> {
  if (item.kind.startsWith("university")) return "UNIVERSITY";
  if (/centre|center|new-type/i.test(item.kind)) return "NEW_RD_INSTITUTION";
  return "RESEARCH_INSTITUTE";
}

function readRaw(): RawReference {
  return JSON.parse(readFileSync(FILE, "utf8")) as RawReference;
}

let cached: Reference | undefined;

/** The reference facts, read once. */
export function loadReference(): Reference {
  cached ??= build(readRaw());
  return cached;
}

function build(raw: RawReference): Reference {
  const districts: RefDistrict[] = [
    ...raw.admin_divisions.map((d) => ({
      name: d.name_zh,
      nameEn: d.name_en,
      code: d.adcode ?? "",
      kind: DISTRICT_KIND[d.kind] ?? "DISTRICT",
      short: d.name_zh.replace(/(区|县|市)$/, ""),
    })),
    ...raw.functional_zones.map((z) => {
      const [code, short] = ZONE_CODE[z.name_zh] ?? ["519999", z.name_zh];
      return { name: z.name_zh, nameEn: z.name_en, code, kind: "FUNCTIONAL_ZONE" as const, short };
    }),
  ];
  const ecosystems = new Set(raw.industrial_ecosystems_2023.items.map((e) => e.name_zh));
  const chains = raw.industrial_chains_confirmed.map((c) => {
    // The grouping into ecosystems is the reference's guess; kept only when it names a listed ecosystem.
    const eco = `${(c.ecosystem_guess ?? "").split("/")[0]}产业生态圈`;
    return { name: c.name_zh, nameEn: c.name_en, ecosystem: ecosystems.has(eco) ? eco : undefined };
  });
  const labItems = raw.research_institutes_and_labs.filter((i) => i.kind.includes("lab"));
  const institutions = [
    ...raw.universities.map((u) => ({
      name: u.name_zh,
      nameEn: cleanName(u.name_en),
      kind: "UNIVERSITY" as const,
      disciplines: unconfirmed(u.confidence) ? [] : (u.strong_disciplines ?? []).filter((s) => !unconfirmed(s)),
      place: u.campus_district,
      topics: `${u.name_zh} ${(u.strong_disciplines ?? []).join(" ")}`,
    })),
    ...raw.research_institutes_and_labs
      .filter((i) => !labItems.includes(i))
      .map((i) => ({
        name: i.name_zh,
        nameEn: cleanName(i.name_en),
        kind: institutionKind(i),
        disciplines: (i.strengths ?? []).filter((s) => !s.startsWith("(")),
        place: i.district,
        topics: `${i.name_zh} ${(i.strengths ?? []).join(" ")}`,
      })),
  ];
  const labs = labItems.map((l) => ({
    name: l.name_zh,
    nameEn: l.name_en,
    host: l.host?.replace(/等$/, ""),
    topics: `${l.name_zh} ${(l.strengths ?? []).join(" ")}`,
  }));
  const agencies = raw.tech_transfer_institutions
    .filter((a) => !unconfirmed(a.confidence) && AGENCY[a.name_zh])
    .map((a) => {
      const [kind, level] = AGENCY[a.name_zh]!;
      const founded = /^(\d{4})-/.exec(a.founded ?? "")?.[1];
      return { name: a.name_zh, nameEn: a.name_en, kind, level, foundedYear: founded ? Number(founded) : undefined };
    });
  const alliances = raw.associations_alliances.map((a) => ({
    name: a.name_zh,
    nameEn: a.name_en,
    kind: a.kind === "association" ? ("ASSOCIATION" as const) : ("ALLIANCE" as const),
    since: ALLIANCE_SINCE[a.name_zh] ?? "2019-01-01",
  }));
  const series = raw.events
    .filter((e) => SERIES[e.name_zh])
    .map((e) => ({ name: e.name_zh, kind: SERIES[e.name_zh]![0], from: SERIES[e.name_zh]![1] }));
  // The online service platform 科创通 and the innovation island; the other reference platform
  // entry is a category (filed pilot platforms), which the synthetic platforms stand for. 科创通 is
  // online; the reference pairs it with its offline hall, the 科创岛 in 天府新区, where it is placed.
  const kcT = raw.platforms.find((p) => p.name_zh.startsWith("科创通"));
  const island = raw.industrial_parks.find((p) => p.name_zh === "成都科创生态岛");
  const platforms: RefPlatform[] = [
    ...(kcT
      ? [{ name: "科创通", nameEn: cleanName(kcT.name_en), kind: "SERVICE_PLATFORM" as const, place: island?.district }]
      : []),
    ...(island
      ? [{ name: island.name_zh, nameEn: island.name_en, kind: "INNOVATION_HUB" as const, place: island.district }]
      : []),
  ];
  return { districts, chains, institutions, labs, agencies, alliances, series, platforms };
}
