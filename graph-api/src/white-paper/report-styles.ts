/** The white paper's stylesheet: A4 print, screen, and phone widths (tables scroll, cards wrap). */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1d232b; font-size: 12px; line-height: 1.6; background: #fff; }
main { max-width: 760px; margin: 0 auto; padding: 16px; }
.cover { border-bottom: 3px solid #16325c; padding: 8px 0 12px; margin-bottom: 12px; }
.cover__org { color: #16325c; font-weight: 600; letter-spacing: 2px; }
.cover h1 { font-size: 26px; margin: 6px 0 2px; color: #16325c; }
.cover__sub { color: #5b6472; }
.section { margin-top: 18px; }
.section--page { break-before: page; }
h2 { font-size: 18px; color: #16325c; border-left: 5px solid #16325c; padding-left: 8px; margin: 18px 0 8px; break-after: avoid; }
h3 { font-size: 14px; margin: 14px 0 6px; break-after: avoid; }
.lead { font-size: 13px; }
.note { color: #5b6472; font-size: 11px; margin: 4px 0; }
.note.warn { color: #9a3412; font-weight: 600; }
.formula { font-size: 11px; background: #f4f6f9; border-left: 3px solid #2f5d9b; padding: 4px 8px; }
.cards { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; }
.card { border: 1px solid #d7dde6; border-radius: 6px; padding: 6px 10px; break-inside: avoid; }
.card__label { color: #5b6472; font-size: 11px; }
.card__value { font-size: 20px; font-weight: 700; color: #16325c; font-variant-numeric: tabular-nums; }
.card__change { font-size: 11px; }
.card__change.up { color: #2e7d32; } .card__change.down { color: #c62828; } .card__change.flat { color: #5b6472; }
.card__prev { font-size: 10px; color: #8a93a0; }
.chart { margin: 6px 0; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; display: block; }
.map-row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 8px; align-items: start; }
.map-row > *, .two-col > * { min-width: 0; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
.report-table { border-collapse: collapse; width: 100%; font-size: 10.5px; }
.report-table th, .report-table td { border-bottom: 1px solid #e3e7ee; padding: 2px 5px; text-align: left; }
.report-table td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.report-table thead th { background: #f4f6f9; color: #39414d; font-weight: 600; white-space: normal; vertical-align: bottom; }
.report-table th.sortable { cursor: pointer; }
.report-table th[aria-sort="descending"]::after { content: " ▼"; } .report-table th[aria-sort="ascending"]::after { content: " ▲"; }
.report-table tr { break-inside: avoid; }
.two-col { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 12px; }
.definitions dt { font-weight: 600; } .definitions dd { margin: 0 0 4px 1.5em; }
ul { padding-left: 1.4em; }
@media (max-width: 640px) {
  main { padding: 10px; }
  .cover h1 { font-size: 20px; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .map-row, .two-col { grid-template-columns: 1fr; }
}
@media print { main { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
`;
