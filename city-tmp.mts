import { chromium } from "playwright-core";
const base = "http://127.0.0.1:4611";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
const page = await b.newPage({ viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
page.on("pageerror", (e) => console.log("pageerror", e.message));
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log("console", m.type(), m.text().slice(0, 200)); });
await page.goto(`${base}/?n=AGN-001248`);
await page.waitForFunction(() => (window as any).__ttgraphCy?.main?.nodes().length === 1, undefined, { timeout: 60000 });
await page.waitForTimeout(800);
const t0 = Date.now();
// double-click the hub
const p = await page.evaluate(() => { const cy = (window as any).__ttgraphCy.main; const n = cy.getElementById("AGN-001248"); const r = cy.container().getBoundingClientRect(); const q = n.renderedPosition(); return { x: r.left + q.x, y: r.top + q.y }; });
await page.mouse.dblclick(p.x, p.y);
await page.getByTestId("expand-note").waitFor({ timeout: 60000 });
console.log("expand note:", await page.getByTestId("expand-note").innerText(), Date.now() - t0, "ms");
await page.waitForTimeout(1500);
console.log("nodes", await page.evaluate(() => (window as any).__ttgraphCy.main.nodes().map((n: any) => n.data("label")).filter((l: string) => /个/.test(l))));
await page.screenshot({ path: "/tmp/i11/shots/city-hub.png" });
// select the deals group
const gid = await page.evaluate(() => (window as any).__ttgraphCy.main.nodes().filter((n: any) => n.id().includes("|SERVED|"))[0]?.id());
console.log("group", gid);
if (gid) {
  const g = await page.evaluate((id) => { const cy = (window as any).__ttgraphCy.main; const n = cy.getElementById(id); const r = cy.container().getBoundingClientRect(); const q = n.renderedPosition(); return { x: r.left + q.x, y: r.top + q.y }; }, gid);
  await page.mouse.click(g.x, g.y);
  await page.getByTestId("group-table").waitFor();
  await page.waitForTimeout(2500);
  console.log("group total:", await page.getByTestId("group-total").innerText());
  await page.screenshot({ path: "/tmp/i11/shots/city-group.png" });
}
// search 蓉 and 科技
for (const q of ["蓉", "科技"]) {
  await page.getByTestId("search-input").fill(q);
  await page.getByTestId("search-total").waitFor({ timeout: 30000 });
  await page.waitForTimeout(300);
  console.log(q, await page.getByTestId("search-summary").innerText());
  console.log(q, (await page.getByRole("option").allInnerTexts()).slice(0, 8));
}
await page.screenshot({ path: "/tmp/i11/shots/city-search.png" });
await b.close();
