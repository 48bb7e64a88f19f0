/**
 * What other parts of the server may use of editing: its resolvers, the index its history needs,
 * and how a change is recorded (which imports share, so that they keep and record editors' work
 * the same way). Everything else in this folder is its own.
 */
export { editingResolvers } from "./resolvers.js";
export { ensureHistoryIndex } from "./ensure-history-index.js";
export { snapshot } from "./record-change.js";
export { relationshipId } from "./relationship-id.js";
export { relationshipSnapshot } from "./store-relationship.js";
