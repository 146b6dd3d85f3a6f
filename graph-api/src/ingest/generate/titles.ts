/**
 * Result titles packed into 32 bits (chain, kind, object, method, suffix, number) so that the deals
 * family can rebuild a result's title for the deal name without keeping 600,000 strings in memory.
 */
import { chainLabel, METHODS, PATENT_SUFFIXES, topicsOf } from "./chain-topics.js";
import type { Rng } from "./random.js";

export const RESULT_KINDS = [
  "INVENTION_PATENT",
  "UTILITY_PATENT",
  "SOFTWARE",
  "PLANT_VARIETY",
  "KNOW_HOW",
  "OTHER",
] as const;
const SOFTWARE_FORMS = ["智能管理软件", "数据分析平台", "辅助设计软件", "在线监测系统"];
const VARIETY_WORDS = ["香", "丰", "优", "农", "禾", "川"];

/** Draw title parts for a result of `kind` (index in RESULT_KINDS) in chain `chain` and pack them. */
export function drawTitle(rng: Rng, chain: number, chainName: string, kind: number): number {
  const object = rng.int(0, topicsOf(chainName).objects.length - 1);
  const method = rng.int(0, METHODS.length - 1);
  const suffix = rng.int(0, 7);
  const num = rng.int(1, 255);
  return ((chain << 24) | (kind << 21) | (object << 16) | (method << 11) | (suffix << 8) | num) >>> 0;
}

export function titleChain(code: number): number {
  return code >>> 24;
}

/** The title of a packed code, given the chain names in index order. */
export function titleOf(code: number, chainNames: readonly string[]): string {
  const chainName = chainNames[code >>> 24] ?? "";
  const kind = (code >>> 21) & 7;
  const objects = topicsOf(chainName).objects;
  const object = objects[((code >>> 16) & 31) % objects.length]!;
  const method = METHODS[((code >>> 11) & 31) % METHODS.length]!;
  const suffix = (code >>> 8) & 7;
  const num = code & 255;
  switch (RESULT_KINDS[kind]) {
    case "SOFTWARE":
      return `${object}${SOFTWARE_FORMS[suffix % SOFTWARE_FORMS.length]}V${(num % 9) + 1}.0`;
    case "PLANT_VARIETY":
      return `蓉${VARIETY_WORDS[suffix % VARIETY_WORDS.length]}${num}号`;
    case "KNOW_HOW":
      return `${object}关键工艺技术秘密`;
    case "OTHER":
      return `${method.replace(/的$/, "")}${object}技术方案`;
    default:
      return `一种${method}${object}${PATENT_SUFFIXES[suffix % PATENT_SUFFIXES.length]}`;
  }
}

/** A one-sentence summary of a result. */
export function summaryOf(code: number, chainNames: readonly string[], trl: number): string {
  const chainName = chainNames[code >>> 24] ?? "";
  return `面向${chainLabel(chainName)}产业链，${titleOf(code, chainNames)}，技术成熟度${trl}级，可开展转让、许可或合作开发。`;
}
