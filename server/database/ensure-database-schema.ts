import type { Driver } from "neo4j-driver";
import { nodeLabels } from "../../schema/generated/domain-model.js";
import { deletedLabels } from "../model/visibility.js";

/** Constraints and indexes, all idempotent (IF NOT EXISTS), created at every start. */
export const schemaStatements = [
  ...nodeLabels.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  // Deleted nodes, found without reading every node (a network's degrees leave out ties to them).
  ...deletedLabels.map(
    (label) => `CREATE INDEX ${label.toLowerCase()}_deleted_at IF NOT EXISTS FOR (n:${label}) ON (n.deletedAt)`,
  ),
  "CREATE INDEX actor_cordis_id IF NOT EXISTS FOR (n:Actor) ON (n.cordisId)",
  "CREATE INDEX actor_ror_id IF NOT EXISTS FOR (n:Actor) ON (n.rorId)",
  "CREATE INDEX actor_vat_number IF NOT EXISTS FOR (n:Actor) ON (n.vatNumber)",
  "CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)",
  "CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.nameKey)",
  "CREATE INDEX project_programme IF NOT EXISTS FOR (n:Project) ON (n.programme)",
  "CREATE INDEX project_rcn IF NOT EXISTS FOR (n:Project) ON (n.rcn)",
  // Organisations of the Horizon 2020 history that no export names: not actors, never shown (see plan-history-batch).
  "CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX organisation_cordis_id IF NOT EXISTS FOR (n:Organisation) ON (n.cordisId)",
  `CREATE FULLTEXT INDEX search_text IF NOT EXISTS
   FOR (n:Actor|Project|Agreement|Strategy|Place)
   ON EACH [n.name, n.nameEn, n.shortName, n.aliases, n.acronym, n.title, n.objective, n.topics]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  // Projects alone, for the consortium finder's topical match: actors' names would crowd out projects in search_text.
  `CREATE FULLTEXT INDEX project_text IF NOT EXISTS
   FOR (n:Project) ON EACH [n.title, n.objective, n.acronym, n.topics, n.call]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
];

/** Creates the uniqueness constraints and indexes, and waits until they are online. */
export async function ensureDatabaseSchema(driver: Driver, database: string): Promise<void> {
  for (const statement of schemaStatements) {
    // A cold database on a busy machine may take longer than the default timeout to create one.
    await driver.executeQuery(statement, {}, { database, transactionConfig: { timeout: 120_000 } });
  }
  // Populating full-text indexes over existing data outlasts the default transaction timeout.
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database, transactionConfig: { timeout: 310_000 } });
}
