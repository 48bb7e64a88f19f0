import type { Driver } from "neo4j-driver";
import type { ActionType } from "../generated/resolvers-types.js";
import { parseTopic, type TopicQuery } from "./parse-topic.js";
import { readCallCatalogue, type CatalogueCall } from "./read-call-catalogue.js";

/** The topic a call stands for: its title and description, its code, its families and its type of action. */
export function callTopic(call: CatalogueCall): TopicQuery {
  const title = String(call.object.title);
  const parsed = parseTopic(`${title}\n${String(call.object.description ?? "")}`);
  return {
    ...parsed,
    codes: [call.id.toUpperCase()],
    call: {
      id: call.id,
      title,
      actionType: call.actionType as ActionType | null,
      families: call.families.map((family) => family.id),
    },
  };
}

/** The call of the graph whose id a text is (case-insensitively), or null. */
export async function findCall(driver: Driver, database: string, text: string): Promise<CatalogueCall | null> {
  const id = text.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/.test(id)) return null;
  const catalogue = await readCallCatalogue(driver, database);
  return (
    catalogue.calls.get(text.trim()) ??
    [...catalogue.calls.values()].find((call) => call.id.toUpperCase() === id) ??
    null
  );
}

/**
 * Reads a topic argument: a call's id stands for the call itself (its text, code, families and type
 * of action); anything else is free text or topic codes, as {@link parseTopic} reads it.
 */
export async function resolveTopic(
  driver: Driver,
  database: string,
  topic: string,
  argument = "topic",
): Promise<TopicQuery> {
  const call = await findCall(driver, database, topic);
  return call ? callTopic(call) : parseTopic(topic, argument);
}
