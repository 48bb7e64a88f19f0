/** CORDIS's public page of a project, by its CORDIS project id. */
export function cordisProjectUrl(projectId: string): string {
  return `https://cordis.europa.eu/project/id/${encodeURIComponent(projectId)}`;
}

/** Whether a source is a CORDIS export (a relationship read from the European Commission's register). */
export function isCordisSource(source: { id: string; title: string; issuer?: string | null }): boolean {
  return /cordis/i.test(`${source.id} ${source.title} ${source.issuer ?? ""}`);
}
