/**
 * One relationship count as a person reads it: "→ 服务 3,473（交易 3,473）", "← 雇佣 1,380（经纪人
 * 1,380）" — direction, relationship, total, and the neighbours per node type when there are
 * several types or the count is big.
 */
import type { TFunction } from "i18next";

export interface RelationCount {
  relType: string;
  direction: string;
  count: number;
  byType: readonly { type: string; count: number }[];
}

export function relationText(t: TFunction, c: RelationCount): string {
  const head = `${t(`dir.${c.direction}`)} ${t(`rels.${c.relType}`, { defaultValue: c.relType })} ${c.count.toLocaleString()}`;
  if (c.byType.length === 0) return head;
  const parts = c.byType.map((b) => `${t(`types.${b.type}`, { defaultValue: b.type })} ${b.count.toLocaleString()}`);
  return `${head}（${parts.join("、")}）`;
}
