import type { CallBrief_ProposalFragment } from "../generated/graphql.js";

export type Proposal = CallBrief_ProposalFragment;

/** Every actor of a proposal, members first, in the order of their places. */
export function proposalIds(proposal: Proposal): string[] {
  return [...proposal.members.map((member) => member.id), ...proposal.partners.map((partner) => partner.actor.id)];
}

/**
 * Gives a place of a proposal to one of its alternatives: the alternative takes the place (its need
 * stays), and the partner it replaces becomes the first alternative. Its reasons were the replaced
 * partner's, so the place keeps none until asked again; the check stays as it was until it is run again.
 */
export function swapPartner(proposal: Proposal, place: number, alternativeId: string): Proposal {
  const current = proposal.partners[place];
  const alternative = current?.alternatives.find((actor) => actor.id === alternativeId);
  if (!current || !alternative) return proposal;
  const partners = proposal.partners.map((partner, index) =>
    index === place
      ? {
          ...partner,
          actor: alternative,
          reasons: [],
          alternatives: [current.actor, ...partner.alternatives.filter((actor) => actor.id !== alternativeId)],
        }
      : partner,
  );
  return { ...proposal, partners };
}
