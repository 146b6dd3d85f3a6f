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
      indicator: "指标",
      ahead:
        "计划未分解区县目标：按全市目标在各区（市）县及功能区平均分配（每区 {{share}}），{{ahead}} 个达到，{{behind}} 个未达到。",
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
      indicator: "Indicator",
      ahead:
        "The plan sets no district targets: the city target split evenly over the districts and zones ({{share}} each) — {{ahead}} reach their share, {{behind}} do not.",
      labels: {
        TALENTS: "Talents trained or introduced",
        TITLED_BROKERS: "Brokers with intermediate+ title",
        FILED_AGENCIES: "Filed agencies",
        TRAINING_EVENTS: "Training events",
      },
    },
  },
});
