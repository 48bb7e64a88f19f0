/**
 * What other features may use of the analysis: networks as the explorer draws them, and the
 * graph's fingerprint, which changes with every import and edit. Everything else in this folder is
 * its own.
 */
export { assembleNetwork, type Network } from "./assemble-network.js";
export { graphFingerprint } from "./collaboration-projection.js";
