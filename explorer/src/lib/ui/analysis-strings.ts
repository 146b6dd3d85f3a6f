/** Strings shared by the analysis views (journey, alliance, flows, KPIs, gaps, matching). */
import { registerTranslations } from "../i18n";

registerTranslations({
  zh: {
    analysis: {
      loading: "正在加载…",
      empty: "没有可显示的数据。",
      error: "出错了：",
      apiDown: "无法连接服务器或数据库，请稍后重试。",
      retry: "重试",
      period: "时间段",
      from: "从",
      to: "至",
      apply: "应用",
      signIn: {
        title: "需要联盟权限",
        text: "此视图显示联盟内部数据，需要角色为 alliance 的令牌。开发环境中可运行：",
        placeholder: "粘贴令牌（JWT）",
        save: "登录",
        signOut: "退出登录",
        signedIn: "已使用令牌登录",
      },
    },
  },
  en: {
    analysis: {
      loading: "Loading…",
      empty: "Nothing to show.",
      error: "Error:",
      apiDown: "The server or database cannot be reached. Please retry later.",
      retry: "Retry",
      period: "Period",
      from: "From",
      to: "To",
      apply: "Apply",
      signIn: {
        title: "Alliance role needed",
        text: "This view shows the alliance's internal data and needs a token with role alliance. For development, run:",
        placeholder: "Paste a token (JWT)",
        save: "Sign in",
        signOut: "Sign out",
        signedIn: "Signed in with a token",
      },
    },
  },
});
