/** A CORDIS dataset as a Source node: one per framework programme. */
export interface CordisSource {
  id: string;
  title: string;
  kind: "DATASET";
  issuer: string;
  licence: string;
  attribution: string;
  url: string | null;
}

const known: Record<string, { id: string; title: string; url: string }> = {
  H2020: {
    id: "cordis-h2020",
    title: "CORDIS – EU research projects under Horizon 2020 (2014–2020)",
    url: "https://data.europa.eu/data/datasets/cordish2020projects",
  },
  HORIZON: {
    id: "cordis-horizon-europe",
    title: "CORDIS – EU research projects under Horizon Europe (2021–2027)",
    url: "https://data.europa.eu/data/datasets/cordis-eu-research-projects-under-horizon-europe-2021-2027",
  },
};

/** The Source a project of this framework programme (`H2020`, `HORIZON`, `FP7`…) comes from. */
export function cordisSource(programme: string): CordisSource {
  const entry = known[programme.toUpperCase()];
  return {
    id: entry?.id ?? `cordis-${programme.toLowerCase()}`,
    title: entry?.title ?? `CORDIS – EU research projects under ${programme}`,
    kind: "DATASET",
    issuer: "European Commission (CORDIS)",
    licence: "CC BY 4.0",
    attribution: "Source: CORDIS, European Commission",
    url: entry?.url ?? null,
  };
}

/**
 * The Horizon 2020 participation history as a Source: the CORDIS organisations export of one date,
 * reduced to who took part in which project (no names, titles or grant ids).
 */
export function cordisHistorySource(exportDate: string): CordisSource {
  return {
    id: `cordis-h2020-history-${exportDate}`,
    title: `CORDIS – Horizon 2020 participations (export of ${exportDate})`,
    kind: "DATASET",
    issuer: "European Commission (CORDIS)",
    licence: "CC BY 4.0",
    attribution: `Source: CORDIS, European Commission (Horizon 2020 export of ${exportDate}, via zambujo/eunets)`,
    url: "https://data.europa.eu/data/datasets/cordish2020projects",
  };
}
