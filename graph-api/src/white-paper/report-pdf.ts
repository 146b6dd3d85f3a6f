/**
 * The white paper as PDF: the same HTML printed by headless Chromium (playwright-core driving the
 * Chromium at CHROMIUM_PATH), A4 with page numbers. Chromium runs in its own process; it is
 * started per document and closed afterwards, so nothing stays running in the API.
 */
import { chromium } from "playwright-core";
import { reportTitle } from "./report-html.js";

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"];
/** Longest a rendering may take before it is given up. */
const RENDER_TIMEOUT_MS = 60_000;

export async function renderReportPdf(html: string, year: number, chromiumPath: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ARGS, timeout: RENDER_TIMEOUT_MS });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    // the page is self-contained: refuse every request it might make
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:7px;width:100%;text-align:right;padding-right:14mm;color:#8a93a0;font-family:'Noto Sans CJK SC',sans-serif">${reportTitle(year)}</div>`,
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#8a93a0;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      margin: { top: "16mm", bottom: "16mm", left: "14mm", right: "14mm" },
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
