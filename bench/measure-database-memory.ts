import type { Driver } from "neo4j-driver";

/** The database JVM's heap, from its own JMX bean, in MB. */
export interface DatabaseMemory {
  heapUsedMb: number;
  heapCommittedMb: number;
  heapMaxMb: number;
}

export async function measureDatabaseMemory(
  driver: Driver,
  database: string,
): Promise<DatabaseMemory | { error: string }> {
  try {
    const result = await driver.executeQuery(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
      {},
      { database },
    );
    const heap = result.records[0]?.get("heap") as Record<string, number>;
    const mb = (value: unknown) => Math.round(Number(value) / 2 ** 20);
    return { heapUsedMb: mb(heap.used), heapCommittedMb: mb(heap.committed), heapMaxMb: mb(heap.max) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
