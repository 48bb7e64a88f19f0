/**
 * The sentences the server writes in its answers, in English: partner suggestions' factors, a
 * consortium check's findings and fixes, and open calls' fit. Values in `{{…}}` are data or
 * numbers; `{{x, and}}` writes a list the language's way, `{{x, decimal}}` a number with two decimals.
 */
export const en = {
  sectors: {
    research: "university or research organisation",
    industry: "company",
    public: "public body",
    other: "foundation, network or other organisation",
  },
  sectorsIndefinite: {
    research: "a university or research organisation",
    industry: "a company",
    public: "a public body",
    other: "a foundation, network or other organisation",
  },
  actions: {
    RIA: "an RIA",
    IA: "an IA",
    CSA: "a CSA",
    PCP: "a pre-commercial procurement (PCP)",
    PPI: "a public procurement of innovative solutions (PPI)",
    COFUND: "a programme co-fund action",
    MSCA_DN: "an MSCA doctoral network",
    MSCA_SE: "an MSCA staff exchange",
    MSCA_PF: "an MSCA postdoctoral fellowship",
    MSCA_COFUND: "an MSCA COFUND programme",
    EIC_PATHFINDER: "an EIC Pathfinder Open project",
    EIC_PATHFINDER_CHALLENGE: "an EIC Pathfinder Challenge project",
    EIC_TRANSITION: "an EIC Transition project",
    EIC_ACCELERATOR: "the EIC Accelerator",
    PRIZE: "a prize",
  },
  partners: {
    more_one: "{{count}} more",
    more_other: "{{count}} more",
    noConsortium: "No consortium was given, so this is not scored.",
    topicBestNone: "Took part in no earlier project that matches the topic.",
    topicBest:
      "Its earlier project closest to the topic, {{project}}, has relevance {{relevance, decimal}} (1 = the best match).",
    topicRecordNone: "Has no record of earlier projects on the topic.",
    topicRecord_one: "Took part in {{count}} earlier project that match the topic: {{projects, and}}.",
    topicRecord_other: "Took part in {{count}} earlier projects that match the topic: {{projects, and}}.",
    callFamilyUnknown: "The topic names no call family, and its matches have none.",
    callFamilyNone: "Took part in no earlier project of the topic's call family ({{families, and}}).",
    callFamily_one:
      "Took part in {{count}} earlier project of the topic's call family ({{families, and}}): {{projects, and}}.",
    callFamily_other:
      "Took part in {{count}} earlier projects of the topic's call family ({{families, and}}): {{projects, and}}.",
    consortiumWork_one: "Has already worked with {{members, and}} in {{count}} earlier project: {{projects, and}}.",
    consortiumWork_other: "Has already worked with {{members, and}} in {{count}} earlier projects: {{projects, and}}.",
    statedTie: "A source states a tie with {{member}}.",
    consortiumWorkNone: "Has not worked with a consortium member in an earlier project.",
    tieStrength:
      "Newman's strength of those ties is {{strength, decimal}} (each shared project adds 1/(n−1), n its participants: small projects make strong ties).",
    tieStrengthNone: "No shared project, so no strength.",
    topicalWorkNone: "Shares no earlier project that matches the topic with a member.",
    topicalWork_one: "Shares {{count}} earlier project that match the topic with a member: {{projects, and}}.",
    topicalWork_other: "Shares {{count}} earlier projects that match the topic with a member: {{projects, and}}.",
    commonPartnersNone: "Shares no partner with the consortium.",
    commonPartners_one:
      "Shares {{count}} partner with the consortium ({{partners, and}}); partners with fewer projects count more (Adamic-Adar).",
    commonPartners_other:
      "Shares {{count}} partners with the consortium ({{partners, and}}); partners with fewer projects count more (Adamic-Adar).",
    commonPartnersAndOthers_one:
      "Shares {{count}} partner with the consortium ({{partners, and}} and others); partners with fewer projects count more (Adamic-Adar).",
    commonPartnersAndOthers_other:
      "Shares {{count}} partners with the consortium ({{partners, and}} and others); partners with fewer projects count more (Adamic-Adar).",
    recencyNone: "Has no dated earlier project.",
    recency: "Its latest earlier project, {{project}}, started on {{start}}.",
    experienceNone: "Has no earlier EU project in the graph.",
    experience_one: "Took part in {{count}} EU project in the graph before {{now}}.",
    experience_other: "Took part in {{count}} EU projects in the graph before {{now}}.",
    coordinationNone: "Coordinated none of them.",
    coordination: "Coordinated {{coordinations}} of them.",
    earlierWorkNone: "Took part in no Horizon 2020 project with a consortium member.",
    earlierWork_one:
      "Took part with {{members, and}} in {{count}} Horizon 2020 project (CORDIS record {{records, and}}); older and larger projects count for less.",
    earlierWork_other:
      "Took part with {{members, and}} in {{count}} Horizon 2020 projects (CORDIS records {{records, and}}); older and larger projects count for less.",
    newCountry: "Brings an eligible country the consortium lacks ({{country}}).",
    newCountryNone: "Brings no eligible country the consortium lacks.",
    newKind: "Brings a kind of partner the consortium lacks ({{sector}}).",
    newKindNone: "Brings no kind of partner the consortium lacks.",
  },
  reasons: {
    workedWith_one: "Has worked with {{members, and}} in {{count}} project, in {{since}}: {{projects, and}}.",
    workedWith_other: "Has worked with {{members, and}} in {{count}} projects since {{since}}: {{projects, and}}.",
    workedWithUndated_one: "Has worked with {{members, and}} in {{count}} project: {{projects, and}}.",
    workedWithUndated_other: "Has worked with {{members, and}} in {{count}} projects: {{projects, and}}.",
    statedTie: "A source states a tie with {{member}}.",
    workedWithEarlier_one:
      "Worked with {{members, and}} in {{count}} Horizon 2020 project, {{years}} (CORDIS record {{records, and}}).",
    workedWithEarlier_other:
      "Worked with {{members, and}} in {{count}} Horizon 2020 projects, {{years}} (CORDIS records {{records, and}}).",
    topical_one: "Took part in {{count}} earlier project close to this topic: {{projects, and}}.",
    topical_other: "Took part in {{count}} earlier projects close to this topic, such as {{projects, and}}.",
    family_one: "Took part in {{count}} earlier project of this call's family: {{projects, and}}.",
    family_other: "Took part in {{count}} earlier projects of this call's family, such as {{projects, and}}.",
    commonPartners_one: "Has worked with {{count}} earlier partner of {{members, and}}: {{partners, and}}.",
    commonPartners_other: "Has worked with {{count}} earlier partners of {{members, and}}: {{partners, and}}.",
    commonPartnersAndOthers_one:
      "Has worked with {{count}} earlier partner of {{members, and}}, such as {{partners, and}}.",
    commonPartnersAndOthers_other:
      "Has worked with {{count}} earlier partners of {{members, and}}, such as {{partners, and}}.",
    coordinated_one: "Has coordinated {{count}} of its {{participations}} EU projects.",
    coordinated_other: "Has coordinated {{count}} of its {{participations}} EU projects.",
    experienceOnly_one: "Has taken part in {{count}} EU project, none yet close to this topic.",
    experienceOnly_other: "Has taken part in {{count}} EU projects, none yet close to this topic.",
    earlierOnly_one: "Took part in {{count}} Horizon 2020 project, and in none since.",
    earlierOnly_other: "Took part in {{count}} Horizon 2020 projects, and in none since.",
    noRecord: "Has no earlier EU project in the graph; a source ties it to the consortium.",
  },
  proposal: {
    needMemberState: "Brings {{country}}, an EU member state: the rules for {{action}} ask for at least one.",
    needCountry: "Brings {{country}}, one more of the {{min}} eligible countries the rules for {{action}} ask for.",
    needRequiredKind: "Brings {{sector}}, which the rules for {{action}} ask for.",
    needEntity: "One more independent partner, of the {{min}} the rules for {{action}} ask for.",
    needUsualKind: "Brings {{sector}}, which {{action}} usually needs.",
    needWarm: "A warm introduction: has worked with the consortium before.",
    needTopic: "One of the strongest records on the topic.",
    unmetMemberState:
      "No candidate from an EU member state was found{{among}}, and the rules for {{action}} ask for one.",
    unmetCountry:
      "The rules for {{action}} ask for partners in {{min}} different eligible countries, but no candidate from a further one was found{{among}}.",
    unmetRequiredKind: "The rules for {{action}} ask for {{sector}}, but no candidate of that kind was found{{among}}.",
    unmetEntity:
      "The rules for {{action}} ask for {{min}} independent partners, but no further candidate was found{{among}}.",
    unmetUsualKind: "{{action, capital}} usually needs {{sector}}, but no candidate of that kind was found{{among}}.",
    amongCountries: " among the countries asked for ({{countries, and}})",
    amongKinds: " among the kinds of partner asked for ({{kinds, and}})",
    amongBoth: " among the countries ({{countries, and}}) and kinds of partner ({{kinds, and}}) asked for",
    amongNone: " in the history before {{asOf}}",
    tooMany:
      "{{action, capital}} takes at most {{max}} applicants, and the consortium has {{count}} already: no partner is added.",
    unknownAction:
      "The call's type of action is not known here, so no rule set its needs: the partners are chosen by their record alone. Read the call's conditions.",
    noConsortiumRule: "{{action, capital}} has no consortium rule: the partners are chosen by their record alone.",
    sizeTypical_one:
      "{{size}} in all: the typical size of the {{count}} funded consortium of {{action}} in {{destination}} that started before {{asOf}}.",
    sizeTypical_other:
      "{{size}} in all: the typical size of the {{count}} funded consortia of {{action}} in {{destination}} that started before {{asOf}}.",
    sizeTypicalAll_one:
      "{{size}} in all: the typical size of the {{count}} funded consortium of {{action}} that started before {{asOf}}.",
    sizeTypicalAll_other:
      "{{size}} in all: the typical size of the {{count}} funded consortia of {{action}} that started before {{asOf}}.",
    anyAction: "any type of action",
    sizeRule: "{{size}} in all: the smallest the rules allow, as no funded consortium of this type is known.",
    sizeTypicalCapped:
      "{{size}} in all, the most a proposal holds: the {{count}} funded consortia of {{action}} it is read from typically have {{typical}} members.",
    sizeAsked: "{{size}} in all, as asked.",
    sizeRaised: "{{size}} in all: the rules need more places than the {{asked}} asked for.",
    sizeCapped: "{{size}} in all: {{action}} takes no more.",
    sizeShort: "{{size}} in all: the history holds no further candidate for the {{asked}} asked for.",
  },
  findings: {
    noSector: "No member is {{sector}}.",
    noSectorNeeded: "No member is {{sector}}, which {{action}} usually needs.",
    addSector:
      "If the topic asks for one, add {{sector}}; the partner finder finds them when you tick that kind of partner.",
    noCoordinatorExperience: "No member has coordinated an EU project in the graph.",
    addCoordinator: "Add an experienced coordinator, or plan for coordination support (a project office, training).",
    coordinatorExperience_one: "{{name}} has coordinated {{count}} EU project: a natural coordinator.",
    coordinatorExperience_other: "{{name}} has coordinated {{count}} EU projects: a natural coordinator.",
    closedClub:
      "{{shared}} of {{pairs}} pairs of members have already worked together in EU projects: the consortium is a closed club.",
    closedClubFix:
      "Consider a partner new to the group that brings what the topic needs; the partner finder ranks them.",
    noTopicalTrackRecord_one: "{{names, and}} has taken part in no project that matches the topic.",
    noTopicalTrackRecord_other: "{{names, and}} have taken part in no project that matches the topic.",
    noTopicalTrackRecordFix:
      "Show their relevant expertise in the proposal, or add a partner with a track record in the topic.",
    partOfEntity_one:
      "{{parts, and}} is part of {{entity}}, so the two are one legal entity and count as one participant, not as independent ones.",
    partOfEntity_other:
      "{{parts, and}} are part of {{entity}}, so these {{members}} are one legal entity and count as one participant, not as independent ones.",
    partsOfEntity:
      "{{parts, and}} are parts of one legal entity, {{entity}}, so they count as one participant, not as independent legal entities.",
    independenceFix: "Let {{entity}} take part once, or add an independent partner in their place.",
    unknownCountry:
      "The graph does not say where {{entity}} is established, so it is not counted toward the eligibility rule.",
    unknownCountryFix: "Check {{entity}}'s country of establishment by hand.",
    thirdCountry:
      "{{entity}} is established in {{country}}, neither an EU member state nor an associated country: it does not count toward the eligibility rule and is funded only in exceptional cases.",
    thirdCountryFix: "Keep {{entity}} as an associated partner with its own funding, and count it out of the minimum.",
    pillarTwoOnly:
      "{{country}} is associated only to Pillar II (the clusters); {{entity}} counts as associated only for calls there.",
    noEligibleParticipant:
      "{{action, capital}} needs at least one legal entity established in an EU member state or associated country (the Commission's list of participating countries as of {{listDate}}); this consortium has none.",
    noEligibleParticipantFix: "Add a partner established in an EU member state or associated country.",
    ruleMetFew_one:
      "Meets the rule for {{action}}: {{entities, and}} is a legal entity established in {{countries, and}}.",
    ruleMetFew_other:
      "Meets the rule for {{action}}: {{entities, and}} are legal entities established in {{countries, and}}.",
    tooFewCountries:
      "{{action, capital}} needs independent legal entities established in at least {{min}} different EU member states or associated countries (the Commission's list of participating countries as of {{listDate}}); this consortium's are in {{count}}.",
    tooFewEntities:
      "{{action, capital}} needs at least {{min}} independent legal entities; this consortium has {{count}}.",
    tooFewEntitiesFix_one: "Add {{count}} more independent partner.",
    tooFewEntitiesFix_other: "Add {{count}} more independent partners.",
    tooManyEntities_one:
      "{{action, capital}} takes at most {{max}} applicant, a single legal entity; this consortium has {{count}} independent legal entities.",
    tooManyEntities_other:
      "{{action, capital}} takes at most {{max}} independent legal entities as applicants; this consortium has {{count}}.",
    tooManyEntitiesFix_one: "Apply with one of them; read the call's conditions on how the others may take part.",
    tooManyEntitiesFix_other:
      "Apply with {{count}} of them; read the call's conditions on how the others may take part.",
    missingRequiredKind_one:
      "{{action, capital}} needs at least {{count}} independent legal entity of this kind: {{sector}}; this consortium has {{present}}.",
    missingRequiredKind_other:
      "{{action, capital}} needs at least {{count}} independent legal entities of this kind: {{sector}}; this consortium has {{present}}.",
    noConsortiumRule: "{{action, capital}} has no consortium rule: its rules of contest say who may enter.",
    ruleStatedIn: "The rule for {{action}} is stated in {{source}}; the call's own conditions have the last word.",
    ruleUnverified:
      "The rule for {{action}} is read from {{source}}; its exact words were not checked here, so read the call's conditions before relying on it.",
    tooFewNoCountry_one:
      "{{action, capital}} needs at least three independent legal entities, each established in a different EU member state or associated country (the Commission's list of participating countries as of {{listDate}}); this consortium has {{count}} independent legal entity, established in no eligible country.",
    tooFewNoCountry_other:
      "{{action, capital}} needs at least three independent legal entities, each established in a different EU member state or associated country (the Commission's list of participating countries as of {{listDate}}); this consortium has {{count}} independent legal entities, established in no eligible country.",
    tooFewOneCountry_one:
      "{{action, capital}} needs at least three independent legal entities, each established in a different EU member state or associated country (the Commission's list of participating countries as of {{listDate}}); this consortium has {{count}} independent legal entity, established in one eligible country ({{countries, and}}).",
    tooFewOneCountry_other:
      "{{action, capital}} needs at least three independent legal entities, each established in a different EU member state or associated country (the Commission's list of participating countries as of {{listDate}}); this consortium has {{count}} independent legal entities, established in one eligible country ({{countries, and}}).",
    tooFewTwoCountries_one:
      "{{action, capital}} needs at least three independent legal entities, each established in a different EU member state or associated country (the Commission's list of participating countries as of {{listDate}}); this consortium has {{count}} independent legal entity, established in two eligible countries ({{countries, and}}).",
    tooFewTwoCountries_other:
      "{{action, capital}} needs at least three independent legal entities, each established in a different EU member state or associated country (the Commission's list of participating countries as of {{listDate}}); this consortium has {{count}} independent legal entities, established in two eligible countries ({{countries, and}}).",
    addCountries_one:
      "Add partners established in one more member state or associated country; the partner finder finds them when you give it countries.",
    addCountries_other:
      "Add partners established in {{count}} more member states or associated countries; the partner finder finds them when you give it countries.",
    addCountriesBesides_one:
      "Add partners established in one more member state or associated country other than {{countries, and}}; the partner finder finds them when you give it countries.",
    addCountriesBesides_other:
      "Add partners established in {{count}} more member states or associated countries other than {{countries, and}}; the partner finder finds them when you give it countries.",
    noMemberState:
      "{{action, capital}} needs at least one independent legal entity established in an EU member state; none of this consortium's is.",
    noMemberStateFix: "Add a partner established in an EU member state.",
    ruleMet:
      "Meets the rule for {{action}}: independent legal entities in {{number}} eligible countries ({{countries, and}}), at least one of them a member state.",
    possiblyControlled:
      "{{owner}} owns {{owned}}, directly or through others; if that gives control, the two are not independent legal entities.",
    possiblyControlledFix:
      "Check the ownership share; if {{owner}} controls {{owned}}, count them as one and add an independent partner.",
    actionTypeUnknown:
      "The type of action of {{call}} has no rule known here; the consortium is checked against the rule for {{action}}.",
    actionTypeUnknownFix: "Read the call's own conditions on the portal.",
    actionTypeDiffers: "{{call}} is {{callAction}}, but the consortium is checked against the rule for {{action}}.",
    actionTypeDiffersFix: "Check it as {{callAction}}, the call's own type of action.",
  },
  calls: {
    listed: "{{items, series}}",
    listedMore_one: "{{items, series}} and {{count}} more",
    listedMore_other: "{{items, series}} and {{count}} more",
    projects_one: "{{count}} project",
    projects_other: "{{count}} projects",
    destination: "destination {{id}}",
    destinationNamed: "destination {{id}} ({{name}})",
    text_one:
      "{{count}} project of {{actor}} begun before {{asOf}} matches the call's text; the closest, {{closest}}, shares {{words}}.",
    text_other:
      "{{count}} projects of {{actor}} begun before {{asOf}} match the call's text; the closest, {{closest}}, shares {{words}}.",
    textNone: "No project of {{actor}} begun before {{asOf}} matches the call's text.",
    familyTopic: "{{actor}} already won under this very topic: {{projects}}.",
    familyCall: "{{actor}} won under the same call before: {{projects}}.",
    familyDestination_one: "{{actor}} took part in {{count}} project of {{destination}}: {{projects}}.",
    familyDestination_other: "{{actor}} took part in {{count}} projects of {{destination}}: {{projects}}.",
    familyNone: "{{actor}} has no earlier project in this call or its destination.",
    partnersActive_one:
      "{{count}} partner of {{actor}} ({{partners}}) took part in {{projects}} of {{destination}} without it.",
    partnersActive_other:
      "{{count}} partners of {{actor}} ({{partners}}) took part in {{projects}} of {{destination}} without it.",
    noRecordEarlierPartners_one:
      "{{actor}} has no Horizon Europe project in the graph, so this call is listed because partners from its {{count}} Horizon 2020 project took part in its destination.",
    noRecordEarlierPartners_other:
      "{{actor}} has no Horizon Europe project in the graph, so this call is listed because partners from its {{count}} Horizon 2020 projects took part in its destination.",
    noRecordPartners:
      "{{actor}} has no EU project of its own in the graph, so this call is listed because partners a source ties it to took part in its destination.",
    noRecordKindEarlier_one:
      "{{actor}} has no Horizon Europe project in the graph, and no partner from its {{count}} Horizon 2020 project is active in an open call; listed are calls for {{actions, or}}, which suit {{sector}}.",
    noRecordKindEarlier_other:
      "{{actor}} has no Horizon Europe project in the graph, and no partner from its {{count}} Horizon 2020 projects is active in an open call; listed are calls for {{actions, or}}, which suit {{sector}}.",
    noRecordKind:
      "{{actor}} has no EU project of its own in the graph, and no partner of it is active in an open call; listed are calls for {{actions, or}}, which suit {{sector}}.",
    partnersNone: "No partner of {{actor}} took part in this call's destination without it.",
  },
};

type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };

/** The shape every language's catalogue has: the same keys as the English one. */
export type Messages = Catalogue<typeof en>;
