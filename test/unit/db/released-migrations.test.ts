/**
 * A migration that a database has applied must never change: `migrate` compares the file's
 * checksum with the one recorded in the database and refuses to start on a difference (even a
 * comment edit). This pins the released migrations' checksums so that such an edit fails here,
 * in review, rather than on every existing installation. A new migration gets a new line.
 */
import { describe, expect, it } from "vitest";
import { listMigrations } from "../../../graph-api/src/db/migrate.js";

const RELEASED: Record<string, string> = {
  "001-id-constraints": "7a93d8f0cc83fddab028c6423aa73d8be7d5aa99c1e0265e064a51a808d12667",
  "002-filter-indexes": "8cb38b41482b1e248a0ec05bdf137419eb79a00f3d6fdc9cb7b3df8563d14ba0",
  "003-fulltext-indexes": "1a8b10d533a8f6a5a11eafcf2ca03fe52a872b1c693a5179241c6b68ac60b653",
  "004-analytics-results": "7d4efbc86561af40390928a8915a0f6fa2d9427aba981c72c7d12ca4610828a9",
  "005-keyset-paging-indexes": "899fa68ca37285e08cedf0b2cff3bb93722803458cae0db1a45959cdb5b447c6",
};

describe("released migrations", () => {
  const migrations = listMigrations();
  it.each(Object.entries(RELEASED))("%s is unchanged (write a new migration instead)", (name, checksum) => {
    expect(migrations.find((m) => m.name === name)?.checksum).toBe(checksum);
  });
  it("every migration is listed here once it is released", () => {
    expect(migrations.map((m) => m.name)).toEqual(Object.keys(RELEASED));
  });
});
