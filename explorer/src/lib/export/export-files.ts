/**
 * Files a view exports: its chart (SVG as drawn; PNG rasterised from that SVG at twice the size)
 * and its table (CSV, or XLSX through exceljs's browser build, loaded on first use).
 */
import { sheetCsv, type Sheet } from "../../../../presentation/tables/sheet";
import { workbookBytes } from "../../../../presentation/tables/workbook";
import { download } from "./download";

export interface ChartPicture {
  svg: string;
  width: number;
  height: number;
}

export function downloadSvg(picture: ChartPicture, name: string): void {
  download(picture.svg, name, "image/svg+xml;charset=utf-8");
}

/** PNG of an SVG drawing on a white background. */
export function svgToPng(picture: ChartPicture, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([picture.svg], { type: "image/svg+xml;charset=utf-8" }));
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = Math.ceil(picture.width * scale);
      canvas.height = Math.ceil(picture.height * scale);
      const g = canvas.getContext("2d")!;
      g.fillStyle = "#ffffff";
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(img, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png");
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error("the chart could not be drawn as PNG"));
    };
    img.src = url;
  });
}

export function downloadCsv(sheet: Sheet, name: string): void {
  download(sheetCsv(sheet), name, "text/csv;charset=utf-8");
}

export async function downloadXlsx(sheets: Sheet[], name: string, title: string): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const bytes = await workbookBytes(ExcelJS, sheets, title);
  download(
    new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    name,
  );
}
