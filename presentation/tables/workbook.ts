/**
 * Sheets → an .xlsx workbook with exceljs (the library the importer reads workbooks with): one
 * worksheet per sheet, bold frozen header, number formats, column widths. Works in Node and,
 * through exceljs's browser build, in the explorer.
 */
import type ExcelJS from "exceljs";
import { sheetName, type Sheet } from "./sheet.js";

export async function workbookBytes(
  Excel: typeof ExcelJS,
  sheets: readonly Sheet[],
  title: string,
): Promise<Uint8Array> {
  const wb = new Excel.Workbook();
  wb.creator = "TTGraph";
  wb.title = title;
  const used = new Set<string>();
  for (const sheet of sheets) {
    let name = sheetName(sheet.name);
    for (let n = 2; used.has(name); n++) name = sheetName(`${sheet.name.slice(0, 27)} (${n})`);
    used.add(name);
    const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.min(40, Math.max(10, c.header.length * 2 + 2)),
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
