import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvRecords, CsvSyntaxError } from "../../../../graph-api/src/ingest/source/csv-records.js";
import { csvLine } from "../../../../graph-api/src/ingest/format/csv-line.js";

async function all(text: string) {
  const out: { line: number; cells: string[] }[] = [];
  for await (const r of csvRecords(Readable.from([Buffer.from(text)]))) out.push(r);
  return out;
}

describe("csvRecords", () => {
  it("numbers each record by the physical line it starts on (BOM, CRLF, blank lines, multi-line cells)", async () => {
    const text = '\ufeffid,summary\r\nA,"one\r\ntwo"\r\n\r\nB,x\r\nC,"say ""hi"""\r\n';
    expect(await all(text)).toEqual([
      { line: 1, cells: ["id", "summary"] },
      { line: 2, cells: ["A", "one\r\ntwo"] },
      { line: 5, cells: ["B", "x"] },
      { line: 6, cells: ["C", 'say "hi"'] },
    ]);
  });

  it("keeps rows with a different number of cells (validation reports them)", async () => {
    expect(await all("a,b\n1\n1,2,3\n")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1"] },
      { line: 3, cells: ["1", "2", "3"] },
    ]);
  });

  it("raises CsvSyntaxError with a line for an unclosed quote", async () => {
    await expect(all('a,b\n1,"open\n2,3\n')).rejects.toBeInstanceOf(CsvSyntaxError);
  });

  it("refuses text that is not UTF-8 (a GBK file from Excel), naming the line", async () => {
    const gbk = Buffer.concat([Buffer.from("id,name\nA,"), Buffer.from([0xb3, 0xc9, 0xb6, 0xbc]), Buffer.from("\n")]); // 成都 in GBK
    const records = csvRecords(Readable.from([gbk]));
    await expect(
      (async () => {
        for await (const _ of records) {
          /* read */
        }
      })(),
    ).rejects.toMatchObject({ line: 2, message: 'not UTF-8 text (in Excel, save as "CSV UTF-8")' });
  });

  it("csvLine quotes only cells that need it and round-trips", async () => {
    const cells = ["plain", "a,b", 'q"q', "line\nbreak", ""];
    const line = csvLine(cells);
    expect(line).toBe('plain,"a,b","q""q","line\nbreak",\n');
    expect((await all(line))[0]?.cells).toEqual(cells);
  });
});
