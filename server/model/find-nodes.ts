import type { Driver, ManagedTransaction, Node } from "neo4j-driver";
import { nodeLabels } from "../../schema/generated/domain-model.js";
import { notFound } from "./errors.js";
import { domainModel } from "./read-domain-model.js";

/** The labels of the nodes a network starts from: every domain label but Source (documents are evidence). */
const networkLabels = nodeLabels.filter((label) => label !== "Source");

/** Finds the element ids of nodes by their `id`, across the domain labels; unknown ids are an error. */
export async function findElementIds(driver: Driver, database: string, ids: string[]): Promise<Map<string, string>> {
  const result = await driver.executeQuery(
    `UNWIND $ids AS wanted
     CALL (wanted) { ${networkLabels.map((label) => `MATCH (n:${label} {id: wanted}) RETURN n`).join(" UNION ")} }
     WITH wanted, n WHERE n.deletedAt IS NULL
     RETURN wanted, elementId(n) AS elementId`,
    { ids },
    { database, routing: "READ" },
  );
  const found = new Map(
    result.records.map((record) => [record.get("wanted") as string, record.get("elementId") as string]),
  );
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw notFound(missing);
  return found;
}

/** A node of any domain label by its id, deleted ones included; one index lookup per label. */
export async function findNode(tx: ManagedTransaction, id: string): Promise<Node | undefined> {
  const branches = [...domainModel().nodes.keys()]
    .map((label) => `MATCH (n:${label} {id: $id}) RETURN n`)
    .join(" UNION ");
  const result = await tx.run(`CALL () { ${branches} } RETURN n LIMIT 1`, { id });
  return result.records[0]?.get("n");
}

/** Like {@link findNode}, but a missing or deleted node is NOT_FOUND. */
export async function findLiveNode(tx: ManagedTransaction, id: string): Promise<Node> {
  const node = await findNode(tx, id);
  if (!node || node.properties.deletedAt != null) throw notFound(id);
  return node;
}
