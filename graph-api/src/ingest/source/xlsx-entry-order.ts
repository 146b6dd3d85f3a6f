/**
 * exceljs's streaming WorkbookReader reads the zip front to back and needs the workbook, its
 * relationships, the shared strings and the styles BEFORE the first worksheet; files written by
 * some tools (exceljs itself among them) put workbook.xml last, and the reader then fails. Such a
 * file is re-streamed with its entries reordered (stored, not recompressed) — still streaming, one
 * entry at a time, never the whole file in memory.
 */
import { PassThrough, type Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { entryStream, listEntries, openZip, type ZipEntry } from "./zip-entries.js";

const FIRST = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml"];
const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The workbook as exceljs can stream it: the path itself when the order is fine, else a reordered stream. */
export async function xlsxInput(path: string): Promise<string | Readable> {
  const zip = await openZip(path);
  const list = await listEntries(zip);
  const firstSheet = list.findIndex((e) => SHEET.test(e.fileName));
  const lateHeader = list.some((e, i) => FIRST.includes(e.fileName) && firstSheet >= 0 && i > firstSheet);
  if (!lateHeader) {
    zip.close();
    return path;
  }
  const sheetNo = (e: ZipEntry): number => Number(SHEET.exec(e.fileName)?.[1] ?? 0);
  const ordered = [
    ...FIRST.flatMap((name) => list.filter((e) => e.fileName === name)),
    ...list.filter((e) => SHEET.test(e.fileName)).sort((a, b) => sheetNo(a) - sheetNo(b)),
  ];
  const archive = new ZipArchive({ store: true });
  void (async () => {
    try {
      for (const entry of ordered) archive.append(await entryStream(zip, entry), { name: entry.fileName });
      await archive.finalize();
    } catch (e) {
      archive.destroy(e as Error);
    } finally {
      archive.once("end", () => zip.close());
    }
  })();
  // archiver's streams are not node:stream instances, which exceljs insists on.
  return archive.pipe(new PassThrough());
}
