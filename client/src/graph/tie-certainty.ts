import type { Confidence, Status } from "../generated/graphql.js";
import { t } from "../i18n/i18n.js";

/** How a tie's certainty shows on the canvas. */
export interface TieStyle {
  /** Proposed or intended, not decided: drawn dashed. */
  dashed: boolean;
  /** Reconstructed or unverified, not stated: drawn lighter. */
  faded: boolean;
}

export interface TieCertainty {
  status: Status;
  confidence: Confidence;
  /** `deadline` when the tie's end date is a deadline (a consultation's reply date), not its end. */
  datePrecision?: string | null;
}

const undecided: ReadonlySet<Status> = new Set<Status>(["PROPOSED", "INTENDED"]);
const unstated: ReadonlySet<Confidence> = new Set<Confidence>(["RECONSTRUCTED", "UNVERIFIED"]);

/** Whether a tie is drawn dashed (not decided) and lighter (not stated); a decided, stated tie is drawn plainly. */
export function tieStyle(tie: TieCertainty): TieStyle {
  return { dashed: undecided.has(tie.status), faded: unstated.has(tie.confidence) };
}

/**
 * The sentences that say how far from decided and stated a tie is, and that its end date is only a
 * deadline; none for a tie in effect as stated.
 */
export function describeCertainty(tie: TieCertainty): string[] {
  const words: Record<Status, string | null> = {
    PROPOSED: t("certainty.proposed"),
    INTENDED: t("certainty.intended"),
    DECIDED: null,
    IN_EFFECT: null,
  };
  const confidence: Record<Confidence, string | null> = {
    RECONSTRUCTED: t("certainty.reconstructed"),
    UNVERIFIED: t("certainty.unverified"),
    STATED: null,
  };
  const deadline = tie.datePrecision === "deadline" ? t("certainty.deadline") : null;
  return [words[tie.status], confidence[tie.confidence], deadline].filter((sentence) => sentence !== null);
}
