import { graphql } from "../generated/gql.js";

/** What the explorer reads of a call brief: the call, the check, and suggested partners with their evidence. */
export const CallBrief_brief = graphql(`
  fragment CallBrief_brief on CallBrief {
    call {
      id
      callId
      title
      destination
      actionType
      openingDate
      deadline
      budget
      expectedGrants
      minContribution
      maxContribution
      url
      lastSeen
    }
    consortium {
      id
      name
      country
      kind
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
    suggestions {
      score
      reasons
      actor {
        id
        name
        country
        kind
      }
      factors {
        name
        value
        weight
        explanation
        evidence {
          id
          acronym
          title
        }
      }
      warmPath {
        nodes {
          id
          label
        }
      }
    }
  }
`);

/** The brief as the explorer shows it: what the exports read, and each suggestion as the partner finder draws it. */
export const CallBriefQuery = graphql(`
  query CallBrief($call: ID!, $consortium: [ID!]!, $lang: Language) {
    callBrief(call: $call, consortium: $consortium, lang: $lang) {
      ...CallBrief_brief
      check {
        ...PartnerFinder_check
      }
      suggestions {
        ...PartnerFinder_suggestion
      }
    }
  }
`);
