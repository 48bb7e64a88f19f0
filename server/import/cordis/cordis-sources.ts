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
