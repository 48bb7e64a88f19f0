/** The Funding & Tenders Portal's topic export as a Source node: every Call links to it. */
export const callSource = {
  id: "ft-horizon-topics",
  title: "EU Funding & Tenders Portal: Horizon Europe call topics",
  kind: "DATASET",
  issuer: "European Commission",
  url: "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/calls-for-proposals",
  licence: "Reuse with acknowledgement, Commission Decision 2011/833/EU",
  attribution: "Source: EU Funding & Tenders Portal, European Commission",
  note: "Topic records of the portal's search API; status and deadline as of each topic's lastSeen.",
};
