/**
 * What other parts of the server may use of open calls: their resolvers, the warming of their
 * caches after start-up, and how a call topic's code names its call and families (which the calls
 * import shares). Everything else in this folder is its own.
 */
export { callsResolvers } from "./resolvers.js";
export { warmCallCaches } from "./warm-call-caches.js";
export { callOf, familiesOf, type CallFamilies } from "./call-families.js";
