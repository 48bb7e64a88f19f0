/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CallBrief_brief on CallBrief {\n    call {\n      id\n      callId\n      title\n      destination\n      actionType\n      openingDate\n      deadline\n      budget\n      expectedGrants\n      minContribution\n      maxContribution\n      url\n      lastSeen\n    }\n    consortium {\n      id\n      name\n      country\n      kind\n    }\n    check {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n    suggestions {\n      score\n      reasons\n      actor {\n        id\n        name\n        country\n        kind\n      }\n      factors {\n        name\n        value\n        weight\n        explanation\n        evidence {\n          id\n          acronym\n          title\n        }\n      }\n      warmPath {\n        nodes {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.CallBrief_BriefFragmentDoc,
    "\n  query CallBrief($call: ID!, $consortium: [ID!]!, $lang: Language) {\n    callBrief(call: $call, consortium: $consortium, lang: $lang) {\n      ...CallBrief_brief\n      check {\n        ...PartnerFinder_check\n      }\n      suggestions {\n        ...PartnerFinder_suggestion\n      }\n    }\n  }\n": typeof types.CallBriefDocument,
    "\n  fragment CallBrief_proposal on ConsortiumProposal {\n    size\n    sizeReason\n    unmetNeeds\n    members {\n      id\n      name\n      country\n      kind\n    }\n    partners {\n      actor {\n        id\n        name\n        country\n        kind\n      }\n      need\n      needCode\n      reasons\n      alternatives {\n        id\n        name\n        country\n        kind\n      }\n    }\n    check {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n  }\n": typeof types.CallBrief_ProposalFragmentDoc,
    "\n  query ProposeConsortium($call: ID!, $consortium: [ID!]!, $lang: Language) {\n    proposeConsortium(call: $call, consortium: $consortium, lang: $lang) {\n      ...CallBrief_proposal\n    }\n  }\n": typeof types.ProposeConsortiumDocument,
    "\n  query CheckProposal($consortium: [ID!]!, $topic: String, $lang: Language) {\n    consortiumCheck(consortium: $consortium, topic: $topic, lang: $lang) {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n  }\n": typeof types.CheckProposalDocument,
    "\n  fragment GraphView_network on Network {\n    nodes {\n      id\n      label\n      type\n      kind\n      degree\n    }\n    edges {\n      id\n      source\n      target\n      type\n      since\n      until\n      datePrecision\n      status\n      confidence\n      weight\n      evidence {\n        ...EvidenceList_evidence\n      }\n    }\n    truncated {\n      truncated\n      omittedNodes\n      omittedEdges\n    }\n  }\n": typeof types.GraphView_NetworkFragmentDoc,
    "\n  query NeighbourhoodNetwork($ids: [ID!]!, $depth: Int = 1, $filter: NetworkFilter, $limit: Int) {\n    network(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      ...GraphView_network\n    }\n  }\n": typeof types.NeighbourhoodNetworkDocument,
    "\n  query PathsBetween($from: ID!, $to: ID!, $filter: NetworkFilter) {\n    paths(from: $from, to: $to, maxHops: 4, limit: 3, filter: $filter) {\n      ...GraphView_network\n    }\n  }\n": typeof types.PathsBetweenDocument,
    "\n  query CentralityScores($measure: CentralityMeasure!, $filter: NetworkFilter) {\n    centrality(measure: $measure, filter: $filter, limit: 1000) {\n      score\n      actor {\n        id\n      }\n    }\n  }\n": typeof types.CentralityScoresDocument,
    "\n  fragment OrganisationView_collaboration on Collaboration {\n    strength\n    partner {\n      id\n      name\n      shortName\n      kind\n      country\n    }\n    via {\n      id\n      label\n      type\n      since\n      until\n      programmeParts\n      rcn\n    }\n  }\n": typeof types.OrganisationView_CollaborationFragmentDoc,
    "\n  query OrganisationPartners($id: ID!, $filter: NetworkFilter, $limit: Int!) {\n    collaborators(id: $id, limit: $limit, filter: $filter) {\n      ...OrganisationView_collaboration\n    }\n  }\n": typeof types.OrganisationPartnersDocument,
    "\n  query OrganisationPartnerEvidence($id: ID!, $filter: NetworkFilter, $limit: Int!) {\n    collaborators(id: $id, limit: $limit, filter: $filter) {\n      ...OrganisationView_collaboration\n      via {\n        evidence {\n          ...EvidenceList_evidence\n        }\n      }\n    }\n  }\n": typeof types.OrganisationPartnerEvidenceDocument,
    "\n  fragment CallsPanel_openCall on OpenCall {\n    call {\n      id\n      title\n      deadline\n      budget\n      actionType\n    }\n    score\n    daysLeft\n    note\n    factors {\n      name\n      value\n      weight\n      explanation\n    }\n  }\n": typeof types.CallsPanel_OpenCallFragmentDoc,
    "\n  query OpenCalls($actor: ID!, $lang: Language) {\n    actors(where: { id: { eq: $actor } }) {\n      id\n      name\n      shortName\n    }\n    openCalls(actor: $actor, limit: 20, lang: $lang) {\n      ...CallsPanel_openCall\n    }\n  }\n": typeof types.OpenCallsDocument,
    "\n  fragment CollaboratorsTable_collaboration on Collaboration {\n    strength\n    partner {\n      id\n      name\n      kind\n      country\n    }\n    via {\n      id\n      label\n      type\n    }\n  }\n": typeof types.CollaboratorsTable_CollaborationFragmentDoc,
    "\n  query Collaborators($id: ID!, $filter: NetworkFilter) {\n    collaborators(id: $id, limit: 100, filter: $filter) {\n      ...CollaboratorsTable_collaboration\n    }\n  }\n": typeof types.CollaboratorsDocument,
    "\n  fragment EvidenceList_evidence on Evidence {\n    source {\n      id\n      title\n      issuer\n      date\n      reference\n      url\n    }\n    locator\n    quote\n  }\n": typeof types.EvidenceList_EvidenceFragmentDoc,
    "\n  fragment NodeAttributes_actor on Actor {\n    id\n    name\n    nameEn\n    shortName\n    kind\n    aliases\n    country\n    city\n    website\n    foundedYear\n    rorId\n    cordisId\n    wikidataId\n  }\n": typeof types.NodeAttributes_ActorFragmentDoc,
    "\n  fragment NodeAttributes_project on Project {\n    id\n    acronym\n    title\n    programme\n    programmeParts\n    rcn\n    sourceLacks\n    fundingScheme\n    status\n    startDate\n    endDate\n    ecMaxContribution\n    objective\n  }\n": typeof types.NodeAttributes_ProjectFragmentDoc,
    "\n  fragment NodeAttributes_agreement on Agreement {\n    id\n    name\n    kind\n    validFrom\n    validUntil\n  }\n": typeof types.NodeAttributes_AgreementFragmentDoc,
    "\n  fragment NodeAttributes_strategy on Strategy {\n    id\n    name\n    nameEn\n    kind\n  }\n": typeof types.NodeAttributes_StrategyFragmentDoc,
    "\n  query NodeAttributes($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      ...NodeAttributes_actor\n    }\n    projects(where: { id: { eq: $id } }) {\n      ...NodeAttributes_project\n    }\n    agreements(where: { id: { eq: $id } }) {\n      ...NodeAttributes_agreement\n    }\n    strategies(where: { id: { eq: $id } }) {\n      ...NodeAttributes_strategy\n    }\n  }\n": typeof types.NodeAttributesDocument,
    "\n  fragment PartnerFinder_suggestion on PartnerSuggestion {\n    score\n    reasons\n    actor {\n      id\n      name\n      shortName\n      kind\n      country\n    }\n    factors {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n    warmPath {\n      ...GraphView_network\n    }\n  }\n": typeof types.PartnerFinder_SuggestionFragmentDoc,
    "\n  fragment PartnerFinder_check on ConsortiumCheck {\n    eligible\n    findings {\n      code\n      severity\n      message\n      fix\n    }\n  }\n": typeof types.PartnerFinder_CheckFragmentDoc,
    "\n  query PartnerSuggestions(\n    $topic: String!\n    $consortium: [ID!]\n    $countries: [String!]\n    $kinds: [ActorKind!]\n    $lang: Language\n  ) {\n    partnerSuggestions(\n      topic: $topic\n      consortium: $consortium\n      countries: $countries\n      kinds: $kinds\n      limit: 10\n      lang: $lang\n    ) {\n      ...PartnerFinder_suggestion\n    }\n  }\n": typeof types.PartnerSuggestionsDocument,
    "\n  query CheckConsortium($consortium: [ID!]!, $topic: String, $action: ActionType, $lang: Language) {\n    consortiumCheck(consortium: $consortium, topic: $topic, action: $action, lang: $lang) {\n      ...PartnerFinder_check\n    }\n  }\n": typeof types.CheckConsortiumDocument,
    "\n  query SharedProjects($ids: [ID!]!) {\n    projects(where: { id: { in: $ids } }, limit: 500) {\n      id\n      acronym\n      title\n      startDate\n      endDate\n    }\n  }\n": typeof types.SharedProjectsDocument,
    "\n  fragment SearchBox_hit on SearchHit {\n    id\n    label\n    type\n    kind\n    name\n    legalName\n    country\n    city\n  }\n": typeof types.SearchBox_HitFragmentDoc,
    "\n  query SearchNodes($text: String!) {\n    search(text: $text, limit: 12) {\n      ...SearchBox_hit\n    }\n  }\n": typeof types.SearchNodesDocument,
};
const documents: Documents = {
    "\n  fragment CallBrief_brief on CallBrief {\n    call {\n      id\n      callId\n      title\n      destination\n      actionType\n      openingDate\n      deadline\n      budget\n      expectedGrants\n      minContribution\n      maxContribution\n      url\n      lastSeen\n    }\n    consortium {\n      id\n      name\n      country\n      kind\n    }\n    check {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n    suggestions {\n      score\n      reasons\n      actor {\n        id\n        name\n        country\n        kind\n      }\n      factors {\n        name\n        value\n        weight\n        explanation\n        evidence {\n          id\n          acronym\n          title\n        }\n      }\n      warmPath {\n        nodes {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.CallBrief_BriefFragmentDoc,
    "\n  query CallBrief($call: ID!, $consortium: [ID!]!, $lang: Language) {\n    callBrief(call: $call, consortium: $consortium, lang: $lang) {\n      ...CallBrief_brief\n      check {\n        ...PartnerFinder_check\n      }\n      suggestions {\n        ...PartnerFinder_suggestion\n      }\n    }\n  }\n": types.CallBriefDocument,
    "\n  fragment CallBrief_proposal on ConsortiumProposal {\n    size\n    sizeReason\n    unmetNeeds\n    members {\n      id\n      name\n      country\n      kind\n    }\n    partners {\n      actor {\n        id\n        name\n        country\n        kind\n      }\n      need\n      needCode\n      reasons\n      alternatives {\n        id\n        name\n        country\n        kind\n      }\n    }\n    check {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n  }\n": types.CallBrief_ProposalFragmentDoc,
    "\n  query ProposeConsortium($call: ID!, $consortium: [ID!]!, $lang: Language) {\n    proposeConsortium(call: $call, consortium: $consortium, lang: $lang) {\n      ...CallBrief_proposal\n    }\n  }\n": types.ProposeConsortiumDocument,
    "\n  query CheckProposal($consortium: [ID!]!, $topic: String, $lang: Language) {\n    consortiumCheck(consortium: $consortium, topic: $topic, lang: $lang) {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n  }\n": types.CheckProposalDocument,
    "\n  fragment GraphView_network on Network {\n    nodes {\n      id\n      label\n      type\n      kind\n      degree\n    }\n    edges {\n      id\n      source\n      target\n      type\n      since\n      until\n      datePrecision\n      status\n      confidence\n      weight\n      evidence {\n        ...EvidenceList_evidence\n      }\n    }\n    truncated {\n      truncated\n      omittedNodes\n      omittedEdges\n    }\n  }\n": types.GraphView_NetworkFragmentDoc,
    "\n  query NeighbourhoodNetwork($ids: [ID!]!, $depth: Int = 1, $filter: NetworkFilter, $limit: Int) {\n    network(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      ...GraphView_network\n    }\n  }\n": types.NeighbourhoodNetworkDocument,
    "\n  query PathsBetween($from: ID!, $to: ID!, $filter: NetworkFilter) {\n    paths(from: $from, to: $to, maxHops: 4, limit: 3, filter: $filter) {\n      ...GraphView_network\n    }\n  }\n": types.PathsBetweenDocument,
    "\n  query CentralityScores($measure: CentralityMeasure!, $filter: NetworkFilter) {\n    centrality(measure: $measure, filter: $filter, limit: 1000) {\n      score\n      actor {\n        id\n      }\n    }\n  }\n": types.CentralityScoresDocument,
    "\n  fragment OrganisationView_collaboration on Collaboration {\n    strength\n    partner {\n      id\n      name\n      shortName\n      kind\n      country\n    }\n    via {\n      id\n      label\n      type\n      since\n      until\n      programmeParts\n      rcn\n    }\n  }\n": types.OrganisationView_CollaborationFragmentDoc,
    "\n  query OrganisationPartners($id: ID!, $filter: NetworkFilter, $limit: Int!) {\n    collaborators(id: $id, limit: $limit, filter: $filter) {\n      ...OrganisationView_collaboration\n    }\n  }\n": types.OrganisationPartnersDocument,
    "\n  query OrganisationPartnerEvidence($id: ID!, $filter: NetworkFilter, $limit: Int!) {\n    collaborators(id: $id, limit: $limit, filter: $filter) {\n      ...OrganisationView_collaboration\n      via {\n        evidence {\n          ...EvidenceList_evidence\n        }\n      }\n    }\n  }\n": types.OrganisationPartnerEvidenceDocument,
    "\n  fragment CallsPanel_openCall on OpenCall {\n    call {\n      id\n      title\n      deadline\n      budget\n      actionType\n    }\n    score\n    daysLeft\n    note\n    factors {\n      name\n      value\n      weight\n      explanation\n    }\n  }\n": types.CallsPanel_OpenCallFragmentDoc,
    "\n  query OpenCalls($actor: ID!, $lang: Language) {\n    actors(where: { id: { eq: $actor } }) {\n      id\n      name\n      shortName\n    }\n    openCalls(actor: $actor, limit: 20, lang: $lang) {\n      ...CallsPanel_openCall\n    }\n  }\n": types.OpenCallsDocument,
    "\n  fragment CollaboratorsTable_collaboration on Collaboration {\n    strength\n    partner {\n      id\n      name\n      kind\n      country\n    }\n    via {\n      id\n      label\n      type\n    }\n  }\n": types.CollaboratorsTable_CollaborationFragmentDoc,
    "\n  query Collaborators($id: ID!, $filter: NetworkFilter) {\n    collaborators(id: $id, limit: 100, filter: $filter) {\n      ...CollaboratorsTable_collaboration\n    }\n  }\n": types.CollaboratorsDocument,
    "\n  fragment EvidenceList_evidence on Evidence {\n    source {\n      id\n      title\n      issuer\n      date\n      reference\n      url\n    }\n    locator\n    quote\n  }\n": types.EvidenceList_EvidenceFragmentDoc,
    "\n  fragment NodeAttributes_actor on Actor {\n    id\n    name\n    nameEn\n    shortName\n    kind\n    aliases\n    country\n    city\n    website\n    foundedYear\n    rorId\n    cordisId\n    wikidataId\n  }\n": types.NodeAttributes_ActorFragmentDoc,
    "\n  fragment NodeAttributes_project on Project {\n    id\n    acronym\n    title\n    programme\n    programmeParts\n    rcn\n    sourceLacks\n    fundingScheme\n    status\n    startDate\n    endDate\n    ecMaxContribution\n    objective\n  }\n": types.NodeAttributes_ProjectFragmentDoc,
    "\n  fragment NodeAttributes_agreement on Agreement {\n    id\n    name\n    kind\n    validFrom\n    validUntil\n  }\n": types.NodeAttributes_AgreementFragmentDoc,
    "\n  fragment NodeAttributes_strategy on Strategy {\n    id\n    name\n    nameEn\n    kind\n  }\n": types.NodeAttributes_StrategyFragmentDoc,
    "\n  query NodeAttributes($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      ...NodeAttributes_actor\n    }\n    projects(where: { id: { eq: $id } }) {\n      ...NodeAttributes_project\n    }\n    agreements(where: { id: { eq: $id } }) {\n      ...NodeAttributes_agreement\n    }\n    strategies(where: { id: { eq: $id } }) {\n      ...NodeAttributes_strategy\n    }\n  }\n": types.NodeAttributesDocument,
    "\n  fragment PartnerFinder_suggestion on PartnerSuggestion {\n    score\n    reasons\n    actor {\n      id\n      name\n      shortName\n      kind\n      country\n    }\n    factors {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n    warmPath {\n      ...GraphView_network\n    }\n  }\n": types.PartnerFinder_SuggestionFragmentDoc,
    "\n  fragment PartnerFinder_check on ConsortiumCheck {\n    eligible\n    findings {\n      code\n      severity\n      message\n      fix\n    }\n  }\n": types.PartnerFinder_CheckFragmentDoc,
    "\n  query PartnerSuggestions(\n    $topic: String!\n    $consortium: [ID!]\n    $countries: [String!]\n    $kinds: [ActorKind!]\n    $lang: Language\n  ) {\n    partnerSuggestions(\n      topic: $topic\n      consortium: $consortium\n      countries: $countries\n      kinds: $kinds\n      limit: 10\n      lang: $lang\n    ) {\n      ...PartnerFinder_suggestion\n    }\n  }\n": types.PartnerSuggestionsDocument,
    "\n  query CheckConsortium($consortium: [ID!]!, $topic: String, $action: ActionType, $lang: Language) {\n    consortiumCheck(consortium: $consortium, topic: $topic, action: $action, lang: $lang) {\n      ...PartnerFinder_check\n    }\n  }\n": types.CheckConsortiumDocument,
    "\n  query SharedProjects($ids: [ID!]!) {\n    projects(where: { id: { in: $ids } }, limit: 500) {\n      id\n      acronym\n      title\n      startDate\n      endDate\n    }\n  }\n": types.SharedProjectsDocument,
    "\n  fragment SearchBox_hit on SearchHit {\n    id\n    label\n    type\n    kind\n    name\n    legalName\n    country\n    city\n  }\n": types.SearchBox_HitFragmentDoc,
    "\n  query SearchNodes($text: String!) {\n    search(text: $text, limit: 12) {\n      ...SearchBox_hit\n    }\n  }\n": types.SearchNodesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallBrief_brief on CallBrief {\n    call {\n      id\n      callId\n      title\n      destination\n      actionType\n      openingDate\n      deadline\n      budget\n      expectedGrants\n      minContribution\n      maxContribution\n      url\n      lastSeen\n    }\n    consortium {\n      id\n      name\n      country\n      kind\n    }\n    check {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n    suggestions {\n      score\n      reasons\n      actor {\n        id\n        name\n        country\n        kind\n      }\n      factors {\n        name\n        value\n        weight\n        explanation\n        evidence {\n          id\n          acronym\n          title\n        }\n      }\n      warmPath {\n        nodes {\n          id\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CallBrief_brief on CallBrief {\n    call {\n      id\n      callId\n      title\n      destination\n      actionType\n      openingDate\n      deadline\n      budget\n      expectedGrants\n      minContribution\n      maxContribution\n      url\n      lastSeen\n    }\n    consortium {\n      id\n      name\n      country\n      kind\n    }\n    check {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n    suggestions {\n      score\n      reasons\n      actor {\n        id\n        name\n        country\n        kind\n      }\n      factors {\n        name\n        value\n        weight\n        explanation\n        evidence {\n          id\n          acronym\n          title\n        }\n      }\n      warmPath {\n        nodes {\n          id\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallBrief($call: ID!, $consortium: [ID!]!, $lang: Language) {\n    callBrief(call: $call, consortium: $consortium, lang: $lang) {\n      ...CallBrief_brief\n      check {\n        ...PartnerFinder_check\n      }\n      suggestions {\n        ...PartnerFinder_suggestion\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallBrief($call: ID!, $consortium: [ID!]!, $lang: Language) {\n    callBrief(call: $call, consortium: $consortium, lang: $lang) {\n      ...CallBrief_brief\n      check {\n        ...PartnerFinder_check\n      }\n      suggestions {\n        ...PartnerFinder_suggestion\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallBrief_proposal on ConsortiumProposal {\n    size\n    sizeReason\n    unmetNeeds\n    members {\n      id\n      name\n      country\n      kind\n    }\n    partners {\n      actor {\n        id\n        name\n        country\n        kind\n      }\n      need\n      needCode\n      reasons\n      alternatives {\n        id\n        name\n        country\n        kind\n      }\n    }\n    check {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CallBrief_proposal on ConsortiumProposal {\n    size\n    sizeReason\n    unmetNeeds\n    members {\n      id\n      name\n      country\n      kind\n    }\n    partners {\n      actor {\n        id\n        name\n        country\n        kind\n      }\n      need\n      needCode\n      reasons\n      alternatives {\n        id\n        name\n        country\n        kind\n      }\n    }\n    check {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposeConsortium($call: ID!, $consortium: [ID!]!, $lang: Language) {\n    proposeConsortium(call: $call, consortium: $consortium, lang: $lang) {\n      ...CallBrief_proposal\n    }\n  }\n"): (typeof documents)["\n  query ProposeConsortium($call: ID!, $consortium: [ID!]!, $lang: Language) {\n    proposeConsortium(call: $call, consortium: $consortium, lang: $lang) {\n      ...CallBrief_proposal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckProposal($consortium: [ID!]!, $topic: String, $lang: Language) {\n    consortiumCheck(consortium: $consortium, topic: $topic, lang: $lang) {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckProposal($consortium: [ID!]!, $topic: String, $lang: Language) {\n    consortiumCheck(consortium: $consortium, topic: $topic, lang: $lang) {\n      eligible\n      findings {\n        code\n        severity\n        message\n        fix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphView_network on Network {\n    nodes {\n      id\n      label\n      type\n      kind\n      degree\n    }\n    edges {\n      id\n      source\n      target\n      type\n      since\n      until\n      datePrecision\n      status\n      confidence\n      weight\n      evidence {\n        ...EvidenceList_evidence\n      }\n    }\n    truncated {\n      truncated\n      omittedNodes\n      omittedEdges\n    }\n  }\n"): (typeof documents)["\n  fragment GraphView_network on Network {\n    nodes {\n      id\n      label\n      type\n      kind\n      degree\n    }\n    edges {\n      id\n      source\n      target\n      type\n      since\n      until\n      datePrecision\n      status\n      confidence\n      weight\n      evidence {\n        ...EvidenceList_evidence\n      }\n    }\n    truncated {\n      truncated\n      omittedNodes\n      omittedEdges\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeighbourhoodNetwork($ids: [ID!]!, $depth: Int = 1, $filter: NetworkFilter, $limit: Int) {\n    network(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      ...GraphView_network\n    }\n  }\n"): (typeof documents)["\n  query NeighbourhoodNetwork($ids: [ID!]!, $depth: Int = 1, $filter: NetworkFilter, $limit: Int) {\n    network(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      ...GraphView_network\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PathsBetween($from: ID!, $to: ID!, $filter: NetworkFilter) {\n    paths(from: $from, to: $to, maxHops: 4, limit: 3, filter: $filter) {\n      ...GraphView_network\n    }\n  }\n"): (typeof documents)["\n  query PathsBetween($from: ID!, $to: ID!, $filter: NetworkFilter) {\n    paths(from: $from, to: $to, maxHops: 4, limit: 3, filter: $filter) {\n      ...GraphView_network\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CentralityScores($measure: CentralityMeasure!, $filter: NetworkFilter) {\n    centrality(measure: $measure, filter: $filter, limit: 1000) {\n      score\n      actor {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CentralityScores($measure: CentralityMeasure!, $filter: NetworkFilter) {\n    centrality(measure: $measure, filter: $filter, limit: 1000) {\n      score\n      actor {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationView_collaboration on Collaboration {\n    strength\n    partner {\n      id\n      name\n      shortName\n      kind\n      country\n    }\n    via {\n      id\n      label\n      type\n      since\n      until\n      programmeParts\n      rcn\n    }\n  }\n"): (typeof documents)["\n  fragment OrganisationView_collaboration on Collaboration {\n    strength\n    partner {\n      id\n      name\n      shortName\n      kind\n      country\n    }\n    via {\n      id\n      label\n      type\n      since\n      until\n      programmeParts\n      rcn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPartners($id: ID!, $filter: NetworkFilter, $limit: Int!) {\n    collaborators(id: $id, limit: $limit, filter: $filter) {\n      ...OrganisationView_collaboration\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPartners($id: ID!, $filter: NetworkFilter, $limit: Int!) {\n    collaborators(id: $id, limit: $limit, filter: $filter) {\n      ...OrganisationView_collaboration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPartnerEvidence($id: ID!, $filter: NetworkFilter, $limit: Int!) {\n    collaborators(id: $id, limit: $limit, filter: $filter) {\n      ...OrganisationView_collaboration\n      via {\n        evidence {\n          ...EvidenceList_evidence\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationPartnerEvidence($id: ID!, $filter: NetworkFilter, $limit: Int!) {\n    collaborators(id: $id, limit: $limit, filter: $filter) {\n      ...OrganisationView_collaboration\n      via {\n        evidence {\n          ...EvidenceList_evidence\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallsPanel_openCall on OpenCall {\n    call {\n      id\n      title\n      deadline\n      budget\n      actionType\n    }\n    score\n    daysLeft\n    note\n    factors {\n      name\n      value\n      weight\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment CallsPanel_openCall on OpenCall {\n    call {\n      id\n      title\n      deadline\n      budget\n      actionType\n    }\n    score\n    daysLeft\n    note\n    factors {\n      name\n      value\n      weight\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenCalls($actor: ID!, $lang: Language) {\n    actors(where: { id: { eq: $actor } }) {\n      id\n      name\n      shortName\n    }\n    openCalls(actor: $actor, limit: 20, lang: $lang) {\n      ...CallsPanel_openCall\n    }\n  }\n"): (typeof documents)["\n  query OpenCalls($actor: ID!, $lang: Language) {\n    actors(where: { id: { eq: $actor } }) {\n      id\n      name\n      shortName\n    }\n    openCalls(actor: $actor, limit: 20, lang: $lang) {\n      ...CallsPanel_openCall\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CollaboratorsTable_collaboration on Collaboration {\n    strength\n    partner {\n      id\n      name\n      kind\n      country\n    }\n    via {\n      id\n      label\n      type\n    }\n  }\n"): (typeof documents)["\n  fragment CollaboratorsTable_collaboration on Collaboration {\n    strength\n    partner {\n      id\n      name\n      kind\n      country\n    }\n    via {\n      id\n      label\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Collaborators($id: ID!, $filter: NetworkFilter) {\n    collaborators(id: $id, limit: 100, filter: $filter) {\n      ...CollaboratorsTable_collaboration\n    }\n  }\n"): (typeof documents)["\n  query Collaborators($id: ID!, $filter: NetworkFilter) {\n    collaborators(id: $id, limit: 100, filter: $filter) {\n      ...CollaboratorsTable_collaboration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvidenceList_evidence on Evidence {\n    source {\n      id\n      title\n      issuer\n      date\n      reference\n      url\n    }\n    locator\n    quote\n  }\n"): (typeof documents)["\n  fragment EvidenceList_evidence on Evidence {\n    source {\n      id\n      title\n      issuer\n      date\n      reference\n      url\n    }\n    locator\n    quote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeAttributes_actor on Actor {\n    id\n    name\n    nameEn\n    shortName\n    kind\n    aliases\n    country\n    city\n    website\n    foundedYear\n    rorId\n    cordisId\n    wikidataId\n  }\n"): (typeof documents)["\n  fragment NodeAttributes_actor on Actor {\n    id\n    name\n    nameEn\n    shortName\n    kind\n    aliases\n    country\n    city\n    website\n    foundedYear\n    rorId\n    cordisId\n    wikidataId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeAttributes_project on Project {\n    id\n    acronym\n    title\n    programme\n    programmeParts\n    rcn\n    sourceLacks\n    fundingScheme\n    status\n    startDate\n    endDate\n    ecMaxContribution\n    objective\n  }\n"): (typeof documents)["\n  fragment NodeAttributes_project on Project {\n    id\n    acronym\n    title\n    programme\n    programmeParts\n    rcn\n    sourceLacks\n    fundingScheme\n    status\n    startDate\n    endDate\n    ecMaxContribution\n    objective\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeAttributes_agreement on Agreement {\n    id\n    name\n    kind\n    validFrom\n    validUntil\n  }\n"): (typeof documents)["\n  fragment NodeAttributes_agreement on Agreement {\n    id\n    name\n    kind\n    validFrom\n    validUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeAttributes_strategy on Strategy {\n    id\n    name\n    nameEn\n    kind\n  }\n"): (typeof documents)["\n  fragment NodeAttributes_strategy on Strategy {\n    id\n    name\n    nameEn\n    kind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeAttributes($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      ...NodeAttributes_actor\n    }\n    projects(where: { id: { eq: $id } }) {\n      ...NodeAttributes_project\n    }\n    agreements(where: { id: { eq: $id } }) {\n      ...NodeAttributes_agreement\n    }\n    strategies(where: { id: { eq: $id } }) {\n      ...NodeAttributes_strategy\n    }\n  }\n"): (typeof documents)["\n  query NodeAttributes($id: ID!) {\n    actors(where: { id: { eq: $id } }) {\n      ...NodeAttributes_actor\n    }\n    projects(where: { id: { eq: $id } }) {\n      ...NodeAttributes_project\n    }\n    agreements(where: { id: { eq: $id } }) {\n      ...NodeAttributes_agreement\n    }\n    strategies(where: { id: { eq: $id } }) {\n      ...NodeAttributes_strategy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFinder_suggestion on PartnerSuggestion {\n    score\n    reasons\n    actor {\n      id\n      name\n      shortName\n      kind\n      country\n    }\n    factors {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n    warmPath {\n      ...GraphView_network\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerFinder_suggestion on PartnerSuggestion {\n    score\n    reasons\n    actor {\n      id\n      name\n      shortName\n      kind\n      country\n    }\n    factors {\n      name\n      value\n      weight\n      contribution\n      explanation\n    }\n    warmPath {\n      ...GraphView_network\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFinder_check on ConsortiumCheck {\n    eligible\n    findings {\n      code\n      severity\n      message\n      fix\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerFinder_check on ConsortiumCheck {\n    eligible\n    findings {\n      code\n      severity\n      message\n      fix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSuggestions(\n    $topic: String!\n    $consortium: [ID!]\n    $countries: [String!]\n    $kinds: [ActorKind!]\n    $lang: Language\n  ) {\n    partnerSuggestions(\n      topic: $topic\n      consortium: $consortium\n      countries: $countries\n      kinds: $kinds\n      limit: 10\n      lang: $lang\n    ) {\n      ...PartnerFinder_suggestion\n    }\n  }\n"): (typeof documents)["\n  query PartnerSuggestions(\n    $topic: String!\n    $consortium: [ID!]\n    $countries: [String!]\n    $kinds: [ActorKind!]\n    $lang: Language\n  ) {\n    partnerSuggestions(\n      topic: $topic\n      consortium: $consortium\n      countries: $countries\n      kinds: $kinds\n      limit: 10\n      lang: $lang\n    ) {\n      ...PartnerFinder_suggestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckConsortium($consortium: [ID!]!, $topic: String, $action: ActionType, $lang: Language) {\n    consortiumCheck(consortium: $consortium, topic: $topic, action: $action, lang: $lang) {\n      ...PartnerFinder_check\n    }\n  }\n"): (typeof documents)["\n  query CheckConsortium($consortium: [ID!]!, $topic: String, $action: ActionType, $lang: Language) {\n    consortiumCheck(consortium: $consortium, topic: $topic, action: $action, lang: $lang) {\n      ...PartnerFinder_check\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedProjects($ids: [ID!]!) {\n    projects(where: { id: { in: $ids } }, limit: 500) {\n      id\n      acronym\n      title\n      startDate\n      endDate\n    }\n  }\n"): (typeof documents)["\n  query SharedProjects($ids: [ID!]!) {\n    projects(where: { id: { in: $ids } }, limit: 500) {\n      id\n      acronym\n      title\n      startDate\n      endDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchBox_hit on SearchHit {\n    id\n    label\n    type\n    kind\n    name\n    legalName\n    country\n    city\n  }\n"): (typeof documents)["\n  fragment SearchBox_hit on SearchHit {\n    id\n    label\n    type\n    kind\n    name\n    legalName\n    country\n    city\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNodes($text: String!) {\n    search(text: $text, limit: 12) {\n      ...SearchBox_hit\n    }\n  }\n"): (typeof documents)["\n  query SearchNodes($text: String!) {\n    search(text: $text, limit: 12) {\n      ...SearchBox_hit\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;