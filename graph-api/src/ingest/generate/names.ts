/**
 * Building blocks of synthetic Chinese organisation names: a two-character trade name (字号)
 * drawn from characters common in Chinese firm names, and the legal forms. The names look
 * plausible but are made up; every synthetic node also says so in its `nameEn`.
 */
import type { Rng } from "./random.js";

const BRAND_CHARS = [
  ..."瑞华创新智科泰恒达信宏远鑫盛兴博睿源联天成和安嘉骏锐晟芯微云数海星辰光晶纳航力维康德利通捷腾飞景蓉锦川蜀峰岭越拓启明卓铭优诺",
];

/** A two-character trade name (字号) such as 瑞芯 or 蜀拓. */
export function brand(rng: Rng): string {
  const a = rng.pick(BRAND_CHARS);
  let b = rng.pick(BRAND_CHARS);
  if (b === a) b = rng.pick(BRAND_CHARS);
  return a + b;
}

export const FIRM_FORMS = ["科技有限公司", "技术有限公司", "股份有限公司", "有限责任公司", "科技股份有限公司"];

export const AGENCY_WORDS = ["技术转移", "知识产权运营", "科技服务", "成果转化服务", "技术经纪", "科技咨询"];

/** Short name of an institution for lab and office names: 四川大学 stays, long CAS names are cut. */
export function shortInstitutionName(name: string): string {
  return name
    .replace(/^中国科学院、水利部/, "中科院")
    .replace(/^中国科学院/, "中科院")
    .replace(/股份有限公司$|有限公司$/, "");
}
