/** Strings of the plan-KPI view. */
import { registerTranslations } from "../../../lib/i18n";

registerTranslations({
  zh: {
    views: { kpi: "规划指标" },
    kpi: {
      title: "三年行动计划目标进度",
      window: "统计窗口",
      overall: "全市进度",
      byDistrict: "分区（市）县",
      district: "区（市）县",
      met: "已达标",
      remaining: "尚差 {{n}}",
      stock: "存量指标，不随窗口变化",
      unassigned: "未归属区县：{{n}}",
      outside: "市外",
      labels: {
        TALENTS: "培养引进人才",
        TITLED_BROKERS: "中级及以上职称经纪人",
        FILED_AGENCIES: "备案技术转移机构",
        TRAINING_EVENTS: "实训活动",
      },
    },
  },
  en: {
    views: { kpi: "Plan KPIs" },
    kpi: {
      title: "Progress toward the three-year plan's targets",
      window: "Window",
      overall: "City-wide progress",
      byDistrict: "By district",
      district: "District",
      met: "met",
      remaining: "{{n}} to go",
      stock: "stock indicator, independent of the window",
      unassigned: "no district: {{n}}",
      outside: "outside Chengdu",
      labels: {
        TALENTS: "Talents trained or introduced",
        TITLED_BROKERS: "Brokers with intermediate+ title",
        FILED_AGENCIES: "Filed agencies",
        TRAINING_EVENTS: "Training events",
      },
    },
  },
});
