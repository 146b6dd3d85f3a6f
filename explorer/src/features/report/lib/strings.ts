/** Strings of the annual report view. */
import { registerTranslations } from "../../../lib/i18n";

registerTranslations({
  zh: {
    views: { report: "年度报告" },
    report: {
      title: "年度白皮书",
      year: "年度",
      download: "下载",
      generating: "正在生成 {{year}} 年度报告……城市规模的数据约需 10–30 秒。",
      downloading: "正在生成 {{format}} 文件……",
      busy: "服务器正在生成另一份报告，请几秒后重试。",
      failed: "报告未能生成：",
      apiDown: "无法连接服务器，请稍后重试。",
      retry: "重试",
      hint: "报告内容为中文（白皮书正文）；界面语言可切换。也可在命令行运行：",
      frame: "{{year}} 年度白皮书",
    },
  },
  en: {
    views: { report: "Annual report" },
    report: {
      title: "Annual white paper",
      year: "Year",
      download: "Download",
      generating: "Generating the {{year}} report… about 10–30 s on city-scale data.",
      downloading: "Generating the {{format}} file…",
      busy: "The server is generating another report; retry in a few seconds.",
      failed: "The report could not be generated:",
      apiDown: "The server cannot be reached. Please retry later.",
      retry: "Retry",
      hint: "The white paper itself is in Chinese; the interface language can be switched. From the command line:",
      frame: "White paper {{year}}",
    },
  },
});
