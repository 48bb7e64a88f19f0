import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../config.js";

/** The SDL files of the contract, in a fixed order: the domain model first. */
export const schemaFiles = [
  "samverkan.graphql",
  "analysis.graphql",
  "consortium.graphql",
  "calls.graphql",
  "editing.graphql",
];

/** Reads the project's SDL from `schema/`. */
export function readTypeDefs(): string {
  return schemaFiles.map((file) => fs.readFileSync(path.join(projectRoot, "schema", file), "utf8")).join("\n");
}
