import type { ActionType } from "../generated/resolvers-types.js";
import type { Sector } from "./actor-sectors.js";

/**
 * Who may apply together for one Horizon Europe type of action: the consortium's smallest and
 * largest number of independent legal entities, how many different eligible countries (EU member
 * states or associated countries) they must be established in, whether one must be a member state,
 * which kinds of partner the rule itself names, and where the rule is stated.
 *
 * @remarks `verified: false` marks a rule as this code reads it from the cited text without its
 * exact words at hand: the check says so beside its findings. A call's own conditions may deviate;
 * the portal's topic page always has the last word.
 */
export interface ActionRule {
  /** False when the type of action has no consortium rule at all (prizes: the rules of contest). */
  consortium: boolean;
  minEntities: number;
  /** 1 for single-beneficiary actions; null for no upper limit. */
  maxEntities: number | null;
  /** Different eligible countries the entities must be established in. */
  minCountries: number;
  /** At least one entity established in an EU member state. */
  memberState: boolean;
  /** Kinds of partner the rule names, each with how many independent entities of it. */
  sectors: Partial<Record<Exclude<Sector, "other">, number>>;
  /** Where the rule is stated. */
  statedIn: string;
  verified: boolean;
}

const generalAnnexes = "Horizon Europe Work Programme 2025, General Annexes, B. Eligibility";
const mscaProgramme =
  "Horizon Europe Work Programme 2025, 2. Marie Skłodowska-Curie Actions, the action's eligibility conditions";
const eicProgramme =
  "Horizon Europe Work Programme 2025, European Innovation Council Work Programme, the instrument's eligibility conditions";

const threeCountries = {
  consortium: true,
  minEntities: 3,
  maxEntities: null,
  minCountries: 3,
  memberState: true,
  sectors: {},
};
const single = { consortium: true, minEntities: 1, maxEntities: 1, minCountries: 1, memberState: false, sectors: {} };

/** The rule of every type of action the call catalogue holds. */
export const actionRules: Record<ActionType, ActionRule> = {
  RIA: { ...threeCountries, statedIn: generalAnnexes, verified: true },
  IA: { ...threeCountries, statedIn: generalAnnexes, verified: true },
  CSA: {
    consortium: true,
    minEntities: 1,
    maxEntities: null,
    minCountries: 1,
    memberState: false,
    sectors: {},
    statedIn: generalAnnexes,
    verified: true,
  },
  PCP: {
    ...threeCountries,
    sectors: { public: 2 },
    statedIn: `${generalAnnexes}, and the specific conditions for pre-commercial procurement: a buyers group of at least two public procurers from two different member states or associated countries`,
    verified: false,
  },
  PPI: {
    ...threeCountries,
    sectors: { public: 2 },
    statedIn: `${generalAnnexes}, and the specific conditions for public procurement of innovative solutions: a buyers group of at least two public procurers from two different member states or associated countries`,
    verified: false,
  },
  COFUND: {
    ...threeCountries,
    statedIn: `${generalAnnexes}, and the conditions for programme co-fund actions (programme owners or managers)`,
    verified: false,
  },
  MSCA_DN: { ...threeCountries, statedIn: `${mscaProgramme} (Doctoral Networks)`, verified: false },
  MSCA_SE: {
    consortium: true,
    minEntities: 3,
    maxEntities: null,
    minCountries: 2,
    memberState: false,
    sectors: {},
    statedIn: `${mscaProgramme} (Staff Exchanges: three independent legal entities in three different countries, two of them in member states or associated countries)`,
    verified: false,
  },
  MSCA_PF: {
    ...single,
    statedIn: `${mscaProgramme} (Postdoctoral Fellowships: one host organisation)`,
    verified: false,
  },
  MSCA_COFUND: { ...single, statedIn: `${mscaProgramme} (COFUND: one applicant)`, verified: false },
  EIC_PATHFINDER: { ...threeCountries, statedIn: `${eicProgramme} (Pathfinder Open)`, verified: false },
  EIC_PATHFINDER_CHALLENGE: {
    consortium: true,
    minEntities: 1,
    maxEntities: null,
    minCountries: 1,
    memberState: false,
    sectors: {},
    statedIn: `${eicProgramme} (Pathfinder Challenges: a single legal entity or a consortium)`,
    verified: false,
  },
  EIC_TRANSITION: {
    consortium: true,
    minEntities: 1,
    maxEntities: 5,
    minCountries: 1,
    memberState: false,
    sectors: {},
    statedIn: `${eicProgramme} (Transition: a single legal entity or a consortium of two to five)`,
    verified: false,
  },
  EIC_ACCELERATOR: {
    ...single,
    sectors: { industry: 1 },
    statedIn: `${eicProgramme} (Accelerator: a single company, a start-up or SME)`,
    verified: false,
  },
  PRIZE: {
    consortium: false,
    minEntities: 1,
    maxEntities: null,
    minCountries: 0,
    memberState: false,
    sectors: {},
    statedIn: "the prize's Rules of Contest, published with its topic",
    verified: true,
  },
};

