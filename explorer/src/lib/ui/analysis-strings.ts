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
      prev: "上一页",
      next: "下一页",
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
        problems: {
          format: "这不是一个令牌（JWT）：请粘贴 npx ttgraph token 输出的整行文字。",
          expired: "令牌已过期（{{at}}），请重新生成一个。",
          role: "该令牌没有联盟权限（角色：{{roles}}），需要 alliance 或 admin 角色。",
          refused: "服务器拒绝了该令牌：{{message}}（签名不符：可能由另一台服务器的密钥签发）。",
        },
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
      prev: "Previous",
      next: "Next",
      period: "Period",
      from: "From",
      to: "To",
      apply: "Apply",
      signIn: {
        title: "Alliance role needed",
        text: "This view shows the alliance's internal data and needs a token with role alliance. For development, run:",
        placeholder: "Paste a token (JWT)",
        problems: {
          format: "This is not a token (JWT): paste the whole line printed by npx ttgraph token.",
          expired: "The token has expired ({{at}}); mint a new one.",
          role: "The token has no alliance rights (roles: {{roles}}); it needs role alliance or admin.",
          refused:
            "The server refused the token: {{message}} (the signature does not match: it may come from another server's key).",
        },
        save: "Sign in",
        signOut: "Sign out",
        signedIn: "Signed in with a token",
      },
    },
  },
});
