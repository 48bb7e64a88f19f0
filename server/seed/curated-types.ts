/**
 * Types and value sets of the curated graph (seeds/curated/*.yaml): sources, actors, places,
 * strategies, agreements, projects and the relationships between them.
 * The SDL's own (actor kinds, confidences, relationship types) come from the domain model.
 */
import { enumValues, relationshipTypes, type RelationshipType } from "../../schema/generated/domain-model.js";
import type { ActorKind, Confidence, Status } from "../generated/resolvers-types.js";

export const CONFIDENCES = enumValues.Confidence;
export const SOURCE_KINDS = [
  "DECISION",
  "STATEMENT",
  "CONSULTATION_RESPONSE",
  "PROPOSAL",
  "FACT_SHEET",
  "WEB_PAGE",
  "REGISTRY",
] as const;
export const LANGUAGES = ["sv", "en"] as const;
export const ACTOR_KINDS = enumValues.ActorKind;
export const PLACE_KINDS = ["CITY", "DISTRICT", "AREA", "REGION", "COUNTRY"] as const;
export const STRATEGY_KINDS = [
  "STRATEGY",
  "SUB_STRATEGY",
  "FOCUS_AREA",
  "PROGRAMME",
  "MANAGEMENT_SYSTEM",
  "FUNDING_PROGRAMME",
  "ASSIGNMENT",
  "BUDGET",
] as const;
export const AGREEMENT_KINDS = ["PARTNERSHIP", "PARTNER_AGREEMENT", "MEMBERSHIP", "OTHER"] as const;
/** `deadline`: the date is a deadline (the event happened or is to happen by that day), not its day. */
export const DATE_PRECISIONS = ["year", "month", "day", "deadline"] as const;
/** Absent means IN_EFFECT: the source states the fact as holding (the Status enum of the SDL). */
export const STATUSES = enumValues.Status;
export const RELATIONSHIP_TYPES = relationshipTypes;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Language = (typeof LANGUAGES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type StrategyKind = (typeof STRATEGY_KINDS)[number];
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** Where a node is named or a fact about it is stated: a verbatim quote from a source's document. */
export interface Evidence {
  source: string;
  locator: string;
  quote: string;
}

export interface CuratedSource {
  id: string;
  title: string;
  /** An actor id, or a free-text name when the issuer is not an actor. */
  issuer: string;
  date?: string;
  datePrecision?: DatePrecision;
  reference?: string;
  kind: SourceKind;
  /** File name in seeds/documents; required for every source that is quoted. */
  document?: string;
  language: Language;
  licence?: string;
  note?: string;
}

export interface CuratedActor {
  id: string;
  name: string;
  nameEn?: string;
  shortName?: string;
  kind: ActorKind;
  aliases: string[];
  rorId?: string;
  founded?: number;
  /** How certain `founded` is, where it is less than stated. */
  foundedConfidence?: Confidence;
  country: string;
  city?: string;
  hei2015?: boolean;
  confidence?: Confidence;
  status?: Status;
  /** CORDIS organisationID, VAT number and registered name, as a row of the registry shows them. */
  cordisId?: string;
  vatNumber?: string;
  legalName?: string;
  /** Where cordisId, vatNumber and legalName come from: a registry source and the row in it. */
  registeredIn?: Registration;
  evidence: Evidence[];
}

/** A registry row that gives an actor's identifiers (not a quote: registries are checked by id). */
export interface Registration {
  source: string;
  locator: string;
}

export interface CuratedPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  evidence: Evidence[];
}

export interface CuratedStrategy {
  id: string;
  name: string;
  nameEn?: string;
  kind: StrategyKind;
  status?: Status;
  evidence: Evidence[];
}

export interface CuratedAgreement {
  id: string;
  name: string;
  kind: AgreementKind;
  validFrom?: string;
  validUntil?: string;
  evidence: Evidence[];
}

export interface CuratedProject {
  id: string;
  acronym?: string;
  title: string;
  cordisId?: string;
  confidence?: Confidence;
  evidence: Evidence[];
}

export interface CuratedRelationship {
  from: string;
  type: RelationshipType;
  to: string;
  since?: string;
  until?: string;
  datePrecision?: DatePrecision;
  role?: string;
  confidence?: Confidence;
  status?: Status;
  source: string;
  locator: string;
  quote: string;
  /** facts-public-sources only: the original source named in its table. */
  citedSource?: string;
}

export interface CuratedGraph {
  sources: CuratedSource[];
  actors: CuratedActor[];
  places: CuratedPlace[];
  strategies: CuratedStrategy[];
  agreements: CuratedAgreement[];
  projects: CuratedProject[];
  relationships: CuratedRelationship[];
}

export type CuratedCollection = keyof CuratedGraph;
export type NodeCollection = Exclude<CuratedCollection, "sources" | "relationships">;

