import type { RelationshipType } from "../../../schema/generated/domain-model.js";
import type { ActorKind } from "../generated/graphql.js";

/** Every actor kind with the words the explorer shows for it; a Record so a new kind fails the type check. */
export const actorKindLabels: Record<ActorKind, string> = {
  MUNICIPALITY: "Municipality",
  CITY_BOARD: "City board",
  CITY_OFFICE: "City office",
  CITY_COMPANY: "City company",
  DISTRICT_BOARD: "District board",
  POSITION: "Position",
  GROUP: "Group",
  GOVERNMENT: "Government",
  REGION: "Region",
  PUBLIC_BODY: "Public body",
  UNIVERSITY: "University",
  RESEARCH_ORGANISATION: "Research organisation",
  COMPANY: "Company",
  FOUNDATION: "Foundation",
  NETWORK: "Network",
  OTHER: "Other",
};

export const actorKinds = Object.keys(actorKindLabels) as ActorKind[];

export function isActorKind(value: string): value is ActorKind {
  return Object.hasOwn(actorKindLabels, value);
}

/** Every relationship type of the domain model with its words; a Record so a new type fails the type check. */
export const relationshipTypeLabels: Record<RelationshipType, string> = {
  PARTICIPATES_IN: "participates in",
  PARTY_TO: "party to",
  MEMBER_OF: "member of",
  PART_OF: "part of",
  COLLABORATES_WITH: "collaborates with",
  FOUNDED: "founded",
  FINANCES: "finances",
  OWNS: "owns",
  RESPONSIBLE_FOR: "responsible for",
  ADOPTS: "adopts",
  COVERS: "covers",
  LOCATED_IN: "located in",
  COMMENTS_ON: "comments on",
};

export const relationshipTypes: string[] = Object.keys(relationshipTypeLabels);

/** The EU framework programmes that CORDIS projects belong to. */
export const programmes = ["H2020", "HORIZON"] as const;

export function describeRelationshipType(type: string): string {
  return relationshipTypeLabels[type as RelationshipType] ?? type.toLowerCase().replaceAll("_", " ");
}
