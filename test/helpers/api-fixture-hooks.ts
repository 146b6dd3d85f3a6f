/**
 * Vitest hooks for a test file that runs API servers on the API fixture: the test database reset
 * and seeded (api-fixture.ts) before the file's tests; every server started stopped, the database
 * reset and the driver closed after them.
 */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import { seedApiFixture } from "./api-fixture.js";
import { startTestApi, type TestApi } from "./api-server.js";
import { resetDatabase, testDriver } from "./neo4j.js";

export interface ApiFixture {
  /** The test driver (available from the file's first hook on). */
  driver(): Driver;
  /** Start an API server (stopped after the file); `apiDriver` replaces the test driver for it. */
  start(
    overrides?: Record<string, string>,
    extra?: Parameters<typeof startTestApi>[2],
    apiDriver?: Driver,
  ): Promise<TestApi>;
}

export function useApiFixture(extraBrokers = 0): ApiFixture {
  let driver: Driver | undefined;
  const started: TestApi[] = [];
  beforeAll(async () => {
    driver = testDriver();
    await resetDatabase(driver);
    await seedApiFixture(driver, extraBrokers);
  });
  afterAll(async () => {
    for (const a of started) await a.stop();
    if (driver) await resetDatabase(driver);
    await driver?.close();
  });
  const current = () => {
    if (!driver) throw new Error("useApiFixture: the driver is opened in beforeAll");
    return driver;
  };
  return {
    driver: current,
    async start(overrides = {}, extra = {}, apiDriver) {
      const a = await startTestApi(apiDriver ?? current(), overrides, extra);
      started.push(a);
      return a;
    },
  };
}
