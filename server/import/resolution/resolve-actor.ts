import { containsWords, nameKey } from "./name-key.js";

/** An actor that was not made from CORDIS (its id does not start with `cordis-`), with its name keys. */
export interface CuratedActor {
  id: string;
  name: string;
  country: string | null;
  /** The VAT number the actor is registered under, where known: another VAT number is another legal entity. */
  vatNumber?: string | null;
  keys: string[];
}

/** Curated actors by name key, and by their keys' words, to find equal and overlapping names fast. */
export interface CuratedIndex {
  byKey: Map<string, CuratedActor[]>;
  byWord: Map<string, Array<{ key: string; actor: CuratedActor }>>;
}

/** Existing actors by CORDIS organisation id and by VAT number, as the database (and this batch) know them. */
export interface KnownActors {
  byCordisId: Map<string, string>;
  byVatNumber: Map<string, string>;
}

/** What resolution reads of an organisation from a source (a CORDIS participation row, say). */
export interface OrganisationToResolve {
  cordisId: string;
  name: string;
  vatNumber: string | null;
  country: string | null;
}

/** A resolution that needs a person: the CORDIS actor may be the curated one. */
export interface Candidate {
  curatedId: string;
  rule: string;
  score: number;
}

export interface Resolution {
  actorId: string;
  /** `own` for the organisation's own `cordis-<id>` node; otherwise how it matched an existing actor. */
  rule: "own" | "cordisId" | "vatNumber" | `name:${string}`;
  candidates: Candidate[];
}

/** Curated actors are assumed Swedish unless they say otherwise: the graph is Stockholm's. */
const curatedDefaultCountry = "SE";

const countryCode = (country: string | null) => {
  const upper = (country ?? curatedDefaultCountry).trim().toUpperCase();
  return upper === "SWEDEN" || upper === "SVERIGE" ? "SE" : upper;
};

const vatKey = (vat: string | null | undefined) => (vat ?? "").replace(/[\s.-]/g, "").toUpperCase();

/** True when both carry a VAT number and the numbers differ: two legal entities, whatever their names. */
const otherLegalEntity = (actor: CuratedActor, organisation: OrganisationToResolve) =>
  vatKey(actor.vatNumber) !== "" &&
  vatKey(organisation.vatNumber) !== "" &&
  vatKey(actor.vatNumber) !== vatKey(organisation.vatNumber);

const sameCountry = (actor: CuratedActor, organisation: OrganisationToResolve) =>
  organisation.country === null || countryCode(actor.country) === countryCode(organisation.country);

/** The id a CORDIS organisation's own node gets. */
export const cordisActorId = (organisationId: string) => `cordis-${organisationId}`;

/** Indexes curated actors by the name keys of their name, nameEn, shortName and aliases. */
export function indexCuratedActors(
  actors: Array<Omit<CuratedActor, "keys"> & { names: Array<string | null> }>,
): CuratedIndex {
  const index: CuratedIndex = { byKey: new Map(), byWord: new Map() };
  for (const { names, ...rest } of actors) {
    const actor = { ...rest, keys: [...new Set(names.map(nameKey).filter((key) => key !== ""))] };
    for (const key of actor.keys) {
      index.byKey.set(key, [...(index.byKey.get(key) ?? []), actor]);
      for (const word of new Set(key.split(" "))) {
        index.byWord.set(word, [...(index.byWord.get(word) ?? []), { key, actor }]);
      }
    }
  }
  return index;
}

const wordCount = (key: string) => key.split(" ").length;
const overlapScore = (a: string, b: string) =>
  Math.round((Math.min(wordCount(a), wordCount(b)) / Math.max(wordCount(a), wordCount(b))) * 100) / 100;

/**
 * Curated actors that may be this organisation but are not merged, where a reviewer could agree:
 * the same name under another VAT number (one organisation registered twice, or two), a name
 * several curated actors share, or one name (of two words or more) inside the other while neither
 * VAT number contradicts it. An organisation in another country, or a longer name under another
 * VAT number (a subsidiary, a holding company), is another legal entity: no candidate.
 */
function findCandidates(key: string, organisation: OrganisationToResolve, curated: CuratedIndex): Candidate[] {
  const found = new Map<string, Candidate>();
  const add = (curatedId: string, rule: string, score: number) => {
    if ((found.get(curatedId)?.score ?? -1) < score) found.set(curatedId, { curatedId, rule, score });
  };
  const same = curated.byKey.get(key) ?? [];
  for (const actor of same.filter((actor) => sameCountry(actor, organisation))) {
    const rule = otherLegalEntity(actor, organisation)
      ? "same-name-other-vat"
      : same.length > 1
        ? "same-name-ambiguous"
        : "same-name";
    add(actor.id, rule, 1);
  }
  const words = key.split(" ");
  for (const word of new Set(words)) {
    for (const entry of curated.byWord.get(word) ?? []) {
      if (!sameCountry(entry.actor, organisation) || otherLegalEntity(entry.actor, organisation)) continue;
      if (wordCount(entry.key) >= 2 && containsWords(key, entry.key))
        add(entry.actor.id, "name-contains", overlapScore(key, entry.key));
      if (words.length >= 2 && word === words[0] && containsWords(entry.key, key)) {
        add(entry.actor.id, "name-contained-in", overlapScore(key, entry.key));
      }
    }
  }
  return [...found.values()];
}

/**
 * Finds the node a CORDIS organisation belongs on: an actor with its CORDIS id, else one with its
 * VAT number, else the one curated actor (of a compatible country) whose name key equals its name's
 * and whose VAT number, if both have one, is the same; else its own `cordis-<id>` node, with the
 * curated actors it may be as candidates. Remembers new nodes in `known` so that later rows of the
 * batch agree.
 */
export function resolveOrganisation(
  organisation: OrganisationToResolve,
  known: KnownActors,
  curated: CuratedIndex,
): Resolution {
  const own = cordisActorId(organisation.cordisId);
  const byId = known.byCordisId.get(organisation.cordisId);
  if (byId && byId !== own) return { actorId: byId, rule: "cordisId", candidates: [] };
  const byVat = organisation.vatNumber ? known.byVatNumber.get(organisation.vatNumber) : undefined;
  if (!byId && byVat && byVat !== own) return { actorId: byVat, rule: "vatNumber", candidates: [] };
  const key = nameKey(organisation.name);
  if (!byId) {
    const same = (curated.byKey.get(key) ?? []).filter((actor) => sameCountry(actor, organisation));
    if (same.length === 1 && (curated.byKey.get(key) ?? []).length === 1 && !otherLegalEntity(same[0], organisation)) {
      return { actorId: same[0].id, rule: `name:${key}`, candidates: [] };
    }
  }
  known.byCordisId.set(organisation.cordisId, own);
  if (organisation.vatNumber && !known.byVatNumber.has(organisation.vatNumber))
    known.byVatNumber.set(organisation.vatNumber, own);
  return {
    actorId: own,
    rule: "own",
    candidates: key === "" ? [] : findCandidates(key, organisation, curated),
  };
}
