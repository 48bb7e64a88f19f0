import { CURATED_FILES, type CuratedGraph } from "./curated-types.js";
import type { SeedGraph, SeedNode } from "./write-graph.js";

const mentions = (evidence: CuratedGraph["actors"][number]["evidence"], confidence?: string) =>
  evidence.map((item) => ({ sourceId: item.source, locator: item.locator, quote: item.quote, confidence }));

/** Maps the curated YAML collections onto the labels and properties of the domain model. */
export function toSeedGraph(graph: CuratedGraph): SeedGraph {
  const nodes: SeedNode[] = [
    ...graph.sources.map(({ id, ...properties }) => ({
      label: "Source" as const,
      file: CURATED_FILES.sources,
      id,
      properties,
    })),
    ...graph.actors.map(({ id, evidence, founded, foundedConfidence, registeredIn, ...properties }) => ({
      label: "Actor" as const,
      file: CURATED_FILES.actors,
      id,
      properties: { ...properties, foundedYear: founded, foundedYearConfidence: foundedConfidence, curated: true },
      mentions: [
        ...mentions(evidence, properties.confidence),
        ...(registeredIn
          ? [{ sourceId: registeredIn.source, locator: registeredIn.locator, quote: properties.legalName }]
          : []),
      ],
    })),
    ...graph.places.map(({ id, evidence, ...properties }) => ({
      label: "Place" as const,
      file: CURATED_FILES.places,
      id,
      properties,
      mentions: mentions(evidence),
    })),
    ...graph.strategies.map(({ id, evidence, ...properties }) => ({
      label: "Strategy" as const,
      file: CURATED_FILES.strategies,
      id,
      properties,
      mentions: mentions(evidence),
    })),
    ...graph.agreements.map(({ id, evidence, ...properties }) => ({
      label: "Agreement" as const,
      file: CURATED_FILES.agreements,
      id,
      properties,
      mentions: mentions(evidence),
    })),
    ...graph.projects.map(({ id, evidence, ...properties }) => ({
      label: "Project" as const,
      file: CURATED_FILES.projects,
      id,
      properties,
      mentions: mentions(evidence, properties.confidence),
    })),
  ];
  const relationships = graph.relationships.map(({ from, type, to, source, ...properties }) => ({
    type,
    from,
    to,
    properties: { ...properties, sourceId: source },
    file: CURATED_FILES.relationships,
  }));
  return { nodes, relationships };
}
