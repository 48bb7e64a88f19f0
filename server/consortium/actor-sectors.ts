/** The parts of a consortium that calls ask for, by actor kind. */
export type Sector = "research" | "industry" | "public" | "other";

const sectorByKind: Record<string, Sector> = {
  UNIVERSITY: "research",
  RESEARCH_ORGANISATION: "research",
  COMPANY: "industry",
  CITY_COMPANY: "industry",
  MUNICIPALITY: "public",
  CITY_BOARD: "public",
  CITY_OFFICE: "public",
  DISTRICT_BOARD: "public",
  GOVERNMENT: "public",
  REGION: "public",
  PUBLIC_BODY: "public",
};

/** The sector of an actor kind; foundations, networks, groups and the rest are "other". */
export function sectorOf(kind: string | null | undefined): Sector {
  return (kind && sectorByKind[kind]) || "other";
}