/** The YAML file that holds each collection (projects.yaml may be absent). */
export const CURATED_FILES: Record<CuratedCollection, string> = {
  sources: "sources.yaml",
  actors: "actors.yaml",
  places: "places.yaml",
  strategies: "strategies.yaml",
  agreements: "agreements.yaml",
  projects: "projects.yaml",
  relationships: "relationships.yaml",
};

/** The node kinds (by collection) that each relationship type may connect, from → to. */
export const ALLOWED_ENDPOINTS: Record<RelationshipType, ReadonlyArray<readonly [NodeCollection, NodeCollection]>> = {
  PART_OF: [
    ["actors", "actors"],
    ["strategies", "strategies"],
    ["places", "places"],
  ],
  MEMBER_OF: [["actors", "actors"]],
  FOUNDED: [["actors", "actors"]],
  FINANCES: [["actors", "actors"]],
  OWNS: [["actors", "actors"]],
  COLLABORATES_WITH: [["actors", "actors"]],
  PARTY_TO: [["actors", "agreements"]],
  COVERS: [["agreements", "strategies"]],
  RESPONSIBLE_FOR: [
    ["actors", "strategies"],
    ["actors", "agreements"],
  ],
  LOCATED_IN: [
    ["actors", "places"],
    ["agreements", "places"],
    ["projects", "places"],
  ],
  ADOPTS: [["actors", "strategies"]],
  PARTICIPATES_IN: [["actors", "projects"]],
  COMMENTS_ON: [["actors", "strategies"]],
  PROPOSES: [
    ["actors", "strategies"],
    ["actors", "actors"],
  ],
  CONSULTS: [
    ["actors", "actors"],
    ["actors", "strategies"],
  ],
  REFERS_TO: [["strategies", "strategies"]],
  REPORTS_TO: [["actors", "actors"]],
  SUPPORTS: [["actors", "actors"]],
  ADVOCATES_TO: [["actors", "actors"]],
  COORDINATES_WITH: [["strategies", "strategies"]],
  CONCERNS: [["strategies", "actors"]],
};

/**
 * The shape of one field: a value set, or one of the named checks. A trailing "?" in the field
 * name of FIELD_RULES marks the field optional.
 */
export type FieldRule =
  | readonly string[]
  | "id"
  | "text"
  | "date"
  | "year"
  | "bool"
  | "texts"
  | "evidence"
  | "registration"
  | "country"
  | "ror"
  | "digits"
  | "vat";

const EVIDENCE_FIELD = { evidence: "evidence" } as const;

/** Field rules per collection; evidence entries use FIELD_RULES.evidence. */
export const FIELD_RULES: Record<CuratedCollection | "evidence" | "registration", Record<string, FieldRule>> = {
  sources: {
    id: "id",
    title: "text",
    issuer: "text",
    "date?": "date",
    "datePrecision?": DATE_PRECISIONS,
    "reference?": "text",
    kind: SOURCE_KINDS,
    "document?": "text",
    language: LANGUAGES,
    "licence?": "text",
    "note?": "text",
  },
  actors: {
    id: "id",
    name: "text",
    "nameEn?": "text",
    "shortName?": "text",
    kind: ACTOR_KINDS,
    aliases: "texts",
    "rorId?": "ror",
    "founded?": "year",
    "foundedConfidence?": CONFIDENCES,
    country: "country",
    "city?": "text",
    "hei2015?": "bool",
    "confidence?": CONFIDENCES,
    "status?": STATUSES,
    "cordisId?": "digits",
    "vatNumber?": "vat",
    "legalName?": "text",
    "registeredIn?": "registration",
    ...EVIDENCE_FIELD,
  },
  places: { id: "id", name: "text", kind: PLACE_KINDS, ...EVIDENCE_FIELD },
  strategies: {
    id: "id",
    name: "text",
    "nameEn?": "text",
    kind: STRATEGY_KINDS,
    "status?": STATUSES,
    ...EVIDENCE_FIELD,
  },
  agreements: {
    id: "id",
    name: "text",
    kind: AGREEMENT_KINDS,
    "validFrom?": "date",
    "validUntil?": "date",
    ...EVIDENCE_FIELD,
  },
  projects: {
    id: "id",
    "acronym?": "text",
    title: "text",
    "cordisId?": "digits",
    "confidence?": CONFIDENCES,
    ...EVIDENCE_FIELD,
  },
  relationships: {
    from: "id",
    type: RELATIONSHIP_TYPES,
    to: "id",
    "since?": "date",
    "until?": "date",
    "datePrecision?": DATE_PRECISIONS,
    "role?": "text",
    "confidence?": CONFIDENCES,
    "status?": STATUSES,
    source: "id",
    locator: "text",
    quote: "text",
    "citedSource?": "text",
  },
  evidence: { source: "id", locator: "text", quote: "text" },
  registration: { source: "id", locator: "text" },
};
