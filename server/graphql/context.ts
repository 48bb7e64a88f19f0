import type { Driver } from "neo4j-driver";

/** What every resolver receives: the driver and the database to use. */
export interface RequestContext {
  driver: Driver;
  sessionConfig: { database: string };
}
