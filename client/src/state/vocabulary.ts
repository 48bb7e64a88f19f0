import type { RelationshipType } from "../../../schema/generated/domain-model.js";
import type { ActorKind } from "../generated/graphql.js";
import { t, tDynamic } from "../i18n/i18n.js";

/** Every actor kind, in the order the filters list them; a Record so a new kind fails the type check. */
const kindOrder: Record<ActorKind, number> = {
  MUNICIPALITY: 0,
  CITY_BOARD: 1,
  CITY_OFFICE: 2,
  CITY_COMPANY: 3,
  DISTRICT_BOARD: 4,
  POSITION: 5,
  GROUP: 6,
  GOVERNMENT: 7,
  REGION: 8,
  PUBLIC_BODY: 9,
  UNIVERSITY: 10,
  RESEARCH_ORGANISATION: 11,
  COMPANY: 12,
  FOUNDATION: 13,
  NETWORK: 14,
  OTHER: 15,
};

export const actorKinds = Object.keys(kindOrder) as ActorKind[];

export function isActorKind(value: string): value is ActorKind {
  return Object.hasOwn(kindOrder, value);
}

/** The words for an actor kind in the current language. */
export function describeKind(kind: ActorKind): string {
  return t(`kinds.${kind}`);
}

/**
 * The relationship types that the filters offer, in their order; typed by the domain model
 * (schema/generated/domain-model.ts), so a type the SDL does not declare fails the type check.
 */
export const relationshipTypes: string[] = [
  "PARTICIPATES_IN",
  "PARTY_TO",
  "MEMBER_OF",
  "PART_OF",
  "COLLABORATES_WITH",
  "FOUNDED",
  "FINANCES",
  "OWNS",
  "RESPONSIBLE_FOR",
  "ADOPTS",
  "COVERS",
  "LOCATED_IN",
  "COMMENTS_ON",
  "PROPOSES",
  "CONSULTS",
  "REFERS_TO",
  "REPORTS_TO",
  "SUPPORTS",
  "ADVOCATES_TO",
  "COORDINATES_WITH",
  "CONCERNS",
] satisfies RelationshipType[];

/** The relationship type an organisation view draws between two partners. */
export const sharedTieType = "SHARES";

/** The EU framework programmes that CORDIS projects belong to. */
export const programmes = ["H2020", "HORIZON"] as const;

/** A relationship type as a label ("member of"); a type the catalogue lacks in lower case. */
export function describeRelationshipType(type: string): string {
  return tDynamic(`relationships.${type}`, type.toLowerCase().replaceAll("_", " "));
}

/** A relationship type as the verb of a sentence whose subject is the source ("is a member of"). */
export function relationshipVerb(type: string): string {
  return tDynamic(`verbs.${type}`, describeRelationshipType(type));
}
