import { prepareBenchDb } from "/work/main/test/bench/api/bench-db.ts";
const scale = (process.argv[2] ?? "demo") as "demo" | "city";
const { driver } = await prepareBenchDb(scale, 2024, console.log);
const r = await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS c");
console.log("entities", r.records[0]?.get("c"));
await driver.close();
