import { graphql } from "../generated/gql.js";

/** A proposed consortium as the call brief shows and exports it: each place's need, reasons and alternatives. */
export const CallBrief_proposal = graphql(`
  fragment CallBrief_proposal on ConsortiumProposal {
    size
    sizeReason
    unmetNeeds
    members {
      id
      name
      country
      kind
    }
    partners {
      actor {
        id
        name
        country
        kind
      }
      need
      needCode
      reasons
      alternatives {
        id
        name
        country
        kind
      }
    }
    check {
      eligible
      findings {
        code
        severity
        message
        fix
      }
    }
  }
`);

export const ProposeConsortiumQuery = graphql(`
  query ProposeConsortium($call: ID!, $consortium: [ID!]!, $lang: Language) {
    proposeConsortium(call: $call, consortium: $consortium, lang: $lang) {
      ...CallBrief_proposal
    }
  }
`);

/** The check of a proposal after a place was given to one of its alternatives. */
export const CheckProposalQuery = graphql(`
  query CheckProposal($consortium: [ID!]!, $topic: String, $lang: Language) {
    consortiumCheck(consortium: $consortium, topic: $topic, lang: $lang) {
      eligible
      findings {
        code
        severity
        message
        fix
      }
    }
  }
`);
