/** Save a Blob or text as a file through a temporary link (works offline, no server round trip). */
export function download(content: Blob | string, filename: string, mime = "text/plain;charset=utf-8"): void {
  const blob = typeof content === "string" ? new Blob([content], { type: mime }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

/** `ttgraph-20261128-0905` style stem for export file names. */
export function fileStem(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `ttgraph-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
}
