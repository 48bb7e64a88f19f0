/**
 * What other parts of the server may use of the analysis: networks as the explorer draws them, the
 * graph's fingerprint, which changes with every import and edit, its resolvers and the warming of
 * its caches. Everything else in this folder is
 * its own.
 */
export { assembleNetwork, type Network } from "./assemble-network.js";
export { graphFingerprint } from "./collaboration-projection.js";
export { analysisResolvers } from "./resolvers.js";
export type { CollaborationModel } from "./find-collaborators.js";
export { warmAnalysisCaches } from "./warm-caches.js";
