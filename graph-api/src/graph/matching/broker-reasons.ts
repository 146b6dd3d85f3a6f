/**
 * The reasons of a broker recommendation in words (Chinese and English): the demand's chains the
 * broker specialises in, the deals it brokered in them, its deals landed in Chengdu and its title,
 * each naming the chain or the figure and where it comes from.
 */
import type { BrokerFeatures } from "./match-scores.js";
import type { Ref } from "./match-results.js";

export interface BrokerReason {
  kind: string;
  chain: Ref | null;
  source: "specialty" | "deals" | "title";
  zh: string;
  en: string;
}

const TITLE_WORDS: Record<string, [string, string]> = {
  JUNIOR: ["初级", "junior"],
  INTERMEDIATE: ["中级", "intermediate"],
  SENIOR: ["高级", "senior"],
};

export function brokerReasons(f: BrokerFeatures, demandChains: Ref[]): BrokerReason[] {
  const byId = new Map(demandChains.map((c) => [c.id, c]));
  const specialties = f.specialties.map((id) => byId.get(id) ?? { id, name: id, type: "IndustryChain" });
  const all = demandChains.map((c) => c.name);
  const out: BrokerReason[] = [];
  if (specialties.length) {
    const names = specialties.map((c) => c.name);
    out.push({
      kind: "specialty",
      chain: specialties[0] ?? null,
      source: "specialty",
      zh: `专长覆盖需求产业链 ${names.join("、")}（${specialties.length}/${f.demandChainCount} 条）`,
      en: `Specialises in the demand's chain${names.length === 1 ? "" : "s"} ${names.join(", ")} (${specialties.length} of ${f.demandChainCount})`,
    });
  }
  if (f.chainDeals > 0)
    out.push({
      kind: "trackRecord",
      chain: demandChains.length === 1 ? (demandChains[0] ?? null) : null,
      source: "deals",
      zh: `在需求产业链 ${all.join("、")} 经纪 ${f.chainDeals} 笔交易`,
      en: `Brokered ${f.chainDeals} deal${f.chainDeals === 1 ? "" : "s"} in the demand's chains ${all.join(", ")}`,
    });
  if (f.chengduDeals > 0)
    out.push({
      kind: "chengduDeals",
      chain: null,
      source: "deals",
      zh: `${f.chengduDeals} 笔经纪交易的买方在成都`,
      en: `${f.chengduDeals} brokered deal${f.chengduDeals === 1 ? "" : "s"} with a buyer in Chengdu`,
    });
  const title = TITLE_WORDS[f.titleLevel];
  if (title)
    out.push({ kind: "title", chain: null, source: "title", zh: `职称：${title[0]}`, en: `Title: ${title[1]}` });
  return out;
}
