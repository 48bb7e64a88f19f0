import type { Driver } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { cachePerVersion } from "../../server/model/cache-per-version.js";

const driver = {} as Driver;

/** A read that counts its calls and resolves when told to. */
function controlledRead() {
  const calls: string[] = [];
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const read = (_driver: Driver, database: string, version: string) => {
    calls.push(`${database}@${version}`);
    return new Promise<{ version: string }>((resolve, reject) =>
      pending.push({ resolve: () => resolve({ version }), reject }),
    );
  };
  return { read, calls, pending };
}

describe("a value cached per graph version", () => {
  it("is read once for callers of one version, and again for a new version", async () => {
    const { read, calls, pending } = controlledRead();
    const cached = cachePerVersion(read);
    const first = cached(driver, "neo4j", "1");
    const second = cached(driver, "neo4j", "1");
    pending[0]!.resolve();
    expect(await first).toEqual({ version: "1" });
    expect(await second).toBe(await first);
    expect(await cached(driver, "neo4j", "1")).toBe(await first);
    const newer = cached(driver, "neo4j", "2");
    pending[1]!.resolve();
    expect(await newer).toEqual({ version: "2" });
    expect(calls).toEqual(["neo4j@1", "neo4j@2"]);
  });

  it("keeps no failed read", async () => {
    const { read, calls, pending } = controlledRead();
    const cached = cachePerVersion(read);
    const failing = cached(driver, "neo4j", "1");
    pending[0]!.reject(new Error("database unavailable"));
    await expect(failing).rejects.toThrow("database unavailable");
    const again = cached(driver, "neo4j", "1");
    pending[1]!.resolve();
    expect(await again).toEqual({ version: "1" });
    expect(calls).toEqual(["neo4j@1", "neo4j@1"]);
  });

  it("answers the callers of a read that a newer version replaced while it ran", async () => {
    const { read, pending } = controlledRead();
    const cached = cachePerVersion(read);
    const older = cached(driver, "neo4j", "1");
    const newer = cached(driver, "neo4j", "2");
    pending[1]!.resolve();
    pending[0]!.resolve();
    expect(await older).toEqual({ version: "1" });
    expect(await newer).toEqual({ version: "2" });
  });
});
