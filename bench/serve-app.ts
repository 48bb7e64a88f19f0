import { createApp } from "../server/app.js";
import { readConfig } from "../server/config.js";
import { warmCaches } from "../server/warm-caches.js";
import { createDriver } from "../server/database/driver.js";

/**
 * The real API (createApp) as its own process on a free port, for the bench: it prints its URL,
 * answers "rss" on IPC with its peak RSS, and stops on "stop".
 */
const uri = process.env.BENCH_NEO4J_URI;
if (!uri) throw new Error("serve-app: BENCH_NEO4J_URI is not set");
const config = {
  ...readConfig({ RESPONSE_CACHE_SECONDS: process.env.RESPONSE_CACHE_SECONDS }),
  port: 0,
  neo4jDatabase: process.env.BENCH_NEO4J_DATABASE || "neo4j",
};
const driver = createDriver(uri, "neo4j", process.env.BENCH_NEO4J_PASSWORD);
const app = await createApp(config, driver);
// As server/main.ts does: caches are prepared while the first requests are on their way; the
// bench is told when they are ready, so that a measurement can leave out the server's start-up work.
const warm = warmCaches(driver, config.neo4jDatabase);
const url = await app.listen(0);
process.stdout.write(`listening ${url}\n`);
void warm.then(() => process.stdout.write("warm\n"));
process.on("message", async (message) => {
  if (message === "rss") {
    process.send?.({
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    });
  } else if (message === "stop") {
    await app.close();
    await driver.close();
    process.exit(0);
  }
});
