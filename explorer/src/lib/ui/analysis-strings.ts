/** Strings shared by the analysis views (journey, alliance, flows, KPIs, gaps, matching). */
import { registerTranslations } from "../i18n";

registerTranslations({
  zh: {
    analysis: {
      loading: "正在加载…",
      empty: "没有可显示的数据。",
      error: "出错了：",
      apiDown: "无法连接服务器或数据库，请稍后重试。",
      timeout: "查询用时过长，已停止。请缩短时间段或减少分组后重试。",
      tooHeavy: "数据库暂时无法完成这个查询（所需内存过多）。请缩短时间段后重试。",
      serverError: "服务器未能完成这个查询，请稍后重试；如仍失败，请联系管理员查看服务器日志。",
      badInput: "输入有误：",
      updating: "正在更新…",
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
      timeout: "The query took too long and was stopped. Choose a shorter period or fewer groups and retry.",
      tooHeavy:
        "The database cannot complete this query right now (it needs too much memory). Choose a shorter period and retry.",
      serverError:
        "The server could not complete this query. Retry later; if it keeps failing, ask the administrator to check the server log.",
      badInput: "Invalid input:",
      updating: "Updating…",
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