/** Every type of action with a rule. */
export const actionTypes = Object.keys(actionRules) as ActionType[];

/**
 * The ActionType of a Funding & Tenders portal's type of action ("HORIZON  Research and Innovation
 * Actions", "HORIZON TMA MSCA Doctoral Networks", "HORIZON EIC Grants"…), with the topic code for
 * the EIC's grants, which name the instrument only there. Null for a type without a known rule
 * (cascade funding, EIC equity-only calls, an empty field).
 */
export function actionOfTypeOfAction(typeOfAction: string | null, topic = ""): ActionType | null {
  const text = (typeOfAction ?? "").toLowerCase().replace(/\s+/g, " ");
  const code = topic.toUpperCase();
  if (text.includes("research and innovation action")) return "RIA";
  if (text.includes("coordination and support action")) return "CSA";
  if (text.includes("pre-commercial procurement")) return "PCP";
  if (text.includes("public procurement of innovative solutions")) return "PPI";
  if (text.includes("msca doctoral network")) return "MSCA_DN";
  if (text.includes("msca staff exchange")) return "MSCA_SE";
  if (text.includes("msca postdoctoral fellowship")) return "MSCA_PF";
  if (text.includes("msca cofund")) return "MSCA_COFUND";
  if (text.includes("cofund")) return "COFUND";
  if (text.includes("prize")) return "PRIZE";
  if (text.includes("eic accelerator")) return "EIC_ACCELERATOR";
  if (text.includes("eic grants")) {
    if (code.includes("PATHFINDEROPEN")) return "EIC_PATHFINDER";
    if (code.includes("PATHFINDERCHALLENGE")) return "EIC_PATHFINDER_CHALLENGE";
    if (code.includes("TRANSITION")) return "EIC_TRANSITION";
    return null;
  }
  if (/\binnovation actions?\b/.test(text)) return "IA";
  return null;
}

/**
 * The ActionType of a CORDIS project's funding scheme (HORIZON-RIA, HORIZON-JU-IA, EURATOM-CSA,
 * HORIZON-TMA-MSCA-DN-ID, HORIZON-EIC-ACC-BF…); null for schemes without one of these rules (ERC,
 * EIC Pathfinder and Transition alike under HORIZON-EIC, KICs).
 */
export function actionOfFundingScheme(scheme: string | null): ActionType | null {
  const code = (scheme ?? "").toUpperCase();
  const last = code.replace(/^(HORIZON|EURATOM)-(JU-)?/, "");
  if (last === "RIA" || last === "IA" || last === "CSA" || last === "PCP" || last === "PPI" || last === "COFUND")
    return last;
  if (last.startsWith("TMA-MSCA-DN")) return "MSCA_DN";
  if (last.startsWith("TMA-MSCA-SE")) return "MSCA_SE";
  if (last.startsWith("TMA-MSCA-PF")) return "MSCA_PF";
  if (last.startsWith("TMA-MSCA-COFUND")) return "MSCA_COFUND";
  if (last.startsWith("EIC-ACC")) return "EIC_ACCELERATOR";
  return null;
}
