import { formatEuro, formatNumber, t } from "../i18n/i18n.js";

interface Factor {
  value: number;
  weight: number;
  explanation: string;
}

/** The factor that adds most to a score (weight × value); the first of equals, null for none. */
export function topFactor<F extends Factor>(factors: readonly F[]): F | null {
  let best: F | null = null;
  for (const factor of factors) {
    if (!best || factor.weight * factor.value > best.weight * best.value) best = factor;
  }
  return best;
}

/** How well a call fits an actor, in one sentence: the score and the reason that weighs most. */
export function describeFit(score: number, factors: readonly Factor[]): string {
  const top = topFactor(factors);
  return t("calls.fit", { percent: formatNumber(100 * score), explanation: top?.explanation ?? "" }).trim();
}

/** Whole days from one ISO date to another: 2026-12-01 to 2027-03-31 is 120. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** "120 days left", "closes today", or "closed" once the deadline has passed. */
export function describeDaysLeft(daysLeft: number): string {
  if (daysLeft < 0) return t("calls.closed");
  return daysLeft === 0 ? t("calls.closesToday") : t("calls.daysLeft", { count: daysLeft });
}

/** "Deadline 2027-03-31 · 120 days left". */
export function describeDeadline(deadline: string | null | undefined, daysLeft: number): string {
  return deadline
    ? `${t("calls.deadline", { date: deadline })} · ${describeDaysLeft(daysLeft)}`
    : describeDaysLeft(daysLeft);
}

export function describeBudget(budget: number | null | undefined): string {
  return budget === null || budget === undefined
    ? t("calls.noBudget")
    : t("calls.budget", { amount: formatEuro(budget) });
}

/** A file name for a brief's export: the call's id and the day, safe on every file system. */
export function briefFileName(callId: string, date: string, extension: "md" | "csv"): string {
  return `brief-${callId.replace(/[^A-Za-z0-9._-]+/g, "_")}-${date}.${extension}`;
}
