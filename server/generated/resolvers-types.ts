import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActorModel, ProjectModel, AgreementModel, StrategyModel, PlaceModel, SourceModel, CallModel, CallFamilyModel } from '../model/node-models.js';
import type { SuggestionModel, ProposedPartnerModel } from '../consortium/index.js';
import type { CollaborationModel } from '../analysis/index.js';
import type { RequestContext } from '../graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date, represented as a 'yyyy-mm-dd' string */
  Date: { input: string; output: string; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
};

/** The Horizon Europe type of action, which sets the eligibility rule (server/consortium/action-rules.ts says where each is stated). */
export type ActionType =
  /** Programme co-fund action: as RIA, among programme owners or managers. */
  | 'COFUND'
  /** Coordination and support action: one entity. */
  | 'CSA'
  /** EIC Accelerator: one company. */
  | 'EIC_ACCELERATOR'
  /** EIC Pathfinder Open: three independent entities from three countries. */
  | 'EIC_PATHFINDER'
  /** EIC Pathfinder Challenge: one entity or a consortium. */
  | 'EIC_PATHFINDER_CHALLENGE'
  /** EIC Transition: one entity or a consortium of up to five. */
  | 'EIC_TRANSITION'
  /** Innovation action: as RIA. */
  | 'IA'
  /** MSCA COFUND: one applicant. */
  | 'MSCA_COFUND'
  /** MSCA Doctoral Network: three independent entities from three countries. */
  | 'MSCA_DN'
  /** MSCA Postdoctoral Fellowship: one host organisation. */
  | 'MSCA_PF'
  /** MSCA Staff Exchanges: three independent entities, two of them in eligible countries. */
  | 'MSCA_SE'
  /** Pre-commercial procurement: as RIA, with a buyers group of two public procurers. */
  | 'PCP'
  /** Public procurement of innovative solutions: as PCP. */
  | 'PPI'
  /** Prize: no consortium rule (the rules of contest). */
  | 'PRIZE'
  /** Research and innovation action: three independent entities from three countries. */
  | 'RIA';

/** ActionType filters */
export type ActionTypeEnumScalarFilters = {
  eq?: InputMaybe<ActionType>;
  in?: InputMaybe<Array<ActionType>>;
};

export type Actor = {
  __typename?: 'Actor';
  adopts: Array<Strategy>;
  adoptsConnection: ActorAdoptsConnection;
  /** Actors this one urges to act (advocacy, påverkan), such as the City towards the government. */
  advocatesTo: Array<Actor>;
  advocatesToConnection: ActorAdvocatesToConnection;
  aliases?: Maybe<Array<Scalars['String']['output']>>;
  city?: Maybe<Scalars['String']['output']>;
  collaboratesWith: Array<Actor>;
  collaboratesWithConnection: ActorCollaboratesWithConnection;
  collaboratesWithIn: Array<Actor>;
  collaboratesWithInConnection: ActorCollaboratesWithInConnection;
  /** Strategies on which the actor gave a consultation response. */
  commentsOn: Array<Strategy>;
  commentsOnConnection: ActorCommentsOnConnection;
  /** Strategies about this actor: how the City is to work with it. */
  concernedBy: Array<Strategy>;
  concernedByConnection: ActorConcernedByConnection;
  confidence?: Maybe<Confidence>;
  /** Actors asked for their opinion on a proposal (remiss); until is the reply deadline. */
  consults: Array<Actor>;
  consultsConnection: ActorConsultsConnection;
  /** Proposals the actor sends out for consultation. */
  consultsOn: Array<Strategy>;
  consultsOnConnection: ActorConsultsOnConnection;
  /** Internal: whom to write to at the actor; editors and admins only. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Internal: whom to call at the actor; editors and admins only. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** The organisation's id in CORDIS (organisationID). */
  cordisId?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  /** Part of the curated graph (from the seed documents), not only of a bulk import. */
  curated?: Maybe<Scalars['Boolean']['output']>;
  financedBy: Array<Actor>;
  financedByConnection: ActorFinancedByConnection;
  finances: Array<Actor>;
  financesConnection: ActorFinancesConnection;
  foundedYear?: Maybe<Scalars['Int']['output']>;
  /** How certain foundedYear is: UNVERIFIED where no source says what the year counts from. */
  foundedYearConfidence?: Maybe<Confidence>;
  founderOf: Array<Actor>;
  founderOfConnection: ActorFounderOfConnection;
  founders: Array<Actor>;
  foundersConnection: ActorFoundersConnection;
  /** One of the region's 17 universities and university colleges in 2015. */
  hei2015?: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  /** The name the organisation is registered under (as in CORDIS), where it differs from name. */
  legalName?: Maybe<Scalars['String']['output']>;
  locatedIn: Array<Place>;
  locatedInConnection: ActorLocatedInConnection;
  memberOf: Array<Actor>;
  memberOfConnection: ActorMemberOfConnection;
  members: Array<Actor>;
  membersConnection: ActorMembersConnection;
  mentionedIn: Array<Source>;
  mentionedInConnection: ActorMentionedInConnection;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  ownedBy: Array<Actor>;
  ownedByConnection: ActorOwnedByConnection;
  owns: Array<Actor>;
  ownsConnection: ActorOwnsConnection;
  partOf: Array<Actor>;
  partOfConnection: ActorPartOfConnection;
  participatesIn: Array<Project>;
  participatesInConnection: ActorParticipatesInConnection;
  parts: Array<Actor>;
  partsConnection: ActorPartsConnection;
  partyTo: Array<Agreement>;
  partyToConnection: ActorPartyToConnection;
  /** Strategies and assignments the actor proposes or endorses (a proposal, not a decision). */
  proposes: Array<Strategy>;
  /** Positions or bodies the actor proposes to create. */
  proposesActors: Array<Actor>;
  proposesActorsConnection: ActorProposesActorsConnection;
  proposesConnection: ActorProposesConnection;
  /** The position or body the actor reports to (placed directly under it), without being part of it. */
  reportsTo: Array<Actor>;
  reportsToConnection: ActorReportsToConnection;
  responsibleFor: Array<Strategy>;
  responsibleForAgreements: Array<Agreement>;
  responsibleForAgreementsConnection: ActorResponsibleForAgreementsConnection;
  responsibleForConnection: ActorResponsibleForConnection;
  rorId?: Maybe<Scalars['String']['output']>;
  shortName?: Maybe<Scalars['String']['output']>;
  sme?: Maybe<Scalars['Boolean']['output']>;
  /** A position or body that a source proposes or intends, rather than one that exists. */
  status?: Maybe<Status>;
  /** Actors this one has the task to support. */
  supports: Array<Actor>;
  supportsConnection: ActorSupportsConnection;
  vatNumber?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
  wikidataId?: Maybe<Scalars['String']['output']>;
};


export type ActorAdoptsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


export type ActorAdoptsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorAdoptsConnectionSort>>;
  where?: InputMaybe<ActorAdoptsConnectionWhere>;
};


export type ActorAdvocatesToArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorAdvocatesToConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorAdvocatesToConnectionSort>>;
  where?: InputMaybe<ActorAdvocatesToConnectionWhere>;
};


export type ActorCollaboratesWithArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorCollaboratesWithConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorCollaboratesWithConnectionSort>>;
  where?: InputMaybe<ActorCollaboratesWithConnectionWhere>;
};


export type ActorCollaboratesWithInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorCollaboratesWithInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorCollaboratesWithInConnectionSort>>;
  where?: InputMaybe<ActorCollaboratesWithInConnectionWhere>;
};


export type ActorCommentsOnArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


export type ActorCommentsOnConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorCommentsOnConnectionSort>>;
  where?: InputMaybe<ActorCommentsOnConnectionWhere>;
};


export type ActorConcernedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


export type ActorConcernedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorConcernedByConnectionSort>>;
  where?: InputMaybe<ActorConcernedByConnectionWhere>;
};


export type ActorConsultsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorConsultsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorConsultsConnectionSort>>;
  where?: InputMaybe<ActorConsultsConnectionWhere>;
};


export type ActorConsultsOnArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


export type ActorConsultsOnConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorConsultsOnConnectionSort>>;
  where?: InputMaybe<ActorConsultsOnConnectionWhere>;
};


export type ActorFinancedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorFinancedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorFinancedByConnectionSort>>;
  where?: InputMaybe<ActorFinancedByConnectionWhere>;
};


export type ActorFinancesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorFinancesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorFinancesConnectionSort>>;
  where?: InputMaybe<ActorFinancesConnectionWhere>;
};


export type ActorFounderOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorFounderOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorFounderOfConnectionSort>>;
  where?: InputMaybe<ActorFounderOfConnectionWhere>;
};


export type ActorFoundersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorFoundersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorFoundersConnectionSort>>;
  where?: InputMaybe<ActorFoundersConnectionWhere>;
};


export type ActorLocatedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlaceSort>>;
  where?: InputMaybe<PlaceWhere>;
};


export type ActorLocatedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorLocatedInConnectionSort>>;
  where?: InputMaybe<ActorLocatedInConnectionWhere>;
};


export type ActorMemberOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorMemberOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorMemberOfConnectionSort>>;
  where?: InputMaybe<ActorMemberOfConnectionWhere>;
};


export type ActorMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorMembersConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorMembersConnectionSort>>;
  where?: InputMaybe<ActorMembersConnectionWhere>;
};


export type ActorMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


export type ActorMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorMentionedInConnectionSort>>;
  where?: InputMaybe<ActorMentionedInConnectionWhere>;
};


export type ActorOwnedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorOwnedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorOwnedByConnectionSort>>;
  where?: InputMaybe<ActorOwnedByConnectionWhere>;
};


export type ActorOwnsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorOwnsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorOwnsConnectionSort>>;
  where?: InputMaybe<ActorOwnsConnectionWhere>;
};


export type ActorPartOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorPartOfConnectionSort>>;
  where?: InputMaybe<ActorPartOfConnectionWhere>;
};


export type ActorParticipatesInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectSort>>;
  where?: InputMaybe<ProjectWhere>;
};


export type ActorParticipatesInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorParticipatesInConnectionSort>>;
  where?: InputMaybe<ActorParticipatesInConnectionWhere>;
};


export type ActorPartsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorPartsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorPartsConnectionSort>>;
  where?: InputMaybe<ActorPartsConnectionWhere>;
};


export type ActorPartyToArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementSort>>;
  where?: InputMaybe<AgreementWhere>;
};


export type ActorPartyToConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorPartyToConnectionSort>>;
  where?: InputMaybe<ActorPartyToConnectionWhere>;
};


export type ActorProposesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


export type ActorProposesActorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorProposesActorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorProposesActorsConnectionSort>>;
  where?: InputMaybe<ActorProposesActorsConnectionWhere>;
};


export type ActorProposesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorProposesConnectionSort>>;
  where?: InputMaybe<ActorProposesConnectionWhere>;
};


export type ActorReportsToArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorReportsToConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorReportsToConnectionSort>>;
  where?: InputMaybe<ActorReportsToConnectionWhere>;
};


export type ActorResponsibleForArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


export type ActorResponsibleForAgreementsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementSort>>;
  where?: InputMaybe<AgreementWhere>;
};


export type ActorResponsibleForAgreementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorResponsibleForAgreementsConnectionSort>>;
  where?: InputMaybe<ActorResponsibleForAgreementsConnectionWhere>;
};


export type ActorResponsibleForConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorResponsibleForConnectionSort>>;
  where?: InputMaybe<ActorResponsibleForConnectionWhere>;
};


export type ActorSupportsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type ActorSupportsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSupportsConnectionSort>>;
  where?: InputMaybe<ActorSupportsConnectionWhere>;
};

export type ActorActorAdvocatesToAggregateSelection = {
  __typename?: 'ActorActorAdvocatesToAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorAdvocatesToEdgeAggregateSelection>;
  node?: Maybe<ActorActorAdvocatesToNodeAggregateSelection>;
};

export type ActorActorAdvocatesToEdgeAggregateSelection = {
  __typename?: 'ActorActorAdvocatesToEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorAdvocatesToNodeAggregateSelection = {
  __typename?: 'ActorActorAdvocatesToNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorCollaboratesWithAggregateSelection = {
  __typename?: 'ActorActorCollaboratesWithAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorCollaboratesWithEdgeAggregateSelection>;
  node?: Maybe<ActorActorCollaboratesWithNodeAggregateSelection>;
};

export type ActorActorCollaboratesWithEdgeAggregateSelection = {
  __typename?: 'ActorActorCollaboratesWithEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorCollaboratesWithInAggregateSelection = {
  __typename?: 'ActorActorCollaboratesWithInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorCollaboratesWithInEdgeAggregateSelection>;
  node?: Maybe<ActorActorCollaboratesWithInNodeAggregateSelection>;
};

export type ActorActorCollaboratesWithInEdgeAggregateSelection = {
  __typename?: 'ActorActorCollaboratesWithInEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorCollaboratesWithInNodeAggregateSelection = {
  __typename?: 'ActorActorCollaboratesWithInNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorCollaboratesWithNodeAggregateSelection = {
  __typename?: 'ActorActorCollaboratesWithNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorConsultsAggregateSelection = {
  __typename?: 'ActorActorConsultsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorConsultsEdgeAggregateSelection>;
  node?: Maybe<ActorActorConsultsNodeAggregateSelection>;
};

export type ActorActorConsultsEdgeAggregateSelection = {
  __typename?: 'ActorActorConsultsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorConsultsNodeAggregateSelection = {
  __typename?: 'ActorActorConsultsNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorFinancedByAggregateSelection = {
  __typename?: 'ActorActorFinancedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorFinancedByEdgeAggregateSelection>;
  node?: Maybe<ActorActorFinancedByNodeAggregateSelection>;
};

export type ActorActorFinancedByEdgeAggregateSelection = {
  __typename?: 'ActorActorFinancedByEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorFinancedByNodeAggregateSelection = {
  __typename?: 'ActorActorFinancedByNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorFinancesAggregateSelection = {
  __typename?: 'ActorActorFinancesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorFinancesEdgeAggregateSelection>;
  node?: Maybe<ActorActorFinancesNodeAggregateSelection>;
};

export type ActorActorFinancesEdgeAggregateSelection = {
  __typename?: 'ActorActorFinancesEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorFinancesNodeAggregateSelection = {
  __typename?: 'ActorActorFinancesNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorFounderOfAggregateSelection = {
  __typename?: 'ActorActorFounderOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorFounderOfEdgeAggregateSelection>;
  node?: Maybe<ActorActorFounderOfNodeAggregateSelection>;
};

export type ActorActorFounderOfEdgeAggregateSelection = {
  __typename?: 'ActorActorFounderOfEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorFounderOfNodeAggregateSelection = {
  __typename?: 'ActorActorFounderOfNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorFoundersAggregateSelection = {
  __typename?: 'ActorActorFoundersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorFoundersEdgeAggregateSelection>;
  node?: Maybe<ActorActorFoundersNodeAggregateSelection>;
};

export type ActorActorFoundersEdgeAggregateSelection = {
  __typename?: 'ActorActorFoundersEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorFoundersNodeAggregateSelection = {
  __typename?: 'ActorActorFoundersNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorMemberOfAggregateSelection = {
  __typename?: 'ActorActorMemberOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorMemberOfEdgeAggregateSelection>;
  node?: Maybe<ActorActorMemberOfNodeAggregateSelection>;
};

export type ActorActorMemberOfEdgeAggregateSelection = {
  __typename?: 'ActorActorMemberOfEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorMemberOfNodeAggregateSelection = {
  __typename?: 'ActorActorMemberOfNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorMembersAggregateSelection = {
  __typename?: 'ActorActorMembersAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorMembersEdgeAggregateSelection>;
  node?: Maybe<ActorActorMembersNodeAggregateSelection>;
};

export type ActorActorMembersEdgeAggregateSelection = {
  __typename?: 'ActorActorMembersEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorMembersNodeAggregateSelection = {
  __typename?: 'ActorActorMembersNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorOwnedByAggregateSelection = {
  __typename?: 'ActorActorOwnedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorOwnedByEdgeAggregateSelection>;
  node?: Maybe<ActorActorOwnedByNodeAggregateSelection>;
};

export type ActorActorOwnedByEdgeAggregateSelection = {
  __typename?: 'ActorActorOwnedByEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorOwnedByNodeAggregateSelection = {
  __typename?: 'ActorActorOwnedByNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorOwnsAggregateSelection = {
  __typename?: 'ActorActorOwnsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorOwnsEdgeAggregateSelection>;
  node?: Maybe<ActorActorOwnsNodeAggregateSelection>;
};

export type ActorActorOwnsEdgeAggregateSelection = {
  __typename?: 'ActorActorOwnsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorOwnsNodeAggregateSelection = {
  __typename?: 'ActorActorOwnsNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorPartOfAggregateSelection = {
  __typename?: 'ActorActorPartOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorPartOfEdgeAggregateSelection>;
  node?: Maybe<ActorActorPartOfNodeAggregateSelection>;
};

export type ActorActorPartOfEdgeAggregateSelection = {
  __typename?: 'ActorActorPartOfEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorPartOfNodeAggregateSelection = {
  __typename?: 'ActorActorPartOfNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorPartsAggregateSelection = {
  __typename?: 'ActorActorPartsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorPartsEdgeAggregateSelection>;
  node?: Maybe<ActorActorPartsNodeAggregateSelection>;
};

export type ActorActorPartsEdgeAggregateSelection = {
  __typename?: 'ActorActorPartsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorPartsNodeAggregateSelection = {
  __typename?: 'ActorActorPartsNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorProposesActorsAggregateSelection = {
  __typename?: 'ActorActorProposesActorsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorProposesActorsEdgeAggregateSelection>;
  node?: Maybe<ActorActorProposesActorsNodeAggregateSelection>;
};

export type ActorActorProposesActorsEdgeAggregateSelection = {
  __typename?: 'ActorActorProposesActorsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorProposesActorsNodeAggregateSelection = {
  __typename?: 'ActorActorProposesActorsNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorReportsToAggregateSelection = {
  __typename?: 'ActorActorReportsToAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorReportsToEdgeAggregateSelection>;
  node?: Maybe<ActorActorReportsToNodeAggregateSelection>;
};

export type ActorActorReportsToEdgeAggregateSelection = {
  __typename?: 'ActorActorReportsToEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorReportsToNodeAggregateSelection = {
  __typename?: 'ActorActorReportsToNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorActorSupportsAggregateSelection = {
  __typename?: 'ActorActorSupportsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorActorSupportsEdgeAggregateSelection>;
  node?: Maybe<ActorActorSupportsNodeAggregateSelection>;
};

export type ActorActorSupportsEdgeAggregateSelection = {
  __typename?: 'ActorActorSupportsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorActorSupportsNodeAggregateSelection = {
  __typename?: 'ActorActorSupportsNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorAdoptsConnection = {
  __typename?: 'ActorAdoptsConnection';
  aggregate: ActorStrategyAdoptsAggregateSelection;
  edges: Array<ActorAdoptsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorAdoptsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorAdoptsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorAdoptsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorAdoptsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorAdoptsNodeAggregationWhereInput>;
};

export type ActorAdoptsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorAdoptsConnections */
  aggregate?: InputMaybe<ActorAdoptsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorAdoptsConnections match this filter */
  all?: InputMaybe<ActorAdoptsConnectionWhere>;
  /** Return Actors where none of the related ActorAdoptsConnections match this filter */
  none?: InputMaybe<ActorAdoptsConnectionWhere>;
  /** Return Actors where one of the related ActorAdoptsConnections match this filter */
  single?: InputMaybe<ActorAdoptsConnectionWhere>;
  /** Return Actors where some of the related ActorAdoptsConnections match this filter */
  some?: InputMaybe<ActorAdoptsConnectionWhere>;
};

export type ActorAdoptsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type ActorAdoptsConnectionWhere = {
  AND?: InputMaybe<Array<ActorAdoptsConnectionWhere>>;
  NOT?: InputMaybe<ActorAdoptsConnectionWhere>;
  OR?: InputMaybe<Array<ActorAdoptsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type ActorAdoptsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorAdoptsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorAdoptsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorAdoptsNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorAdoptsRelationship = {
  __typename?: 'ActorAdoptsRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type ActorAdvocatesToConnection = {
  __typename?: 'ActorAdvocatesToConnection';
  aggregate: ActorActorAdvocatesToAggregateSelection;
  edges: Array<ActorAdvocatesToRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorAdvocatesToConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorAdvocatesToConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorAdvocatesToConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorAdvocatesToConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorAdvocatesToNodeAggregationWhereInput>;
};

export type ActorAdvocatesToConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorAdvocatesToConnections */
  aggregate?: InputMaybe<ActorAdvocatesToConnectionAggregateInput>;
  /** Return Actors where all of the related ActorAdvocatesToConnections match this filter */
  all?: InputMaybe<ActorAdvocatesToConnectionWhere>;
  /** Return Actors where none of the related ActorAdvocatesToConnections match this filter */
  none?: InputMaybe<ActorAdvocatesToConnectionWhere>;
  /** Return Actors where one of the related ActorAdvocatesToConnections match this filter */
  single?: InputMaybe<ActorAdvocatesToConnectionWhere>;
  /** Return Actors where some of the related ActorAdvocatesToConnections match this filter */
  some?: InputMaybe<ActorAdvocatesToConnectionWhere>;
};

export type ActorAdvocatesToConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorAdvocatesToConnectionWhere = {
  AND?: InputMaybe<Array<ActorAdvocatesToConnectionWhere>>;
  NOT?: InputMaybe<ActorAdvocatesToConnectionWhere>;
  OR?: InputMaybe<Array<ActorAdvocatesToConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorAdvocatesToNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorAdvocatesToNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorAdvocatesToNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorAdvocatesToNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorAdvocatesToRelationship = {
  __typename?: 'ActorAdvocatesToRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorAggregate = {
  __typename?: 'ActorAggregate';
  count: Count;
  node: ActorAggregateNode;
};

export type ActorAggregateNode = {
  __typename?: 'ActorAggregateNode';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ActorAgreementPartyToAggregateSelection = {
  __typename?: 'ActorAgreementPartyToAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorAgreementPartyToEdgeAggregateSelection>;
  node?: Maybe<ActorAgreementPartyToNodeAggregateSelection>;
};

export type ActorAgreementPartyToEdgeAggregateSelection = {
  __typename?: 'ActorAgreementPartyToEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorAgreementPartyToNodeAggregateSelection = {
  __typename?: 'ActorAgreementPartyToNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ActorAgreementResponsibleForAgreementsAggregateSelection = {
  __typename?: 'ActorAgreementResponsibleForAgreementsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorAgreementResponsibleForAgreementsEdgeAggregateSelection>;
  node?: Maybe<ActorAgreementResponsibleForAgreementsNodeAggregateSelection>;
};

export type ActorAgreementResponsibleForAgreementsEdgeAggregateSelection = {
  __typename?: 'ActorAgreementResponsibleForAgreementsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorAgreementResponsibleForAgreementsNodeAggregateSelection = {
  __typename?: 'ActorAgreementResponsibleForAgreementsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ActorCollaboratesWithConnection = {
  __typename?: 'ActorCollaboratesWithConnection';
  aggregate: ActorActorCollaboratesWithAggregateSelection;
  edges: Array<ActorCollaboratesWithRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorCollaboratesWithConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorCollaboratesWithConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorCollaboratesWithConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorCollaboratesWithConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorCollaboratesWithNodeAggregationWhereInput>;
};

export type ActorCollaboratesWithConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorCollaboratesWithConnections */
  aggregate?: InputMaybe<ActorCollaboratesWithConnectionAggregateInput>;
  /** Return Actors where all of the related ActorCollaboratesWithConnections match this filter */
  all?: InputMaybe<ActorCollaboratesWithConnectionWhere>;
  /** Return Actors where none of the related ActorCollaboratesWithConnections match this filter */
  none?: InputMaybe<ActorCollaboratesWithConnectionWhere>;
  /** Return Actors where one of the related ActorCollaboratesWithConnections match this filter */
  single?: InputMaybe<ActorCollaboratesWithConnectionWhere>;
  /** Return Actors where some of the related ActorCollaboratesWithConnections match this filter */
  some?: InputMaybe<ActorCollaboratesWithConnectionWhere>;
};

export type ActorCollaboratesWithConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorCollaboratesWithConnectionWhere = {
  AND?: InputMaybe<Array<ActorCollaboratesWithConnectionWhere>>;
  NOT?: InputMaybe<ActorCollaboratesWithConnectionWhere>;
  OR?: InputMaybe<Array<ActorCollaboratesWithConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorCollaboratesWithInConnection = {
  __typename?: 'ActorCollaboratesWithInConnection';
  aggregate: ActorActorCollaboratesWithInAggregateSelection;
  edges: Array<ActorCollaboratesWithInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorCollaboratesWithInConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorCollaboratesWithInConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorCollaboratesWithInConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorCollaboratesWithInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorCollaboratesWithInNodeAggregationWhereInput>;
};

export type ActorCollaboratesWithInConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorCollaboratesWithInConnections */
  aggregate?: InputMaybe<ActorCollaboratesWithInConnectionAggregateInput>;
  /** Return Actors where all of the related ActorCollaboratesWithInConnections match this filter */
  all?: InputMaybe<ActorCollaboratesWithInConnectionWhere>;
  /** Return Actors where none of the related ActorCollaboratesWithInConnections match this filter */
  none?: InputMaybe<ActorCollaboratesWithInConnectionWhere>;
  /** Return Actors where one of the related ActorCollaboratesWithInConnections match this filter */
  single?: InputMaybe<ActorCollaboratesWithInConnectionWhere>;
  /** Return Actors where some of the related ActorCollaboratesWithInConnections match this filter */
  some?: InputMaybe<ActorCollaboratesWithInConnectionWhere>;
};

export type ActorCollaboratesWithInConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorCollaboratesWithInConnectionWhere = {
  AND?: InputMaybe<Array<ActorCollaboratesWithInConnectionWhere>>;
  NOT?: InputMaybe<ActorCollaboratesWithInConnectionWhere>;
  OR?: InputMaybe<Array<ActorCollaboratesWithInConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorCollaboratesWithInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorCollaboratesWithInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorCollaboratesWithInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorCollaboratesWithInNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorCollaboratesWithInRelationship = {
  __typename?: 'ActorCollaboratesWithInRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorCollaboratesWithNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorCollaboratesWithNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorCollaboratesWithNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorCollaboratesWithNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorCollaboratesWithRelationship = {
  __typename?: 'ActorCollaboratesWithRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorCommentsOnConnection = {
  __typename?: 'ActorCommentsOnConnection';
  aggregate: ActorStrategyCommentsOnAggregateSelection;
  edges: Array<ActorCommentsOnRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorCommentsOnConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorCommentsOnConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorCommentsOnConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorCommentsOnConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorCommentsOnNodeAggregationWhereInput>;
};

export type ActorCommentsOnConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorCommentsOnConnections */
  aggregate?: InputMaybe<ActorCommentsOnConnectionAggregateInput>;
  /** Return Actors where all of the related ActorCommentsOnConnections match this filter */
  all?: InputMaybe<ActorCommentsOnConnectionWhere>;
  /** Return Actors where none of the related ActorCommentsOnConnections match this filter */
  none?: InputMaybe<ActorCommentsOnConnectionWhere>;
  /** Return Actors where one of the related ActorCommentsOnConnections match this filter */
  single?: InputMaybe<ActorCommentsOnConnectionWhere>;
  /** Return Actors where some of the related ActorCommentsOnConnections match this filter */
  some?: InputMaybe<ActorCommentsOnConnectionWhere>;
};

export type ActorCommentsOnConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type ActorCommentsOnConnectionWhere = {
  AND?: InputMaybe<Array<ActorCommentsOnConnectionWhere>>;
  NOT?: InputMaybe<ActorCommentsOnConnectionWhere>;
  OR?: InputMaybe<Array<ActorCommentsOnConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type ActorCommentsOnNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorCommentsOnNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorCommentsOnNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorCommentsOnNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorCommentsOnRelationship = {
  __typename?: 'ActorCommentsOnRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type ActorConcernedByConnection = {
  __typename?: 'ActorConcernedByConnection';
  aggregate: ActorStrategyConcernedByAggregateSelection;
  edges: Array<ActorConcernedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorConcernedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorConcernedByConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorConcernedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorConcernedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorConcernedByNodeAggregationWhereInput>;
};

export type ActorConcernedByConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorConcernedByConnections */
  aggregate?: InputMaybe<ActorConcernedByConnectionAggregateInput>;
  /** Return Actors where all of the related ActorConcernedByConnections match this filter */
  all?: InputMaybe<ActorConcernedByConnectionWhere>;
  /** Return Actors where none of the related ActorConcernedByConnections match this filter */
  none?: InputMaybe<ActorConcernedByConnectionWhere>;
  /** Return Actors where one of the related ActorConcernedByConnections match this filter */
  single?: InputMaybe<ActorConcernedByConnectionWhere>;
  /** Return Actors where some of the related ActorConcernedByConnections match this filter */
  some?: InputMaybe<ActorConcernedByConnectionWhere>;
};

export type ActorConcernedByConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type ActorConcernedByConnectionWhere = {
  AND?: InputMaybe<Array<ActorConcernedByConnectionWhere>>;
  NOT?: InputMaybe<ActorConcernedByConnectionWhere>;
  OR?: InputMaybe<Array<ActorConcernedByConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type ActorConcernedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorConcernedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorConcernedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorConcernedByNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorConcernedByRelationship = {
  __typename?: 'ActorConcernedByRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type ActorConsultsConnection = {
  __typename?: 'ActorConsultsConnection';
  aggregate: ActorActorConsultsAggregateSelection;
  edges: Array<ActorConsultsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorConsultsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorConsultsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorConsultsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorConsultsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorConsultsNodeAggregationWhereInput>;
};

export type ActorConsultsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorConsultsConnections */
  aggregate?: InputMaybe<ActorConsultsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorConsultsConnections match this filter */
  all?: InputMaybe<ActorConsultsConnectionWhere>;
  /** Return Actors where none of the related ActorConsultsConnections match this filter */
  none?: InputMaybe<ActorConsultsConnectionWhere>;
  /** Return Actors where one of the related ActorConsultsConnections match this filter */
  single?: InputMaybe<ActorConsultsConnectionWhere>;
  /** Return Actors where some of the related ActorConsultsConnections match this filter */
  some?: InputMaybe<ActorConsultsConnectionWhere>;
};

export type ActorConsultsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorConsultsConnectionWhere = {
  AND?: InputMaybe<Array<ActorConsultsConnectionWhere>>;
  NOT?: InputMaybe<ActorConsultsConnectionWhere>;
  OR?: InputMaybe<Array<ActorConsultsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorConsultsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorConsultsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorConsultsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorConsultsNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorConsultsOnConnection = {
  __typename?: 'ActorConsultsOnConnection';
  aggregate: ActorStrategyConsultsOnAggregateSelection;
  edges: Array<ActorConsultsOnRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorConsultsOnConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorConsultsOnConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorConsultsOnConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorConsultsOnConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorConsultsOnNodeAggregationWhereInput>;
};

export type ActorConsultsOnConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorConsultsOnConnections */
  aggregate?: InputMaybe<ActorConsultsOnConnectionAggregateInput>;
  /** Return Actors where all of the related ActorConsultsOnConnections match this filter */
  all?: InputMaybe<ActorConsultsOnConnectionWhere>;
  /** Return Actors where none of the related ActorConsultsOnConnections match this filter */
  none?: InputMaybe<ActorConsultsOnConnectionWhere>;
  /** Return Actors where one of the related ActorConsultsOnConnections match this filter */
  single?: InputMaybe<ActorConsultsOnConnectionWhere>;
  /** Return Actors where some of the related ActorConsultsOnConnections match this filter */
  some?: InputMaybe<ActorConsultsOnConnectionWhere>;
};

export type ActorConsultsOnConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type ActorConsultsOnConnectionWhere = {
  AND?: InputMaybe<Array<ActorConsultsOnConnectionWhere>>;
  NOT?: InputMaybe<ActorConsultsOnConnectionWhere>;
  OR?: InputMaybe<Array<ActorConsultsOnConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type ActorConsultsOnNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorConsultsOnNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorConsultsOnNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorConsultsOnNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorConsultsOnRelationship = {
  __typename?: 'ActorConsultsOnRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type ActorConsultsRelationship = {
  __typename?: 'ActorConsultsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorEdge = {
  __typename?: 'ActorEdge';
  cursor: Scalars['String']['output'];
  node: Actor;
};

export type ActorFinancedByConnection = {
  __typename?: 'ActorFinancedByConnection';
  aggregate: ActorActorFinancedByAggregateSelection;
  edges: Array<ActorFinancedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorFinancedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorFinancedByConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorFinancedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorFinancedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorFinancedByNodeAggregationWhereInput>;
};

export type ActorFinancedByConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorFinancedByConnections */
  aggregate?: InputMaybe<ActorFinancedByConnectionAggregateInput>;
  /** Return Actors where all of the related ActorFinancedByConnections match this filter */
  all?: InputMaybe<ActorFinancedByConnectionWhere>;
  /** Return Actors where none of the related ActorFinancedByConnections match this filter */
  none?: InputMaybe<ActorFinancedByConnectionWhere>;
  /** Return Actors where one of the related ActorFinancedByConnections match this filter */
  single?: InputMaybe<ActorFinancedByConnectionWhere>;
  /** Return Actors where some of the related ActorFinancedByConnections match this filter */
  some?: InputMaybe<ActorFinancedByConnectionWhere>;
};

export type ActorFinancedByConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorFinancedByConnectionWhere = {
  AND?: InputMaybe<Array<ActorFinancedByConnectionWhere>>;
  NOT?: InputMaybe<ActorFinancedByConnectionWhere>;
  OR?: InputMaybe<Array<ActorFinancedByConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorFinancedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorFinancedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorFinancedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorFinancedByNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorFinancedByRelationship = {
  __typename?: 'ActorFinancedByRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorFinancesConnection = {
  __typename?: 'ActorFinancesConnection';
  aggregate: ActorActorFinancesAggregateSelection;
  edges: Array<ActorFinancesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorFinancesConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorFinancesConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorFinancesConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorFinancesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorFinancesNodeAggregationWhereInput>;
};

export type ActorFinancesConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorFinancesConnections */
  aggregate?: InputMaybe<ActorFinancesConnectionAggregateInput>;
  /** Return Actors where all of the related ActorFinancesConnections match this filter */
  all?: InputMaybe<ActorFinancesConnectionWhere>;
  /** Return Actors where none of the related ActorFinancesConnections match this filter */
  none?: InputMaybe<ActorFinancesConnectionWhere>;
  /** Return Actors where one of the related ActorFinancesConnections match this filter */
  single?: InputMaybe<ActorFinancesConnectionWhere>;
  /** Return Actors where some of the related ActorFinancesConnections match this filter */
  some?: InputMaybe<ActorFinancesConnectionWhere>;
};

export type ActorFinancesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorFinancesConnectionWhere = {
  AND?: InputMaybe<Array<ActorFinancesConnectionWhere>>;
  NOT?: InputMaybe<ActorFinancesConnectionWhere>;
  OR?: InputMaybe<Array<ActorFinancesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorFinancesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorFinancesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorFinancesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorFinancesNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorFinancesRelationship = {
  __typename?: 'ActorFinancesRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorFounderOfConnection = {
  __typename?: 'ActorFounderOfConnection';
  aggregate: ActorActorFounderOfAggregateSelection;
  edges: Array<ActorFounderOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorFounderOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorFounderOfConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorFounderOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorFounderOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorFounderOfNodeAggregationWhereInput>;
};

export type ActorFounderOfConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorFounderOfConnections */
  aggregate?: InputMaybe<ActorFounderOfConnectionAggregateInput>;
  /** Return Actors where all of the related ActorFounderOfConnections match this filter */
  all?: InputMaybe<ActorFounderOfConnectionWhere>;
  /** Return Actors where none of the related ActorFounderOfConnections match this filter */
  none?: InputMaybe<ActorFounderOfConnectionWhere>;
  /** Return Actors where one of the related ActorFounderOfConnections match this filter */
  single?: InputMaybe<ActorFounderOfConnectionWhere>;
  /** Return Actors where some of the related ActorFounderOfConnections match this filter */
  some?: InputMaybe<ActorFounderOfConnectionWhere>;
};

export type ActorFounderOfConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorFounderOfConnectionWhere = {
  AND?: InputMaybe<Array<ActorFounderOfConnectionWhere>>;
  NOT?: InputMaybe<ActorFounderOfConnectionWhere>;
  OR?: InputMaybe<Array<ActorFounderOfConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorFounderOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorFounderOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorFounderOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorFounderOfNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorFounderOfRelationship = {
  __typename?: 'ActorFounderOfRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorFoundersConnection = {
  __typename?: 'ActorFoundersConnection';
  aggregate: ActorActorFoundersAggregateSelection;
  edges: Array<ActorFoundersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorFoundersConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorFoundersConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorFoundersConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorFoundersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorFoundersNodeAggregationWhereInput>;
};

export type ActorFoundersConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorFoundersConnections */
  aggregate?: InputMaybe<ActorFoundersConnectionAggregateInput>;
  /** Return Actors where all of the related ActorFoundersConnections match this filter */
  all?: InputMaybe<ActorFoundersConnectionWhere>;
  /** Return Actors where none of the related ActorFoundersConnections match this filter */
  none?: InputMaybe<ActorFoundersConnectionWhere>;
  /** Return Actors where one of the related ActorFoundersConnections match this filter */
  single?: InputMaybe<ActorFoundersConnectionWhere>;
  /** Return Actors where some of the related ActorFoundersConnections match this filter */
  some?: InputMaybe<ActorFoundersConnectionWhere>;
};

export type ActorFoundersConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorFoundersConnectionWhere = {
  AND?: InputMaybe<Array<ActorFoundersConnectionWhere>>;
  NOT?: InputMaybe<ActorFoundersConnectionWhere>;
  OR?: InputMaybe<Array<ActorFoundersConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorFoundersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorFoundersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorFoundersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorFoundersNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorFoundersRelationship = {
  __typename?: 'ActorFoundersRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

/** The fields of an actor that an editor sets; a field left out stays as it is, a field set to null is removed. */
export type ActorInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  city?: InputMaybe<Scalars['String']['input']>;
  confidence?: InputMaybe<Confidence>;
  /** Internal: editors and admins only. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** Internal: editors and admins only. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  cordisId?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  curated?: InputMaybe<Scalars['Boolean']['input']>;
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  hei2015?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required when the actor is new. */
  kind?: InputMaybe<ActorKind>;
  /** Required when the actor is new. */
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  rorId?: InputMaybe<Scalars['String']['input']>;
  shortName?: InputMaybe<Scalars['String']['input']>;
  sme?: InputMaybe<Scalars['Boolean']['input']>;
  vatNumber?: InputMaybe<Scalars['String']['input']>;
  /** An http or https URL. */
  website?: InputMaybe<Scalars['String']['input']>;
  wikidataId?: InputMaybe<Scalars['String']['input']>;
};

/** What an actor is: a body of the City, a university, a company, a foundation… */
export type ActorKind =
  | 'CITY_BOARD'
  | 'CITY_COMPANY'
  | 'CITY_OFFICE'
  | 'COMPANY'
  | 'DISTRICT_BOARD'
  | 'FOUNDATION'
  | 'GOVERNMENT'
  | 'GROUP'
  | 'MUNICIPALITY'
  | 'NETWORK'
  | 'OTHER'
  | 'POSITION'
  | 'PUBLIC_BODY'
  | 'REGION'
  | 'RESEARCH_ORGANISATION'
  | 'UNIVERSITY';

/** ActorKind filters */
export type ActorKindEnumScalarFilters = {
  eq?: InputMaybe<ActorKind>;
  in?: InputMaybe<Array<ActorKind>>;
};

export type ActorLocatedInConnection = {
  __typename?: 'ActorLocatedInConnection';
  aggregate: ActorPlaceLocatedInAggregateSelection;
  edges: Array<ActorLocatedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorLocatedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorLocatedInConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorLocatedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorLocatedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorLocatedInNodeAggregationWhereInput>;
};

export type ActorLocatedInConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorLocatedInConnections */
  aggregate?: InputMaybe<ActorLocatedInConnectionAggregateInput>;
  /** Return Actors where all of the related ActorLocatedInConnections match this filter */
  all?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Actors where none of the related ActorLocatedInConnections match this filter */
  none?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Actors where one of the related ActorLocatedInConnections match this filter */
  single?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Actors where some of the related ActorLocatedInConnections match this filter */
  some?: InputMaybe<ActorLocatedInConnectionWhere>;
};

export type ActorLocatedInConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<PlaceSort>;
};

export type ActorLocatedInConnectionWhere = {
  AND?: InputMaybe<Array<ActorLocatedInConnectionWhere>>;
  NOT?: InputMaybe<ActorLocatedInConnectionWhere>;
  OR?: InputMaybe<Array<ActorLocatedInConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<PlaceWhere>;
};

export type ActorLocatedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorLocatedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorLocatedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorLocatedInNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorLocatedInRelationship = {
  __typename?: 'ActorLocatedInRelationship';
  cursor: Scalars['String']['output'];
  node: Place;
  properties: Provenance;
};

export type ActorMemberOfConnection = {
  __typename?: 'ActorMemberOfConnection';
  aggregate: ActorActorMemberOfAggregateSelection;
  edges: Array<ActorMemberOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorMemberOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorMemberOfConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorMemberOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorMemberOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorMemberOfNodeAggregationWhereInput>;
};

export type ActorMemberOfConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorMemberOfConnections */
  aggregate?: InputMaybe<ActorMemberOfConnectionAggregateInput>;
  /** Return Actors where all of the related ActorMemberOfConnections match this filter */
  all?: InputMaybe<ActorMemberOfConnectionWhere>;
  /** Return Actors where none of the related ActorMemberOfConnections match this filter */
  none?: InputMaybe<ActorMemberOfConnectionWhere>;
  /** Return Actors where one of the related ActorMemberOfConnections match this filter */
  single?: InputMaybe<ActorMemberOfConnectionWhere>;
  /** Return Actors where some of the related ActorMemberOfConnections match this filter */
  some?: InputMaybe<ActorMemberOfConnectionWhere>;
};

export type ActorMemberOfConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorMemberOfConnectionWhere = {
  AND?: InputMaybe<Array<ActorMemberOfConnectionWhere>>;
  NOT?: InputMaybe<ActorMemberOfConnectionWhere>;
  OR?: InputMaybe<Array<ActorMemberOfConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorMemberOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorMemberOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorMemberOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorMemberOfNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorMemberOfRelationship = {
  __typename?: 'ActorMemberOfRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorMembersConnection = {
  __typename?: 'ActorMembersConnection';
  aggregate: ActorActorMembersAggregateSelection;
  edges: Array<ActorMembersRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorMembersConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorMembersConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorMembersConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorMembersConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorMembersNodeAggregationWhereInput>;
};

export type ActorMembersConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorMembersConnections */
  aggregate?: InputMaybe<ActorMembersConnectionAggregateInput>;
  /** Return Actors where all of the related ActorMembersConnections match this filter */
  all?: InputMaybe<ActorMembersConnectionWhere>;
  /** Return Actors where none of the related ActorMembersConnections match this filter */
  none?: InputMaybe<ActorMembersConnectionWhere>;
  /** Return Actors where one of the related ActorMembersConnections match this filter */
  single?: InputMaybe<ActorMembersConnectionWhere>;
  /** Return Actors where some of the related ActorMembersConnections match this filter */
  some?: InputMaybe<ActorMembersConnectionWhere>;
};

export type ActorMembersConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorMembersConnectionWhere = {
  AND?: InputMaybe<Array<ActorMembersConnectionWhere>>;
  NOT?: InputMaybe<ActorMembersConnectionWhere>;
  OR?: InputMaybe<Array<ActorMembersConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorMembersNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorMembersNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorMembersNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorMembersNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorMembersRelationship = {
  __typename?: 'ActorMembersRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorMentionedInConnection = {
  __typename?: 'ActorMentionedInConnection';
  aggregate: ActorSourceMentionedInAggregateSelection;
  edges: Array<ActorMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorMentionedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorMentionedInConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorMentionedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorMentionedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MentionAggregationWhereInput>;
  node?: InputMaybe<ActorMentionedInNodeAggregationWhereInput>;
};

export type ActorMentionedInConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorMentionedInConnections */
  aggregate?: InputMaybe<ActorMentionedInConnectionAggregateInput>;
  /** Return Actors where all of the related ActorMentionedInConnections match this filter */
  all?: InputMaybe<ActorMentionedInConnectionWhere>;
  /** Return Actors where none of the related ActorMentionedInConnections match this filter */
  none?: InputMaybe<ActorMentionedInConnectionWhere>;
  /** Return Actors where one of the related ActorMentionedInConnections match this filter */
  single?: InputMaybe<ActorMentionedInConnectionWhere>;
  /** Return Actors where some of the related ActorMentionedInConnections match this filter */
  some?: InputMaybe<ActorMentionedInConnectionWhere>;
};

export type ActorMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<SourceSort>;
};

export type ActorMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<ActorMentionedInConnectionWhere>>;
  NOT?: InputMaybe<ActorMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<ActorMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type ActorMentionedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorMentionedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorMentionedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorMentionedInNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  datePrecision?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  document?: InputMaybe<StringScalarAggregationFilters>;
  issuer?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  language?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  reference?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorMentionedInRelationship = {
  __typename?: 'ActorMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Mention;
};

export type ActorOwnedByConnection = {
  __typename?: 'ActorOwnedByConnection';
  aggregate: ActorActorOwnedByAggregateSelection;
  edges: Array<ActorOwnedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorOwnedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorOwnedByConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorOwnedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorOwnedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorOwnedByNodeAggregationWhereInput>;
};

export type ActorOwnedByConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorOwnedByConnections */
  aggregate?: InputMaybe<ActorOwnedByConnectionAggregateInput>;
  /** Return Actors where all of the related ActorOwnedByConnections match this filter */
  all?: InputMaybe<ActorOwnedByConnectionWhere>;
  /** Return Actors where none of the related ActorOwnedByConnections match this filter */
  none?: InputMaybe<ActorOwnedByConnectionWhere>;
  /** Return Actors where one of the related ActorOwnedByConnections match this filter */
  single?: InputMaybe<ActorOwnedByConnectionWhere>;
  /** Return Actors where some of the related ActorOwnedByConnections match this filter */
  some?: InputMaybe<ActorOwnedByConnectionWhere>;
};

export type ActorOwnedByConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorOwnedByConnectionWhere = {
  AND?: InputMaybe<Array<ActorOwnedByConnectionWhere>>;
  NOT?: InputMaybe<ActorOwnedByConnectionWhere>;
  OR?: InputMaybe<Array<ActorOwnedByConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorOwnedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorOwnedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorOwnedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorOwnedByNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorOwnedByRelationship = {
  __typename?: 'ActorOwnedByRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorOwnsConnection = {
  __typename?: 'ActorOwnsConnection';
  aggregate: ActorActorOwnsAggregateSelection;
  edges: Array<ActorOwnsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorOwnsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorOwnsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorOwnsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorOwnsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorOwnsNodeAggregationWhereInput>;
};

export type ActorOwnsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorOwnsConnections */
  aggregate?: InputMaybe<ActorOwnsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorOwnsConnections match this filter */
  all?: InputMaybe<ActorOwnsConnectionWhere>;
  /** Return Actors where none of the related ActorOwnsConnections match this filter */
  none?: InputMaybe<ActorOwnsConnectionWhere>;
  /** Return Actors where one of the related ActorOwnsConnections match this filter */
  single?: InputMaybe<ActorOwnsConnectionWhere>;
  /** Return Actors where some of the related ActorOwnsConnections match this filter */
  some?: InputMaybe<ActorOwnsConnectionWhere>;
};

export type ActorOwnsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorOwnsConnectionWhere = {
  AND?: InputMaybe<Array<ActorOwnsConnectionWhere>>;
  NOT?: InputMaybe<ActorOwnsConnectionWhere>;
  OR?: InputMaybe<Array<ActorOwnsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorOwnsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorOwnsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorOwnsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorOwnsNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorOwnsRelationship = {
  __typename?: 'ActorOwnsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorPartOfConnection = {
  __typename?: 'ActorPartOfConnection';
  aggregate: ActorActorPartOfAggregateSelection;
  edges: Array<ActorPartOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorPartOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorPartOfConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorPartOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorPartOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorPartOfNodeAggregationWhereInput>;
};

export type ActorPartOfConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorPartOfConnections */
  aggregate?: InputMaybe<ActorPartOfConnectionAggregateInput>;
  /** Return Actors where all of the related ActorPartOfConnections match this filter */
  all?: InputMaybe<ActorPartOfConnectionWhere>;
  /** Return Actors where none of the related ActorPartOfConnections match this filter */
  none?: InputMaybe<ActorPartOfConnectionWhere>;
  /** Return Actors where one of the related ActorPartOfConnections match this filter */
  single?: InputMaybe<ActorPartOfConnectionWhere>;
  /** Return Actors where some of the related ActorPartOfConnections match this filter */
  some?: InputMaybe<ActorPartOfConnectionWhere>;
};

export type ActorPartOfConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorPartOfConnectionWhere = {
  AND?: InputMaybe<Array<ActorPartOfConnectionWhere>>;
  NOT?: InputMaybe<ActorPartOfConnectionWhere>;
  OR?: InputMaybe<Array<ActorPartOfConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorPartOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorPartOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorPartOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorPartOfNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorPartOfRelationship = {
  __typename?: 'ActorPartOfRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorParticipatesInConnection = {
  __typename?: 'ActorParticipatesInConnection';
  aggregate: ActorProjectParticipatesInAggregateSelection;
  edges: Array<ActorParticipatesInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorParticipatesInConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorParticipatesInConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorParticipatesInConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorParticipatesInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ParticipationAggregationWhereInput>;
  node?: InputMaybe<ActorParticipatesInNodeAggregationWhereInput>;
};

export type ActorParticipatesInConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorParticipatesInConnections */
  aggregate?: InputMaybe<ActorParticipatesInConnectionAggregateInput>;
  /** Return Actors where all of the related ActorParticipatesInConnections match this filter */
  all?: InputMaybe<ActorParticipatesInConnectionWhere>;
  /** Return Actors where none of the related ActorParticipatesInConnections match this filter */
  none?: InputMaybe<ActorParticipatesInConnectionWhere>;
  /** Return Actors where one of the related ActorParticipatesInConnections match this filter */
  single?: InputMaybe<ActorParticipatesInConnectionWhere>;
  /** Return Actors where some of the related ActorParticipatesInConnections match this filter */
  some?: InputMaybe<ActorParticipatesInConnectionWhere>;
};

export type ActorParticipatesInConnectionSort = {
  edge?: InputMaybe<ParticipationSort>;
  node?: InputMaybe<ProjectSort>;
};

export type ActorParticipatesInConnectionWhere = {
  AND?: InputMaybe<Array<ActorParticipatesInConnectionWhere>>;
  NOT?: InputMaybe<ActorParticipatesInConnectionWhere>;
  OR?: InputMaybe<Array<ActorParticipatesInConnectionWhere>>;
  edge?: InputMaybe<ParticipationWhere>;
  node?: InputMaybe<ProjectWhere>;
};

export type ActorParticipatesInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorParticipatesInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorParticipatesInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorParticipatesInNodeAggregationWhereInput>>;
  acronym?: InputMaybe<StringScalarAggregationFilters>;
  call?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  ecMaxContribution?: InputMaybe<FloatScalarAggregationFilters>;
  fundingScheme?: InputMaybe<StringScalarAggregationFilters>;
  legalBasis?: InputMaybe<StringScalarAggregationFilters>;
  objective?: InputMaybe<StringScalarAggregationFilters>;
  programme?: InputMaybe<StringScalarAggregationFilters>;
  rcn?: InputMaybe<StringScalarAggregationFilters>;
  sourceId?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
  subCall?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  totalCost?: InputMaybe<FloatScalarAggregationFilters>;
};

export type ActorParticipatesInRelationship = {
  __typename?: 'ActorParticipatesInRelationship';
  cursor: Scalars['String']['output'];
  node: Project;
  properties: Participation;
};

export type ActorPartsConnection = {
  __typename?: 'ActorPartsConnection';
  aggregate: ActorActorPartsAggregateSelection;
  edges: Array<ActorPartsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorPartsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorPartsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorPartsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorPartsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorPartsNodeAggregationWhereInput>;
};

export type ActorPartsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorPartsConnections */
  aggregate?: InputMaybe<ActorPartsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorPartsConnections match this filter */
  all?: InputMaybe<ActorPartsConnectionWhere>;
  /** Return Actors where none of the related ActorPartsConnections match this filter */
  none?: InputMaybe<ActorPartsConnectionWhere>;
  /** Return Actors where one of the related ActorPartsConnections match this filter */
  single?: InputMaybe<ActorPartsConnectionWhere>;
  /** Return Actors where some of the related ActorPartsConnections match this filter */
  some?: InputMaybe<ActorPartsConnectionWhere>;
};

export type ActorPartsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorPartsConnectionWhere = {
  AND?: InputMaybe<Array<ActorPartsConnectionWhere>>;
  NOT?: InputMaybe<ActorPartsConnectionWhere>;
  OR?: InputMaybe<Array<ActorPartsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorPartsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorPartsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorPartsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorPartsNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorPartsRelationship = {
  __typename?: 'ActorPartsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorPartyToConnection = {
  __typename?: 'ActorPartyToConnection';
  aggregate: ActorAgreementPartyToAggregateSelection;
  edges: Array<ActorPartyToRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorPartyToConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorPartyToConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorPartyToConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorPartyToConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorPartyToNodeAggregationWhereInput>;
};

export type ActorPartyToConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorPartyToConnections */
  aggregate?: InputMaybe<ActorPartyToConnectionAggregateInput>;
  /** Return Actors where all of the related ActorPartyToConnections match this filter */
  all?: InputMaybe<ActorPartyToConnectionWhere>;
  /** Return Actors where none of the related ActorPartyToConnections match this filter */
  none?: InputMaybe<ActorPartyToConnectionWhere>;
  /** Return Actors where one of the related ActorPartyToConnections match this filter */
  single?: InputMaybe<ActorPartyToConnectionWhere>;
  /** Return Actors where some of the related ActorPartyToConnections match this filter */
  some?: InputMaybe<ActorPartyToConnectionWhere>;
};

export type ActorPartyToConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AgreementSort>;
};

export type ActorPartyToConnectionWhere = {
  AND?: InputMaybe<Array<ActorPartyToConnectionWhere>>;
  NOT?: InputMaybe<ActorPartyToConnectionWhere>;
  OR?: InputMaybe<Array<ActorPartyToConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgreementWhere>;
};

export type ActorPartyToNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorPartyToNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorPartyToNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorPartyToNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorPartyToRelationship = {
  __typename?: 'ActorPartyToRelationship';
  cursor: Scalars['String']['output'];
  node: Agreement;
  properties: Provenance;
};

export type ActorPlaceLocatedInAggregateSelection = {
  __typename?: 'ActorPlaceLocatedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorPlaceLocatedInEdgeAggregateSelection>;
  node?: Maybe<ActorPlaceLocatedInNodeAggregateSelection>;
};

export type ActorPlaceLocatedInEdgeAggregateSelection = {
  __typename?: 'ActorPlaceLocatedInEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorPlaceLocatedInNodeAggregateSelection = {
  __typename?: 'ActorPlaceLocatedInNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ActorProjectParticipatesInAggregateSelection = {
  __typename?: 'ActorProjectParticipatesInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorProjectParticipatesInEdgeAggregateSelection>;
  node?: Maybe<ActorProjectParticipatesInNodeAggregateSelection>;
};

export type ActorProjectParticipatesInEdgeAggregateSelection = {
  __typename?: 'ActorProjectParticipatesInEdgeAggregateSelection';
  ecContribution: FloatAggregateSelection;
  locator: StringAggregateSelection;
  netEcContribution: FloatAggregateSelection;
  order: IntAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
  totalCost: FloatAggregateSelection;
};

export type ActorProjectParticipatesInNodeAggregateSelection = {
  __typename?: 'ActorProjectParticipatesInNodeAggregateSelection';
  acronym: StringAggregateSelection;
  call: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  ecMaxContribution: FloatAggregateSelection;
  fundingScheme: StringAggregateSelection;
  legalBasis: StringAggregateSelection;
  objective: StringAggregateSelection;
  programme: StringAggregateSelection;
  rcn: StringAggregateSelection;
  sourceId: StringAggregateSelection;
  status: StringAggregateSelection;
  subCall: StringAggregateSelection;
  title: StringAggregateSelection;
  totalCost: FloatAggregateSelection;
};

export type ActorProposesActorsConnection = {
  __typename?: 'ActorProposesActorsConnection';
  aggregate: ActorActorProposesActorsAggregateSelection;
  edges: Array<ActorProposesActorsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorProposesActorsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorProposesActorsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorProposesActorsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorProposesActorsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorProposesActorsNodeAggregationWhereInput>;
};

export type ActorProposesActorsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorProposesActorsConnections */
  aggregate?: InputMaybe<ActorProposesActorsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorProposesActorsConnections match this filter */
  all?: InputMaybe<ActorProposesActorsConnectionWhere>;
  /** Return Actors where none of the related ActorProposesActorsConnections match this filter */
  none?: InputMaybe<ActorProposesActorsConnectionWhere>;
  /** Return Actors where one of the related ActorProposesActorsConnections match this filter */
  single?: InputMaybe<ActorProposesActorsConnectionWhere>;
  /** Return Actors where some of the related ActorProposesActorsConnections match this filter */
  some?: InputMaybe<ActorProposesActorsConnectionWhere>;
};

export type ActorProposesActorsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorProposesActorsConnectionWhere = {
  AND?: InputMaybe<Array<ActorProposesActorsConnectionWhere>>;
  NOT?: InputMaybe<ActorProposesActorsConnectionWhere>;
  OR?: InputMaybe<Array<ActorProposesActorsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorProposesActorsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorProposesActorsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorProposesActorsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorProposesActorsNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorProposesActorsRelationship = {
  __typename?: 'ActorProposesActorsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorProposesConnection = {
  __typename?: 'ActorProposesConnection';
  aggregate: ActorStrategyProposesAggregateSelection;
  edges: Array<ActorProposesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorProposesConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorProposesConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorProposesConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorProposesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorProposesNodeAggregationWhereInput>;
};

export type ActorProposesConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorProposesConnections */
  aggregate?: InputMaybe<ActorProposesConnectionAggregateInput>;
  /** Return Actors where all of the related ActorProposesConnections match this filter */
  all?: InputMaybe<ActorProposesConnectionWhere>;
  /** Return Actors where none of the related ActorProposesConnections match this filter */
  none?: InputMaybe<ActorProposesConnectionWhere>;
  /** Return Actors where one of the related ActorProposesConnections match this filter */
  single?: InputMaybe<ActorProposesConnectionWhere>;
  /** Return Actors where some of the related ActorProposesConnections match this filter */
  some?: InputMaybe<ActorProposesConnectionWhere>;
};

export type ActorProposesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type ActorProposesConnectionWhere = {
  AND?: InputMaybe<Array<ActorProposesConnectionWhere>>;
  NOT?: InputMaybe<ActorProposesConnectionWhere>;
  OR?: InputMaybe<Array<ActorProposesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type ActorProposesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorProposesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorProposesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorProposesNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorProposesRelationship = {
  __typename?: 'ActorProposesRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type ActorRelationshipFilters = {
  /** Filter type where all of the related Actors match this filter */
  all?: InputMaybe<ActorWhere>;
  /** Filter type where none of the related Actors match this filter */
  none?: InputMaybe<ActorWhere>;
  /** Filter type where one of the related Actors match this filter */
  single?: InputMaybe<ActorWhere>;
  /** Filter type where some of the related Actors match this filter */
  some?: InputMaybe<ActorWhere>;
};

export type ActorReportsToConnection = {
  __typename?: 'ActorReportsToConnection';
  aggregate: ActorActorReportsToAggregateSelection;
  edges: Array<ActorReportsToRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorReportsToConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorReportsToConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorReportsToConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorReportsToConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorReportsToNodeAggregationWhereInput>;
};

export type ActorReportsToConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorReportsToConnections */
  aggregate?: InputMaybe<ActorReportsToConnectionAggregateInput>;
  /** Return Actors where all of the related ActorReportsToConnections match this filter */
  all?: InputMaybe<ActorReportsToConnectionWhere>;
  /** Return Actors where none of the related ActorReportsToConnections match this filter */
  none?: InputMaybe<ActorReportsToConnectionWhere>;
  /** Return Actors where one of the related ActorReportsToConnections match this filter */
  single?: InputMaybe<ActorReportsToConnectionWhere>;
  /** Return Actors where some of the related ActorReportsToConnections match this filter */
  some?: InputMaybe<ActorReportsToConnectionWhere>;
};

export type ActorReportsToConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorReportsToConnectionWhere = {
  AND?: InputMaybe<Array<ActorReportsToConnectionWhere>>;
  NOT?: InputMaybe<ActorReportsToConnectionWhere>;
  OR?: InputMaybe<Array<ActorReportsToConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorReportsToNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorReportsToNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorReportsToNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorReportsToNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorReportsToRelationship = {
  __typename?: 'ActorReportsToRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorResponsibleForAgreementsConnection = {
  __typename?: 'ActorResponsibleForAgreementsConnection';
  aggregate: ActorAgreementResponsibleForAgreementsAggregateSelection;
  edges: Array<ActorResponsibleForAgreementsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorResponsibleForAgreementsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorResponsibleForAgreementsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorResponsibleForAgreementsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorResponsibleForAgreementsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorResponsibleForAgreementsNodeAggregationWhereInput>;
};

export type ActorResponsibleForAgreementsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorResponsibleForAgreementsConnections */
  aggregate?: InputMaybe<ActorResponsibleForAgreementsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorResponsibleForAgreementsConnections match this filter */
  all?: InputMaybe<ActorResponsibleForAgreementsConnectionWhere>;
  /** Return Actors where none of the related ActorResponsibleForAgreementsConnections match this filter */
  none?: InputMaybe<ActorResponsibleForAgreementsConnectionWhere>;
  /** Return Actors where one of the related ActorResponsibleForAgreementsConnections match this filter */
  single?: InputMaybe<ActorResponsibleForAgreementsConnectionWhere>;
  /** Return Actors where some of the related ActorResponsibleForAgreementsConnections match this filter */
  some?: InputMaybe<ActorResponsibleForAgreementsConnectionWhere>;
};

export type ActorResponsibleForAgreementsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AgreementSort>;
};

export type ActorResponsibleForAgreementsConnectionWhere = {
  AND?: InputMaybe<Array<ActorResponsibleForAgreementsConnectionWhere>>;
  NOT?: InputMaybe<ActorResponsibleForAgreementsConnectionWhere>;
  OR?: InputMaybe<Array<ActorResponsibleForAgreementsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgreementWhere>;
};

export type ActorResponsibleForAgreementsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorResponsibleForAgreementsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorResponsibleForAgreementsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorResponsibleForAgreementsNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorResponsibleForAgreementsRelationship = {
  __typename?: 'ActorResponsibleForAgreementsRelationship';
  cursor: Scalars['String']['output'];
  node: Agreement;
  properties: Provenance;
};

export type ActorResponsibleForConnection = {
  __typename?: 'ActorResponsibleForConnection';
  aggregate: ActorStrategyResponsibleForAggregateSelection;
  edges: Array<ActorResponsibleForRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorResponsibleForConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorResponsibleForConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorResponsibleForConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorResponsibleForConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorResponsibleForNodeAggregationWhereInput>;
};

export type ActorResponsibleForConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorResponsibleForConnections */
  aggregate?: InputMaybe<ActorResponsibleForConnectionAggregateInput>;
  /** Return Actors where all of the related ActorResponsibleForConnections match this filter */
  all?: InputMaybe<ActorResponsibleForConnectionWhere>;
  /** Return Actors where none of the related ActorResponsibleForConnections match this filter */
  none?: InputMaybe<ActorResponsibleForConnectionWhere>;
  /** Return Actors where one of the related ActorResponsibleForConnections match this filter */
  single?: InputMaybe<ActorResponsibleForConnectionWhere>;
  /** Return Actors where some of the related ActorResponsibleForConnections match this filter */
  some?: InputMaybe<ActorResponsibleForConnectionWhere>;
};

export type ActorResponsibleForConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type ActorResponsibleForConnectionWhere = {
  AND?: InputMaybe<Array<ActorResponsibleForConnectionWhere>>;
  NOT?: InputMaybe<ActorResponsibleForConnectionWhere>;
  OR?: InputMaybe<Array<ActorResponsibleForConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type ActorResponsibleForNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorResponsibleForNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorResponsibleForNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorResponsibleForNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorResponsibleForRelationship = {
  __typename?: 'ActorResponsibleForRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

/** Fields to sort Actors by. The order in which sorts are applied is not guaranteed when specifying many fields in one ActorSort object. */
export type ActorSort = {
  city?: InputMaybe<SortDirection>;
  confidence?: InputMaybe<SortDirection>;
  cordisId?: InputMaybe<SortDirection>;
  country?: InputMaybe<SortDirection>;
  curated?: InputMaybe<SortDirection>;
  foundedYear?: InputMaybe<SortDirection>;
  foundedYearConfidence?: InputMaybe<SortDirection>;
  hei2015?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  legalName?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  nameEn?: InputMaybe<SortDirection>;
  rorId?: InputMaybe<SortDirection>;
  shortName?: InputMaybe<SortDirection>;
  sme?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  vatNumber?: InputMaybe<SortDirection>;
  website?: InputMaybe<SortDirection>;
  wikidataId?: InputMaybe<SortDirection>;
};

export type ActorSourceMentionedInAggregateSelection = {
  __typename?: 'ActorSourceMentionedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorSourceMentionedInEdgeAggregateSelection>;
  node?: Maybe<ActorSourceMentionedInNodeAggregateSelection>;
};

export type ActorSourceMentionedInEdgeAggregateSelection = {
  __typename?: 'ActorSourceMentionedInEdgeAggregateSelection';
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type ActorSourceMentionedInNodeAggregateSelection = {
  __typename?: 'ActorSourceMentionedInNodeAggregateSelection';
  attribution: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  document: StringAggregateSelection;
  issuer: StringAggregateSelection;
  kind: StringAggregateSelection;
  language: StringAggregateSelection;
  licence: StringAggregateSelection;
  note: StringAggregateSelection;
  reference: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

export type ActorStrategyAdoptsAggregateSelection = {
  __typename?: 'ActorStrategyAdoptsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorStrategyAdoptsEdgeAggregateSelection>;
  node?: Maybe<ActorStrategyAdoptsNodeAggregateSelection>;
};

export type ActorStrategyAdoptsEdgeAggregateSelection = {
  __typename?: 'ActorStrategyAdoptsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorStrategyAdoptsNodeAggregateSelection = {
  __typename?: 'ActorStrategyAdoptsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ActorStrategyCommentsOnAggregateSelection = {
  __typename?: 'ActorStrategyCommentsOnAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorStrategyCommentsOnEdgeAggregateSelection>;
  node?: Maybe<ActorStrategyCommentsOnNodeAggregateSelection>;
};

export type ActorStrategyCommentsOnEdgeAggregateSelection = {
  __typename?: 'ActorStrategyCommentsOnEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorStrategyCommentsOnNodeAggregateSelection = {
  __typename?: 'ActorStrategyCommentsOnNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ActorStrategyConcernedByAggregateSelection = {
  __typename?: 'ActorStrategyConcernedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorStrategyConcernedByEdgeAggregateSelection>;
  node?: Maybe<ActorStrategyConcernedByNodeAggregateSelection>;
};

export type ActorStrategyConcernedByEdgeAggregateSelection = {
  __typename?: 'ActorStrategyConcernedByEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorStrategyConcernedByNodeAggregateSelection = {
  __typename?: 'ActorStrategyConcernedByNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ActorStrategyConsultsOnAggregateSelection = {
  __typename?: 'ActorStrategyConsultsOnAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorStrategyConsultsOnEdgeAggregateSelection>;
  node?: Maybe<ActorStrategyConsultsOnNodeAggregateSelection>;
};

export type ActorStrategyConsultsOnEdgeAggregateSelection = {
  __typename?: 'ActorStrategyConsultsOnEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorStrategyConsultsOnNodeAggregateSelection = {
  __typename?: 'ActorStrategyConsultsOnNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ActorStrategyProposesAggregateSelection = {
  __typename?: 'ActorStrategyProposesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorStrategyProposesEdgeAggregateSelection>;
  node?: Maybe<ActorStrategyProposesNodeAggregateSelection>;
};

export type ActorStrategyProposesEdgeAggregateSelection = {
  __typename?: 'ActorStrategyProposesEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorStrategyProposesNodeAggregateSelection = {
  __typename?: 'ActorStrategyProposesNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ActorStrategyResponsibleForAggregateSelection = {
  __typename?: 'ActorStrategyResponsibleForAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ActorStrategyResponsibleForEdgeAggregateSelection>;
  node?: Maybe<ActorStrategyResponsibleForNodeAggregateSelection>;
};

export type ActorStrategyResponsibleForEdgeAggregateSelection = {
  __typename?: 'ActorStrategyResponsibleForEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ActorStrategyResponsibleForNodeAggregateSelection = {
  __typename?: 'ActorStrategyResponsibleForNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type ActorSupportsConnection = {
  __typename?: 'ActorSupportsConnection';
  aggregate: ActorActorSupportsAggregateSelection;
  edges: Array<ActorSupportsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActorSupportsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ActorSupportsConnectionAggregateInput>>;
  NOT?: InputMaybe<ActorSupportsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ActorSupportsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ActorSupportsNodeAggregationWhereInput>;
};

export type ActorSupportsConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorSupportsConnections */
  aggregate?: InputMaybe<ActorSupportsConnectionAggregateInput>;
  /** Return Actors where all of the related ActorSupportsConnections match this filter */
  all?: InputMaybe<ActorSupportsConnectionWhere>;
  /** Return Actors where none of the related ActorSupportsConnections match this filter */
  none?: InputMaybe<ActorSupportsConnectionWhere>;
  /** Return Actors where one of the related ActorSupportsConnections match this filter */
  single?: InputMaybe<ActorSupportsConnectionWhere>;
  /** Return Actors where some of the related ActorSupportsConnections match this filter */
  some?: InputMaybe<ActorSupportsConnectionWhere>;
};

export type ActorSupportsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type ActorSupportsConnectionWhere = {
  AND?: InputMaybe<Array<ActorSupportsConnectionWhere>>;
  NOT?: InputMaybe<ActorSupportsConnectionWhere>;
  OR?: InputMaybe<Array<ActorSupportsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ActorSupportsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ActorSupportsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ActorSupportsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ActorSupportsNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ActorSupportsRelationship = {
  __typename?: 'ActorSupportsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type ActorWhere = {
  AND?: InputMaybe<Array<ActorWhere>>;
  NOT?: InputMaybe<ActorWhere>;
  OR?: InputMaybe<Array<ActorWhere>>;
  adopts?: InputMaybe<StrategyRelationshipFilters>;
  adoptsConnection?: InputMaybe<ActorAdoptsConnectionFilters>;
  advocatesTo?: InputMaybe<ActorRelationshipFilters>;
  advocatesToConnection?: InputMaybe<ActorAdvocatesToConnectionFilters>;
  aliases?: InputMaybe<StringListFilters>;
  city?: InputMaybe<StringScalarFilters>;
  collaboratesWith?: InputMaybe<ActorRelationshipFilters>;
  collaboratesWithConnection?: InputMaybe<ActorCollaboratesWithConnectionFilters>;
  collaboratesWithIn?: InputMaybe<ActorRelationshipFilters>;
  collaboratesWithInConnection?: InputMaybe<ActorCollaboratesWithInConnectionFilters>;
  commentsOn?: InputMaybe<StrategyRelationshipFilters>;
  commentsOnConnection?: InputMaybe<ActorCommentsOnConnectionFilters>;
  concernedBy?: InputMaybe<StrategyRelationshipFilters>;
  concernedByConnection?: InputMaybe<ActorConcernedByConnectionFilters>;
  confidence?: InputMaybe<ConfidenceEnumScalarFilters>;
  consults?: InputMaybe<ActorRelationshipFilters>;
  consultsConnection?: InputMaybe<ActorConsultsConnectionFilters>;
  consultsOn?: InputMaybe<StrategyRelationshipFilters>;
  consultsOnConnection?: InputMaybe<ActorConsultsOnConnectionFilters>;
  cordisId?: InputMaybe<StringScalarFilters>;
  country?: InputMaybe<StringScalarFilters>;
  curated?: InputMaybe<BooleanScalarFilters>;
  deletedAt?: InputMaybe<DateTimeScalarFilters>;
  financedBy?: InputMaybe<ActorRelationshipFilters>;
  financedByConnection?: InputMaybe<ActorFinancedByConnectionFilters>;
  finances?: InputMaybe<ActorRelationshipFilters>;
  financesConnection?: InputMaybe<ActorFinancesConnectionFilters>;
  foundedYear?: InputMaybe<IntScalarFilters>;
  foundedYearConfidence?: InputMaybe<ConfidenceEnumScalarFilters>;
  founderOf?: InputMaybe<ActorRelationshipFilters>;
  founderOfConnection?: InputMaybe<ActorFounderOfConnectionFilters>;
  founders?: InputMaybe<ActorRelationshipFilters>;
  foundersConnection?: InputMaybe<ActorFoundersConnectionFilters>;
  hei2015?: InputMaybe<BooleanScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<ActorKindEnumScalarFilters>;
  legalName?: InputMaybe<StringScalarFilters>;
  locatedIn?: InputMaybe<PlaceRelationshipFilters>;
  locatedInConnection?: InputMaybe<ActorLocatedInConnectionFilters>;
  memberOf?: InputMaybe<ActorRelationshipFilters>;
  memberOfConnection?: InputMaybe<ActorMemberOfConnectionFilters>;
  members?: InputMaybe<ActorRelationshipFilters>;
  membersConnection?: InputMaybe<ActorMembersConnectionFilters>;
  mentionedIn?: InputMaybe<SourceRelationshipFilters>;
  mentionedInConnection?: InputMaybe<ActorMentionedInConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  nameEn?: InputMaybe<StringScalarFilters>;
  ownedBy?: InputMaybe<ActorRelationshipFilters>;
  ownedByConnection?: InputMaybe<ActorOwnedByConnectionFilters>;
  owns?: InputMaybe<ActorRelationshipFilters>;
  ownsConnection?: InputMaybe<ActorOwnsConnectionFilters>;
  partOf?: InputMaybe<ActorRelationshipFilters>;
  partOfConnection?: InputMaybe<ActorPartOfConnectionFilters>;
  participatesIn?: InputMaybe<ProjectRelationshipFilters>;
  participatesInConnection?: InputMaybe<ActorParticipatesInConnectionFilters>;
  parts?: InputMaybe<ActorRelationshipFilters>;
  partsConnection?: InputMaybe<ActorPartsConnectionFilters>;
  partyTo?: InputMaybe<AgreementRelationshipFilters>;
  partyToConnection?: InputMaybe<ActorPartyToConnectionFilters>;
  proposes?: InputMaybe<StrategyRelationshipFilters>;
  proposesActors?: InputMaybe<ActorRelationshipFilters>;
  proposesActorsConnection?: InputMaybe<ActorProposesActorsConnectionFilters>;
  proposesConnection?: InputMaybe<ActorProposesConnectionFilters>;
  reportsTo?: InputMaybe<ActorRelationshipFilters>;
  reportsToConnection?: InputMaybe<ActorReportsToConnectionFilters>;
  responsibleFor?: InputMaybe<StrategyRelationshipFilters>;
  responsibleForAgreements?: InputMaybe<AgreementRelationshipFilters>;
  responsibleForAgreementsConnection?: InputMaybe<ActorResponsibleForAgreementsConnectionFilters>;
  responsibleForConnection?: InputMaybe<ActorResponsibleForConnectionFilters>;
  rorId?: InputMaybe<StringScalarFilters>;
  shortName?: InputMaybe<StringScalarFilters>;
  sme?: InputMaybe<BooleanScalarFilters>;
  status?: InputMaybe<StatusEnumScalarFilters>;
  supports?: InputMaybe<ActorRelationshipFilters>;
  supportsConnection?: InputMaybe<ActorSupportsConnectionFilters>;
  vatNumber?: InputMaybe<StringScalarFilters>;
  website?: InputMaybe<StringScalarFilters>;
  wikidataId?: InputMaybe<StringScalarFilters>;
};

export type ActorsConnection = {
  __typename?: 'ActorsConnection';
  aggregate: ActorAggregate;
  edges: Array<ActorEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type Agreement = {
  __typename?: 'Agreement';
  covers: Array<Strategy>;
  coversConnection: AgreementCoversConnection;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  locatedIn: Array<Place>;
  locatedInConnection: AgreementLocatedInConnection;
  mentionedIn: Array<Source>;
  mentionedInConnection: AgreementMentionedInConnection;
  name: Scalars['String']['output'];
  parties: Array<Actor>;
  partiesConnection: AgreementPartiesConnection;
  responsible: Array<Actor>;
  responsibleConnection: AgreementResponsibleConnection;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validUntil?: Maybe<Scalars['Date']['output']>;
};


export type AgreementCoversArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


export type AgreementCoversConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementCoversConnectionSort>>;
  where?: InputMaybe<AgreementCoversConnectionWhere>;
};


export type AgreementLocatedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlaceSort>>;
  where?: InputMaybe<PlaceWhere>;
};


export type AgreementLocatedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementLocatedInConnectionSort>>;
  where?: InputMaybe<AgreementLocatedInConnectionWhere>;
};


export type AgreementMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


export type AgreementMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementMentionedInConnectionSort>>;
  where?: InputMaybe<AgreementMentionedInConnectionWhere>;
};


export type AgreementPartiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type AgreementPartiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementPartiesConnectionSort>>;
  where?: InputMaybe<AgreementPartiesConnectionWhere>;
};


export type AgreementResponsibleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type AgreementResponsibleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementResponsibleConnectionSort>>;
  where?: InputMaybe<AgreementResponsibleConnectionWhere>;
};

export type AgreementActorPartiesAggregateSelection = {
  __typename?: 'AgreementActorPartiesAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgreementActorPartiesEdgeAggregateSelection>;
  node?: Maybe<AgreementActorPartiesNodeAggregateSelection>;
};

export type AgreementActorPartiesEdgeAggregateSelection = {
  __typename?: 'AgreementActorPartiesEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type AgreementActorPartiesNodeAggregateSelection = {
  __typename?: 'AgreementActorPartiesNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type AgreementActorResponsibleAggregateSelection = {
  __typename?: 'AgreementActorResponsibleAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgreementActorResponsibleEdgeAggregateSelection>;
  node?: Maybe<AgreementActorResponsibleNodeAggregateSelection>;
};

export type AgreementActorResponsibleEdgeAggregateSelection = {
  __typename?: 'AgreementActorResponsibleEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type AgreementActorResponsibleNodeAggregateSelection = {
  __typename?: 'AgreementActorResponsibleNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type AgreementAggregate = {
  __typename?: 'AgreementAggregate';
  count: Count;
  node: AgreementAggregateNode;
};

export type AgreementAggregateNode = {
  __typename?: 'AgreementAggregateNode';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type AgreementCoversConnection = {
  __typename?: 'AgreementCoversConnection';
  aggregate: AgreementStrategyCoversAggregateSelection;
  edges: Array<AgreementCoversRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementCoversConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgreementCoversConnectionAggregateInput>>;
  NOT?: InputMaybe<AgreementCoversConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgreementCoversConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgreementCoversNodeAggregationWhereInput>;
};

export type AgreementCoversConnectionFilters = {
  /** Filter Agreements by aggregating results on related AgreementCoversConnections */
  aggregate?: InputMaybe<AgreementCoversConnectionAggregateInput>;
  /** Return Agreements where all of the related AgreementCoversConnections match this filter */
  all?: InputMaybe<AgreementCoversConnectionWhere>;
  /** Return Agreements where none of the related AgreementCoversConnections match this filter */
  none?: InputMaybe<AgreementCoversConnectionWhere>;
  /** Return Agreements where one of the related AgreementCoversConnections match this filter */
  single?: InputMaybe<AgreementCoversConnectionWhere>;
  /** Return Agreements where some of the related AgreementCoversConnections match this filter */
  some?: InputMaybe<AgreementCoversConnectionWhere>;
};

export type AgreementCoversConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type AgreementCoversConnectionWhere = {
  AND?: InputMaybe<Array<AgreementCoversConnectionWhere>>;
  NOT?: InputMaybe<AgreementCoversConnectionWhere>;
  OR?: InputMaybe<Array<AgreementCoversConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type AgreementCoversNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgreementCoversNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgreementCoversNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgreementCoversNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgreementCoversRelationship = {
  __typename?: 'AgreementCoversRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  cursor: Scalars['String']['output'];
  node: Agreement;
};

/** The fields of an agreement that an editor sets; a field left out stays as it is, a field set to null is removed. */
export type AgreementInput = {
  /** Required when the agreement is new. */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Required when the agreement is new. */
  name?: InputMaybe<Scalars['String']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

export type AgreementLocatedInConnection = {
  __typename?: 'AgreementLocatedInConnection';
  aggregate: AgreementPlaceLocatedInAggregateSelection;
  edges: Array<AgreementLocatedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementLocatedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgreementLocatedInConnectionAggregateInput>>;
  NOT?: InputMaybe<AgreementLocatedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgreementLocatedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgreementLocatedInNodeAggregationWhereInput>;
};

export type AgreementLocatedInConnectionFilters = {
  /** Filter Agreements by aggregating results on related AgreementLocatedInConnections */
  aggregate?: InputMaybe<AgreementLocatedInConnectionAggregateInput>;
  /** Return Agreements where all of the related AgreementLocatedInConnections match this filter */
  all?: InputMaybe<AgreementLocatedInConnectionWhere>;
  /** Return Agreements where none of the related AgreementLocatedInConnections match this filter */
  none?: InputMaybe<AgreementLocatedInConnectionWhere>;
  /** Return Agreements where one of the related AgreementLocatedInConnections match this filter */
  single?: InputMaybe<AgreementLocatedInConnectionWhere>;
  /** Return Agreements where some of the related AgreementLocatedInConnections match this filter */
  some?: InputMaybe<AgreementLocatedInConnectionWhere>;
};

export type AgreementLocatedInConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<PlaceSort>;
};

export type AgreementLocatedInConnectionWhere = {
  AND?: InputMaybe<Array<AgreementLocatedInConnectionWhere>>;
  NOT?: InputMaybe<AgreementLocatedInConnectionWhere>;
  OR?: InputMaybe<Array<AgreementLocatedInConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<PlaceWhere>;
};

export type AgreementLocatedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgreementLocatedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgreementLocatedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgreementLocatedInNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgreementLocatedInRelationship = {
  __typename?: 'AgreementLocatedInRelationship';
  cursor: Scalars['String']['output'];
  node: Place;
  properties: Provenance;
};

export type AgreementMentionedInConnection = {
  __typename?: 'AgreementMentionedInConnection';
  aggregate: AgreementSourceMentionedInAggregateSelection;
  edges: Array<AgreementMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementMentionedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgreementMentionedInConnectionAggregateInput>>;
  NOT?: InputMaybe<AgreementMentionedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgreementMentionedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MentionAggregationWhereInput>;
  node?: InputMaybe<AgreementMentionedInNodeAggregationWhereInput>;
};

export type AgreementMentionedInConnectionFilters = {
  /** Filter Agreements by aggregating results on related AgreementMentionedInConnections */
  aggregate?: InputMaybe<AgreementMentionedInConnectionAggregateInput>;
  /** Return Agreements where all of the related AgreementMentionedInConnections match this filter */
  all?: InputMaybe<AgreementMentionedInConnectionWhere>;
  /** Return Agreements where none of the related AgreementMentionedInConnections match this filter */
  none?: InputMaybe<AgreementMentionedInConnectionWhere>;
  /** Return Agreements where one of the related AgreementMentionedInConnections match this filter */
  single?: InputMaybe<AgreementMentionedInConnectionWhere>;
  /** Return Agreements where some of the related AgreementMentionedInConnections match this filter */
  some?: InputMaybe<AgreementMentionedInConnectionWhere>;
};

export type AgreementMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<SourceSort>;
};

export type AgreementMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<AgreementMentionedInConnectionWhere>>;
  NOT?: InputMaybe<AgreementMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<AgreementMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type AgreementMentionedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgreementMentionedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgreementMentionedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgreementMentionedInNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  datePrecision?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  document?: InputMaybe<StringScalarAggregationFilters>;
  issuer?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  language?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  reference?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgreementMentionedInRelationship = {
  __typename?: 'AgreementMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Mention;
};

export type AgreementPartiesConnection = {
  __typename?: 'AgreementPartiesConnection';
  aggregate: AgreementActorPartiesAggregateSelection;
  edges: Array<AgreementPartiesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementPartiesConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgreementPartiesConnectionAggregateInput>>;
  NOT?: InputMaybe<AgreementPartiesConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgreementPartiesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgreementPartiesNodeAggregationWhereInput>;
};

export type AgreementPartiesConnectionFilters = {
  /** Filter Agreements by aggregating results on related AgreementPartiesConnections */
  aggregate?: InputMaybe<AgreementPartiesConnectionAggregateInput>;
  /** Return Agreements where all of the related AgreementPartiesConnections match this filter */
  all?: InputMaybe<AgreementPartiesConnectionWhere>;
  /** Return Agreements where none of the related AgreementPartiesConnections match this filter */
  none?: InputMaybe<AgreementPartiesConnectionWhere>;
  /** Return Agreements where one of the related AgreementPartiesConnections match this filter */
  single?: InputMaybe<AgreementPartiesConnectionWhere>;
  /** Return Agreements where some of the related AgreementPartiesConnections match this filter */
  some?: InputMaybe<AgreementPartiesConnectionWhere>;
};

export type AgreementPartiesConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type AgreementPartiesConnectionWhere = {
  AND?: InputMaybe<Array<AgreementPartiesConnectionWhere>>;
  NOT?: InputMaybe<AgreementPartiesConnectionWhere>;
  OR?: InputMaybe<Array<AgreementPartiesConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type AgreementPartiesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgreementPartiesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgreementPartiesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgreementPartiesNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgreementPartiesRelationship = {
  __typename?: 'AgreementPartiesRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type AgreementPlaceLocatedInAggregateSelection = {
  __typename?: 'AgreementPlaceLocatedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgreementPlaceLocatedInEdgeAggregateSelection>;
  node?: Maybe<AgreementPlaceLocatedInNodeAggregateSelection>;
};

export type AgreementPlaceLocatedInEdgeAggregateSelection = {
  __typename?: 'AgreementPlaceLocatedInEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type AgreementPlaceLocatedInNodeAggregateSelection = {
  __typename?: 'AgreementPlaceLocatedInNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type AgreementRelationshipFilters = {
  /** Filter type where all of the related Agreements match this filter */
  all?: InputMaybe<AgreementWhere>;
  /** Filter type where none of the related Agreements match this filter */
  none?: InputMaybe<AgreementWhere>;
  /** Filter type where one of the related Agreements match this filter */
  single?: InputMaybe<AgreementWhere>;
  /** Filter type where some of the related Agreements match this filter */
  some?: InputMaybe<AgreementWhere>;
};

export type AgreementResponsibleConnection = {
  __typename?: 'AgreementResponsibleConnection';
  aggregate: AgreementActorResponsibleAggregateSelection;
  edges: Array<AgreementResponsibleRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AgreementResponsibleConnectionAggregateInput = {
  AND?: InputMaybe<Array<AgreementResponsibleConnectionAggregateInput>>;
  NOT?: InputMaybe<AgreementResponsibleConnectionAggregateInput>;
  OR?: InputMaybe<Array<AgreementResponsibleConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<AgreementResponsibleNodeAggregationWhereInput>;
};

export type AgreementResponsibleConnectionFilters = {
  /** Filter Agreements by aggregating results on related AgreementResponsibleConnections */
  aggregate?: InputMaybe<AgreementResponsibleConnectionAggregateInput>;
  /** Return Agreements where all of the related AgreementResponsibleConnections match this filter */
  all?: InputMaybe<AgreementResponsibleConnectionWhere>;
  /** Return Agreements where none of the related AgreementResponsibleConnections match this filter */
  none?: InputMaybe<AgreementResponsibleConnectionWhere>;
  /** Return Agreements where one of the related AgreementResponsibleConnections match this filter */
  single?: InputMaybe<AgreementResponsibleConnectionWhere>;
  /** Return Agreements where some of the related AgreementResponsibleConnections match this filter */
  some?: InputMaybe<AgreementResponsibleConnectionWhere>;
};

export type AgreementResponsibleConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type AgreementResponsibleConnectionWhere = {
  AND?: InputMaybe<Array<AgreementResponsibleConnectionWhere>>;
  NOT?: InputMaybe<AgreementResponsibleConnectionWhere>;
  OR?: InputMaybe<Array<AgreementResponsibleConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type AgreementResponsibleNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<AgreementResponsibleNodeAggregationWhereInput>>;
  NOT?: InputMaybe<AgreementResponsibleNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<AgreementResponsibleNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type AgreementResponsibleRelationship = {
  __typename?: 'AgreementResponsibleRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

/** Fields to sort Agreements by. The order in which sorts are applied is not guaranteed when specifying many fields in one AgreementSort object. */
export type AgreementSort = {
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  validFrom?: InputMaybe<SortDirection>;
  validUntil?: InputMaybe<SortDirection>;
};

export type AgreementSourceMentionedInAggregateSelection = {
  __typename?: 'AgreementSourceMentionedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgreementSourceMentionedInEdgeAggregateSelection>;
  node?: Maybe<AgreementSourceMentionedInNodeAggregateSelection>;
};

export type AgreementSourceMentionedInEdgeAggregateSelection = {
  __typename?: 'AgreementSourceMentionedInEdgeAggregateSelection';
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type AgreementSourceMentionedInNodeAggregateSelection = {
  __typename?: 'AgreementSourceMentionedInNodeAggregateSelection';
  attribution: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  document: StringAggregateSelection;
  issuer: StringAggregateSelection;
  kind: StringAggregateSelection;
  language: StringAggregateSelection;
  licence: StringAggregateSelection;
  note: StringAggregateSelection;
  reference: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

export type AgreementStrategyCoversAggregateSelection = {
  __typename?: 'AgreementStrategyCoversAggregateSelection';
  count: CountConnection;
  edge?: Maybe<AgreementStrategyCoversEdgeAggregateSelection>;
  node?: Maybe<AgreementStrategyCoversNodeAggregateSelection>;
};

export type AgreementStrategyCoversEdgeAggregateSelection = {
  __typename?: 'AgreementStrategyCoversEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type AgreementStrategyCoversNodeAggregateSelection = {
  __typename?: 'AgreementStrategyCoversNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type AgreementWhere = {
  AND?: InputMaybe<Array<AgreementWhere>>;
  NOT?: InputMaybe<AgreementWhere>;
  OR?: InputMaybe<Array<AgreementWhere>>;
  covers?: InputMaybe<StrategyRelationshipFilters>;
  coversConnection?: InputMaybe<AgreementCoversConnectionFilters>;
  deletedAt?: InputMaybe<DateTimeScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<StringScalarFilters>;
  locatedIn?: InputMaybe<PlaceRelationshipFilters>;
  locatedInConnection?: InputMaybe<AgreementLocatedInConnectionFilters>;
  mentionedIn?: InputMaybe<SourceRelationshipFilters>;
  mentionedInConnection?: InputMaybe<AgreementMentionedInConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  parties?: InputMaybe<ActorRelationshipFilters>;
  partiesConnection?: InputMaybe<AgreementPartiesConnectionFilters>;
  responsible?: InputMaybe<ActorRelationshipFilters>;
  responsibleConnection?: InputMaybe<AgreementResponsibleConnectionFilters>;
  validFrom?: InputMaybe<DateScalarFilters>;
  validUntil?: InputMaybe<DateScalarFilters>;
};

export type AgreementsConnection = {
  __typename?: 'AgreementsConnection';
  aggregate: AgreementAggregate;
  edges: Array<AgreementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A Horizon Europe call topic as the Funding & Tenders Portal publishes it; `id` is the topic code. */
export type Call = {
  __typename?: 'Call';
  /** The type of action; null when its rule is not known (cascade funding, EIC equity-only calls). */
  actionType?: Maybe<ActionType>;
  /** The topic's budget in euro. */
  budget?: Maybe<Scalars['Float']['output']>;
  /** The call the topic belongs to, such as HORIZON-CL5-2027-07. */
  callId?: Maybe<Scalars['String']['output']>;
  /** The deadline (for two-stage topics, the first stage's). */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** The start of the topic's description (expected outcome, scope), cut at about 1,100 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** The work programme destination, as the portal names it. */
  destination?: Maybe<Scalars['String']['output']>;
  /** The programme's divisions, from the programme down to the destination. */
  divisions?: Maybe<Array<Scalars['String']['output']>>;
  expectedGrants?: Maybe<Scalars['Int']['output']>;
  /** The call and the destination the topic belongs to. */
  families: Array<CallFamily>;
  familiesConnection: CallFamiliesConnection;
  /** The topic code, such as HORIZON-CL5-2027-07-D3-28. */
  id: Scalars['ID']['output'];
  /** When the portal's feed last listed the topic: status and deadline are as of this time. */
  lastSeen?: Maybe<Scalars['DateTime']['output']>;
  maxContribution?: Maybe<Scalars['Float']['output']>;
  mentionedIn: Array<Source>;
  mentionedInConnection: CallMentionedInConnection;
  minContribution?: Maybe<Scalars['Float']['output']>;
  openingDate?: Maybe<Scalars['Date']['output']>;
  /** CORDIS projects funded under this topic. */
  projects: Array<Project>;
  projectsConnection: CallProjectsConnection;
  title: Scalars['String']['output'];
  /** The topic's page on the portal. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A Horizon Europe call topic as the Funding & Tenders Portal publishes it; `id` is the topic code. */
export type CallFamiliesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallFamilySort>>;
  where?: InputMaybe<CallFamilyWhere>;
};


/** A Horizon Europe call topic as the Funding & Tenders Portal publishes it; `id` is the topic code. */
export type CallFamiliesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallFamiliesConnectionSort>>;
  where?: InputMaybe<CallFamiliesConnectionWhere>;
};


/** A Horizon Europe call topic as the Funding & Tenders Portal publishes it; `id` is the topic code. */
export type CallMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/** A Horizon Europe call topic as the Funding & Tenders Portal publishes it; `id` is the topic code. */
export type CallMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallMentionedInConnectionSort>>;
  where?: InputMaybe<CallMentionedInConnectionWhere>;
};


/** A Horizon Europe call topic as the Funding & Tenders Portal publishes it; `id` is the topic code. */
export type CallProjectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectSort>>;
  where?: InputMaybe<ProjectWhere>;
};


/** A Horizon Europe call topic as the Funding & Tenders Portal publishes it; `id` is the topic code. */
export type CallProjectsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallProjectsConnectionSort>>;
  where?: InputMaybe<CallProjectsConnectionWhere>;
};

export type CallAggregate = {
  __typename?: 'CallAggregate';
  count: Count;
  node: CallAggregateNode;
};

export type CallAggregateNode = {
  __typename?: 'CallAggregateNode';
  budget: FloatAggregateSelection;
  callId: StringAggregateSelection;
  description: StringAggregateSelection;
  destination: StringAggregateSelection;
  expectedGrants: IntAggregateSelection;
  lastSeen: DateTimeAggregateSelection;
  maxContribution: FloatAggregateSelection;
  minContribution: FloatAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

/** What a proposal team needs for one call: the call, whether the consortium may apply, and whom to ask. */
export type CallBrief = {
  __typename?: 'CallBrief';
  call: Call;
  check: ConsortiumCheck;
  consortium: Array<Actor>;
  suggestions: Array<PartnerSuggestion>;
};

export type CallCallFamilyFamiliesAggregateSelection = {
  __typename?: 'CallCallFamilyFamiliesAggregateSelection';
  count: CountConnection;
  node?: Maybe<CallCallFamilyFamiliesNodeAggregateSelection>;
};

export type CallCallFamilyFamiliesNodeAggregateSelection = {
  __typename?: 'CallCallFamilyFamiliesNodeAggregateSelection';
  name: StringAggregateSelection;
};

export type CallEdge = {
  __typename?: 'CallEdge';
  cursor: Scalars['String']['output'];
  node: Call;
};

export type CallFamiliesConnection = {
  __typename?: 'CallFamiliesConnection';
  aggregate: CallCallFamilyFamiliesAggregateSelection;
  edges: Array<CallFamiliesRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CallFamiliesConnectionAggregateInput = {
  AND?: InputMaybe<Array<CallFamiliesConnectionAggregateInput>>;
  NOT?: InputMaybe<CallFamiliesConnectionAggregateInput>;
  OR?: InputMaybe<Array<CallFamiliesConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CallFamiliesNodeAggregationWhereInput>;
};

export type CallFamiliesConnectionFilters = {
  /** Filter Calls by aggregating results on related CallFamiliesConnections */
  aggregate?: InputMaybe<CallFamiliesConnectionAggregateInput>;
  /** Return Calls where all of the related CallFamiliesConnections match this filter */
  all?: InputMaybe<CallFamiliesConnectionWhere>;
  /** Return Calls where none of the related CallFamiliesConnections match this filter */
  none?: InputMaybe<CallFamiliesConnectionWhere>;
  /** Return Calls where one of the related CallFamiliesConnections match this filter */
  single?: InputMaybe<CallFamiliesConnectionWhere>;
  /** Return Calls where some of the related CallFamiliesConnections match this filter */
  some?: InputMaybe<CallFamiliesConnectionWhere>;
};

export type CallFamiliesConnectionSort = {
  node?: InputMaybe<CallFamilySort>;
};

export type CallFamiliesConnectionWhere = {
  AND?: InputMaybe<Array<CallFamiliesConnectionWhere>>;
  NOT?: InputMaybe<CallFamiliesConnectionWhere>;
  OR?: InputMaybe<Array<CallFamiliesConnectionWhere>>;
  node?: InputMaybe<CallFamilyWhere>;
};

export type CallFamiliesNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CallFamiliesNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CallFamiliesNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CallFamiliesNodeAggregationWhereInput>>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type CallFamiliesRelationship = {
  __typename?: 'CallFamiliesRelationship';
  cursor: Scalars['String']['output'];
  node: CallFamily;
};

/** Calls and past projects that share a code prefix: who has won in this family before. */
export type CallFamily = {
  __typename?: 'CallFamily';
  calls: Array<Call>;
  callsConnection: CallFamilyCallsConnection;
  /** The shared prefix: HORIZON-CL5-2027-07 (a call) or HORIZON-CL5-D3 (a destination). */
  id: Scalars['ID']['output'];
  level: CallFamilyLevel;
  /** What the portal calls it: the call's title or the destination's name. */
  name?: Maybe<Scalars['String']['output']>;
  /** CORDIS projects funded under a topic of this family. */
  projects: Array<Project>;
  projectsConnection: CallFamilyProjectsConnection;
};


/** Calls and past projects that share a code prefix: who has won in this family before. */
export type CallFamilyCallsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallSort>>;
  where?: InputMaybe<CallWhere>;
};


/** Calls and past projects that share a code prefix: who has won in this family before. */
export type CallFamilyCallsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallFamilyCallsConnectionSort>>;
  where?: InputMaybe<CallFamilyCallsConnectionWhere>;
};


/** Calls and past projects that share a code prefix: who has won in this family before. */
export type CallFamilyProjectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectSort>>;
  where?: InputMaybe<ProjectWhere>;
};


/** Calls and past projects that share a code prefix: who has won in this family before. */
export type CallFamilyProjectsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallFamilyProjectsConnectionSort>>;
  where?: InputMaybe<CallFamilyProjectsConnectionWhere>;
};

export type CallFamilyAggregate = {
  __typename?: 'CallFamilyAggregate';
  count: Count;
  node: CallFamilyAggregateNode;
};

export type CallFamilyAggregateNode = {
  __typename?: 'CallFamilyAggregateNode';
  name: StringAggregateSelection;
};

export type CallFamilyCallCallsAggregateSelection = {
  __typename?: 'CallFamilyCallCallsAggregateSelection';
  count: CountConnection;
  node?: Maybe<CallFamilyCallCallsNodeAggregateSelection>;
};

export type CallFamilyCallCallsNodeAggregateSelection = {
  __typename?: 'CallFamilyCallCallsNodeAggregateSelection';
  budget: FloatAggregateSelection;
  callId: StringAggregateSelection;
  description: StringAggregateSelection;
  destination: StringAggregateSelection;
  expectedGrants: IntAggregateSelection;
  lastSeen: DateTimeAggregateSelection;
  maxContribution: FloatAggregateSelection;
  minContribution: FloatAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

export type CallFamilyCallsConnection = {
  __typename?: 'CallFamilyCallsConnection';
  aggregate: CallFamilyCallCallsAggregateSelection;
  edges: Array<CallFamilyCallsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CallFamilyCallsConnectionAggregateInput = {
  AND?: InputMaybe<Array<CallFamilyCallsConnectionAggregateInput>>;
  NOT?: InputMaybe<CallFamilyCallsConnectionAggregateInput>;
  OR?: InputMaybe<Array<CallFamilyCallsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CallFamilyCallsNodeAggregationWhereInput>;
};

export type CallFamilyCallsConnectionFilters = {
  /** Filter CallFamilies by aggregating results on related CallFamilyCallsConnections */
  aggregate?: InputMaybe<CallFamilyCallsConnectionAggregateInput>;
  /** Return CallFamilies where all of the related CallFamilyCallsConnections match this filter */
  all?: InputMaybe<CallFamilyCallsConnectionWhere>;
  /** Return CallFamilies where none of the related CallFamilyCallsConnections match this filter */
  none?: InputMaybe<CallFamilyCallsConnectionWhere>;
  /** Return CallFamilies where one of the related CallFamilyCallsConnections match this filter */
  single?: InputMaybe<CallFamilyCallsConnectionWhere>;
  /** Return CallFamilies where some of the related CallFamilyCallsConnections match this filter */
  some?: InputMaybe<CallFamilyCallsConnectionWhere>;
};

export type CallFamilyCallsConnectionSort = {
  node?: InputMaybe<CallSort>;
};

export type CallFamilyCallsConnectionWhere = {
  AND?: InputMaybe<Array<CallFamilyCallsConnectionWhere>>;
  NOT?: InputMaybe<CallFamilyCallsConnectionWhere>;
  OR?: InputMaybe<Array<CallFamilyCallsConnectionWhere>>;
  node?: InputMaybe<CallWhere>;
};

export type CallFamilyCallsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CallFamilyCallsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CallFamilyCallsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CallFamilyCallsNodeAggregationWhereInput>>;
  budget?: InputMaybe<FloatScalarAggregationFilters>;
  callId?: InputMaybe<StringScalarAggregationFilters>;
  description?: InputMaybe<StringScalarAggregationFilters>;
  destination?: InputMaybe<StringScalarAggregationFilters>;
  expectedGrants?: InputMaybe<IntScalarAggregationFilters>;
  lastSeen?: InputMaybe<DateTimeScalarAggregationFilters>;
  maxContribution?: InputMaybe<FloatScalarAggregationFilters>;
  minContribution?: InputMaybe<FloatScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
};

export type CallFamilyCallsRelationship = {
  __typename?: 'CallFamilyCallsRelationship';
  cursor: Scalars['String']['output'];
  node: Call;
};

export type CallFamilyEdge = {
  __typename?: 'CallFamilyEdge';
  cursor: Scalars['String']['output'];
  node: CallFamily;
};

/** How wide a call family is: one call of one year, or a destination across the work programmes. */
export type CallFamilyLevel =
  /** One call, such as HORIZON-CL5-2024-D3-01: its topics share this prefix. */
  | 'CALL'
  /** A destination across years, such as HORIZON-CL5-D3 (the topic codes without year and numbers). */
  | 'DESTINATION';

/** CallFamilyLevel filters */
export type CallFamilyLevelEnumScalarFilters = {
  eq?: InputMaybe<CallFamilyLevel>;
  in?: InputMaybe<Array<CallFamilyLevel>>;
};

export type CallFamilyProjectProjectsAggregateSelection = {
  __typename?: 'CallFamilyProjectProjectsAggregateSelection';
  count: CountConnection;
  node?: Maybe<CallFamilyProjectProjectsNodeAggregateSelection>;
};

export type CallFamilyProjectProjectsNodeAggregateSelection = {
  __typename?: 'CallFamilyProjectProjectsNodeAggregateSelection';
  acronym: StringAggregateSelection;
  call: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  ecMaxContribution: FloatAggregateSelection;
  fundingScheme: StringAggregateSelection;
  legalBasis: StringAggregateSelection;
  objective: StringAggregateSelection;
  programme: StringAggregateSelection;
  rcn: StringAggregateSelection;
  sourceId: StringAggregateSelection;
  status: StringAggregateSelection;
  subCall: StringAggregateSelection;
  title: StringAggregateSelection;
  totalCost: FloatAggregateSelection;
};

export type CallFamilyProjectsConnection = {
  __typename?: 'CallFamilyProjectsConnection';
  aggregate: CallFamilyProjectProjectsAggregateSelection;
  edges: Array<CallFamilyProjectsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CallFamilyProjectsConnectionAggregateInput = {
  AND?: InputMaybe<Array<CallFamilyProjectsConnectionAggregateInput>>;
  NOT?: InputMaybe<CallFamilyProjectsConnectionAggregateInput>;
  OR?: InputMaybe<Array<CallFamilyProjectsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CallFamilyProjectsNodeAggregationWhereInput>;
};

export type CallFamilyProjectsConnectionFilters = {
  /** Filter CallFamilies by aggregating results on related CallFamilyProjectsConnections */
  aggregate?: InputMaybe<CallFamilyProjectsConnectionAggregateInput>;
  /** Return CallFamilies where all of the related CallFamilyProjectsConnections match this filter */
  all?: InputMaybe<CallFamilyProjectsConnectionWhere>;
  /** Return CallFamilies where none of the related CallFamilyProjectsConnections match this filter */
  none?: InputMaybe<CallFamilyProjectsConnectionWhere>;
  /** Return CallFamilies where one of the related CallFamilyProjectsConnections match this filter */
  single?: InputMaybe<CallFamilyProjectsConnectionWhere>;
  /** Return CallFamilies where some of the related CallFamilyProjectsConnections match this filter */
  some?: InputMaybe<CallFamilyProjectsConnectionWhere>;
};

export type CallFamilyProjectsConnectionSort = {
  node?: InputMaybe<ProjectSort>;
};

export type CallFamilyProjectsConnectionWhere = {
  AND?: InputMaybe<Array<CallFamilyProjectsConnectionWhere>>;
  NOT?: InputMaybe<CallFamilyProjectsConnectionWhere>;
  OR?: InputMaybe<Array<CallFamilyProjectsConnectionWhere>>;
  node?: InputMaybe<ProjectWhere>;
};

export type CallFamilyProjectsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CallFamilyProjectsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CallFamilyProjectsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CallFamilyProjectsNodeAggregationWhereInput>>;
  acronym?: InputMaybe<StringScalarAggregationFilters>;
  call?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  ecMaxContribution?: InputMaybe<FloatScalarAggregationFilters>;
  fundingScheme?: InputMaybe<StringScalarAggregationFilters>;
  legalBasis?: InputMaybe<StringScalarAggregationFilters>;
  objective?: InputMaybe<StringScalarAggregationFilters>;
  programme?: InputMaybe<StringScalarAggregationFilters>;
  rcn?: InputMaybe<StringScalarAggregationFilters>;
  sourceId?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
  subCall?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  totalCost?: InputMaybe<FloatScalarAggregationFilters>;
};

export type CallFamilyProjectsRelationship = {
  __typename?: 'CallFamilyProjectsRelationship';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type CallFamilyRelationshipFilters = {
  /** Filter type where all of the related CallFamilies match this filter */
  all?: InputMaybe<CallFamilyWhere>;
  /** Filter type where none of the related CallFamilies match this filter */
  none?: InputMaybe<CallFamilyWhere>;
  /** Filter type where one of the related CallFamilies match this filter */
  single?: InputMaybe<CallFamilyWhere>;
  /** Filter type where some of the related CallFamilies match this filter */
  some?: InputMaybe<CallFamilyWhere>;
};

/** Fields to sort CallFamilies by. The order in which sorts are applied is not guaranteed when specifying many fields in one CallFamilySort object. */
export type CallFamilySort = {
  id?: InputMaybe<SortDirection>;
  level?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type CallFamilyWhere = {
  AND?: InputMaybe<Array<CallFamilyWhere>>;
  NOT?: InputMaybe<CallFamilyWhere>;
  OR?: InputMaybe<Array<CallFamilyWhere>>;
  calls?: InputMaybe<CallRelationshipFilters>;
  callsConnection?: InputMaybe<CallFamilyCallsConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  level?: InputMaybe<CallFamilyLevelEnumScalarFilters>;
  name?: InputMaybe<StringScalarFilters>;
  projects?: InputMaybe<ProjectRelationshipFilters>;
  projectsConnection?: InputMaybe<CallFamilyProjectsConnectionFilters>;
};

/** One reason an open call fits an actor, with the projects that show it. */
export type CallFitFactor = {
  __typename?: 'CallFitFactor';
  evidence: Array<Project>;
  explanation: Scalars['String']['output'];
  name: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
};

export type CallMentionedInConnection = {
  __typename?: 'CallMentionedInConnection';
  aggregate: CallSourceMentionedInAggregateSelection;
  edges: Array<CallMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CallMentionedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<CallMentionedInConnectionAggregateInput>>;
  NOT?: InputMaybe<CallMentionedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<CallMentionedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MentionAggregationWhereInput>;
  node?: InputMaybe<CallMentionedInNodeAggregationWhereInput>;
};

export type CallMentionedInConnectionFilters = {
  /** Filter Calls by aggregating results on related CallMentionedInConnections */
  aggregate?: InputMaybe<CallMentionedInConnectionAggregateInput>;
  /** Return Calls where all of the related CallMentionedInConnections match this filter */
  all?: InputMaybe<CallMentionedInConnectionWhere>;
  /** Return Calls where none of the related CallMentionedInConnections match this filter */
  none?: InputMaybe<CallMentionedInConnectionWhere>;
  /** Return Calls where one of the related CallMentionedInConnections match this filter */
  single?: InputMaybe<CallMentionedInConnectionWhere>;
  /** Return Calls where some of the related CallMentionedInConnections match this filter */
  some?: InputMaybe<CallMentionedInConnectionWhere>;
};

export type CallMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<SourceSort>;
};

export type CallMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<CallMentionedInConnectionWhere>>;
  NOT?: InputMaybe<CallMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<CallMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type CallMentionedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CallMentionedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CallMentionedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CallMentionedInNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  datePrecision?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  document?: InputMaybe<StringScalarAggregationFilters>;
  issuer?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  language?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  reference?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
};

export type CallMentionedInRelationship = {
  __typename?: 'CallMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Mention;
};

export type CallProjectProjectsAggregateSelection = {
  __typename?: 'CallProjectProjectsAggregateSelection';
  count: CountConnection;
  node?: Maybe<CallProjectProjectsNodeAggregateSelection>;
};

export type CallProjectProjectsNodeAggregateSelection = {
  __typename?: 'CallProjectProjectsNodeAggregateSelection';
  acronym: StringAggregateSelection;
  call: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  ecMaxContribution: FloatAggregateSelection;
  fundingScheme: StringAggregateSelection;
  legalBasis: StringAggregateSelection;
  objective: StringAggregateSelection;
  programme: StringAggregateSelection;
  rcn: StringAggregateSelection;
  sourceId: StringAggregateSelection;
  status: StringAggregateSelection;
  subCall: StringAggregateSelection;
  title: StringAggregateSelection;
  totalCost: FloatAggregateSelection;
};

export type CallProjectsConnection = {
  __typename?: 'CallProjectsConnection';
  aggregate: CallProjectProjectsAggregateSelection;
  edges: Array<CallProjectsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CallProjectsConnectionAggregateInput = {
  AND?: InputMaybe<Array<CallProjectsConnectionAggregateInput>>;
  NOT?: InputMaybe<CallProjectsConnectionAggregateInput>;
  OR?: InputMaybe<Array<CallProjectsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  node?: InputMaybe<CallProjectsNodeAggregationWhereInput>;
};

export type CallProjectsConnectionFilters = {
  /** Filter Calls by aggregating results on related CallProjectsConnections */
  aggregate?: InputMaybe<CallProjectsConnectionAggregateInput>;
  /** Return Calls where all of the related CallProjectsConnections match this filter */
  all?: InputMaybe<CallProjectsConnectionWhere>;
  /** Return Calls where none of the related CallProjectsConnections match this filter */
  none?: InputMaybe<CallProjectsConnectionWhere>;
  /** Return Calls where one of the related CallProjectsConnections match this filter */
  single?: InputMaybe<CallProjectsConnectionWhere>;
  /** Return Calls where some of the related CallProjectsConnections match this filter */
  some?: InputMaybe<CallProjectsConnectionWhere>;
};

export type CallProjectsConnectionSort = {
  node?: InputMaybe<ProjectSort>;
};

export type CallProjectsConnectionWhere = {
  AND?: InputMaybe<Array<CallProjectsConnectionWhere>>;
  NOT?: InputMaybe<CallProjectsConnectionWhere>;
  OR?: InputMaybe<Array<CallProjectsConnectionWhere>>;
  node?: InputMaybe<ProjectWhere>;
};

export type CallProjectsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<CallProjectsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<CallProjectsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<CallProjectsNodeAggregationWhereInput>>;
  acronym?: InputMaybe<StringScalarAggregationFilters>;
  call?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  ecMaxContribution?: InputMaybe<FloatScalarAggregationFilters>;
  fundingScheme?: InputMaybe<StringScalarAggregationFilters>;
  legalBasis?: InputMaybe<StringScalarAggregationFilters>;
  objective?: InputMaybe<StringScalarAggregationFilters>;
  programme?: InputMaybe<StringScalarAggregationFilters>;
  rcn?: InputMaybe<StringScalarAggregationFilters>;
  sourceId?: InputMaybe<StringScalarAggregationFilters>;
  status?: InputMaybe<StringScalarAggregationFilters>;
  subCall?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  totalCost?: InputMaybe<FloatScalarAggregationFilters>;
};

export type CallProjectsRelationship = {
  __typename?: 'CallProjectsRelationship';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type CallRelationshipFilters = {
  /** Filter type where all of the related Calls match this filter */
  all?: InputMaybe<CallWhere>;
  /** Filter type where none of the related Calls match this filter */
  none?: InputMaybe<CallWhere>;
  /** Filter type where one of the related Calls match this filter */
  single?: InputMaybe<CallWhere>;
  /** Filter type where some of the related Calls match this filter */
  some?: InputMaybe<CallWhere>;
};

/** Fields to sort Calls by. The order in which sorts are applied is not guaranteed when specifying many fields in one CallSort object. */
export type CallSort = {
  actionType?: InputMaybe<SortDirection>;
  budget?: InputMaybe<SortDirection>;
  callId?: InputMaybe<SortDirection>;
  deadline?: InputMaybe<SortDirection>;
  description?: InputMaybe<SortDirection>;
  destination?: InputMaybe<SortDirection>;
  expectedGrants?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  lastSeen?: InputMaybe<SortDirection>;
  maxContribution?: InputMaybe<SortDirection>;
  minContribution?: InputMaybe<SortDirection>;
  openingDate?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type CallSourceMentionedInAggregateSelection = {
  __typename?: 'CallSourceMentionedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<CallSourceMentionedInEdgeAggregateSelection>;
  node?: Maybe<CallSourceMentionedInNodeAggregateSelection>;
};

export type CallSourceMentionedInEdgeAggregateSelection = {
  __typename?: 'CallSourceMentionedInEdgeAggregateSelection';
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type CallSourceMentionedInNodeAggregateSelection = {
  __typename?: 'CallSourceMentionedInNodeAggregateSelection';
  attribution: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  document: StringAggregateSelection;
  issuer: StringAggregateSelection;
  kind: StringAggregateSelection;
  language: StringAggregateSelection;
  licence: StringAggregateSelection;
  note: StringAggregateSelection;
  reference: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

export type CallWhere = {
  AND?: InputMaybe<Array<CallWhere>>;
  NOT?: InputMaybe<CallWhere>;
  OR?: InputMaybe<Array<CallWhere>>;
  actionType?: InputMaybe<ActionTypeEnumScalarFilters>;
  budget?: InputMaybe<FloatScalarFilters>;
  callId?: InputMaybe<StringScalarFilters>;
  deadline?: InputMaybe<DateScalarFilters>;
  description?: InputMaybe<StringScalarFilters>;
  destination?: InputMaybe<StringScalarFilters>;
  divisions?: InputMaybe<StringListFilters>;
  expectedGrants?: InputMaybe<IntScalarFilters>;
  families?: InputMaybe<CallFamilyRelationshipFilters>;
  familiesConnection?: InputMaybe<CallFamiliesConnectionFilters>;
  id?: InputMaybe<IdScalarFilters>;
  lastSeen?: InputMaybe<DateTimeScalarFilters>;
  maxContribution?: InputMaybe<FloatScalarFilters>;
  mentionedIn?: InputMaybe<SourceRelationshipFilters>;
  mentionedInConnection?: InputMaybe<CallMentionedInConnectionFilters>;
  minContribution?: InputMaybe<FloatScalarFilters>;
  openingDate?: InputMaybe<DateScalarFilters>;
  projects?: InputMaybe<ProjectRelationshipFilters>;
  projectsConnection?: InputMaybe<CallProjectsConnectionFilters>;
  title?: InputMaybe<StringScalarFilters>;
  url?: InputMaybe<StringScalarFilters>;
};

export type CallsConnection = {
  __typename?: 'CallsConnection';
  aggregate: CallAggregate;
  edges: Array<CallEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CentralityMeasure =
  | 'BETWEENNESS'
  | 'DEGREE'
  | 'PAGERANK';

/** One recorded change: who made it, when, and the target before and after (JSON objects of its properties). */
export type Change = {
  __typename?: 'Change';
  action: ChangeAction;
  after?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** The target's properties before the change; null when the change created it. */
  before?: Maybe<Scalars['String']['output']>;
  /** The subject of the token that made the change. */
  by: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A node's id or a relationship's id. */
  targetId: Scalars['ID']['output'];
  /** Actor, Agreement, Source, … or Relationship. */
  targetType: Scalars['String']['output'];
  /** The graph's version after the change; it grows by one with every change. */
  version: Scalars['Int']['output'];
};

export type ChangeAction =
  | 'CREATE'
  | 'DELETE'
  | 'RESTORE'
  | 'UPDATE';

export type Collaboration = {
  __typename?: 'Collaboration';
  partner: Actor;
  strength: Scalars['Float']['output'];
  via: Array<CollaborationVia>;
};

/** Something two collaborators share: a project, an agreement, a body, or a direct statement. */
export type CollaborationVia = {
  __typename?: 'CollaborationVia';
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  programme?: Maybe<Scalars['String']['output']>;
  programmeParts?: Maybe<Array<Scalars['String']['output']>>;
  rcn?: Maybe<Scalars['String']['output']>;
  /** A shared project's start and end, programme and programme parts; its CORDIS record number where it has one. */
  since?: Maybe<Scalars['Date']['output']>;
  type: Scalars['String']['output'];
  until?: Maybe<Scalars['Date']['output']>;
};

/** A group of actors more tied to one another than to the rest (Louvain). */
export type Community = {
  __typename?: 'Community';
  centre: Actor;
  id: Scalars['ID']['output'];
  /** Its members, the most connected first: at most `limit` (1 to 1000). */
  members: Array<Actor>;
  /** How many actors it has. */
  size: Scalars['Int']['output'];
};


/** A group of actors more tied to one another than to the rest (Louvain). */
export type CommunityMembersArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

/** How sure the graph is of a fact: stated by its source, or marked unverified or reconstructed there. */
export type Confidence =
  | 'RECONSTRUCTED'
  | 'STATED'
  | 'UNVERIFIED';

/** Confidence filters */
export type ConfidenceEnumScalarFilters = {
  eq?: InputMaybe<Confidence>;
  in?: InputMaybe<Array<Confidence>>;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: InputMaybe<IntScalarFilters>;
  nodes?: InputMaybe<IntScalarFilters>;
};

export type ConsortiumCheck = {
  __typename?: 'ConsortiumCheck';
  eligible: Scalars['Boolean']['output'];
  findings: Array<Finding>;
  members: Array<Actor>;
};

/** A proposed consortium: the members, the partners added to them, the check of the whole, and what stays unmet. */
export type ConsortiumProposal = {
  __typename?: 'ConsortiumProposal';
  /** The type of action whose rule set the needs; null when the call's is not known. */
  action?: Maybe<ActionType>;
  /** The consortium check of the members and the proposed partners together. */
  check: ConsortiumCheck;
  members: Array<Actor>;
  partners: Array<ProposedPartner>;
  /** The whole consortium's size the proposal aims at, members included. */
  size: Scalars['Int']['output'];
  /** How that size was chosen, in a sentence. */
  sizeReason: Scalars['String']['output'];
  /** Every need the proposal could not fill, each with why. */
  unmetNeeds: Array<Scalars['String']['output']>;
};

export type Count = {
  __typename?: 'Count';
  nodes: Scalars['Int']['output'];
};

export type CountConnection = {
  __typename?: 'CountConnection';
  edges: Scalars['Int']['output'];
  nodes: Scalars['Int']['output'];
};

/** Date filters */
export type DateScalarFilters = {
  eq?: InputMaybe<Scalars['Date']['input']>;
  gt?: InputMaybe<Scalars['Date']['input']>;
  gte?: InputMaybe<Scalars['Date']['input']>;
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  lt?: InputMaybe<Scalars['Date']['input']>;
  lte?: InputMaybe<Scalars['Date']['input']>;
};

export type DateTimeAggregateSelection = {
  __typename?: 'DateTimeAggregateSelection';
  max?: Maybe<Scalars['DateTime']['output']>;
  min?: Maybe<Scalars['DateTime']['output']>;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  max?: InputMaybe<DateTimeScalarFilters>;
  min?: InputMaybe<DateTimeScalarFilters>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Evidence = {
  __typename?: 'Evidence';
  locator?: Maybe<Scalars['String']['output']>;
  quote?: Maybe<Scalars['String']['output']>;
  source: Source;
};

export type Finding = {
  __typename?: 'Finding';
  code: Scalars['String']['output'];
  fix?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  severity: Severity;
};

export type FloatAggregateSelection = {
  __typename?: 'FloatAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
  sum?: Maybe<Scalars['Float']['output']>;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<FloatScalarFilters>;
  min?: InputMaybe<FloatScalarFilters>;
  sum?: InputMaybe<FloatScalarFilters>;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: InputMaybe<Scalars['Float']['input']>;
  gt?: InputMaybe<Scalars['Float']['input']>;
  gte?: InputMaybe<Scalars['Float']['input']>;
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  lt?: InputMaybe<Scalars['Float']['input']>;
  lte?: InputMaybe<Scalars['Float']['input']>;
};

export type GraphStats = {
  __typename?: 'GraphStats';
  actors: Scalars['Int']['output'];
  actorsByKind: Array<KindCount>;
  agreements: Scalars['Int']['output'];
  participations: Scalars['Int']['output'];
  places: Scalars['Int']['output'];
  projects: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  sources: Scalars['Int']['output'];
  strategies: Scalars['Int']['output'];
};

/** ID filters */
export type IdScalarFilters = {
  contains?: InputMaybe<Scalars['ID']['input']>;
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  eq?: InputMaybe<Scalars['ID']['input']>;
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

export type IntAggregateSelection = {
  __typename?: 'IntAggregateSelection';
  average?: Maybe<Scalars['Float']['output']>;
  max?: Maybe<Scalars['Int']['output']>;
  min?: Maybe<Scalars['Int']['output']>;
  sum?: Maybe<Scalars['Int']['output']>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: InputMaybe<FloatScalarFilters>;
  max?: InputMaybe<IntScalarFilters>;
  min?: InputMaybe<IntScalarFilters>;
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: InputMaybe<Scalars['Int']['input']>;
  gt?: InputMaybe<Scalars['Int']['input']>;
  gte?: InputMaybe<Scalars['Int']['input']>;
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  lt?: InputMaybe<Scalars['Int']['input']>;
  lte?: InputMaybe<Scalars['Int']['input']>;
};

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
};

/** The language of the sentences the server writes in an answer (explanations, findings, fixes); data is shown as it is. */
export type Language =
  /** English. */
  | 'EN'
  /** Swedish. */
  | 'SV';

/**
 * The edge properties for the following fields:
 * * Actor.mentionedIn
 * * Project.mentionedIn
 * * Agreement.mentionedIn
 * * Strategy.mentionedIn
 * * Place.mentionedIn
 * * Call.mentionedIn
 */
export type Mention = {
  __typename?: 'Mention';
  confidence?: Maybe<Confidence>;
  locator?: Maybe<Scalars['String']['output']>;
  quote?: Maybe<Scalars['String']['output']>;
};

export type MentionAggregationWhereInput = {
  AND?: InputMaybe<Array<MentionAggregationWhereInput>>;
  NOT?: InputMaybe<MentionAggregationWhereInput>;
  OR?: InputMaybe<Array<MentionAggregationWhereInput>>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  quote?: InputMaybe<StringScalarAggregationFilters>;
};

export type MentionSort = {
  confidence?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  quote?: InputMaybe<SortDirection>;
};

export type MentionWhere = {
  AND?: InputMaybe<Array<MentionWhere>>;
  NOT?: InputMaybe<MentionWhere>;
  OR?: InputMaybe<Array<MentionWhere>>;
  confidence?: InputMaybe<ConfidenceEnumScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  quote?: InputMaybe<StringScalarFilters>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a relationship with its provenance. Editors. */
  addRelationship: Relationship;
  /** Hides a node from every query; its data and relationships stay for a restore. Admins. */
  deleteNode: Change;
  /** Hides a relationship from every query. Admins. */
  deleteRelationship: Change;
  /** Brings a deleted node back. Admins. */
  restoreNode: Change;
  /** Brings a deleted relationship back. Admins. */
  restoreRelationship: Change;
  /** Changes the fields given of an existing actor. Editors. */
  updateActor: Actor;
  /** Changes a relationship's dates, quote, role or confidence, or publishes a draft. Editors. */
  updateRelationship: Relationship;
  /** Adds an actor, or changes the fields given of the actor with this id. Editors. */
  upsertActor: Actor;
  /** Adds an agreement, or changes the fields given of the agreement with this id. Editors. */
  upsertAgreement: Agreement;
  /** Adds a source, or changes the fields given of the source with this id. Editors. */
  upsertSource: Source;
};


export type MutationAddRelationshipArgs = {
  input: RelationshipInput;
};


export type MutationDeleteNodeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreNodeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreRelationshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateActorArgs = {
  id: Scalars['ID']['input'];
  input: ActorInput;
};


export type MutationUpdateRelationshipArgs = {
  id: Scalars['ID']['input'];
  input: RelationshipChanges;
};


export type MutationUpsertActorArgs = {
  id: Scalars['ID']['input'];
  input: ActorInput;
};


export type MutationUpsertAgreementArgs = {
  id: Scalars['ID']['input'];
  input: AgreementInput;
};


export type MutationUpsertSourceArgs = {
  id: Scalars['ID']['input'];
  input: SourceInput;
};

export type Network = {
  __typename?: 'Network';
  edges: Array<NetworkEdge>;
  nodes: Array<NetworkNode>;
  truncated: Truncation;
};

export type NetworkChanges = {
  __typename?: 'NetworkChanges';
  began: Array<NetworkEdge>;
  ended: Array<NetworkEdge>;
  entered: Array<Actor>;
  left: Array<Actor>;
};

/**
 * A tie between two nodes: every relationship of one type between them, grouped, with the evidence of
 * each. Its status and confidence are those of its best evidence, so a tie that one source proposes
 * and a later one records as decided is decided; its dates are the earliest since and the latest
 * until of the relationships.
 */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** How certain the tie is, as its best evidence has it: STATED before RECONSTRUCTED before UNVERIFIED. */
  confidence: Confidence;
  /**
   * year, month or day; deadline when until is a deadline (by that day), not the day the tie ended.
   * The least precise of the relationships that give since and until (a deadline the least of all);
   * null when none says.
   */
  datePrecision?: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  since?: Maybe<Scalars['Date']['output']>;
  source: Scalars['ID']['output'];
  /**
   * Where the tie stands, as its furthest evidence has it: IN_EFFECT (stated as holding) before
   * DECIDED before INTENDED before PROPOSED. Proposed or intended only when no source records more.
   */
  status: Status;
  target: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  until?: Maybe<Scalars['Date']['output']>;
  weight: Scalars['Float']['output'];
};

/** Narrows the collaboration network: by actor kind, relationship type, programme, date and weight. */
export type NetworkFilter = {
  /** The graph as it stood on this date, by the relationships' since and until. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  minWeight?: InputMaybe<Scalars['Float']['input']>;
  /** Framework programmes of projects, such as H2020 or HORIZON. */
  programmes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Relationship types such as PARTICIPATES_IN, PARTY_TO, MEMBER_OF. */
  relationshipTypes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type NetworkNode = {
  __typename?: 'NetworkNode';
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The actor's kind, or the kind of an agreement, strategy or place. */
  kind?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  /** Actor, Project, Agreement, Strategy, Place */
  type: Scalars['String']['output'];
};

export type OpenCall = {
  __typename?: 'OpenCall';
  call: Call;
  /** Days from asOf to the deadline. */
  daysLeft: Scalars['Int']['output'];
  factors: Array<CallFitFactor>;
  /** For an actor with no EU project of its own: why the call is listed anyway (its partners' activity, or its kind); null otherwise. */
  note?: Maybe<Scalars['String']['output']>;
  /** Σ weight × value over the factors, from 0 to 1. */
  score: Scalars['Float']['output'];
};

export type Opportunity = {
  __typename?: 'Opportunity';
  introducers: Array<Actor>;
  programme?: Maybe<Scalars['String']['output']>;
  projects: Array<Project>;
  topic: Scalars['String']['output'];
};

/** Pagination information (Relay) */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * The edge properties for the following fields:
 * * Actor.participatesIn
 * * Project.participants
 */
export type Participation = {
  __typename?: 'Participation';
  confidence?: Maybe<Confidence>;
  ecContribution?: Maybe<Scalars['Float']['output']>;
  endOfParticipation?: Maybe<Scalars['Boolean']['output']>;
  locator?: Maybe<Scalars['String']['output']>;
  netEcContribution?: Maybe<Scalars['Float']['output']>;
  order?: Maybe<Scalars['Int']['output']>;
  quote?: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  since?: Maybe<Scalars['Date']['output']>;
  sourceId: Scalars['String']['output'];
  totalCost?: Maybe<Scalars['Float']['output']>;
  until?: Maybe<Scalars['Date']['output']>;
};

export type ParticipationAggregationWhereInput = {
  AND?: InputMaybe<Array<ParticipationAggregationWhereInput>>;
  NOT?: InputMaybe<ParticipationAggregationWhereInput>;
  OR?: InputMaybe<Array<ParticipationAggregationWhereInput>>;
  ecContribution?: InputMaybe<FloatScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  netEcContribution?: InputMaybe<FloatScalarAggregationFilters>;
  order?: InputMaybe<IntScalarAggregationFilters>;
  quote?: InputMaybe<StringScalarAggregationFilters>;
  role?: InputMaybe<StringScalarAggregationFilters>;
  sourceId?: InputMaybe<StringScalarAggregationFilters>;
  totalCost?: InputMaybe<FloatScalarAggregationFilters>;
};

export type ParticipationSort = {
  confidence?: InputMaybe<SortDirection>;
  ecContribution?: InputMaybe<SortDirection>;
  endOfParticipation?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  netEcContribution?: InputMaybe<SortDirection>;
  order?: InputMaybe<SortDirection>;
  quote?: InputMaybe<SortDirection>;
  role?: InputMaybe<SortDirection>;
  since?: InputMaybe<SortDirection>;
  sourceId?: InputMaybe<SortDirection>;
  totalCost?: InputMaybe<SortDirection>;
  until?: InputMaybe<SortDirection>;
};

export type ParticipationWhere = {
  AND?: InputMaybe<Array<ParticipationWhere>>;
  NOT?: InputMaybe<ParticipationWhere>;
  OR?: InputMaybe<Array<ParticipationWhere>>;
  confidence?: InputMaybe<ConfidenceEnumScalarFilters>;
  ecContribution?: InputMaybe<FloatScalarFilters>;
  endOfParticipation?: InputMaybe<BooleanScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  netEcContribution?: InputMaybe<FloatScalarFilters>;
  order?: InputMaybe<IntScalarFilters>;
  quote?: InputMaybe<StringScalarFilters>;
  role?: InputMaybe<StringScalarFilters>;
  since?: InputMaybe<DateScalarFilters>;
  sourceId?: InputMaybe<StringScalarFilters>;
  totalCost?: InputMaybe<FloatScalarFilters>;
  until?: InputMaybe<DateScalarFilters>;
};

export type PartnerSuggestion = {
  __typename?: 'PartnerSuggestion';
  actor: Actor;
  /** Every part of the score, for those who want the arithmetic. */
  factors: Array<ScoreFactor>;
  /** Why them, in at most three plain sentences, each with its evidence. */
  reasons: Array<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
  /** The shortest path from a consortium member: the warm introduction. */
  warmPath?: Maybe<Network>;
};

export type Place = {
  __typename?: 'Place';
  actors: Array<Actor>;
  actorsConnection: PlaceActorsConnection;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  mentionedIn: Array<Source>;
  mentionedInConnection: PlaceMentionedInConnection;
  name: Scalars['String']['output'];
  partOf: Array<Place>;
  partOfConnection: PlacePartOfConnection;
  parts: Array<Place>;
  partsConnection: PlacePartsConnection;
};


export type PlaceActorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type PlaceActorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlaceActorsConnectionSort>>;
  where?: InputMaybe<PlaceActorsConnectionWhere>;
};


export type PlaceMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


export type PlaceMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlaceMentionedInConnectionSort>>;
  where?: InputMaybe<PlaceMentionedInConnectionWhere>;
};


export type PlacePartOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlaceSort>>;
  where?: InputMaybe<PlaceWhere>;
};


export type PlacePartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlacePartOfConnectionSort>>;
  where?: InputMaybe<PlacePartOfConnectionWhere>;
};


export type PlacePartsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlaceSort>>;
  where?: InputMaybe<PlaceWhere>;
};


export type PlacePartsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlacePartsConnectionSort>>;
  where?: InputMaybe<PlacePartsConnectionWhere>;
};

export type PlaceActorActorsAggregateSelection = {
  __typename?: 'PlaceActorActorsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PlaceActorActorsEdgeAggregateSelection>;
  node?: Maybe<PlaceActorActorsNodeAggregateSelection>;
};

export type PlaceActorActorsEdgeAggregateSelection = {
  __typename?: 'PlaceActorActorsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type PlaceActorActorsNodeAggregateSelection = {
  __typename?: 'PlaceActorActorsNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type PlaceActorsConnection = {
  __typename?: 'PlaceActorsConnection';
  aggregate: PlaceActorActorsAggregateSelection;
  edges: Array<PlaceActorsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaceActorsConnectionAggregateInput = {
  AND?: InputMaybe<Array<PlaceActorsConnectionAggregateInput>>;
  NOT?: InputMaybe<PlaceActorsConnectionAggregateInput>;
  OR?: InputMaybe<Array<PlaceActorsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<PlaceActorsNodeAggregationWhereInput>;
};

export type PlaceActorsConnectionFilters = {
  /** Filter Places by aggregating results on related PlaceActorsConnections */
  aggregate?: InputMaybe<PlaceActorsConnectionAggregateInput>;
  /** Return Places where all of the related PlaceActorsConnections match this filter */
  all?: InputMaybe<PlaceActorsConnectionWhere>;
  /** Return Places where none of the related PlaceActorsConnections match this filter */
  none?: InputMaybe<PlaceActorsConnectionWhere>;
  /** Return Places where one of the related PlaceActorsConnections match this filter */
  single?: InputMaybe<PlaceActorsConnectionWhere>;
  /** Return Places where some of the related PlaceActorsConnections match this filter */
  some?: InputMaybe<PlaceActorsConnectionWhere>;
};

export type PlaceActorsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type PlaceActorsConnectionWhere = {
  AND?: InputMaybe<Array<PlaceActorsConnectionWhere>>;
  NOT?: InputMaybe<PlaceActorsConnectionWhere>;
  OR?: InputMaybe<Array<PlaceActorsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type PlaceActorsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PlaceActorsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PlaceActorsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PlaceActorsNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type PlaceActorsRelationship = {
  __typename?: 'PlaceActorsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type PlaceAggregate = {
  __typename?: 'PlaceAggregate';
  count: Count;
  node: PlaceAggregateNode;
};

export type PlaceAggregateNode = {
  __typename?: 'PlaceAggregateNode';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

export type PlaceMentionedInConnection = {
  __typename?: 'PlaceMentionedInConnection';
  aggregate: PlaceSourceMentionedInAggregateSelection;
  edges: Array<PlaceMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaceMentionedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<PlaceMentionedInConnectionAggregateInput>>;
  NOT?: InputMaybe<PlaceMentionedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<PlaceMentionedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MentionAggregationWhereInput>;
  node?: InputMaybe<PlaceMentionedInNodeAggregationWhereInput>;
};

export type PlaceMentionedInConnectionFilters = {
  /** Filter Places by aggregating results on related PlaceMentionedInConnections */
  aggregate?: InputMaybe<PlaceMentionedInConnectionAggregateInput>;
  /** Return Places where all of the related PlaceMentionedInConnections match this filter */
  all?: InputMaybe<PlaceMentionedInConnectionWhere>;
  /** Return Places where none of the related PlaceMentionedInConnections match this filter */
  none?: InputMaybe<PlaceMentionedInConnectionWhere>;
  /** Return Places where one of the related PlaceMentionedInConnections match this filter */
  single?: InputMaybe<PlaceMentionedInConnectionWhere>;
  /** Return Places where some of the related PlaceMentionedInConnections match this filter */
  some?: InputMaybe<PlaceMentionedInConnectionWhere>;
};

export type PlaceMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<SourceSort>;
};

export type PlaceMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<PlaceMentionedInConnectionWhere>>;
  NOT?: InputMaybe<PlaceMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<PlaceMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type PlaceMentionedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PlaceMentionedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PlaceMentionedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PlaceMentionedInNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  datePrecision?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  document?: InputMaybe<StringScalarAggregationFilters>;
  issuer?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  language?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  reference?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
};

export type PlaceMentionedInRelationship = {
  __typename?: 'PlaceMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Mention;
};

export type PlacePartOfConnection = {
  __typename?: 'PlacePartOfConnection';
  aggregate: PlacePlacePartOfAggregateSelection;
  edges: Array<PlacePartOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlacePartOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<PlacePartOfConnectionAggregateInput>>;
  NOT?: InputMaybe<PlacePartOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<PlacePartOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<PlacePartOfNodeAggregationWhereInput>;
};

export type PlacePartOfConnectionFilters = {
  /** Filter Places by aggregating results on related PlacePartOfConnections */
  aggregate?: InputMaybe<PlacePartOfConnectionAggregateInput>;
  /** Return Places where all of the related PlacePartOfConnections match this filter */
  all?: InputMaybe<PlacePartOfConnectionWhere>;
  /** Return Places where none of the related PlacePartOfConnections match this filter */
  none?: InputMaybe<PlacePartOfConnectionWhere>;
  /** Return Places where one of the related PlacePartOfConnections match this filter */
  single?: InputMaybe<PlacePartOfConnectionWhere>;
  /** Return Places where some of the related PlacePartOfConnections match this filter */
  some?: InputMaybe<PlacePartOfConnectionWhere>;
};

export type PlacePartOfConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<PlaceSort>;
};

export type PlacePartOfConnectionWhere = {
  AND?: InputMaybe<Array<PlacePartOfConnectionWhere>>;
  NOT?: InputMaybe<PlacePartOfConnectionWhere>;
  OR?: InputMaybe<Array<PlacePartOfConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<PlaceWhere>;
};

export type PlacePartOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PlacePartOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PlacePartOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PlacePartOfNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PlacePartOfRelationship = {
  __typename?: 'PlacePartOfRelationship';
  cursor: Scalars['String']['output'];
  node: Place;
  properties: Provenance;
};

export type PlacePartsConnection = {
  __typename?: 'PlacePartsConnection';
  aggregate: PlacePlacePartsAggregateSelection;
  edges: Array<PlacePartsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlacePartsConnectionAggregateInput = {
  AND?: InputMaybe<Array<PlacePartsConnectionAggregateInput>>;
  NOT?: InputMaybe<PlacePartsConnectionAggregateInput>;
  OR?: InputMaybe<Array<PlacePartsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<PlacePartsNodeAggregationWhereInput>;
};

export type PlacePartsConnectionFilters = {
  /** Filter Places by aggregating results on related PlacePartsConnections */
  aggregate?: InputMaybe<PlacePartsConnectionAggregateInput>;
  /** Return Places where all of the related PlacePartsConnections match this filter */
  all?: InputMaybe<PlacePartsConnectionWhere>;
  /** Return Places where none of the related PlacePartsConnections match this filter */
  none?: InputMaybe<PlacePartsConnectionWhere>;
  /** Return Places where one of the related PlacePartsConnections match this filter */
  single?: InputMaybe<PlacePartsConnectionWhere>;
  /** Return Places where some of the related PlacePartsConnections match this filter */
  some?: InputMaybe<PlacePartsConnectionWhere>;
};

export type PlacePartsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<PlaceSort>;
};

export type PlacePartsConnectionWhere = {
  AND?: InputMaybe<Array<PlacePartsConnectionWhere>>;
  NOT?: InputMaybe<PlacePartsConnectionWhere>;
  OR?: InputMaybe<Array<PlacePartsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<PlaceWhere>;
};

export type PlacePartsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<PlacePartsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<PlacePartsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<PlacePartsNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type PlacePartsRelationship = {
  __typename?: 'PlacePartsRelationship';
  cursor: Scalars['String']['output'];
  node: Place;
  properties: Provenance;
};

export type PlacePlacePartOfAggregateSelection = {
  __typename?: 'PlacePlacePartOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PlacePlacePartOfEdgeAggregateSelection>;
  node?: Maybe<PlacePlacePartOfNodeAggregateSelection>;
};

export type PlacePlacePartOfEdgeAggregateSelection = {
  __typename?: 'PlacePlacePartOfEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type PlacePlacePartOfNodeAggregateSelection = {
  __typename?: 'PlacePlacePartOfNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PlacePlacePartsAggregateSelection = {
  __typename?: 'PlacePlacePartsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PlacePlacePartsEdgeAggregateSelection>;
  node?: Maybe<PlacePlacePartsNodeAggregateSelection>;
};

export type PlacePlacePartsEdgeAggregateSelection = {
  __typename?: 'PlacePlacePartsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type PlacePlacePartsNodeAggregateSelection = {
  __typename?: 'PlacePlacePartsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type PlaceRelationshipFilters = {
  /** Filter type where all of the related Places match this filter */
  all?: InputMaybe<PlaceWhere>;
  /** Filter type where none of the related Places match this filter */
  none?: InputMaybe<PlaceWhere>;
  /** Filter type where one of the related Places match this filter */
  single?: InputMaybe<PlaceWhere>;
  /** Filter type where some of the related Places match this filter */
  some?: InputMaybe<PlaceWhere>;
};

/** Fields to sort Places by. The order in which sorts are applied is not guaranteed when specifying many fields in one PlaceSort object. */
export type PlaceSort = {
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
};

export type PlaceSourceMentionedInAggregateSelection = {
  __typename?: 'PlaceSourceMentionedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<PlaceSourceMentionedInEdgeAggregateSelection>;
  node?: Maybe<PlaceSourceMentionedInNodeAggregateSelection>;
};

export type PlaceSourceMentionedInEdgeAggregateSelection = {
  __typename?: 'PlaceSourceMentionedInEdgeAggregateSelection';
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type PlaceSourceMentionedInNodeAggregateSelection = {
  __typename?: 'PlaceSourceMentionedInNodeAggregateSelection';
  attribution: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  document: StringAggregateSelection;
  issuer: StringAggregateSelection;
  kind: StringAggregateSelection;
  language: StringAggregateSelection;
  licence: StringAggregateSelection;
  note: StringAggregateSelection;
  reference: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

export type PlaceWhere = {
  AND?: InputMaybe<Array<PlaceWhere>>;
  NOT?: InputMaybe<PlaceWhere>;
  OR?: InputMaybe<Array<PlaceWhere>>;
  actors?: InputMaybe<ActorRelationshipFilters>;
  actorsConnection?: InputMaybe<PlaceActorsConnectionFilters>;
  deletedAt?: InputMaybe<DateTimeScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<StringScalarFilters>;
  mentionedIn?: InputMaybe<SourceRelationshipFilters>;
  mentionedInConnection?: InputMaybe<PlaceMentionedInConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  partOf?: InputMaybe<PlaceRelationshipFilters>;
  partOfConnection?: InputMaybe<PlacePartOfConnectionFilters>;
  parts?: InputMaybe<PlaceRelationshipFilters>;
  partsConnection?: InputMaybe<PlacePartsConnectionFilters>;
};

export type PlacesConnection = {
  __typename?: 'PlacesConnection';
  aggregate: PlaceAggregate;
  edges: Array<PlaceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An EU research project (from CORDIS) or another joint project that a source names. */
export type Project = {
  __typename?: 'Project';
  acronym?: Maybe<Scalars['String']['output']>;
  call?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Confidence>;
  /** The grant id in CORDIS, where a curated project names one. */
  cordisId?: Maybe<Scalars['String']['output']>;
  ecMaxContribution?: Maybe<Scalars['Float']['output']>;
  endDate?: Maybe<Scalars['Date']['output']>;
  fundingScheme?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  legalBasis?: Maybe<Scalars['String']['output']>;
  locatedIn: Array<Place>;
  locatedInConnection: ProjectLocatedInConnection;
  mentionedIn: Array<Source>;
  mentionedInConnection: ProjectMentionedInConnection;
  objective?: Maybe<Scalars['String']['output']>;
  participants: Array<Actor>;
  participantsConnection: ProjectParticipantsConnection;
  /** The framework programme: H2020, HORIZON… */
  programme?: Maybe<Scalars['String']['output']>;
  /** Horizon 2020 programme parts (SC5, LEIT-ICT, ERC…), where the source gives them. */
  programmeParts?: Maybe<Array<Scalars['String']['output']>>;
  /** The CORDIS record number (not the grant id). */
  rcn?: Maybe<Scalars['String']['output']>;
  sourceId?: Maybe<Scalars['String']['output']>;
  /** What the project's source does not give (title, acronym, objective, topics, grantId, organisationNames). */
  sourceLacks?: Maybe<Array<Scalars['String']['output']>>;
  startDate?: Maybe<Scalars['Date']['output']>;
  status?: Maybe<Scalars['String']['output']>;
  subCall?: Maybe<Scalars['String']['output']>;
  /** Absent for a project of the Horizon 2020 history, whose source gives no title (see sourceLacks). */
  title?: Maybe<Scalars['String']['output']>;
  topics?: Maybe<Array<Scalars['String']['output']>>;
  totalCost?: Maybe<Scalars['Float']['output']>;
};


/** An EU research project (from CORDIS) or another joint project that a source names. */
export type ProjectLocatedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlaceSort>>;
  where?: InputMaybe<PlaceWhere>;
};


/** An EU research project (from CORDIS) or another joint project that a source names. */
export type ProjectLocatedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectLocatedInConnectionSort>>;
  where?: InputMaybe<ProjectLocatedInConnectionWhere>;
};


/** An EU research project (from CORDIS) or another joint project that a source names. */
export type ProjectMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/** An EU research project (from CORDIS) or another joint project that a source names. */
export type ProjectMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectMentionedInConnectionSort>>;
  where?: InputMaybe<ProjectMentionedInConnectionWhere>;
};


/** An EU research project (from CORDIS) or another joint project that a source names. */
export type ProjectParticipantsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/** An EU research project (from CORDIS) or another joint project that a source names. */
export type ProjectParticipantsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectParticipantsConnectionSort>>;
  where?: InputMaybe<ProjectParticipantsConnectionWhere>;
};

export type ProjectActorParticipantsAggregateSelection = {
  __typename?: 'ProjectActorParticipantsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ProjectActorParticipantsEdgeAggregateSelection>;
  node?: Maybe<ProjectActorParticipantsNodeAggregateSelection>;
};

export type ProjectActorParticipantsEdgeAggregateSelection = {
  __typename?: 'ProjectActorParticipantsEdgeAggregateSelection';
  ecContribution: FloatAggregateSelection;
  locator: StringAggregateSelection;
  netEcContribution: FloatAggregateSelection;
  order: IntAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
  totalCost: FloatAggregateSelection;
};

export type ProjectActorParticipantsNodeAggregateSelection = {
  __typename?: 'ProjectActorParticipantsNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type ProjectAggregate = {
  __typename?: 'ProjectAggregate';
  count: Count;
  node: ProjectAggregateNode;
};

export type ProjectAggregateNode = {
  __typename?: 'ProjectAggregateNode';
  acronym: StringAggregateSelection;
  call: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  ecMaxContribution: FloatAggregateSelection;
  fundingScheme: StringAggregateSelection;
  legalBasis: StringAggregateSelection;
  objective: StringAggregateSelection;
  programme: StringAggregateSelection;
  rcn: StringAggregateSelection;
  sourceId: StringAggregateSelection;
  status: StringAggregateSelection;
  subCall: StringAggregateSelection;
  title: StringAggregateSelection;
  totalCost: FloatAggregateSelection;
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

export type ProjectLocatedInConnection = {
  __typename?: 'ProjectLocatedInConnection';
  aggregate: ProjectPlaceLocatedInAggregateSelection;
  edges: Array<ProjectLocatedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectLocatedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<ProjectLocatedInConnectionAggregateInput>>;
  NOT?: InputMaybe<ProjectLocatedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<ProjectLocatedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<ProjectLocatedInNodeAggregationWhereInput>;
};

export type ProjectLocatedInConnectionFilters = {
  /** Filter Projects by aggregating results on related ProjectLocatedInConnections */
  aggregate?: InputMaybe<ProjectLocatedInConnectionAggregateInput>;
  /** Return Projects where all of the related ProjectLocatedInConnections match this filter */
  all?: InputMaybe<ProjectLocatedInConnectionWhere>;
  /** Return Projects where none of the related ProjectLocatedInConnections match this filter */
  none?: InputMaybe<ProjectLocatedInConnectionWhere>;
  /** Return Projects where one of the related ProjectLocatedInConnections match this filter */
  single?: InputMaybe<ProjectLocatedInConnectionWhere>;
  /** Return Projects where some of the related ProjectLocatedInConnections match this filter */
  some?: InputMaybe<ProjectLocatedInConnectionWhere>;
};

export type ProjectLocatedInConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<PlaceSort>;
};

export type ProjectLocatedInConnectionWhere = {
  AND?: InputMaybe<Array<ProjectLocatedInConnectionWhere>>;
  NOT?: InputMaybe<ProjectLocatedInConnectionWhere>;
  OR?: InputMaybe<Array<ProjectLocatedInConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<PlaceWhere>;
};

export type ProjectLocatedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ProjectLocatedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ProjectLocatedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ProjectLocatedInNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type ProjectLocatedInRelationship = {
  __typename?: 'ProjectLocatedInRelationship';
  cursor: Scalars['String']['output'];
  node: Place;
  properties: Provenance;
};

export type ProjectMentionedInConnection = {
  __typename?: 'ProjectMentionedInConnection';
  aggregate: ProjectSourceMentionedInAggregateSelection;
  edges: Array<ProjectMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectMentionedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<ProjectMentionedInConnectionAggregateInput>>;
  NOT?: InputMaybe<ProjectMentionedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<ProjectMentionedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MentionAggregationWhereInput>;
  node?: InputMaybe<ProjectMentionedInNodeAggregationWhereInput>;
};

export type ProjectMentionedInConnectionFilters = {
  /** Filter Projects by aggregating results on related ProjectMentionedInConnections */
  aggregate?: InputMaybe<ProjectMentionedInConnectionAggregateInput>;
  /** Return Projects where all of the related ProjectMentionedInConnections match this filter */
  all?: InputMaybe<ProjectMentionedInConnectionWhere>;
  /** Return Projects where none of the related ProjectMentionedInConnections match this filter */
  none?: InputMaybe<ProjectMentionedInConnectionWhere>;
  /** Return Projects where one of the related ProjectMentionedInConnections match this filter */
  single?: InputMaybe<ProjectMentionedInConnectionWhere>;
  /** Return Projects where some of the related ProjectMentionedInConnections match this filter */
  some?: InputMaybe<ProjectMentionedInConnectionWhere>;
};

export type ProjectMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<SourceSort>;
};

export type ProjectMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<ProjectMentionedInConnectionWhere>>;
  NOT?: InputMaybe<ProjectMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<ProjectMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type ProjectMentionedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ProjectMentionedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ProjectMentionedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ProjectMentionedInNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  datePrecision?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  document?: InputMaybe<StringScalarAggregationFilters>;
  issuer?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  language?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  reference?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
};

export type ProjectMentionedInRelationship = {
  __typename?: 'ProjectMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Mention;
};

export type ProjectParticipantsConnection = {
  __typename?: 'ProjectParticipantsConnection';
  aggregate: ProjectActorParticipantsAggregateSelection;
  edges: Array<ProjectParticipantsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectParticipantsConnectionAggregateInput = {
  AND?: InputMaybe<Array<ProjectParticipantsConnectionAggregateInput>>;
  NOT?: InputMaybe<ProjectParticipantsConnectionAggregateInput>;
  OR?: InputMaybe<Array<ProjectParticipantsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ParticipationAggregationWhereInput>;
  node?: InputMaybe<ProjectParticipantsNodeAggregationWhereInput>;
};

export type ProjectParticipantsConnectionFilters = {
  /** Filter Projects by aggregating results on related ProjectParticipantsConnections */
  aggregate?: InputMaybe<ProjectParticipantsConnectionAggregateInput>;
  /** Return Projects where all of the related ProjectParticipantsConnections match this filter */
  all?: InputMaybe<ProjectParticipantsConnectionWhere>;
  /** Return Projects where none of the related ProjectParticipantsConnections match this filter */
  none?: InputMaybe<ProjectParticipantsConnectionWhere>;
  /** Return Projects where one of the related ProjectParticipantsConnections match this filter */
  single?: InputMaybe<ProjectParticipantsConnectionWhere>;
  /** Return Projects where some of the related ProjectParticipantsConnections match this filter */
  some?: InputMaybe<ProjectParticipantsConnectionWhere>;
};

export type ProjectParticipantsConnectionSort = {
  edge?: InputMaybe<ParticipationSort>;
  node?: InputMaybe<ActorSort>;
};

export type ProjectParticipantsConnectionWhere = {
  AND?: InputMaybe<Array<ProjectParticipantsConnectionWhere>>;
  NOT?: InputMaybe<ProjectParticipantsConnectionWhere>;
  OR?: InputMaybe<Array<ProjectParticipantsConnectionWhere>>;
  edge?: InputMaybe<ParticipationWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type ProjectParticipantsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<ProjectParticipantsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<ProjectParticipantsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<ProjectParticipantsNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ProjectParticipantsRelationship = {
  __typename?: 'ProjectParticipantsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Participation;
};

export type ProjectPlaceLocatedInAggregateSelection = {
  __typename?: 'ProjectPlaceLocatedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ProjectPlaceLocatedInEdgeAggregateSelection>;
  node?: Maybe<ProjectPlaceLocatedInNodeAggregateSelection>;
};

export type ProjectPlaceLocatedInEdgeAggregateSelection = {
  __typename?: 'ProjectPlaceLocatedInEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type ProjectPlaceLocatedInNodeAggregateSelection = {
  __typename?: 'ProjectPlaceLocatedInNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type ProjectRelationshipFilters = {
  /** Filter type where all of the related Projects match this filter */
  all?: InputMaybe<ProjectWhere>;
  /** Filter type where none of the related Projects match this filter */
  none?: InputMaybe<ProjectWhere>;
  /** Filter type where one of the related Projects match this filter */
  single?: InputMaybe<ProjectWhere>;
  /** Filter type where some of the related Projects match this filter */
  some?: InputMaybe<ProjectWhere>;
};

/** Fields to sort Projects by. The order in which sorts are applied is not guaranteed when specifying many fields in one ProjectSort object. */
export type ProjectSort = {
  acronym?: InputMaybe<SortDirection>;
  call?: InputMaybe<SortDirection>;
  confidence?: InputMaybe<SortDirection>;
  cordisId?: InputMaybe<SortDirection>;
  ecMaxContribution?: InputMaybe<SortDirection>;
  endDate?: InputMaybe<SortDirection>;
  fundingScheme?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  legalBasis?: InputMaybe<SortDirection>;
  objective?: InputMaybe<SortDirection>;
  programme?: InputMaybe<SortDirection>;
  rcn?: InputMaybe<SortDirection>;
  sourceId?: InputMaybe<SortDirection>;
  startDate?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  subCall?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  totalCost?: InputMaybe<SortDirection>;
};

export type ProjectSourceMentionedInAggregateSelection = {
  __typename?: 'ProjectSourceMentionedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<ProjectSourceMentionedInEdgeAggregateSelection>;
  node?: Maybe<ProjectSourceMentionedInNodeAggregateSelection>;
};

export type ProjectSourceMentionedInEdgeAggregateSelection = {
  __typename?: 'ProjectSourceMentionedInEdgeAggregateSelection';
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type ProjectSourceMentionedInNodeAggregateSelection = {
  __typename?: 'ProjectSourceMentionedInNodeAggregateSelection';
  attribution: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  document: StringAggregateSelection;
  issuer: StringAggregateSelection;
  kind: StringAggregateSelection;
  language: StringAggregateSelection;
  licence: StringAggregateSelection;
  note: StringAggregateSelection;
  reference: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

export type ProjectWhere = {
  AND?: InputMaybe<Array<ProjectWhere>>;
  NOT?: InputMaybe<ProjectWhere>;
  OR?: InputMaybe<Array<ProjectWhere>>;
  acronym?: InputMaybe<StringScalarFilters>;
  call?: InputMaybe<StringScalarFilters>;
  confidence?: InputMaybe<ConfidenceEnumScalarFilters>;
  cordisId?: InputMaybe<StringScalarFilters>;
  deletedAt?: InputMaybe<DateTimeScalarFilters>;
  ecMaxContribution?: InputMaybe<FloatScalarFilters>;
  endDate?: InputMaybe<DateScalarFilters>;
  fundingScheme?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  legalBasis?: InputMaybe<StringScalarFilters>;
  locatedIn?: InputMaybe<PlaceRelationshipFilters>;
  locatedInConnection?: InputMaybe<ProjectLocatedInConnectionFilters>;
  mentionedIn?: InputMaybe<SourceRelationshipFilters>;
  mentionedInConnection?: InputMaybe<ProjectMentionedInConnectionFilters>;
  objective?: InputMaybe<StringScalarFilters>;
  participants?: InputMaybe<ActorRelationshipFilters>;
  participantsConnection?: InputMaybe<ProjectParticipantsConnectionFilters>;
  programme?: InputMaybe<StringScalarFilters>;
  programmeParts?: InputMaybe<StringListFilters>;
  rcn?: InputMaybe<StringScalarFilters>;
  sourceId?: InputMaybe<StringScalarFilters>;
  sourceLacks?: InputMaybe<StringListFilters>;
  startDate?: InputMaybe<DateScalarFilters>;
  status?: InputMaybe<StringScalarFilters>;
  subCall?: InputMaybe<StringScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
  topics?: InputMaybe<StringListFilters>;
  totalCost?: InputMaybe<FloatScalarFilters>;
};

export type ProjectsConnection = {
  __typename?: 'ProjectsConnection';
  aggregate: ProjectAggregate;
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One place of a proposed consortium: who, which need it fills, why them, and who else could fill it. */
export type ProposedPartner = {
  __typename?: 'ProposedPartner';
  actor: Actor;
  /** Up to two other candidates that fill the same need, the most likely first. */
  alternatives: Array<Actor>;
  /** The need this place fills, in a sentence: a country or kind of partner the rules ask for, a kind the type of action usually needs, a warm introduction, or a strong record on the topic. */
  need: Scalars['String']['output'];
  /** What the need is, as a code: MEMBER_STATE, COUNTRY, REQUIRED_KIND, ENTITY, USUAL_KIND, WARM_INTRODUCTION or TOPIC_RECORD. */
  needCode: Scalars['String']['output'];
  /** Why them, in at most three plain sentences, each with its evidence. */
  reasons: Array<Scalars['String']['output']>;
  /** The shortest path from a consortium member: the warm introduction. */
  warmPath?: Maybe<Network>;
};

/**
 * The edge properties for the following fields:
 * * Actor.partOf
 * * Actor.parts
 * * Actor.memberOf
 * * Actor.members
 * * Actor.founderOf
 * * Actor.founders
 * * Actor.finances
 * * Actor.financedBy
 * * Actor.owns
 * * Actor.ownedBy
 * * Actor.collaboratesWith
 * * Actor.collaboratesWithIn
 * * Actor.partyTo
 * * Actor.responsibleFor
 * * Actor.responsibleForAgreements
 * * Actor.adopts
 * * Actor.commentsOn
 * * Actor.locatedIn
 * * Actor.proposes
 * * Actor.proposesActors
 * * Actor.consults
 * * Actor.consultsOn
 * * Actor.reportsTo
 * * Actor.supports
 * * Actor.advocatesTo
 * * Actor.concernedBy
 * * Project.locatedIn
 * * Agreement.parties
 * * Agreement.responsible
 * * Agreement.covers
 * * Agreement.locatedIn
 * * Strategy.partOf
 * * Strategy.parts
 * * Strategy.adoptedBy
 * * Strategy.commentedOnBy
 * * Strategy.responsible
 * * Strategy.coveredBy
 * * Strategy.proposedBy
 * * Strategy.refersTo
 * * Strategy.coordinatesWith
 * * Strategy.coordinatedWith
 * * Strategy.concerns
 * * Place.partOf
 * * Place.parts
 * * Place.actors
 */
export type Provenance = {
  __typename?: 'Provenance';
  /** The original public source that a compiled fact sheet cites. */
  citedSource?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Confidence>;
  /** year, month or day; deadline when the date is a deadline (by that day), not the day of the event. */
  datePrecision?: Maybe<Scalars['String']['output']>;
  locator?: Maybe<Scalars['String']['output']>;
  quote?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  sourceId: Scalars['String']['output'];
  status?: Maybe<Status>;
  until?: Maybe<Scalars['Date']['output']>;
};

export type ProvenanceAggregationWhereInput = {
  AND?: InputMaybe<Array<ProvenanceAggregationWhereInput>>;
  NOT?: InputMaybe<ProvenanceAggregationWhereInput>;
  OR?: InputMaybe<Array<ProvenanceAggregationWhereInput>>;
  citedSource?: InputMaybe<StringScalarAggregationFilters>;
  datePrecision?: InputMaybe<StringScalarAggregationFilters>;
  locator?: InputMaybe<StringScalarAggregationFilters>;
  quote?: InputMaybe<StringScalarAggregationFilters>;
  role?: InputMaybe<StringScalarAggregationFilters>;
  sourceId?: InputMaybe<StringScalarAggregationFilters>;
};

export type ProvenanceSort = {
  citedSource?: InputMaybe<SortDirection>;
  confidence?: InputMaybe<SortDirection>;
  datePrecision?: InputMaybe<SortDirection>;
  locator?: InputMaybe<SortDirection>;
  quote?: InputMaybe<SortDirection>;
  role?: InputMaybe<SortDirection>;
  since?: InputMaybe<SortDirection>;
  sourceId?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
  until?: InputMaybe<SortDirection>;
};

export type ProvenanceWhere = {
  AND?: InputMaybe<Array<ProvenanceWhere>>;
  NOT?: InputMaybe<ProvenanceWhere>;
  OR?: InputMaybe<Array<ProvenanceWhere>>;
  citedSource?: InputMaybe<StringScalarFilters>;
  confidence?: InputMaybe<ConfidenceEnumScalarFilters>;
  datePrecision?: InputMaybe<StringScalarFilters>;
  locator?: InputMaybe<StringScalarFilters>;
  quote?: InputMaybe<StringScalarFilters>;
  role?: InputMaybe<StringScalarFilters>;
  since?: InputMaybe<DateScalarFilters>;
  sourceId?: InputMaybe<StringScalarFilters>;
  status?: InputMaybe<StatusEnumScalarFilters>;
  until?: InputMaybe<DateScalarFilters>;
};

export type Query = {
  __typename?: 'Query';
  actors: Array<Actor>;
  actorsConnection: ActorsConnection;
  agreements: Array<Agreement>;
  agreementsConnection: AgreementsConnection;
  /** The call, the consortium check for its type of action, and partner suggestions for it. */
  callBrief: CallBrief;
  callFamilies: Array<CallFamily>;
  callFamiliesConnection: CallFamiliesConnection;
  calls: Array<Call>;
  callsConnection: CallsConnection;
  centrality: Array<RankedActor>;
  /**
   * Ties that began or ended between two dates (at most `limit` of each), and actors that entered or
   * left. A deadline is not an end: a tie whose until is a deadline (datePrecision deadline, such as a
   * consultation's reply deadline) is never reported as ended, nor its actors as left, on that day.
   */
  changes: NetworkChanges;
  collaborators: Array<Collaboration>;
  /** The communities of the collaboration network, the largest first: at most `limit` (1 to 500). */
  communities: Array<Community>;
  /**
   * Checks a consortium. A call's id as topic brings its text, families and type of action; action
   * defaults to the call's, else RIA. With `asOf`, track records count only projects that started before it.
   */
  consortiumCheck: ConsortiumCheck;
  /** Draft relationships, in the order of their endpoints. Editors and admins. */
  draftRelationships: Array<Relationship>;
  /** The changes of a node or relationship, the newest first. Editors and admins. */
  history: Array<Change>;
  network: Network;
  /** Calls open or forthcoming on asOf (deadline on or after it; default today), best fit to the actor first. */
  openCalls: Array<OpenCall>;
  /** Call topics where an actor's partners work and it does not; with `asOf`, only projects that started before it count. */
  opportunities: Array<Opportunity>;
  /**
   * Partners for a call topic, best first. With `asOf`, every factor uses only projects that started
   * before that date, and "now" is that date; `excludeProjects` leaves those projects out of every
   * factor (unknown ids are ignored).
   */
  partnerSuggestions: Array<PartnerSuggestion>;
  paths: Array<Network>;
  places: Array<Place>;
  placesConnection: PlacesConnection;
  projects: Array<Project>;
  projectsConnection: ProjectsConnection;
  /**
   * Proposes a consortium for a call (its id) or a topic text: the members, and partners added to
   * them, the needs the rules name first (each by the most likely candidate that fills it), then the
   * remaining places by likelihood, up to `size` in all (members included; default the typical size
   * of funded consortia of the type of action in the call's destination before `asOf`). `countries`
   * and `kinds` narrow the candidates; a need they make impossible is named in `unmetNeeds`.
   */
  proposeConsortium: ConsortiumProposal;
  search: Array<SearchHit>;
  sources: Array<Source>;
  sourcesConnection: SourcesConnection;
  stats: GraphStats;
  strategies: Array<Strategy>;
  strategiesConnection: StrategiesConnection;
};


export type QueryActorsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type QueryActorsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


export type QueryAgreementsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementSort>>;
  where?: InputMaybe<AgreementWhere>;
};


export type QueryAgreementsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementSort>>;
  where?: InputMaybe<AgreementWhere>;
};


export type QueryCallBriefArgs = {
  call: Scalars['ID']['input'];
  consortium: Array<Scalars['ID']['input']>;
  lang?: InputMaybe<Language>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCallFamiliesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallFamilySort>>;
  where?: InputMaybe<CallFamilyWhere>;
};


export type QueryCallFamiliesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallFamilySort>>;
  where?: InputMaybe<CallFamilyWhere>;
};


export type QueryCallsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallSort>>;
  where?: InputMaybe<CallWhere>;
};


export type QueryCallsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<CallSort>>;
  where?: InputMaybe<CallWhere>;
};


export type QueryCentralityArgs = {
  filter?: InputMaybe<NetworkFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  measure?: InputMaybe<CentralityMeasure>;
};


export type QueryChangesArgs = {
  filter?: InputMaybe<NetworkFilter>;
  from: Scalars['Date']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryCollaboratorsArgs = {
  filter?: InputMaybe<NetworkFilter>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCommunitiesArgs = {
  filter?: InputMaybe<NetworkFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryConsortiumCheckArgs = {
  action?: InputMaybe<ActionType>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  consortium: Array<Scalars['ID']['input']>;
  lang?: InputMaybe<Language>;
  topic?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDraftRelationshipsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryHistoryArgs = {
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<NetworkFilter>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpenCallsArgs = {
  actions?: InputMaybe<Array<ActionType>>;
  actor: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  lang?: InputMaybe<Language>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpportunitiesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  lang?: InputMaybe<Language>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnerSuggestionsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  consortium?: InputMaybe<Array<Scalars['ID']['input']>>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  excludeProjects?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<ActorKind>>;
  lang?: InputMaybe<Language>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  topic: Scalars['String']['input'];
};


export type QueryPathsArgs = {
  filter?: InputMaybe<NetworkFilter>;
  from: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryPlacesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlaceSort>>;
  where?: InputMaybe<PlaceWhere>;
};


export type QueryPlacesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<PlaceSort>>;
  where?: InputMaybe<PlaceWhere>;
};


export type QueryProjectsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectSort>>;
  where?: InputMaybe<ProjectWhere>;
};


export type QueryProjectsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ProjectSort>>;
  where?: InputMaybe<ProjectWhere>;
};


export type QueryProposeConsortiumArgs = {
  action?: InputMaybe<ActionType>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  call?: InputMaybe<Scalars['ID']['input']>;
  consortium: Array<Scalars['ID']['input']>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  excludeProjects?: InputMaybe<Array<Scalars['ID']['input']>>;
  kinds?: InputMaybe<Array<ActorKind>>;
  lang?: InputMaybe<Language>;
  size?: InputMaybe<Scalars['Int']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySearchArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


export type QuerySourcesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


export type QuerySourcesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


export type QueryStrategiesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


export type QueryStrategiesConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};

export type RankedActor = {
  __typename?: 'RankedActor';
  actor: Actor;
  score: Scalars['Float']['output'];
};

/** A relationship as the editing API shows it, drafts included. */
export type Relationship = {
  __typename?: 'Relationship';
  citedSource?: Maybe<Scalars['String']['output']>;
  confidence?: Maybe<Confidence>;
  datePrecision?: Maybe<Scalars['String']['output']>;
  draft: Scalars['Boolean']['output'];
  from: Scalars['ID']['output'];
  /** from|type|to|sourceId|locator: the relationship's identity. */
  id: Scalars['ID']['output'];
  locator: Scalars['String']['output'];
  quote?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
  since?: Maybe<Scalars['Date']['output']>;
  sourceId: Scalars['String']['output'];
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
  until?: Maybe<Scalars['Date']['output']>;
};

/** What an editor may change of a relationship; its endpoints, type, source and locator are its identity and stay. */
export type RelationshipChanges = {
  citedSource?: InputMaybe<Scalars['String']['input']>;
  confidence?: InputMaybe<Confidence>;
  datePrecision?: InputMaybe<Scalars['String']['input']>;
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  quote?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** A new relationship and its provenance. Source, locator and quote are required: no fact without its evidence. */
export type RelationshipInput = {
  /** The original public source that a compiled fact sheet cites. */
  citedSource?: InputMaybe<Scalars['String']['input']>;
  confidence?: InputMaybe<Confidence>;
  /** How precise since and until are: day, month or year. */
  datePrecision?: InputMaybe<Scalars['String']['input']>;
  /** A draft is hidden from readers until an editor publishes it with updateRelationship(draft: false). */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['ID']['input'];
  /** Required: where in the source, such as a page, section or line. */
  locator?: InputMaybe<Scalars['String']['input']>;
  /** Required: the source's own words. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** The actor's role; required for PARTICIPATES_IN. */
  role?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Required: the id of an existing source. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['ID']['input'];
  /** A relationship type of the domain model, such as MEMBER_OF, PARTY_TO or PARTICIPATES_IN. */
  type: Scalars['String']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type ScoreFactor = {
  __typename?: 'ScoreFactor';
  /** weight × value: what the factor adds to the score. */
  contribution: Scalars['Float']['output'];
  evidence: Array<Project>;
  explanation: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The factor's measure, from 0 to 1. */
  value: Scalars['Float']['output'];
  /** The fitted weight of the factor (see server/consortium/partner-weights.json). */
  weight: Scalars['Float']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  city?: Maybe<Scalars['String']['output']>;
  /** An actor's country (two-letter code) and city: what tells namesakes apart. */
  country?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  label: Scalars['String']['output'];
  /** The name an actor is registered under (as in CORDIS), where it differs from its name. */
  legalName?: Maybe<Scalars['String']['output']>;
  /** An actor's full name, where the label is a short name or an acronym. */
  name?: Maybe<Scalars['String']['output']>;
  score: Scalars['Float']['output'];
  type: Scalars['String']['output'];
};

export type Severity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

/** A document or dataset that facts in the graph come from. */
export type Source = {
  __typename?: 'Source';
  attribution?: Maybe<Scalars['String']['output']>;
  date?: Maybe<Scalars['Date']['output']>;
  /** year, month or day; deadline when the document carries no date and date is the deadline it was written by. */
  datePrecision?: Maybe<Scalars['String']['output']>;
  document?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issuer?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  language?: Maybe<Scalars['String']['output']>;
  licence?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  url?: Maybe<Scalars['String']['output']>;
};

export type SourceAggregate = {
  __typename?: 'SourceAggregate';
  count: Count;
  node: SourceAggregateNode;
};

export type SourceAggregateNode = {
  __typename?: 'SourceAggregateNode';
  attribution: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  document: StringAggregateSelection;
  issuer: StringAggregateSelection;
  kind: StringAggregateSelection;
  language: StringAggregateSelection;
  licence: StringAggregateSelection;
  note: StringAggregateSelection;
  reference: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

/** The fields of a source that an editor sets; a field left out stays as it is, a field set to null is removed. */
export type SourceInput = {
  attribution?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['Date']['input']>;
  document?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** Required when the source is new. */
  kind?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  licence?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Required when the source is new. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** An http or https URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SourceRelationshipFilters = {
  /** Filter type where all of the related Sources match this filter */
  all?: InputMaybe<SourceWhere>;
  /** Filter type where none of the related Sources match this filter */
  none?: InputMaybe<SourceWhere>;
  /** Filter type where one of the related Sources match this filter */
  single?: InputMaybe<SourceWhere>;
  /** Filter type where some of the related Sources match this filter */
  some?: InputMaybe<SourceWhere>;
};

/** Fields to sort Sources by. The order in which sorts are applied is not guaranteed when specifying many fields in one SourceSort object. */
export type SourceSort = {
  attribution?: InputMaybe<SortDirection>;
  date?: InputMaybe<SortDirection>;
  datePrecision?: InputMaybe<SortDirection>;
  document?: InputMaybe<SortDirection>;
  id?: InputMaybe<SortDirection>;
  issuer?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  language?: InputMaybe<SortDirection>;
  licence?: InputMaybe<SortDirection>;
  note?: InputMaybe<SortDirection>;
  reference?: InputMaybe<SortDirection>;
  title?: InputMaybe<SortDirection>;
  url?: InputMaybe<SortDirection>;
};

export type SourceWhere = {
  AND?: InputMaybe<Array<SourceWhere>>;
  NOT?: InputMaybe<SourceWhere>;
  OR?: InputMaybe<Array<SourceWhere>>;
  attribution?: InputMaybe<StringScalarFilters>;
  date?: InputMaybe<DateScalarFilters>;
  datePrecision?: InputMaybe<StringScalarFilters>;
  deletedAt?: InputMaybe<DateTimeScalarFilters>;
  document?: InputMaybe<StringScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  issuer?: InputMaybe<StringScalarFilters>;
  kind?: InputMaybe<StringScalarFilters>;
  language?: InputMaybe<StringScalarFilters>;
  licence?: InputMaybe<StringScalarFilters>;
  note?: InputMaybe<StringScalarFilters>;
  reference?: InputMaybe<StringScalarFilters>;
  title?: InputMaybe<StringScalarFilters>;
  url?: InputMaybe<StringScalarFilters>;
};

export type SourcesConnection = {
  __typename?: 'SourcesConnection';
  aggregate: SourceAggregate;
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * Where a fact stands between stated and done: in effect as the source states it (the default when
 * absent), proposed (put forward for a decision the source does not record), decided (the source
 * records the decision), or intended (a step the source says is to be taken: "ska", "bör").
 */
export type Status =
  | 'DECIDED'
  | 'INTENDED'
  | 'IN_EFFECT'
  | 'PROPOSED';

/** Status filters */
export type StatusEnumScalarFilters = {
  eq?: InputMaybe<Status>;
  in?: InputMaybe<Array<Status>>;
};

export type StrategiesConnection = {
  __typename?: 'StrategiesConnection';
  aggregate: StrategyAggregate;
  edges: Array<StrategyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A strategy, sub-strategy, focus area, programme or fund. */
export type Strategy = {
  __typename?: 'Strategy';
  adoptedBy: Array<Actor>;
  adoptedByConnection: StrategyAdoptedByConnection;
  commentedOnBy: Array<Actor>;
  commentedOnByConnection: StrategyCommentedOnByConnection;
  /** The actors the strategy is about: those the City is to work with under it. */
  concerns: Array<Actor>;
  concernsConnection: StrategyConcernsConnection;
  coordinatedWith: Array<Strategy>;
  coordinatedWithConnection: StrategyCoordinatedWithConnection;
  /** Strategies or programmes that a source says the work should be coordinated with (samordnas med). */
  coordinatesWith: Array<Strategy>;
  coordinatesWithConnection: StrategyCoordinatesWithConnection;
  coveredBy: Array<Agreement>;
  coveredByConnection: StrategyCoveredByConnection;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  mentionedIn: Array<Source>;
  mentionedInConnection: StrategyMentionedInConnection;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  partOf: Array<Strategy>;
  partOfConnection: StrategyPartOfConnection;
  parts: Array<Strategy>;
  partsConnection: StrategyPartsConnection;
  proposedBy: Array<Actor>;
  proposedByConnection: StrategyProposedByConnection;
  /** What the strategy or assignment refers to as its basis or authority (a budget, a fund, an assignment). */
  refersTo: Array<Strategy>;
  refersToConnection: StrategyRefersToConnection;
  responsible: Array<Actor>;
  responsibleConnection: StrategyResponsibleConnection;
  /** Proposed, decided or intended, where the source says so. */
  status?: Maybe<Status>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyAdoptedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyAdoptedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyAdoptedByConnectionSort>>;
  where?: InputMaybe<StrategyAdoptedByConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyCommentedOnByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyCommentedOnByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyCommentedOnByConnectionSort>>;
  where?: InputMaybe<StrategyCommentedOnByConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyConcernsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyConcernsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyConcernsConnectionSort>>;
  where?: InputMaybe<StrategyConcernsConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyCoordinatedWithArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyCoordinatedWithConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyCoordinatedWithConnectionSort>>;
  where?: InputMaybe<StrategyCoordinatedWithConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyCoordinatesWithArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyCoordinatesWithConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyCoordinatesWithConnectionSort>>;
  where?: InputMaybe<StrategyCoordinatesWithConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyCoveredByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<AgreementSort>>;
  where?: InputMaybe<AgreementWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyCoveredByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyCoveredByConnectionSort>>;
  where?: InputMaybe<StrategyCoveredByConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyMentionedInArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<SourceSort>>;
  where?: InputMaybe<SourceWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyMentionedInConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyMentionedInConnectionSort>>;
  where?: InputMaybe<StrategyMentionedInConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyPartOfArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyPartOfConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyPartOfConnectionSort>>;
  where?: InputMaybe<StrategyPartOfConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyPartsArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyPartsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyPartsConnectionSort>>;
  where?: InputMaybe<StrategyPartsConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyProposedByArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyProposedByConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyProposedByConnectionSort>>;
  where?: InputMaybe<StrategyProposedByConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyRefersToArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategySort>>;
  where?: InputMaybe<StrategyWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyRefersToConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyRefersToConnectionSort>>;
  where?: InputMaybe<StrategyRefersToConnectionWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyResponsibleArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<ActorSort>>;
  where?: InputMaybe<ActorWhere>;
};


/** A strategy, sub-strategy, focus area, programme or fund. */
export type StrategyResponsibleConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<Array<StrategyResponsibleConnectionSort>>;
  where?: InputMaybe<StrategyResponsibleConnectionWhere>;
};

export type StrategyActorAdoptedByAggregateSelection = {
  __typename?: 'StrategyActorAdoptedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyActorAdoptedByEdgeAggregateSelection>;
  node?: Maybe<StrategyActorAdoptedByNodeAggregateSelection>;
};

export type StrategyActorAdoptedByEdgeAggregateSelection = {
  __typename?: 'StrategyActorAdoptedByEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyActorAdoptedByNodeAggregateSelection = {
  __typename?: 'StrategyActorAdoptedByNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type StrategyActorCommentedOnByAggregateSelection = {
  __typename?: 'StrategyActorCommentedOnByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyActorCommentedOnByEdgeAggregateSelection>;
  node?: Maybe<StrategyActorCommentedOnByNodeAggregateSelection>;
};

export type StrategyActorCommentedOnByEdgeAggregateSelection = {
  __typename?: 'StrategyActorCommentedOnByEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyActorCommentedOnByNodeAggregateSelection = {
  __typename?: 'StrategyActorCommentedOnByNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type StrategyActorConcernsAggregateSelection = {
  __typename?: 'StrategyActorConcernsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyActorConcernsEdgeAggregateSelection>;
  node?: Maybe<StrategyActorConcernsNodeAggregateSelection>;
};

export type StrategyActorConcernsEdgeAggregateSelection = {
  __typename?: 'StrategyActorConcernsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyActorConcernsNodeAggregateSelection = {
  __typename?: 'StrategyActorConcernsNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type StrategyActorProposedByAggregateSelection = {
  __typename?: 'StrategyActorProposedByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyActorProposedByEdgeAggregateSelection>;
  node?: Maybe<StrategyActorProposedByNodeAggregateSelection>;
};

export type StrategyActorProposedByEdgeAggregateSelection = {
  __typename?: 'StrategyActorProposedByEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyActorProposedByNodeAggregateSelection = {
  __typename?: 'StrategyActorProposedByNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type StrategyActorResponsibleAggregateSelection = {
  __typename?: 'StrategyActorResponsibleAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyActorResponsibleEdgeAggregateSelection>;
  node?: Maybe<StrategyActorResponsibleNodeAggregateSelection>;
};

export type StrategyActorResponsibleEdgeAggregateSelection = {
  __typename?: 'StrategyActorResponsibleEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyActorResponsibleNodeAggregateSelection = {
  __typename?: 'StrategyActorResponsibleNodeAggregateSelection';
  city: StringAggregateSelection;
  contactEmail: StringAggregateSelection;
  contactPhone: StringAggregateSelection;
  cordisId: StringAggregateSelection;
  country: StringAggregateSelection;
  foundedYear: IntAggregateSelection;
  legalName: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
  rorId: StringAggregateSelection;
  shortName: StringAggregateSelection;
  vatNumber: StringAggregateSelection;
  website: StringAggregateSelection;
  wikidataId: StringAggregateSelection;
};

export type StrategyAdoptedByConnection = {
  __typename?: 'StrategyAdoptedByConnection';
  aggregate: StrategyActorAdoptedByAggregateSelection;
  edges: Array<StrategyAdoptedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyAdoptedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyAdoptedByConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyAdoptedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyAdoptedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyAdoptedByNodeAggregationWhereInput>;
};

export type StrategyAdoptedByConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyAdoptedByConnections */
  aggregate?: InputMaybe<StrategyAdoptedByConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyAdoptedByConnections match this filter */
  all?: InputMaybe<StrategyAdoptedByConnectionWhere>;
  /** Return Strategies where none of the related StrategyAdoptedByConnections match this filter */
  none?: InputMaybe<StrategyAdoptedByConnectionWhere>;
  /** Return Strategies where one of the related StrategyAdoptedByConnections match this filter */
  single?: InputMaybe<StrategyAdoptedByConnectionWhere>;
  /** Return Strategies where some of the related StrategyAdoptedByConnections match this filter */
  some?: InputMaybe<StrategyAdoptedByConnectionWhere>;
};

export type StrategyAdoptedByConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type StrategyAdoptedByConnectionWhere = {
  AND?: InputMaybe<Array<StrategyAdoptedByConnectionWhere>>;
  NOT?: InputMaybe<StrategyAdoptedByConnectionWhere>;
  OR?: InputMaybe<Array<StrategyAdoptedByConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type StrategyAdoptedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyAdoptedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyAdoptedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyAdoptedByNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyAdoptedByRelationship = {
  __typename?: 'StrategyAdoptedByRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type StrategyAggregate = {
  __typename?: 'StrategyAggregate';
  count: Count;
  node: StrategyAggregateNode;
};

export type StrategyAggregateNode = {
  __typename?: 'StrategyAggregateNode';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type StrategyAgreementCoveredByAggregateSelection = {
  __typename?: 'StrategyAgreementCoveredByAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyAgreementCoveredByEdgeAggregateSelection>;
  node?: Maybe<StrategyAgreementCoveredByNodeAggregateSelection>;
};

export type StrategyAgreementCoveredByEdgeAggregateSelection = {
  __typename?: 'StrategyAgreementCoveredByEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyAgreementCoveredByNodeAggregateSelection = {
  __typename?: 'StrategyAgreementCoveredByNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
};

export type StrategyCommentedOnByConnection = {
  __typename?: 'StrategyCommentedOnByConnection';
  aggregate: StrategyActorCommentedOnByAggregateSelection;
  edges: Array<StrategyCommentedOnByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyCommentedOnByConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyCommentedOnByConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyCommentedOnByConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyCommentedOnByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyCommentedOnByNodeAggregationWhereInput>;
};

export type StrategyCommentedOnByConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyCommentedOnByConnections */
  aggregate?: InputMaybe<StrategyCommentedOnByConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyCommentedOnByConnections match this filter */
  all?: InputMaybe<StrategyCommentedOnByConnectionWhere>;
  /** Return Strategies where none of the related StrategyCommentedOnByConnections match this filter */
  none?: InputMaybe<StrategyCommentedOnByConnectionWhere>;
  /** Return Strategies where one of the related StrategyCommentedOnByConnections match this filter */
  single?: InputMaybe<StrategyCommentedOnByConnectionWhere>;
  /** Return Strategies where some of the related StrategyCommentedOnByConnections match this filter */
  some?: InputMaybe<StrategyCommentedOnByConnectionWhere>;
};

export type StrategyCommentedOnByConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type StrategyCommentedOnByConnectionWhere = {
  AND?: InputMaybe<Array<StrategyCommentedOnByConnectionWhere>>;
  NOT?: InputMaybe<StrategyCommentedOnByConnectionWhere>;
  OR?: InputMaybe<Array<StrategyCommentedOnByConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type StrategyCommentedOnByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyCommentedOnByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyCommentedOnByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyCommentedOnByNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyCommentedOnByRelationship = {
  __typename?: 'StrategyCommentedOnByRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type StrategyConcernsConnection = {
  __typename?: 'StrategyConcernsConnection';
  aggregate: StrategyActorConcernsAggregateSelection;
  edges: Array<StrategyConcernsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyConcernsConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyConcernsConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyConcernsConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyConcernsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyConcernsNodeAggregationWhereInput>;
};

export type StrategyConcernsConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyConcernsConnections */
  aggregate?: InputMaybe<StrategyConcernsConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyConcernsConnections match this filter */
  all?: InputMaybe<StrategyConcernsConnectionWhere>;
  /** Return Strategies where none of the related StrategyConcernsConnections match this filter */
  none?: InputMaybe<StrategyConcernsConnectionWhere>;
  /** Return Strategies where one of the related StrategyConcernsConnections match this filter */
  single?: InputMaybe<StrategyConcernsConnectionWhere>;
  /** Return Strategies where some of the related StrategyConcernsConnections match this filter */
  some?: InputMaybe<StrategyConcernsConnectionWhere>;
};

export type StrategyConcernsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type StrategyConcernsConnectionWhere = {
  AND?: InputMaybe<Array<StrategyConcernsConnectionWhere>>;
  NOT?: InputMaybe<StrategyConcernsConnectionWhere>;
  OR?: InputMaybe<Array<StrategyConcernsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type StrategyConcernsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyConcernsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyConcernsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyConcernsNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyConcernsRelationship = {
  __typename?: 'StrategyConcernsRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type StrategyCoordinatedWithConnection = {
  __typename?: 'StrategyCoordinatedWithConnection';
  aggregate: StrategyStrategyCoordinatedWithAggregateSelection;
  edges: Array<StrategyCoordinatedWithRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyCoordinatedWithConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyCoordinatedWithConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyCoordinatedWithConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyCoordinatedWithConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyCoordinatedWithNodeAggregationWhereInput>;
};

export type StrategyCoordinatedWithConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyCoordinatedWithConnections */
  aggregate?: InputMaybe<StrategyCoordinatedWithConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyCoordinatedWithConnections match this filter */
  all?: InputMaybe<StrategyCoordinatedWithConnectionWhere>;
  /** Return Strategies where none of the related StrategyCoordinatedWithConnections match this filter */
  none?: InputMaybe<StrategyCoordinatedWithConnectionWhere>;
  /** Return Strategies where one of the related StrategyCoordinatedWithConnections match this filter */
  single?: InputMaybe<StrategyCoordinatedWithConnectionWhere>;
  /** Return Strategies where some of the related StrategyCoordinatedWithConnections match this filter */
  some?: InputMaybe<StrategyCoordinatedWithConnectionWhere>;
};

export type StrategyCoordinatedWithConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type StrategyCoordinatedWithConnectionWhere = {
  AND?: InputMaybe<Array<StrategyCoordinatedWithConnectionWhere>>;
  NOT?: InputMaybe<StrategyCoordinatedWithConnectionWhere>;
  OR?: InputMaybe<Array<StrategyCoordinatedWithConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type StrategyCoordinatedWithNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyCoordinatedWithNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyCoordinatedWithNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyCoordinatedWithNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyCoordinatedWithRelationship = {
  __typename?: 'StrategyCoordinatedWithRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type StrategyCoordinatesWithConnection = {
  __typename?: 'StrategyCoordinatesWithConnection';
  aggregate: StrategyStrategyCoordinatesWithAggregateSelection;
  edges: Array<StrategyCoordinatesWithRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyCoordinatesWithConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyCoordinatesWithConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyCoordinatesWithConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyCoordinatesWithConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyCoordinatesWithNodeAggregationWhereInput>;
};

export type StrategyCoordinatesWithConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyCoordinatesWithConnections */
  aggregate?: InputMaybe<StrategyCoordinatesWithConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyCoordinatesWithConnections match this filter */
  all?: InputMaybe<StrategyCoordinatesWithConnectionWhere>;
  /** Return Strategies where none of the related StrategyCoordinatesWithConnections match this filter */
  none?: InputMaybe<StrategyCoordinatesWithConnectionWhere>;
  /** Return Strategies where one of the related StrategyCoordinatesWithConnections match this filter */
  single?: InputMaybe<StrategyCoordinatesWithConnectionWhere>;
  /** Return Strategies where some of the related StrategyCoordinatesWithConnections match this filter */
  some?: InputMaybe<StrategyCoordinatesWithConnectionWhere>;
};

export type StrategyCoordinatesWithConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type StrategyCoordinatesWithConnectionWhere = {
  AND?: InputMaybe<Array<StrategyCoordinatesWithConnectionWhere>>;
  NOT?: InputMaybe<StrategyCoordinatesWithConnectionWhere>;
  OR?: InputMaybe<Array<StrategyCoordinatesWithConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type StrategyCoordinatesWithNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyCoordinatesWithNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyCoordinatesWithNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyCoordinatesWithNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyCoordinatesWithRelationship = {
  __typename?: 'StrategyCoordinatesWithRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type StrategyCoveredByConnection = {
  __typename?: 'StrategyCoveredByConnection';
  aggregate: StrategyAgreementCoveredByAggregateSelection;
  edges: Array<StrategyCoveredByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyCoveredByConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyCoveredByConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyCoveredByConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyCoveredByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyCoveredByNodeAggregationWhereInput>;
};

export type StrategyCoveredByConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyCoveredByConnections */
  aggregate?: InputMaybe<StrategyCoveredByConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyCoveredByConnections match this filter */
  all?: InputMaybe<StrategyCoveredByConnectionWhere>;
  /** Return Strategies where none of the related StrategyCoveredByConnections match this filter */
  none?: InputMaybe<StrategyCoveredByConnectionWhere>;
  /** Return Strategies where one of the related StrategyCoveredByConnections match this filter */
  single?: InputMaybe<StrategyCoveredByConnectionWhere>;
  /** Return Strategies where some of the related StrategyCoveredByConnections match this filter */
  some?: InputMaybe<StrategyCoveredByConnectionWhere>;
};

export type StrategyCoveredByConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<AgreementSort>;
};

export type StrategyCoveredByConnectionWhere = {
  AND?: InputMaybe<Array<StrategyCoveredByConnectionWhere>>;
  NOT?: InputMaybe<StrategyCoveredByConnectionWhere>;
  OR?: InputMaybe<Array<StrategyCoveredByConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<AgreementWhere>;
};

export type StrategyCoveredByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyCoveredByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyCoveredByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyCoveredByNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyCoveredByRelationship = {
  __typename?: 'StrategyCoveredByRelationship';
  cursor: Scalars['String']['output'];
  node: Agreement;
  properties: Provenance;
};

export type StrategyEdge = {
  __typename?: 'StrategyEdge';
  cursor: Scalars['String']['output'];
  node: Strategy;
};

export type StrategyMentionedInConnection = {
  __typename?: 'StrategyMentionedInConnection';
  aggregate: StrategySourceMentionedInAggregateSelection;
  edges: Array<StrategyMentionedInRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyMentionedInConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyMentionedInConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyMentionedInConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyMentionedInConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<MentionAggregationWhereInput>;
  node?: InputMaybe<StrategyMentionedInNodeAggregationWhereInput>;
};

export type StrategyMentionedInConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyMentionedInConnections */
  aggregate?: InputMaybe<StrategyMentionedInConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyMentionedInConnections match this filter */
  all?: InputMaybe<StrategyMentionedInConnectionWhere>;
  /** Return Strategies where none of the related StrategyMentionedInConnections match this filter */
  none?: InputMaybe<StrategyMentionedInConnectionWhere>;
  /** Return Strategies where one of the related StrategyMentionedInConnections match this filter */
  single?: InputMaybe<StrategyMentionedInConnectionWhere>;
  /** Return Strategies where some of the related StrategyMentionedInConnections match this filter */
  some?: InputMaybe<StrategyMentionedInConnectionWhere>;
};

export type StrategyMentionedInConnectionSort = {
  edge?: InputMaybe<MentionSort>;
  node?: InputMaybe<SourceSort>;
};

export type StrategyMentionedInConnectionWhere = {
  AND?: InputMaybe<Array<StrategyMentionedInConnectionWhere>>;
  NOT?: InputMaybe<StrategyMentionedInConnectionWhere>;
  OR?: InputMaybe<Array<StrategyMentionedInConnectionWhere>>;
  edge?: InputMaybe<MentionWhere>;
  node?: InputMaybe<SourceWhere>;
};

export type StrategyMentionedInNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyMentionedInNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyMentionedInNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyMentionedInNodeAggregationWhereInput>>;
  attribution?: InputMaybe<StringScalarAggregationFilters>;
  datePrecision?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  document?: InputMaybe<StringScalarAggregationFilters>;
  issuer?: InputMaybe<StringScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  language?: InputMaybe<StringScalarAggregationFilters>;
  licence?: InputMaybe<StringScalarAggregationFilters>;
  note?: InputMaybe<StringScalarAggregationFilters>;
  reference?: InputMaybe<StringScalarAggregationFilters>;
  title?: InputMaybe<StringScalarAggregationFilters>;
  url?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyMentionedInRelationship = {
  __typename?: 'StrategyMentionedInRelationship';
  cursor: Scalars['String']['output'];
  node: Source;
  properties: Mention;
};

export type StrategyPartOfConnection = {
  __typename?: 'StrategyPartOfConnection';
  aggregate: StrategyStrategyPartOfAggregateSelection;
  edges: Array<StrategyPartOfRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyPartOfConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyPartOfConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyPartOfConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyPartOfConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyPartOfNodeAggregationWhereInput>;
};

export type StrategyPartOfConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyPartOfConnections */
  aggregate?: InputMaybe<StrategyPartOfConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyPartOfConnections match this filter */
  all?: InputMaybe<StrategyPartOfConnectionWhere>;
  /** Return Strategies where none of the related StrategyPartOfConnections match this filter */
  none?: InputMaybe<StrategyPartOfConnectionWhere>;
  /** Return Strategies where one of the related StrategyPartOfConnections match this filter */
  single?: InputMaybe<StrategyPartOfConnectionWhere>;
  /** Return Strategies where some of the related StrategyPartOfConnections match this filter */
  some?: InputMaybe<StrategyPartOfConnectionWhere>;
};

export type StrategyPartOfConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type StrategyPartOfConnectionWhere = {
  AND?: InputMaybe<Array<StrategyPartOfConnectionWhere>>;
  NOT?: InputMaybe<StrategyPartOfConnectionWhere>;
  OR?: InputMaybe<Array<StrategyPartOfConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type StrategyPartOfNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyPartOfNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyPartOfNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyPartOfNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyPartOfRelationship = {
  __typename?: 'StrategyPartOfRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type StrategyPartsConnection = {
  __typename?: 'StrategyPartsConnection';
  aggregate: StrategyStrategyPartsAggregateSelection;
  edges: Array<StrategyPartsRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyPartsConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyPartsConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyPartsConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyPartsConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyPartsNodeAggregationWhereInput>;
};

export type StrategyPartsConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyPartsConnections */
  aggregate?: InputMaybe<StrategyPartsConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyPartsConnections match this filter */
  all?: InputMaybe<StrategyPartsConnectionWhere>;
  /** Return Strategies where none of the related StrategyPartsConnections match this filter */
  none?: InputMaybe<StrategyPartsConnectionWhere>;
  /** Return Strategies where one of the related StrategyPartsConnections match this filter */
  single?: InputMaybe<StrategyPartsConnectionWhere>;
  /** Return Strategies where some of the related StrategyPartsConnections match this filter */
  some?: InputMaybe<StrategyPartsConnectionWhere>;
};

export type StrategyPartsConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type StrategyPartsConnectionWhere = {
  AND?: InputMaybe<Array<StrategyPartsConnectionWhere>>;
  NOT?: InputMaybe<StrategyPartsConnectionWhere>;
  OR?: InputMaybe<Array<StrategyPartsConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type StrategyPartsNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyPartsNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyPartsNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyPartsNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyPartsRelationship = {
  __typename?: 'StrategyPartsRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type StrategyProposedByConnection = {
  __typename?: 'StrategyProposedByConnection';
  aggregate: StrategyActorProposedByAggregateSelection;
  edges: Array<StrategyProposedByRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyProposedByConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyProposedByConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyProposedByConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyProposedByConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyProposedByNodeAggregationWhereInput>;
};

export type StrategyProposedByConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyProposedByConnections */
  aggregate?: InputMaybe<StrategyProposedByConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyProposedByConnections match this filter */
  all?: InputMaybe<StrategyProposedByConnectionWhere>;
  /** Return Strategies where none of the related StrategyProposedByConnections match this filter */
  none?: InputMaybe<StrategyProposedByConnectionWhere>;
  /** Return Strategies where one of the related StrategyProposedByConnections match this filter */
  single?: InputMaybe<StrategyProposedByConnectionWhere>;
  /** Return Strategies where some of the related StrategyProposedByConnections match this filter */
  some?: InputMaybe<StrategyProposedByConnectionWhere>;
};

export type StrategyProposedByConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type StrategyProposedByConnectionWhere = {
  AND?: InputMaybe<Array<StrategyProposedByConnectionWhere>>;
  NOT?: InputMaybe<StrategyProposedByConnectionWhere>;
  OR?: InputMaybe<Array<StrategyProposedByConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type StrategyProposedByNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyProposedByNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyProposedByNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyProposedByNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyProposedByRelationship = {
  __typename?: 'StrategyProposedByRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

export type StrategyRefersToConnection = {
  __typename?: 'StrategyRefersToConnection';
  aggregate: StrategyStrategyRefersToAggregateSelection;
  edges: Array<StrategyRefersToRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyRefersToConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyRefersToConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyRefersToConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyRefersToConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyRefersToNodeAggregationWhereInput>;
};

export type StrategyRefersToConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyRefersToConnections */
  aggregate?: InputMaybe<StrategyRefersToConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyRefersToConnections match this filter */
  all?: InputMaybe<StrategyRefersToConnectionWhere>;
  /** Return Strategies where none of the related StrategyRefersToConnections match this filter */
  none?: InputMaybe<StrategyRefersToConnectionWhere>;
  /** Return Strategies where one of the related StrategyRefersToConnections match this filter */
  single?: InputMaybe<StrategyRefersToConnectionWhere>;
  /** Return Strategies where some of the related StrategyRefersToConnections match this filter */
  some?: InputMaybe<StrategyRefersToConnectionWhere>;
};

export type StrategyRefersToConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<StrategySort>;
};

export type StrategyRefersToConnectionWhere = {
  AND?: InputMaybe<Array<StrategyRefersToConnectionWhere>>;
  NOT?: InputMaybe<StrategyRefersToConnectionWhere>;
  OR?: InputMaybe<Array<StrategyRefersToConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<StrategyWhere>;
};

export type StrategyRefersToNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyRefersToNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyRefersToNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyRefersToNodeAggregationWhereInput>>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  kind?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyRefersToRelationship = {
  __typename?: 'StrategyRefersToRelationship';
  cursor: Scalars['String']['output'];
  node: Strategy;
  properties: Provenance;
};

export type StrategyRelationshipFilters = {
  /** Filter type where all of the related Strategies match this filter */
  all?: InputMaybe<StrategyWhere>;
  /** Filter type where none of the related Strategies match this filter */
  none?: InputMaybe<StrategyWhere>;
  /** Filter type where one of the related Strategies match this filter */
  single?: InputMaybe<StrategyWhere>;
  /** Filter type where some of the related Strategies match this filter */
  some?: InputMaybe<StrategyWhere>;
};

export type StrategyResponsibleConnection = {
  __typename?: 'StrategyResponsibleConnection';
  aggregate: StrategyActorResponsibleAggregateSelection;
  edges: Array<StrategyResponsibleRelationship>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StrategyResponsibleConnectionAggregateInput = {
  AND?: InputMaybe<Array<StrategyResponsibleConnectionAggregateInput>>;
  NOT?: InputMaybe<StrategyResponsibleConnectionAggregateInput>;
  OR?: InputMaybe<Array<StrategyResponsibleConnectionAggregateInput>>;
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  edge?: InputMaybe<ProvenanceAggregationWhereInput>;
  node?: InputMaybe<StrategyResponsibleNodeAggregationWhereInput>;
};

export type StrategyResponsibleConnectionFilters = {
  /** Filter Strategies by aggregating results on related StrategyResponsibleConnections */
  aggregate?: InputMaybe<StrategyResponsibleConnectionAggregateInput>;
  /** Return Strategies where all of the related StrategyResponsibleConnections match this filter */
  all?: InputMaybe<StrategyResponsibleConnectionWhere>;
  /** Return Strategies where none of the related StrategyResponsibleConnections match this filter */
  none?: InputMaybe<StrategyResponsibleConnectionWhere>;
  /** Return Strategies where one of the related StrategyResponsibleConnections match this filter */
  single?: InputMaybe<StrategyResponsibleConnectionWhere>;
  /** Return Strategies where some of the related StrategyResponsibleConnections match this filter */
  some?: InputMaybe<StrategyResponsibleConnectionWhere>;
};

export type StrategyResponsibleConnectionSort = {
  edge?: InputMaybe<ProvenanceSort>;
  node?: InputMaybe<ActorSort>;
};

export type StrategyResponsibleConnectionWhere = {
  AND?: InputMaybe<Array<StrategyResponsibleConnectionWhere>>;
  NOT?: InputMaybe<StrategyResponsibleConnectionWhere>;
  OR?: InputMaybe<Array<StrategyResponsibleConnectionWhere>>;
  edge?: InputMaybe<ProvenanceWhere>;
  node?: InputMaybe<ActorWhere>;
};

export type StrategyResponsibleNodeAggregationWhereInput = {
  AND?: InputMaybe<Array<StrategyResponsibleNodeAggregationWhereInput>>;
  NOT?: InputMaybe<StrategyResponsibleNodeAggregationWhereInput>;
  OR?: InputMaybe<Array<StrategyResponsibleNodeAggregationWhereInput>>;
  city?: InputMaybe<StringScalarAggregationFilters>;
  cordisId?: InputMaybe<StringScalarAggregationFilters>;
  country?: InputMaybe<StringScalarAggregationFilters>;
  deletedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  legalName?: InputMaybe<StringScalarAggregationFilters>;
  name?: InputMaybe<StringScalarAggregationFilters>;
  nameEn?: InputMaybe<StringScalarAggregationFilters>;
  rorId?: InputMaybe<StringScalarAggregationFilters>;
  shortName?: InputMaybe<StringScalarAggregationFilters>;
  vatNumber?: InputMaybe<StringScalarAggregationFilters>;
  website?: InputMaybe<StringScalarAggregationFilters>;
  wikidataId?: InputMaybe<StringScalarAggregationFilters>;
};

export type StrategyResponsibleRelationship = {
  __typename?: 'StrategyResponsibleRelationship';
  cursor: Scalars['String']['output'];
  node: Actor;
  properties: Provenance;
};

/** Fields to sort Strategies by. The order in which sorts are applied is not guaranteed when specifying many fields in one StrategySort object. */
export type StrategySort = {
  id?: InputMaybe<SortDirection>;
  kind?: InputMaybe<SortDirection>;
  name?: InputMaybe<SortDirection>;
  nameEn?: InputMaybe<SortDirection>;
  status?: InputMaybe<SortDirection>;
};

export type StrategySourceMentionedInAggregateSelection = {
  __typename?: 'StrategySourceMentionedInAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategySourceMentionedInEdgeAggregateSelection>;
  node?: Maybe<StrategySourceMentionedInNodeAggregateSelection>;
};

export type StrategySourceMentionedInEdgeAggregateSelection = {
  __typename?: 'StrategySourceMentionedInEdgeAggregateSelection';
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
};

export type StrategySourceMentionedInNodeAggregateSelection = {
  __typename?: 'StrategySourceMentionedInNodeAggregateSelection';
  attribution: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  document: StringAggregateSelection;
  issuer: StringAggregateSelection;
  kind: StringAggregateSelection;
  language: StringAggregateSelection;
  licence: StringAggregateSelection;
  note: StringAggregateSelection;
  reference: StringAggregateSelection;
  title: StringAggregateSelection;
  url: StringAggregateSelection;
};

export type StrategyStrategyCoordinatedWithAggregateSelection = {
  __typename?: 'StrategyStrategyCoordinatedWithAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyStrategyCoordinatedWithEdgeAggregateSelection>;
  node?: Maybe<StrategyStrategyCoordinatedWithNodeAggregateSelection>;
};

export type StrategyStrategyCoordinatedWithEdgeAggregateSelection = {
  __typename?: 'StrategyStrategyCoordinatedWithEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyStrategyCoordinatedWithNodeAggregateSelection = {
  __typename?: 'StrategyStrategyCoordinatedWithNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type StrategyStrategyCoordinatesWithAggregateSelection = {
  __typename?: 'StrategyStrategyCoordinatesWithAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyStrategyCoordinatesWithEdgeAggregateSelection>;
  node?: Maybe<StrategyStrategyCoordinatesWithNodeAggregateSelection>;
};

export type StrategyStrategyCoordinatesWithEdgeAggregateSelection = {
  __typename?: 'StrategyStrategyCoordinatesWithEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyStrategyCoordinatesWithNodeAggregateSelection = {
  __typename?: 'StrategyStrategyCoordinatesWithNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type StrategyStrategyPartOfAggregateSelection = {
  __typename?: 'StrategyStrategyPartOfAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyStrategyPartOfEdgeAggregateSelection>;
  node?: Maybe<StrategyStrategyPartOfNodeAggregateSelection>;
};

export type StrategyStrategyPartOfEdgeAggregateSelection = {
  __typename?: 'StrategyStrategyPartOfEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyStrategyPartOfNodeAggregateSelection = {
  __typename?: 'StrategyStrategyPartOfNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type StrategyStrategyPartsAggregateSelection = {
  __typename?: 'StrategyStrategyPartsAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyStrategyPartsEdgeAggregateSelection>;
  node?: Maybe<StrategyStrategyPartsNodeAggregateSelection>;
};

export type StrategyStrategyPartsEdgeAggregateSelection = {
  __typename?: 'StrategyStrategyPartsEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyStrategyPartsNodeAggregateSelection = {
  __typename?: 'StrategyStrategyPartsNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type StrategyStrategyRefersToAggregateSelection = {
  __typename?: 'StrategyStrategyRefersToAggregateSelection';
  count: CountConnection;
  edge?: Maybe<StrategyStrategyRefersToEdgeAggregateSelection>;
  node?: Maybe<StrategyStrategyRefersToNodeAggregateSelection>;
};

export type StrategyStrategyRefersToEdgeAggregateSelection = {
  __typename?: 'StrategyStrategyRefersToEdgeAggregateSelection';
  citedSource: StringAggregateSelection;
  datePrecision: StringAggregateSelection;
  locator: StringAggregateSelection;
  quote: StringAggregateSelection;
  role: StringAggregateSelection;
  sourceId: StringAggregateSelection;
};

export type StrategyStrategyRefersToNodeAggregateSelection = {
  __typename?: 'StrategyStrategyRefersToNodeAggregateSelection';
  kind: StringAggregateSelection;
  name: StringAggregateSelection;
  nameEn: StringAggregateSelection;
};

export type StrategyWhere = {
  AND?: InputMaybe<Array<StrategyWhere>>;
  NOT?: InputMaybe<StrategyWhere>;
  OR?: InputMaybe<Array<StrategyWhere>>;
  adoptedBy?: InputMaybe<ActorRelationshipFilters>;
  adoptedByConnection?: InputMaybe<StrategyAdoptedByConnectionFilters>;
  commentedOnBy?: InputMaybe<ActorRelationshipFilters>;
  commentedOnByConnection?: InputMaybe<StrategyCommentedOnByConnectionFilters>;
  concerns?: InputMaybe<ActorRelationshipFilters>;
  concernsConnection?: InputMaybe<StrategyConcernsConnectionFilters>;
  coordinatedWith?: InputMaybe<StrategyRelationshipFilters>;
  coordinatedWithConnection?: InputMaybe<StrategyCoordinatedWithConnectionFilters>;
  coordinatesWith?: InputMaybe<StrategyRelationshipFilters>;
  coordinatesWithConnection?: InputMaybe<StrategyCoordinatesWithConnectionFilters>;
  coveredBy?: InputMaybe<AgreementRelationshipFilters>;
  coveredByConnection?: InputMaybe<StrategyCoveredByConnectionFilters>;
  deletedAt?: InputMaybe<DateTimeScalarFilters>;
  id?: InputMaybe<IdScalarFilters>;
  kind?: InputMaybe<StringScalarFilters>;
  mentionedIn?: InputMaybe<SourceRelationshipFilters>;
  mentionedInConnection?: InputMaybe<StrategyMentionedInConnectionFilters>;
  name?: InputMaybe<StringScalarFilters>;
  nameEn?: InputMaybe<StringScalarFilters>;
  partOf?: InputMaybe<StrategyRelationshipFilters>;
  partOfConnection?: InputMaybe<StrategyPartOfConnectionFilters>;
  parts?: InputMaybe<StrategyRelationshipFilters>;
  partsConnection?: InputMaybe<StrategyPartsConnectionFilters>;
  proposedBy?: InputMaybe<ActorRelationshipFilters>;
  proposedByConnection?: InputMaybe<StrategyProposedByConnectionFilters>;
  refersTo?: InputMaybe<StrategyRelationshipFilters>;
  refersToConnection?: InputMaybe<StrategyRefersToConnectionFilters>;
  responsible?: InputMaybe<ActorRelationshipFilters>;
  responsibleConnection?: InputMaybe<StrategyResponsibleConnectionFilters>;
  status?: InputMaybe<StatusEnumScalarFilters>;
};

export type StringAggregateSelection = {
  __typename?: 'StringAggregateSelection';
  longest?: Maybe<Scalars['String']['output']>;
  shortest?: Maybe<Scalars['String']['output']>;
};

/** String list filters */
export type StringListFilters = {
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: InputMaybe<FloatScalarFilters>;
  longestLength?: InputMaybe<IntScalarFilters>;
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  contains?: InputMaybe<Scalars['String']['input']>;
  endsWith?: InputMaybe<Scalars['String']['input']>;
  eq?: InputMaybe<Scalars['String']['input']>;
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

export type Truncation = {
  __typename?: 'Truncation';
  omittedEdges: Scalars['Int']['output'];
  omittedNodes: Scalars['Int']['output'];
  truncated: Scalars['Boolean']['output'];
};



export type ResolverTypeWrapper<T> = T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActionType: ActionType;
  ActionTypeEnumScalarFilters: ActionTypeEnumScalarFilters;
  Actor: ResolverTypeWrapper<ActorModel>;
  ActorActorAdvocatesToAggregateSelection: ResolverTypeWrapper<ActorActorAdvocatesToAggregateSelection>;
  ActorActorAdvocatesToEdgeAggregateSelection: ResolverTypeWrapper<ActorActorAdvocatesToEdgeAggregateSelection>;
  ActorActorAdvocatesToNodeAggregateSelection: ResolverTypeWrapper<ActorActorAdvocatesToNodeAggregateSelection>;
  ActorActorCollaboratesWithAggregateSelection: ResolverTypeWrapper<ActorActorCollaboratesWithAggregateSelection>;
  ActorActorCollaboratesWithEdgeAggregateSelection: ResolverTypeWrapper<ActorActorCollaboratesWithEdgeAggregateSelection>;
  ActorActorCollaboratesWithInAggregateSelection: ResolverTypeWrapper<ActorActorCollaboratesWithInAggregateSelection>;
  ActorActorCollaboratesWithInEdgeAggregateSelection: ResolverTypeWrapper<ActorActorCollaboratesWithInEdgeAggregateSelection>;
  ActorActorCollaboratesWithInNodeAggregateSelection: ResolverTypeWrapper<ActorActorCollaboratesWithInNodeAggregateSelection>;
  ActorActorCollaboratesWithNodeAggregateSelection: ResolverTypeWrapper<ActorActorCollaboratesWithNodeAggregateSelection>;
  ActorActorConsultsAggregateSelection: ResolverTypeWrapper<ActorActorConsultsAggregateSelection>;
  ActorActorConsultsEdgeAggregateSelection: ResolverTypeWrapper<ActorActorConsultsEdgeAggregateSelection>;
  ActorActorConsultsNodeAggregateSelection: ResolverTypeWrapper<ActorActorConsultsNodeAggregateSelection>;
  ActorActorFinancedByAggregateSelection: ResolverTypeWrapper<ActorActorFinancedByAggregateSelection>;
  ActorActorFinancedByEdgeAggregateSelection: ResolverTypeWrapper<ActorActorFinancedByEdgeAggregateSelection>;
  ActorActorFinancedByNodeAggregateSelection: ResolverTypeWrapper<ActorActorFinancedByNodeAggregateSelection>;
  ActorActorFinancesAggregateSelection: ResolverTypeWrapper<ActorActorFinancesAggregateSelection>;
  ActorActorFinancesEdgeAggregateSelection: ResolverTypeWrapper<ActorActorFinancesEdgeAggregateSelection>;
  ActorActorFinancesNodeAggregateSelection: ResolverTypeWrapper<ActorActorFinancesNodeAggregateSelection>;
  ActorActorFounderOfAggregateSelection: ResolverTypeWrapper<ActorActorFounderOfAggregateSelection>;
  ActorActorFounderOfEdgeAggregateSelection: ResolverTypeWrapper<ActorActorFounderOfEdgeAggregateSelection>;
  ActorActorFounderOfNodeAggregateSelection: ResolverTypeWrapper<ActorActorFounderOfNodeAggregateSelection>;
  ActorActorFoundersAggregateSelection: ResolverTypeWrapper<ActorActorFoundersAggregateSelection>;
  ActorActorFoundersEdgeAggregateSelection: ResolverTypeWrapper<ActorActorFoundersEdgeAggregateSelection>;
  ActorActorFoundersNodeAggregateSelection: ResolverTypeWrapper<ActorActorFoundersNodeAggregateSelection>;
  ActorActorMemberOfAggregateSelection: ResolverTypeWrapper<ActorActorMemberOfAggregateSelection>;
  ActorActorMemberOfEdgeAggregateSelection: ResolverTypeWrapper<ActorActorMemberOfEdgeAggregateSelection>;
  ActorActorMemberOfNodeAggregateSelection: ResolverTypeWrapper<ActorActorMemberOfNodeAggregateSelection>;
  ActorActorMembersAggregateSelection: ResolverTypeWrapper<ActorActorMembersAggregateSelection>;
  ActorActorMembersEdgeAggregateSelection: ResolverTypeWrapper<ActorActorMembersEdgeAggregateSelection>;
  ActorActorMembersNodeAggregateSelection: ResolverTypeWrapper<ActorActorMembersNodeAggregateSelection>;
  ActorActorOwnedByAggregateSelection: ResolverTypeWrapper<ActorActorOwnedByAggregateSelection>;
  ActorActorOwnedByEdgeAggregateSelection: ResolverTypeWrapper<ActorActorOwnedByEdgeAggregateSelection>;
  ActorActorOwnedByNodeAggregateSelection: ResolverTypeWrapper<ActorActorOwnedByNodeAggregateSelection>;
  ActorActorOwnsAggregateSelection: ResolverTypeWrapper<ActorActorOwnsAggregateSelection>;
  ActorActorOwnsEdgeAggregateSelection: ResolverTypeWrapper<ActorActorOwnsEdgeAggregateSelection>;
  ActorActorOwnsNodeAggregateSelection: ResolverTypeWrapper<ActorActorOwnsNodeAggregateSelection>;
  ActorActorPartOfAggregateSelection: ResolverTypeWrapper<ActorActorPartOfAggregateSelection>;
  ActorActorPartOfEdgeAggregateSelection: ResolverTypeWrapper<ActorActorPartOfEdgeAggregateSelection>;
  ActorActorPartOfNodeAggregateSelection: ResolverTypeWrapper<ActorActorPartOfNodeAggregateSelection>;
  ActorActorPartsAggregateSelection: ResolverTypeWrapper<ActorActorPartsAggregateSelection>;
  ActorActorPartsEdgeAggregateSelection: ResolverTypeWrapper<ActorActorPartsEdgeAggregateSelection>;
  ActorActorPartsNodeAggregateSelection: ResolverTypeWrapper<ActorActorPartsNodeAggregateSelection>;
  ActorActorProposesActorsAggregateSelection: ResolverTypeWrapper<ActorActorProposesActorsAggregateSelection>;
  ActorActorProposesActorsEdgeAggregateSelection: ResolverTypeWrapper<ActorActorProposesActorsEdgeAggregateSelection>;
  ActorActorProposesActorsNodeAggregateSelection: ResolverTypeWrapper<ActorActorProposesActorsNodeAggregateSelection>;
  ActorActorReportsToAggregateSelection: ResolverTypeWrapper<ActorActorReportsToAggregateSelection>;
  ActorActorReportsToEdgeAggregateSelection: ResolverTypeWrapper<ActorActorReportsToEdgeAggregateSelection>;
  ActorActorReportsToNodeAggregateSelection: ResolverTypeWrapper<ActorActorReportsToNodeAggregateSelection>;
  ActorActorSupportsAggregateSelection: ResolverTypeWrapper<ActorActorSupportsAggregateSelection>;
  ActorActorSupportsEdgeAggregateSelection: ResolverTypeWrapper<ActorActorSupportsEdgeAggregateSelection>;
  ActorActorSupportsNodeAggregateSelection: ResolverTypeWrapper<ActorActorSupportsNodeAggregateSelection>;
  ActorAdoptsConnection: ResolverTypeWrapper<Omit<ActorAdoptsConnection, 'edges'> & { edges: Array<ResolversTypes['ActorAdoptsRelationship']> }>;
  ActorAdoptsConnectionAggregateInput: ActorAdoptsConnectionAggregateInput;
  ActorAdoptsConnectionFilters: ActorAdoptsConnectionFilters;
  ActorAdoptsConnectionSort: ActorAdoptsConnectionSort;
  ActorAdoptsConnectionWhere: ActorAdoptsConnectionWhere;
  ActorAdoptsNodeAggregationWhereInput: ActorAdoptsNodeAggregationWhereInput;
  ActorAdoptsRelationship: ResolverTypeWrapper<Omit<ActorAdoptsRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  ActorAdvocatesToConnection: ResolverTypeWrapper<Omit<ActorAdvocatesToConnection, 'edges'> & { edges: Array<ResolversTypes['ActorAdvocatesToRelationship']> }>;
  ActorAdvocatesToConnectionAggregateInput: ActorAdvocatesToConnectionAggregateInput;
  ActorAdvocatesToConnectionFilters: ActorAdvocatesToConnectionFilters;
  ActorAdvocatesToConnectionSort: ActorAdvocatesToConnectionSort;
  ActorAdvocatesToConnectionWhere: ActorAdvocatesToConnectionWhere;
  ActorAdvocatesToNodeAggregationWhereInput: ActorAdvocatesToNodeAggregationWhereInput;
  ActorAdvocatesToRelationship: ResolverTypeWrapper<Omit<ActorAdvocatesToRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorAggregate: ResolverTypeWrapper<ActorAggregate>;
  ActorAggregateNode: ResolverTypeWrapper<ActorAggregateNode>;
  ActorAgreementPartyToAggregateSelection: ResolverTypeWrapper<ActorAgreementPartyToAggregateSelection>;
  ActorAgreementPartyToEdgeAggregateSelection: ResolverTypeWrapper<ActorAgreementPartyToEdgeAggregateSelection>;
  ActorAgreementPartyToNodeAggregateSelection: ResolverTypeWrapper<ActorAgreementPartyToNodeAggregateSelection>;
  ActorAgreementResponsibleForAgreementsAggregateSelection: ResolverTypeWrapper<ActorAgreementResponsibleForAgreementsAggregateSelection>;
  ActorAgreementResponsibleForAgreementsEdgeAggregateSelection: ResolverTypeWrapper<ActorAgreementResponsibleForAgreementsEdgeAggregateSelection>;
  ActorAgreementResponsibleForAgreementsNodeAggregateSelection: ResolverTypeWrapper<ActorAgreementResponsibleForAgreementsNodeAggregateSelection>;
  ActorCollaboratesWithConnection: ResolverTypeWrapper<Omit<ActorCollaboratesWithConnection, 'edges'> & { edges: Array<ResolversTypes['ActorCollaboratesWithRelationship']> }>;
  ActorCollaboratesWithConnectionAggregateInput: ActorCollaboratesWithConnectionAggregateInput;
  ActorCollaboratesWithConnectionFilters: ActorCollaboratesWithConnectionFilters;
  ActorCollaboratesWithConnectionSort: ActorCollaboratesWithConnectionSort;
  ActorCollaboratesWithConnectionWhere: ActorCollaboratesWithConnectionWhere;
  ActorCollaboratesWithInConnection: ResolverTypeWrapper<Omit<ActorCollaboratesWithInConnection, 'edges'> & { edges: Array<ResolversTypes['ActorCollaboratesWithInRelationship']> }>;
  ActorCollaboratesWithInConnectionAggregateInput: ActorCollaboratesWithInConnectionAggregateInput;
  ActorCollaboratesWithInConnectionFilters: ActorCollaboratesWithInConnectionFilters;
  ActorCollaboratesWithInConnectionSort: ActorCollaboratesWithInConnectionSort;
  ActorCollaboratesWithInConnectionWhere: ActorCollaboratesWithInConnectionWhere;
  ActorCollaboratesWithInNodeAggregationWhereInput: ActorCollaboratesWithInNodeAggregationWhereInput;
  ActorCollaboratesWithInRelationship: ResolverTypeWrapper<Omit<ActorCollaboratesWithInRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorCollaboratesWithNodeAggregationWhereInput: ActorCollaboratesWithNodeAggregationWhereInput;
  ActorCollaboratesWithRelationship: ResolverTypeWrapper<Omit<ActorCollaboratesWithRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorCommentsOnConnection: ResolverTypeWrapper<Omit<ActorCommentsOnConnection, 'edges'> & { edges: Array<ResolversTypes['ActorCommentsOnRelationship']> }>;
  ActorCommentsOnConnectionAggregateInput: ActorCommentsOnConnectionAggregateInput;
  ActorCommentsOnConnectionFilters: ActorCommentsOnConnectionFilters;
  ActorCommentsOnConnectionSort: ActorCommentsOnConnectionSort;
  ActorCommentsOnConnectionWhere: ActorCommentsOnConnectionWhere;
  ActorCommentsOnNodeAggregationWhereInput: ActorCommentsOnNodeAggregationWhereInput;
  ActorCommentsOnRelationship: ResolverTypeWrapper<Omit<ActorCommentsOnRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  ActorConcernedByConnection: ResolverTypeWrapper<Omit<ActorConcernedByConnection, 'edges'> & { edges: Array<ResolversTypes['ActorConcernedByRelationship']> }>;
  ActorConcernedByConnectionAggregateInput: ActorConcernedByConnectionAggregateInput;
  ActorConcernedByConnectionFilters: ActorConcernedByConnectionFilters;
  ActorConcernedByConnectionSort: ActorConcernedByConnectionSort;
  ActorConcernedByConnectionWhere: ActorConcernedByConnectionWhere;
  ActorConcernedByNodeAggregationWhereInput: ActorConcernedByNodeAggregationWhereInput;
  ActorConcernedByRelationship: ResolverTypeWrapper<Omit<ActorConcernedByRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  ActorConsultsConnection: ResolverTypeWrapper<Omit<ActorConsultsConnection, 'edges'> & { edges: Array<ResolversTypes['ActorConsultsRelationship']> }>;
  ActorConsultsConnectionAggregateInput: ActorConsultsConnectionAggregateInput;
  ActorConsultsConnectionFilters: ActorConsultsConnectionFilters;
  ActorConsultsConnectionSort: ActorConsultsConnectionSort;
  ActorConsultsConnectionWhere: ActorConsultsConnectionWhere;
  ActorConsultsNodeAggregationWhereInput: ActorConsultsNodeAggregationWhereInput;
  ActorConsultsOnConnection: ResolverTypeWrapper<Omit<ActorConsultsOnConnection, 'edges'> & { edges: Array<ResolversTypes['ActorConsultsOnRelationship']> }>;
  ActorConsultsOnConnectionAggregateInput: ActorConsultsOnConnectionAggregateInput;
  ActorConsultsOnConnectionFilters: ActorConsultsOnConnectionFilters;
  ActorConsultsOnConnectionSort: ActorConsultsOnConnectionSort;
  ActorConsultsOnConnectionWhere: ActorConsultsOnConnectionWhere;
  ActorConsultsOnNodeAggregationWhereInput: ActorConsultsOnNodeAggregationWhereInput;
  ActorConsultsOnRelationship: ResolverTypeWrapper<Omit<ActorConsultsOnRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  ActorConsultsRelationship: ResolverTypeWrapper<Omit<ActorConsultsRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorEdge: ResolverTypeWrapper<Omit<ActorEdge, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFinancedByConnection: ResolverTypeWrapper<Omit<ActorFinancedByConnection, 'edges'> & { edges: Array<ResolversTypes['ActorFinancedByRelationship']> }>;
  ActorFinancedByConnectionAggregateInput: ActorFinancedByConnectionAggregateInput;
  ActorFinancedByConnectionFilters: ActorFinancedByConnectionFilters;
  ActorFinancedByConnectionSort: ActorFinancedByConnectionSort;
  ActorFinancedByConnectionWhere: ActorFinancedByConnectionWhere;
  ActorFinancedByNodeAggregationWhereInput: ActorFinancedByNodeAggregationWhereInput;
  ActorFinancedByRelationship: ResolverTypeWrapper<Omit<ActorFinancedByRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFinancesConnection: ResolverTypeWrapper<Omit<ActorFinancesConnection, 'edges'> & { edges: Array<ResolversTypes['ActorFinancesRelationship']> }>;
  ActorFinancesConnectionAggregateInput: ActorFinancesConnectionAggregateInput;
  ActorFinancesConnectionFilters: ActorFinancesConnectionFilters;
  ActorFinancesConnectionSort: ActorFinancesConnectionSort;
  ActorFinancesConnectionWhere: ActorFinancesConnectionWhere;
  ActorFinancesNodeAggregationWhereInput: ActorFinancesNodeAggregationWhereInput;
  ActorFinancesRelationship: ResolverTypeWrapper<Omit<ActorFinancesRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFounderOfConnection: ResolverTypeWrapper<Omit<ActorFounderOfConnection, 'edges'> & { edges: Array<ResolversTypes['ActorFounderOfRelationship']> }>;
  ActorFounderOfConnectionAggregateInput: ActorFounderOfConnectionAggregateInput;
  ActorFounderOfConnectionFilters: ActorFounderOfConnectionFilters;
  ActorFounderOfConnectionSort: ActorFounderOfConnectionSort;
  ActorFounderOfConnectionWhere: ActorFounderOfConnectionWhere;
  ActorFounderOfNodeAggregationWhereInput: ActorFounderOfNodeAggregationWhereInput;
  ActorFounderOfRelationship: ResolverTypeWrapper<Omit<ActorFounderOfRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorFoundersConnection: ResolverTypeWrapper<Omit<ActorFoundersConnection, 'edges'> & { edges: Array<ResolversTypes['ActorFoundersRelationship']> }>;
  ActorFoundersConnectionAggregateInput: ActorFoundersConnectionAggregateInput;
  ActorFoundersConnectionFilters: ActorFoundersConnectionFilters;
  ActorFoundersConnectionSort: ActorFoundersConnectionSort;
  ActorFoundersConnectionWhere: ActorFoundersConnectionWhere;
  ActorFoundersNodeAggregationWhereInput: ActorFoundersNodeAggregationWhereInput;
  ActorFoundersRelationship: ResolverTypeWrapper<Omit<ActorFoundersRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorInput: ActorInput;
  ActorKind: ActorKind;
  ActorKindEnumScalarFilters: ActorKindEnumScalarFilters;
  ActorLocatedInConnection: ResolverTypeWrapper<Omit<ActorLocatedInConnection, 'edges'> & { edges: Array<ResolversTypes['ActorLocatedInRelationship']> }>;
  ActorLocatedInConnectionAggregateInput: ActorLocatedInConnectionAggregateInput;
  ActorLocatedInConnectionFilters: ActorLocatedInConnectionFilters;
  ActorLocatedInConnectionSort: ActorLocatedInConnectionSort;
  ActorLocatedInConnectionWhere: ActorLocatedInConnectionWhere;
  ActorLocatedInNodeAggregationWhereInput: ActorLocatedInNodeAggregationWhereInput;
  ActorLocatedInRelationship: ResolverTypeWrapper<Omit<ActorLocatedInRelationship, 'node'> & { node: ResolversTypes['Place'] }>;
  ActorMemberOfConnection: ResolverTypeWrapper<Omit<ActorMemberOfConnection, 'edges'> & { edges: Array<ResolversTypes['ActorMemberOfRelationship']> }>;
  ActorMemberOfConnectionAggregateInput: ActorMemberOfConnectionAggregateInput;
  ActorMemberOfConnectionFilters: ActorMemberOfConnectionFilters;
  ActorMemberOfConnectionSort: ActorMemberOfConnectionSort;
  ActorMemberOfConnectionWhere: ActorMemberOfConnectionWhere;
  ActorMemberOfNodeAggregationWhereInput: ActorMemberOfNodeAggregationWhereInput;
  ActorMemberOfRelationship: ResolverTypeWrapper<Omit<ActorMemberOfRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorMembersConnection: ResolverTypeWrapper<Omit<ActorMembersConnection, 'edges'> & { edges: Array<ResolversTypes['ActorMembersRelationship']> }>;
  ActorMembersConnectionAggregateInput: ActorMembersConnectionAggregateInput;
  ActorMembersConnectionFilters: ActorMembersConnectionFilters;
  ActorMembersConnectionSort: ActorMembersConnectionSort;
  ActorMembersConnectionWhere: ActorMembersConnectionWhere;
  ActorMembersNodeAggregationWhereInput: ActorMembersNodeAggregationWhereInput;
  ActorMembersRelationship: ResolverTypeWrapper<Omit<ActorMembersRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorMentionedInConnection: ResolverTypeWrapper<Omit<ActorMentionedInConnection, 'edges'> & { edges: Array<ResolversTypes['ActorMentionedInRelationship']> }>;
  ActorMentionedInConnectionAggregateInput: ActorMentionedInConnectionAggregateInput;
  ActorMentionedInConnectionFilters: ActorMentionedInConnectionFilters;
  ActorMentionedInConnectionSort: ActorMentionedInConnectionSort;
  ActorMentionedInConnectionWhere: ActorMentionedInConnectionWhere;
  ActorMentionedInNodeAggregationWhereInput: ActorMentionedInNodeAggregationWhereInput;
  ActorMentionedInRelationship: ResolverTypeWrapper<Omit<ActorMentionedInRelationship, 'node'> & { node: ResolversTypes['Source'] }>;
  ActorOwnedByConnection: ResolverTypeWrapper<Omit<ActorOwnedByConnection, 'edges'> & { edges: Array<ResolversTypes['ActorOwnedByRelationship']> }>;
  ActorOwnedByConnectionAggregateInput: ActorOwnedByConnectionAggregateInput;
  ActorOwnedByConnectionFilters: ActorOwnedByConnectionFilters;
  ActorOwnedByConnectionSort: ActorOwnedByConnectionSort;
  ActorOwnedByConnectionWhere: ActorOwnedByConnectionWhere;
  ActorOwnedByNodeAggregationWhereInput: ActorOwnedByNodeAggregationWhereInput;
  ActorOwnedByRelationship: ResolverTypeWrapper<Omit<ActorOwnedByRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorOwnsConnection: ResolverTypeWrapper<Omit<ActorOwnsConnection, 'edges'> & { edges: Array<ResolversTypes['ActorOwnsRelationship']> }>;
  ActorOwnsConnectionAggregateInput: ActorOwnsConnectionAggregateInput;
  ActorOwnsConnectionFilters: ActorOwnsConnectionFilters;
  ActorOwnsConnectionSort: ActorOwnsConnectionSort;
  ActorOwnsConnectionWhere: ActorOwnsConnectionWhere;
  ActorOwnsNodeAggregationWhereInput: ActorOwnsNodeAggregationWhereInput;
  ActorOwnsRelationship: ResolverTypeWrapper<Omit<ActorOwnsRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorPartOfConnection: ResolverTypeWrapper<Omit<ActorPartOfConnection, 'edges'> & { edges: Array<ResolversTypes['ActorPartOfRelationship']> }>;
  ActorPartOfConnectionAggregateInput: ActorPartOfConnectionAggregateInput;
  ActorPartOfConnectionFilters: ActorPartOfConnectionFilters;
  ActorPartOfConnectionSort: ActorPartOfConnectionSort;
  ActorPartOfConnectionWhere: ActorPartOfConnectionWhere;
  ActorPartOfNodeAggregationWhereInput: ActorPartOfNodeAggregationWhereInput;
  ActorPartOfRelationship: ResolverTypeWrapper<Omit<ActorPartOfRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorParticipatesInConnection: ResolverTypeWrapper<Omit<ActorParticipatesInConnection, 'edges'> & { edges: Array<ResolversTypes['ActorParticipatesInRelationship']> }>;
  ActorParticipatesInConnectionAggregateInput: ActorParticipatesInConnectionAggregateInput;
  ActorParticipatesInConnectionFilters: ActorParticipatesInConnectionFilters;
  ActorParticipatesInConnectionSort: ActorParticipatesInConnectionSort;
  ActorParticipatesInConnectionWhere: ActorParticipatesInConnectionWhere;
  ActorParticipatesInNodeAggregationWhereInput: ActorParticipatesInNodeAggregationWhereInput;
  ActorParticipatesInRelationship: ResolverTypeWrapper<Omit<ActorParticipatesInRelationship, 'node'> & { node: ResolversTypes['Project'] }>;
  ActorPartsConnection: ResolverTypeWrapper<Omit<ActorPartsConnection, 'edges'> & { edges: Array<ResolversTypes['ActorPartsRelationship']> }>;
  ActorPartsConnectionAggregateInput: ActorPartsConnectionAggregateInput;
  ActorPartsConnectionFilters: ActorPartsConnectionFilters;
  ActorPartsConnectionSort: ActorPartsConnectionSort;
  ActorPartsConnectionWhere: ActorPartsConnectionWhere;
  ActorPartsNodeAggregationWhereInput: ActorPartsNodeAggregationWhereInput;
  ActorPartsRelationship: ResolverTypeWrapper<Omit<ActorPartsRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorPartyToConnection: ResolverTypeWrapper<Omit<ActorPartyToConnection, 'edges'> & { edges: Array<ResolversTypes['ActorPartyToRelationship']> }>;
  ActorPartyToConnectionAggregateInput: ActorPartyToConnectionAggregateInput;
  ActorPartyToConnectionFilters: ActorPartyToConnectionFilters;
  ActorPartyToConnectionSort: ActorPartyToConnectionSort;
  ActorPartyToConnectionWhere: ActorPartyToConnectionWhere;
  ActorPartyToNodeAggregationWhereInput: ActorPartyToNodeAggregationWhereInput;
  ActorPartyToRelationship: ResolverTypeWrapper<Omit<ActorPartyToRelationship, 'node'> & { node: ResolversTypes['Agreement'] }>;
  ActorPlaceLocatedInAggregateSelection: ResolverTypeWrapper<ActorPlaceLocatedInAggregateSelection>;
  ActorPlaceLocatedInEdgeAggregateSelection: ResolverTypeWrapper<ActorPlaceLocatedInEdgeAggregateSelection>;
  ActorPlaceLocatedInNodeAggregateSelection: ResolverTypeWrapper<ActorPlaceLocatedInNodeAggregateSelection>;
  ActorProjectParticipatesInAggregateSelection: ResolverTypeWrapper<ActorProjectParticipatesInAggregateSelection>;
  ActorProjectParticipatesInEdgeAggregateSelection: ResolverTypeWrapper<ActorProjectParticipatesInEdgeAggregateSelection>;
  ActorProjectParticipatesInNodeAggregateSelection: ResolverTypeWrapper<ActorProjectParticipatesInNodeAggregateSelection>;
  ActorProposesActorsConnection: ResolverTypeWrapper<Omit<ActorProposesActorsConnection, 'edges'> & { edges: Array<ResolversTypes['ActorProposesActorsRelationship']> }>;
  ActorProposesActorsConnectionAggregateInput: ActorProposesActorsConnectionAggregateInput;
  ActorProposesActorsConnectionFilters: ActorProposesActorsConnectionFilters;
  ActorProposesActorsConnectionSort: ActorProposesActorsConnectionSort;
  ActorProposesActorsConnectionWhere: ActorProposesActorsConnectionWhere;
  ActorProposesActorsNodeAggregationWhereInput: ActorProposesActorsNodeAggregationWhereInput;
  ActorProposesActorsRelationship: ResolverTypeWrapper<Omit<ActorProposesActorsRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorProposesConnection: ResolverTypeWrapper<Omit<ActorProposesConnection, 'edges'> & { edges: Array<ResolversTypes['ActorProposesRelationship']> }>;
  ActorProposesConnectionAggregateInput: ActorProposesConnectionAggregateInput;
  ActorProposesConnectionFilters: ActorProposesConnectionFilters;
  ActorProposesConnectionSort: ActorProposesConnectionSort;
  ActorProposesConnectionWhere: ActorProposesConnectionWhere;
  ActorProposesNodeAggregationWhereInput: ActorProposesNodeAggregationWhereInput;
  ActorProposesRelationship: ResolverTypeWrapper<Omit<ActorProposesRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  ActorRelationshipFilters: ActorRelationshipFilters;
  ActorReportsToConnection: ResolverTypeWrapper<Omit<ActorReportsToConnection, 'edges'> & { edges: Array<ResolversTypes['ActorReportsToRelationship']> }>;
  ActorReportsToConnectionAggregateInput: ActorReportsToConnectionAggregateInput;
  ActorReportsToConnectionFilters: ActorReportsToConnectionFilters;
  ActorReportsToConnectionSort: ActorReportsToConnectionSort;
  ActorReportsToConnectionWhere: ActorReportsToConnectionWhere;
  ActorReportsToNodeAggregationWhereInput: ActorReportsToNodeAggregationWhereInput;
  ActorReportsToRelationship: ResolverTypeWrapper<Omit<ActorReportsToRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorResponsibleForAgreementsConnection: ResolverTypeWrapper<Omit<ActorResponsibleForAgreementsConnection, 'edges'> & { edges: Array<ResolversTypes['ActorResponsibleForAgreementsRelationship']> }>;
  ActorResponsibleForAgreementsConnectionAggregateInput: ActorResponsibleForAgreementsConnectionAggregateInput;
  ActorResponsibleForAgreementsConnectionFilters: ActorResponsibleForAgreementsConnectionFilters;
  ActorResponsibleForAgreementsConnectionSort: ActorResponsibleForAgreementsConnectionSort;
  ActorResponsibleForAgreementsConnectionWhere: ActorResponsibleForAgreementsConnectionWhere;
  ActorResponsibleForAgreementsNodeAggregationWhereInput: ActorResponsibleForAgreementsNodeAggregationWhereInput;
  ActorResponsibleForAgreementsRelationship: ResolverTypeWrapper<Omit<ActorResponsibleForAgreementsRelationship, 'node'> & { node: ResolversTypes['Agreement'] }>;
  ActorResponsibleForConnection: ResolverTypeWrapper<Omit<ActorResponsibleForConnection, 'edges'> & { edges: Array<ResolversTypes['ActorResponsibleForRelationship']> }>;
  ActorResponsibleForConnectionAggregateInput: ActorResponsibleForConnectionAggregateInput;
  ActorResponsibleForConnectionFilters: ActorResponsibleForConnectionFilters;
  ActorResponsibleForConnectionSort: ActorResponsibleForConnectionSort;
  ActorResponsibleForConnectionWhere: ActorResponsibleForConnectionWhere;
  ActorResponsibleForNodeAggregationWhereInput: ActorResponsibleForNodeAggregationWhereInput;
  ActorResponsibleForRelationship: ResolverTypeWrapper<Omit<ActorResponsibleForRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  ActorSort: ActorSort;
  ActorSourceMentionedInAggregateSelection: ResolverTypeWrapper<ActorSourceMentionedInAggregateSelection>;
  ActorSourceMentionedInEdgeAggregateSelection: ResolverTypeWrapper<ActorSourceMentionedInEdgeAggregateSelection>;
  ActorSourceMentionedInNodeAggregateSelection: ResolverTypeWrapper<ActorSourceMentionedInNodeAggregateSelection>;
  ActorStrategyAdoptsAggregateSelection: ResolverTypeWrapper<ActorStrategyAdoptsAggregateSelection>;
  ActorStrategyAdoptsEdgeAggregateSelection: ResolverTypeWrapper<ActorStrategyAdoptsEdgeAggregateSelection>;
  ActorStrategyAdoptsNodeAggregateSelection: ResolverTypeWrapper<ActorStrategyAdoptsNodeAggregateSelection>;
  ActorStrategyCommentsOnAggregateSelection: ResolverTypeWrapper<ActorStrategyCommentsOnAggregateSelection>;
  ActorStrategyCommentsOnEdgeAggregateSelection: ResolverTypeWrapper<ActorStrategyCommentsOnEdgeAggregateSelection>;
  ActorStrategyCommentsOnNodeAggregateSelection: ResolverTypeWrapper<ActorStrategyCommentsOnNodeAggregateSelection>;
  ActorStrategyConcernedByAggregateSelection: ResolverTypeWrapper<ActorStrategyConcernedByAggregateSelection>;
  ActorStrategyConcernedByEdgeAggregateSelection: ResolverTypeWrapper<ActorStrategyConcernedByEdgeAggregateSelection>;
  ActorStrategyConcernedByNodeAggregateSelection: ResolverTypeWrapper<ActorStrategyConcernedByNodeAggregateSelection>;
  ActorStrategyConsultsOnAggregateSelection: ResolverTypeWrapper<ActorStrategyConsultsOnAggregateSelection>;
  ActorStrategyConsultsOnEdgeAggregateSelection: ResolverTypeWrapper<ActorStrategyConsultsOnEdgeAggregateSelection>;
  ActorStrategyConsultsOnNodeAggregateSelection: ResolverTypeWrapper<ActorStrategyConsultsOnNodeAggregateSelection>;
  ActorStrategyProposesAggregateSelection: ResolverTypeWrapper<ActorStrategyProposesAggregateSelection>;
  ActorStrategyProposesEdgeAggregateSelection: ResolverTypeWrapper<ActorStrategyProposesEdgeAggregateSelection>;
  ActorStrategyProposesNodeAggregateSelection: ResolverTypeWrapper<ActorStrategyProposesNodeAggregateSelection>;
  ActorStrategyResponsibleForAggregateSelection: ResolverTypeWrapper<ActorStrategyResponsibleForAggregateSelection>;
  ActorStrategyResponsibleForEdgeAggregateSelection: ResolverTypeWrapper<ActorStrategyResponsibleForEdgeAggregateSelection>;
  ActorStrategyResponsibleForNodeAggregateSelection: ResolverTypeWrapper<ActorStrategyResponsibleForNodeAggregateSelection>;
  ActorSupportsConnection: ResolverTypeWrapper<Omit<ActorSupportsConnection, 'edges'> & { edges: Array<ResolversTypes['ActorSupportsRelationship']> }>;
  ActorSupportsConnectionAggregateInput: ActorSupportsConnectionAggregateInput;
  ActorSupportsConnectionFilters: ActorSupportsConnectionFilters;
  ActorSupportsConnectionSort: ActorSupportsConnectionSort;
  ActorSupportsConnectionWhere: ActorSupportsConnectionWhere;
  ActorSupportsNodeAggregationWhereInput: ActorSupportsNodeAggregationWhereInput;
  ActorSupportsRelationship: ResolverTypeWrapper<Omit<ActorSupportsRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ActorWhere: ActorWhere;
  ActorsConnection: ResolverTypeWrapper<Omit<ActorsConnection, 'edges'> & { edges: Array<ResolversTypes['ActorEdge']> }>;
  Agreement: ResolverTypeWrapper<AgreementModel>;
  AgreementActorPartiesAggregateSelection: ResolverTypeWrapper<AgreementActorPartiesAggregateSelection>;
  AgreementActorPartiesEdgeAggregateSelection: ResolverTypeWrapper<AgreementActorPartiesEdgeAggregateSelection>;
  AgreementActorPartiesNodeAggregateSelection: ResolverTypeWrapper<AgreementActorPartiesNodeAggregateSelection>;
  AgreementActorResponsibleAggregateSelection: ResolverTypeWrapper<AgreementActorResponsibleAggregateSelection>;
  AgreementActorResponsibleEdgeAggregateSelection: ResolverTypeWrapper<AgreementActorResponsibleEdgeAggregateSelection>;
  AgreementActorResponsibleNodeAggregateSelection: ResolverTypeWrapper<AgreementActorResponsibleNodeAggregateSelection>;
  AgreementAggregate: ResolverTypeWrapper<AgreementAggregate>;
  AgreementAggregateNode: ResolverTypeWrapper<AgreementAggregateNode>;
  AgreementCoversConnection: ResolverTypeWrapper<Omit<AgreementCoversConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementCoversRelationship']> }>;
  AgreementCoversConnectionAggregateInput: AgreementCoversConnectionAggregateInput;
  AgreementCoversConnectionFilters: AgreementCoversConnectionFilters;
  AgreementCoversConnectionSort: AgreementCoversConnectionSort;
  AgreementCoversConnectionWhere: AgreementCoversConnectionWhere;
  AgreementCoversNodeAggregationWhereInput: AgreementCoversNodeAggregationWhereInput;
  AgreementCoversRelationship: ResolverTypeWrapper<Omit<AgreementCoversRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementInput: AgreementInput;
  AgreementLocatedInConnection: ResolverTypeWrapper<Omit<AgreementLocatedInConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementLocatedInRelationship']> }>;
  AgreementLocatedInConnectionAggregateInput: AgreementLocatedInConnectionAggregateInput;
  AgreementLocatedInConnectionFilters: AgreementLocatedInConnectionFilters;
  AgreementLocatedInConnectionSort: AgreementLocatedInConnectionSort;
  AgreementLocatedInConnectionWhere: AgreementLocatedInConnectionWhere;
  AgreementLocatedInNodeAggregationWhereInput: AgreementLocatedInNodeAggregationWhereInput;
  AgreementLocatedInRelationship: ResolverTypeWrapper<Omit<AgreementLocatedInRelationship, 'node'> & { node: ResolversTypes['Place'] }>;
  AgreementMentionedInConnection: ResolverTypeWrapper<Omit<AgreementMentionedInConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementMentionedInRelationship']> }>;
  AgreementMentionedInConnectionAggregateInput: AgreementMentionedInConnectionAggregateInput;
  AgreementMentionedInConnectionFilters: AgreementMentionedInConnectionFilters;
  AgreementMentionedInConnectionSort: AgreementMentionedInConnectionSort;
  AgreementMentionedInConnectionWhere: AgreementMentionedInConnectionWhere;
  AgreementMentionedInNodeAggregationWhereInput: AgreementMentionedInNodeAggregationWhereInput;
  AgreementMentionedInRelationship: ResolverTypeWrapper<Omit<AgreementMentionedInRelationship, 'node'> & { node: ResolversTypes['Source'] }>;
  AgreementPartiesConnection: ResolverTypeWrapper<Omit<AgreementPartiesConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementPartiesRelationship']> }>;
  AgreementPartiesConnectionAggregateInput: AgreementPartiesConnectionAggregateInput;
  AgreementPartiesConnectionFilters: AgreementPartiesConnectionFilters;
  AgreementPartiesConnectionSort: AgreementPartiesConnectionSort;
  AgreementPartiesConnectionWhere: AgreementPartiesConnectionWhere;
  AgreementPartiesNodeAggregationWhereInput: AgreementPartiesNodeAggregationWhereInput;
  AgreementPartiesRelationship: ResolverTypeWrapper<Omit<AgreementPartiesRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  AgreementPlaceLocatedInAggregateSelection: ResolverTypeWrapper<AgreementPlaceLocatedInAggregateSelection>;
  AgreementPlaceLocatedInEdgeAggregateSelection: ResolverTypeWrapper<AgreementPlaceLocatedInEdgeAggregateSelection>;
  AgreementPlaceLocatedInNodeAggregateSelection: ResolverTypeWrapper<AgreementPlaceLocatedInNodeAggregateSelection>;
  AgreementRelationshipFilters: AgreementRelationshipFilters;
  AgreementResponsibleConnection: ResolverTypeWrapper<Omit<AgreementResponsibleConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementResponsibleRelationship']> }>;
  AgreementResponsibleConnectionAggregateInput: AgreementResponsibleConnectionAggregateInput;
  AgreementResponsibleConnectionFilters: AgreementResponsibleConnectionFilters;
  AgreementResponsibleConnectionSort: AgreementResponsibleConnectionSort;
  AgreementResponsibleConnectionWhere: AgreementResponsibleConnectionWhere;
  AgreementResponsibleNodeAggregationWhereInput: AgreementResponsibleNodeAggregationWhereInput;
  AgreementResponsibleRelationship: ResolverTypeWrapper<Omit<AgreementResponsibleRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  AgreementSort: AgreementSort;
  AgreementSourceMentionedInAggregateSelection: ResolverTypeWrapper<AgreementSourceMentionedInAggregateSelection>;
  AgreementSourceMentionedInEdgeAggregateSelection: ResolverTypeWrapper<AgreementSourceMentionedInEdgeAggregateSelection>;
  AgreementSourceMentionedInNodeAggregateSelection: ResolverTypeWrapper<AgreementSourceMentionedInNodeAggregateSelection>;
  AgreementStrategyCoversAggregateSelection: ResolverTypeWrapper<AgreementStrategyCoversAggregateSelection>;
  AgreementStrategyCoversEdgeAggregateSelection: ResolverTypeWrapper<AgreementStrategyCoversEdgeAggregateSelection>;
  AgreementStrategyCoversNodeAggregateSelection: ResolverTypeWrapper<AgreementStrategyCoversNodeAggregateSelection>;
  AgreementWhere: AgreementWhere;
  AgreementsConnection: ResolverTypeWrapper<Omit<AgreementsConnection, 'edges'> & { edges: Array<ResolversTypes['AgreementEdge']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BooleanScalarFilters: BooleanScalarFilters;
  Call: ResolverTypeWrapper<CallModel>;
  CallAggregate: ResolverTypeWrapper<CallAggregate>;
  CallAggregateNode: ResolverTypeWrapper<CallAggregateNode>;
  CallBrief: ResolverTypeWrapper<Omit<CallBrief, 'call' | 'check' | 'consortium' | 'suggestions'> & { call: ResolversTypes['Call'], check: ResolversTypes['ConsortiumCheck'], consortium: Array<ResolversTypes['Actor']>, suggestions: Array<ResolversTypes['PartnerSuggestion']> }>;
  CallCallFamilyFamiliesAggregateSelection: ResolverTypeWrapper<CallCallFamilyFamiliesAggregateSelection>;
  CallCallFamilyFamiliesNodeAggregateSelection: ResolverTypeWrapper<CallCallFamilyFamiliesNodeAggregateSelection>;
  CallEdge: ResolverTypeWrapper<Omit<CallEdge, 'node'> & { node: ResolversTypes['Call'] }>;
  CallFamiliesConnection: ResolverTypeWrapper<Omit<CallFamiliesConnection, 'edges'> & { edges: Array<ResolversTypes['CallFamiliesRelationship']> }>;
  CallFamiliesConnectionAggregateInput: CallFamiliesConnectionAggregateInput;
  CallFamiliesConnectionFilters: CallFamiliesConnectionFilters;
  CallFamiliesConnectionSort: CallFamiliesConnectionSort;
  CallFamiliesConnectionWhere: CallFamiliesConnectionWhere;
  CallFamiliesNodeAggregationWhereInput: CallFamiliesNodeAggregationWhereInput;
  CallFamiliesRelationship: ResolverTypeWrapper<Omit<CallFamiliesRelationship, 'node'> & { node: ResolversTypes['CallFamily'] }>;
  CallFamily: ResolverTypeWrapper<CallFamilyModel>;
  CallFamilyAggregate: ResolverTypeWrapper<CallFamilyAggregate>;
  CallFamilyAggregateNode: ResolverTypeWrapper<CallFamilyAggregateNode>;
  CallFamilyCallCallsAggregateSelection: ResolverTypeWrapper<CallFamilyCallCallsAggregateSelection>;
  CallFamilyCallCallsNodeAggregateSelection: ResolverTypeWrapper<CallFamilyCallCallsNodeAggregateSelection>;
  CallFamilyCallsConnection: ResolverTypeWrapper<Omit<CallFamilyCallsConnection, 'edges'> & { edges: Array<ResolversTypes['CallFamilyCallsRelationship']> }>;
  CallFamilyCallsConnectionAggregateInput: CallFamilyCallsConnectionAggregateInput;
  CallFamilyCallsConnectionFilters: CallFamilyCallsConnectionFilters;
  CallFamilyCallsConnectionSort: CallFamilyCallsConnectionSort;
  CallFamilyCallsConnectionWhere: CallFamilyCallsConnectionWhere;
  CallFamilyCallsNodeAggregationWhereInput: CallFamilyCallsNodeAggregationWhereInput;
  CallFamilyCallsRelationship: ResolverTypeWrapper<Omit<CallFamilyCallsRelationship, 'node'> & { node: ResolversTypes['Call'] }>;
  CallFamilyEdge: ResolverTypeWrapper<Omit<CallFamilyEdge, 'node'> & { node: ResolversTypes['CallFamily'] }>;
  CallFamilyLevel: CallFamilyLevel;
  CallFamilyLevelEnumScalarFilters: CallFamilyLevelEnumScalarFilters;
  CallFamilyProjectProjectsAggregateSelection: ResolverTypeWrapper<CallFamilyProjectProjectsAggregateSelection>;
  CallFamilyProjectProjectsNodeAggregateSelection: ResolverTypeWrapper<CallFamilyProjectProjectsNodeAggregateSelection>;
  CallFamilyProjectsConnection: ResolverTypeWrapper<Omit<CallFamilyProjectsConnection, 'edges'> & { edges: Array<ResolversTypes['CallFamilyProjectsRelationship']> }>;
  CallFamilyProjectsConnectionAggregateInput: CallFamilyProjectsConnectionAggregateInput;
  CallFamilyProjectsConnectionFilters: CallFamilyProjectsConnectionFilters;
  CallFamilyProjectsConnectionSort: CallFamilyProjectsConnectionSort;
  CallFamilyProjectsConnectionWhere: CallFamilyProjectsConnectionWhere;
  CallFamilyProjectsNodeAggregationWhereInput: CallFamilyProjectsNodeAggregationWhereInput;
  CallFamilyProjectsRelationship: ResolverTypeWrapper<Omit<CallFamilyProjectsRelationship, 'node'> & { node: ResolversTypes['Project'] }>;
  CallFamilyRelationshipFilters: CallFamilyRelationshipFilters;
  CallFamilySort: CallFamilySort;
  CallFamilyWhere: CallFamilyWhere;
  CallFitFactor: ResolverTypeWrapper<Omit<CallFitFactor, 'evidence'> & { evidence: Array<ResolversTypes['Project']> }>;
  CallMentionedInConnection: ResolverTypeWrapper<Omit<CallMentionedInConnection, 'edges'> & { edges: Array<ResolversTypes['CallMentionedInRelationship']> }>;
  CallMentionedInConnectionAggregateInput: CallMentionedInConnectionAggregateInput;
  CallMentionedInConnectionFilters: CallMentionedInConnectionFilters;
  CallMentionedInConnectionSort: CallMentionedInConnectionSort;
  CallMentionedInConnectionWhere: CallMentionedInConnectionWhere;
  CallMentionedInNodeAggregationWhereInput: CallMentionedInNodeAggregationWhereInput;
  CallMentionedInRelationship: ResolverTypeWrapper<Omit<CallMentionedInRelationship, 'node'> & { node: ResolversTypes['Source'] }>;
  CallProjectProjectsAggregateSelection: ResolverTypeWrapper<CallProjectProjectsAggregateSelection>;
  CallProjectProjectsNodeAggregateSelection: ResolverTypeWrapper<CallProjectProjectsNodeAggregateSelection>;
  CallProjectsConnection: ResolverTypeWrapper<Omit<CallProjectsConnection, 'edges'> & { edges: Array<ResolversTypes['CallProjectsRelationship']> }>;
  CallProjectsConnectionAggregateInput: CallProjectsConnectionAggregateInput;
  CallProjectsConnectionFilters: CallProjectsConnectionFilters;
  CallProjectsConnectionSort: CallProjectsConnectionSort;
  CallProjectsConnectionWhere: CallProjectsConnectionWhere;
  CallProjectsNodeAggregationWhereInput: CallProjectsNodeAggregationWhereInput;
  CallProjectsRelationship: ResolverTypeWrapper<Omit<CallProjectsRelationship, 'node'> & { node: ResolversTypes['Project'] }>;
  CallRelationshipFilters: CallRelationshipFilters;
  CallSort: CallSort;
  CallSourceMentionedInAggregateSelection: ResolverTypeWrapper<CallSourceMentionedInAggregateSelection>;
  CallSourceMentionedInEdgeAggregateSelection: ResolverTypeWrapper<CallSourceMentionedInEdgeAggregateSelection>;
  CallSourceMentionedInNodeAggregateSelection: ResolverTypeWrapper<CallSourceMentionedInNodeAggregateSelection>;
  CallWhere: CallWhere;
  CallsConnection: ResolverTypeWrapper<Omit<CallsConnection, 'edges'> & { edges: Array<ResolversTypes['CallEdge']> }>;
  CentralityMeasure: CentralityMeasure;
  Change: ResolverTypeWrapper<Change>;
  ChangeAction: ChangeAction;
  Collaboration: ResolverTypeWrapper<CollaborationModel>;
  CollaborationVia: ResolverTypeWrapper<Omit<CollaborationVia, 'evidence'> & { evidence: Array<ResolversTypes['Evidence']> }>;
  Community: ResolverTypeWrapper<Omit<Community, 'centre' | 'members'> & { centre: ResolversTypes['Actor'], members: Array<ResolversTypes['Actor']> }>;
  Confidence: Confidence;
  ConfidenceEnumScalarFilters: ConfidenceEnumScalarFilters;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  ConsortiumCheck: ResolverTypeWrapper<Omit<ConsortiumCheck, 'members'> & { members: Array<ResolversTypes['Actor']> }>;
  ConsortiumProposal: ResolverTypeWrapper<Omit<ConsortiumProposal, 'check' | 'members' | 'partners'> & { check: ResolversTypes['ConsortiumCheck'], members: Array<ResolversTypes['Actor']>, partners: Array<ResolversTypes['ProposedPartner']> }>;
  Count: ResolverTypeWrapper<Count>;
  CountConnection: ResolverTypeWrapper<CountConnection>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateScalarFilters: DateScalarFilters;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DateTimeAggregateSelection: ResolverTypeWrapper<DateTimeAggregateSelection>;
  DateTimeScalarAggregationFilters: DateTimeScalarAggregationFilters;
  DateTimeScalarFilters: DateTimeScalarFilters;
  Evidence: ResolverTypeWrapper<Omit<Evidence, 'source'> & { source: ResolversTypes['Source'] }>;
  Finding: ResolverTypeWrapper<Finding>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FloatAggregateSelection: ResolverTypeWrapper<FloatAggregateSelection>;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IDScalarFilters: IdScalarFilters;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntAggregateSelection: ResolverTypeWrapper<IntAggregateSelection>;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  KindCount: ResolverTypeWrapper<KindCount>;
  Language: Language;
  Mention: ResolverTypeWrapper<Mention>;
  MentionAggregationWhereInput: MentionAggregationWhereInput;
  MentionSort: MentionSort;
  MentionWhere: MentionWhere;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Network: ResolverTypeWrapper<Omit<Network, 'edges'> & { edges: Array<ResolversTypes['NetworkEdge']> }>;
  NetworkChanges: ResolverTypeWrapper<Omit<NetworkChanges, 'began' | 'ended' | 'entered' | 'left'> & { began: Array<ResolversTypes['NetworkEdge']>, ended: Array<ResolversTypes['NetworkEdge']>, entered: Array<ResolversTypes['Actor']>, left: Array<ResolversTypes['Actor']> }>;
  NetworkEdge: ResolverTypeWrapper<Omit<NetworkEdge, 'evidence'> & { evidence: Array<ResolversTypes['Evidence']> }>;
  NetworkFilter: NetworkFilter;
  NetworkNode: ResolverTypeWrapper<NetworkNode>;
  OpenCall: ResolverTypeWrapper<Omit<OpenCall, 'call' | 'factors'> & { call: ResolversTypes['Call'], factors: Array<ResolversTypes['CallFitFactor']> }>;
  Opportunity: ResolverTypeWrapper<Omit<Opportunity, 'introducers' | 'projects'> & { introducers: Array<ResolversTypes['Actor']>, projects: Array<ResolversTypes['Project']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participation: ResolverTypeWrapper<Participation>;
  ParticipationAggregationWhereInput: ParticipationAggregationWhereInput;
  ParticipationSort: ParticipationSort;
  ParticipationWhere: ParticipationWhere;
  PartnerSuggestion: ResolverTypeWrapper<SuggestionModel>;
  Place: ResolverTypeWrapper<PlaceModel>;
  PlaceActorActorsAggregateSelection: ResolverTypeWrapper<PlaceActorActorsAggregateSelection>;
  PlaceActorActorsEdgeAggregateSelection: ResolverTypeWrapper<PlaceActorActorsEdgeAggregateSelection>;
  PlaceActorActorsNodeAggregateSelection: ResolverTypeWrapper<PlaceActorActorsNodeAggregateSelection>;
  PlaceActorsConnection: ResolverTypeWrapper<Omit<PlaceActorsConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceActorsRelationship']> }>;
  PlaceActorsConnectionAggregateInput: PlaceActorsConnectionAggregateInput;
  PlaceActorsConnectionFilters: PlaceActorsConnectionFilters;
  PlaceActorsConnectionSort: PlaceActorsConnectionSort;
  PlaceActorsConnectionWhere: PlaceActorsConnectionWhere;
  PlaceActorsNodeAggregationWhereInput: PlaceActorsNodeAggregationWhereInput;
  PlaceActorsRelationship: ResolverTypeWrapper<Omit<PlaceActorsRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  PlaceAggregate: ResolverTypeWrapper<PlaceAggregate>;
  PlaceAggregateNode: ResolverTypeWrapper<PlaceAggregateNode>;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  PlaceMentionedInConnection: ResolverTypeWrapper<Omit<PlaceMentionedInConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceMentionedInRelationship']> }>;
  PlaceMentionedInConnectionAggregateInput: PlaceMentionedInConnectionAggregateInput;
  PlaceMentionedInConnectionFilters: PlaceMentionedInConnectionFilters;
  PlaceMentionedInConnectionSort: PlaceMentionedInConnectionSort;
  PlaceMentionedInConnectionWhere: PlaceMentionedInConnectionWhere;
  PlaceMentionedInNodeAggregationWhereInput: PlaceMentionedInNodeAggregationWhereInput;
  PlaceMentionedInRelationship: ResolverTypeWrapper<Omit<PlaceMentionedInRelationship, 'node'> & { node: ResolversTypes['Source'] }>;
  PlacePartOfConnection: ResolverTypeWrapper<Omit<PlacePartOfConnection, 'edges'> & { edges: Array<ResolversTypes['PlacePartOfRelationship']> }>;
  PlacePartOfConnectionAggregateInput: PlacePartOfConnectionAggregateInput;
  PlacePartOfConnectionFilters: PlacePartOfConnectionFilters;
  PlacePartOfConnectionSort: PlacePartOfConnectionSort;
  PlacePartOfConnectionWhere: PlacePartOfConnectionWhere;
  PlacePartOfNodeAggregationWhereInput: PlacePartOfNodeAggregationWhereInput;
  PlacePartOfRelationship: ResolverTypeWrapper<Omit<PlacePartOfRelationship, 'node'> & { node: ResolversTypes['Place'] }>;
  PlacePartsConnection: ResolverTypeWrapper<Omit<PlacePartsConnection, 'edges'> & { edges: Array<ResolversTypes['PlacePartsRelationship']> }>;
  PlacePartsConnectionAggregateInput: PlacePartsConnectionAggregateInput;
  PlacePartsConnectionFilters: PlacePartsConnectionFilters;
  PlacePartsConnectionSort: PlacePartsConnectionSort;
  PlacePartsConnectionWhere: PlacePartsConnectionWhere;
  PlacePartsNodeAggregationWhereInput: PlacePartsNodeAggregationWhereInput;
  PlacePartsRelationship: ResolverTypeWrapper<Omit<PlacePartsRelationship, 'node'> & { node: ResolversTypes['Place'] }>;
  PlacePlacePartOfAggregateSelection: ResolverTypeWrapper<PlacePlacePartOfAggregateSelection>;
  PlacePlacePartOfEdgeAggregateSelection: ResolverTypeWrapper<PlacePlacePartOfEdgeAggregateSelection>;
  PlacePlacePartOfNodeAggregateSelection: ResolverTypeWrapper<PlacePlacePartOfNodeAggregateSelection>;
  PlacePlacePartsAggregateSelection: ResolverTypeWrapper<PlacePlacePartsAggregateSelection>;
  PlacePlacePartsEdgeAggregateSelection: ResolverTypeWrapper<PlacePlacePartsEdgeAggregateSelection>;
  PlacePlacePartsNodeAggregateSelection: ResolverTypeWrapper<PlacePlacePartsNodeAggregateSelection>;
  PlaceRelationshipFilters: PlaceRelationshipFilters;
  PlaceSort: PlaceSort;
  PlaceSourceMentionedInAggregateSelection: ResolverTypeWrapper<PlaceSourceMentionedInAggregateSelection>;
  PlaceSourceMentionedInEdgeAggregateSelection: ResolverTypeWrapper<PlaceSourceMentionedInEdgeAggregateSelection>;
  PlaceSourceMentionedInNodeAggregateSelection: ResolverTypeWrapper<PlaceSourceMentionedInNodeAggregateSelection>;
  PlaceWhere: PlaceWhere;
  PlacesConnection: ResolverTypeWrapper<Omit<PlacesConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceEdge']> }>;
  Project: ResolverTypeWrapper<ProjectModel>;
  ProjectActorParticipantsAggregateSelection: ResolverTypeWrapper<ProjectActorParticipantsAggregateSelection>;
  ProjectActorParticipantsEdgeAggregateSelection: ResolverTypeWrapper<ProjectActorParticipantsEdgeAggregateSelection>;
  ProjectActorParticipantsNodeAggregateSelection: ResolverTypeWrapper<ProjectActorParticipantsNodeAggregateSelection>;
  ProjectAggregate: ResolverTypeWrapper<ProjectAggregate>;
  ProjectAggregateNode: ResolverTypeWrapper<ProjectAggregateNode>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectLocatedInConnection: ResolverTypeWrapper<Omit<ProjectLocatedInConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectLocatedInRelationship']> }>;
  ProjectLocatedInConnectionAggregateInput: ProjectLocatedInConnectionAggregateInput;
  ProjectLocatedInConnectionFilters: ProjectLocatedInConnectionFilters;
  ProjectLocatedInConnectionSort: ProjectLocatedInConnectionSort;
  ProjectLocatedInConnectionWhere: ProjectLocatedInConnectionWhere;
  ProjectLocatedInNodeAggregationWhereInput: ProjectLocatedInNodeAggregationWhereInput;
  ProjectLocatedInRelationship: ResolverTypeWrapper<Omit<ProjectLocatedInRelationship, 'node'> & { node: ResolversTypes['Place'] }>;
  ProjectMentionedInConnection: ResolverTypeWrapper<Omit<ProjectMentionedInConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectMentionedInRelationship']> }>;
  ProjectMentionedInConnectionAggregateInput: ProjectMentionedInConnectionAggregateInput;
  ProjectMentionedInConnectionFilters: ProjectMentionedInConnectionFilters;
  ProjectMentionedInConnectionSort: ProjectMentionedInConnectionSort;
  ProjectMentionedInConnectionWhere: ProjectMentionedInConnectionWhere;
  ProjectMentionedInNodeAggregationWhereInput: ProjectMentionedInNodeAggregationWhereInput;
  ProjectMentionedInRelationship: ResolverTypeWrapper<Omit<ProjectMentionedInRelationship, 'node'> & { node: ResolversTypes['Source'] }>;
  ProjectParticipantsConnection: ResolverTypeWrapper<Omit<ProjectParticipantsConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectParticipantsRelationship']> }>;
  ProjectParticipantsConnectionAggregateInput: ProjectParticipantsConnectionAggregateInput;
  ProjectParticipantsConnectionFilters: ProjectParticipantsConnectionFilters;
  ProjectParticipantsConnectionSort: ProjectParticipantsConnectionSort;
  ProjectParticipantsConnectionWhere: ProjectParticipantsConnectionWhere;
  ProjectParticipantsNodeAggregationWhereInput: ProjectParticipantsNodeAggregationWhereInput;
  ProjectParticipantsRelationship: ResolverTypeWrapper<Omit<ProjectParticipantsRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  ProjectPlaceLocatedInAggregateSelection: ResolverTypeWrapper<ProjectPlaceLocatedInAggregateSelection>;
  ProjectPlaceLocatedInEdgeAggregateSelection: ResolverTypeWrapper<ProjectPlaceLocatedInEdgeAggregateSelection>;
  ProjectPlaceLocatedInNodeAggregateSelection: ResolverTypeWrapper<ProjectPlaceLocatedInNodeAggregateSelection>;
  ProjectRelationshipFilters: ProjectRelationshipFilters;
  ProjectSort: ProjectSort;
  ProjectSourceMentionedInAggregateSelection: ResolverTypeWrapper<ProjectSourceMentionedInAggregateSelection>;
  ProjectSourceMentionedInEdgeAggregateSelection: ResolverTypeWrapper<ProjectSourceMentionedInEdgeAggregateSelection>;
  ProjectSourceMentionedInNodeAggregateSelection: ResolverTypeWrapper<ProjectSourceMentionedInNodeAggregateSelection>;
  ProjectWhere: ProjectWhere;
  ProjectsConnection: ResolverTypeWrapper<Omit<ProjectsConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectEdge']> }>;
  ProposedPartner: ResolverTypeWrapper<ProposedPartnerModel>;
  Provenance: ResolverTypeWrapper<Provenance>;
  ProvenanceAggregationWhereInput: ProvenanceAggregationWhereInput;
  ProvenanceSort: ProvenanceSort;
  ProvenanceWhere: ProvenanceWhere;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankedActor: ResolverTypeWrapper<Omit<RankedActor, 'actor'> & { actor: ResolversTypes['Actor'] }>;
  Relationship: ResolverTypeWrapper<Relationship>;
  RelationshipChanges: RelationshipChanges;
  RelationshipInput: RelationshipInput;
  ScoreFactor: ResolverTypeWrapper<Omit<ScoreFactor, 'evidence'> & { evidence: Array<ResolversTypes['Project']> }>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  Severity: Severity;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<SourceModel>;
  SourceAggregate: ResolverTypeWrapper<SourceAggregate>;
  SourceAggregateNode: ResolverTypeWrapper<SourceAggregateNode>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceInput: SourceInput;
  SourceRelationshipFilters: SourceRelationshipFilters;
  SourceSort: SourceSort;
  SourceWhere: SourceWhere;
  SourcesConnection: ResolverTypeWrapper<Omit<SourcesConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  Status: Status;
  StatusEnumScalarFilters: StatusEnumScalarFilters;
  StrategiesConnection: ResolverTypeWrapper<Omit<StrategiesConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyEdge']> }>;
  Strategy: ResolverTypeWrapper<StrategyModel>;
  StrategyActorAdoptedByAggregateSelection: ResolverTypeWrapper<StrategyActorAdoptedByAggregateSelection>;
  StrategyActorAdoptedByEdgeAggregateSelection: ResolverTypeWrapper<StrategyActorAdoptedByEdgeAggregateSelection>;
  StrategyActorAdoptedByNodeAggregateSelection: ResolverTypeWrapper<StrategyActorAdoptedByNodeAggregateSelection>;
  StrategyActorCommentedOnByAggregateSelection: ResolverTypeWrapper<StrategyActorCommentedOnByAggregateSelection>;
  StrategyActorCommentedOnByEdgeAggregateSelection: ResolverTypeWrapper<StrategyActorCommentedOnByEdgeAggregateSelection>;
  StrategyActorCommentedOnByNodeAggregateSelection: ResolverTypeWrapper<StrategyActorCommentedOnByNodeAggregateSelection>;
  StrategyActorConcernsAggregateSelection: ResolverTypeWrapper<StrategyActorConcernsAggregateSelection>;
  StrategyActorConcernsEdgeAggregateSelection: ResolverTypeWrapper<StrategyActorConcernsEdgeAggregateSelection>;
  StrategyActorConcernsNodeAggregateSelection: ResolverTypeWrapper<StrategyActorConcernsNodeAggregateSelection>;
  StrategyActorProposedByAggregateSelection: ResolverTypeWrapper<StrategyActorProposedByAggregateSelection>;
  StrategyActorProposedByEdgeAggregateSelection: ResolverTypeWrapper<StrategyActorProposedByEdgeAggregateSelection>;
  StrategyActorProposedByNodeAggregateSelection: ResolverTypeWrapper<StrategyActorProposedByNodeAggregateSelection>;
  StrategyActorResponsibleAggregateSelection: ResolverTypeWrapper<StrategyActorResponsibleAggregateSelection>;
  StrategyActorResponsibleEdgeAggregateSelection: ResolverTypeWrapper<StrategyActorResponsibleEdgeAggregateSelection>;
  StrategyActorResponsibleNodeAggregateSelection: ResolverTypeWrapper<StrategyActorResponsibleNodeAggregateSelection>;
  StrategyAdoptedByConnection: ResolverTypeWrapper<Omit<StrategyAdoptedByConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyAdoptedByRelationship']> }>;
  StrategyAdoptedByConnectionAggregateInput: StrategyAdoptedByConnectionAggregateInput;
  StrategyAdoptedByConnectionFilters: StrategyAdoptedByConnectionFilters;
  StrategyAdoptedByConnectionSort: StrategyAdoptedByConnectionSort;
  StrategyAdoptedByConnectionWhere: StrategyAdoptedByConnectionWhere;
  StrategyAdoptedByNodeAggregationWhereInput: StrategyAdoptedByNodeAggregationWhereInput;
  StrategyAdoptedByRelationship: ResolverTypeWrapper<Omit<StrategyAdoptedByRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  StrategyAggregate: ResolverTypeWrapper<StrategyAggregate>;
  StrategyAggregateNode: ResolverTypeWrapper<StrategyAggregateNode>;
  StrategyAgreementCoveredByAggregateSelection: ResolverTypeWrapper<StrategyAgreementCoveredByAggregateSelection>;
  StrategyAgreementCoveredByEdgeAggregateSelection: ResolverTypeWrapper<StrategyAgreementCoveredByEdgeAggregateSelection>;
  StrategyAgreementCoveredByNodeAggregateSelection: ResolverTypeWrapper<StrategyAgreementCoveredByNodeAggregateSelection>;
  StrategyCommentedOnByConnection: ResolverTypeWrapper<Omit<StrategyCommentedOnByConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyCommentedOnByRelationship']> }>;
  StrategyCommentedOnByConnectionAggregateInput: StrategyCommentedOnByConnectionAggregateInput;
  StrategyCommentedOnByConnectionFilters: StrategyCommentedOnByConnectionFilters;
  StrategyCommentedOnByConnectionSort: StrategyCommentedOnByConnectionSort;
  StrategyCommentedOnByConnectionWhere: StrategyCommentedOnByConnectionWhere;
  StrategyCommentedOnByNodeAggregationWhereInput: StrategyCommentedOnByNodeAggregationWhereInput;
  StrategyCommentedOnByRelationship: ResolverTypeWrapper<Omit<StrategyCommentedOnByRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  StrategyConcernsConnection: ResolverTypeWrapper<Omit<StrategyConcernsConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyConcernsRelationship']> }>;
  StrategyConcernsConnectionAggregateInput: StrategyConcernsConnectionAggregateInput;
  StrategyConcernsConnectionFilters: StrategyConcernsConnectionFilters;
  StrategyConcernsConnectionSort: StrategyConcernsConnectionSort;
  StrategyConcernsConnectionWhere: StrategyConcernsConnectionWhere;
  StrategyConcernsNodeAggregationWhereInput: StrategyConcernsNodeAggregationWhereInput;
  StrategyConcernsRelationship: ResolverTypeWrapper<Omit<StrategyConcernsRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  StrategyCoordinatedWithConnection: ResolverTypeWrapper<Omit<StrategyCoordinatedWithConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyCoordinatedWithRelationship']> }>;
  StrategyCoordinatedWithConnectionAggregateInput: StrategyCoordinatedWithConnectionAggregateInput;
  StrategyCoordinatedWithConnectionFilters: StrategyCoordinatedWithConnectionFilters;
  StrategyCoordinatedWithConnectionSort: StrategyCoordinatedWithConnectionSort;
  StrategyCoordinatedWithConnectionWhere: StrategyCoordinatedWithConnectionWhere;
  StrategyCoordinatedWithNodeAggregationWhereInput: StrategyCoordinatedWithNodeAggregationWhereInput;
  StrategyCoordinatedWithRelationship: ResolverTypeWrapper<Omit<StrategyCoordinatedWithRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  StrategyCoordinatesWithConnection: ResolverTypeWrapper<Omit<StrategyCoordinatesWithConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyCoordinatesWithRelationship']> }>;
  StrategyCoordinatesWithConnectionAggregateInput: StrategyCoordinatesWithConnectionAggregateInput;
  StrategyCoordinatesWithConnectionFilters: StrategyCoordinatesWithConnectionFilters;
  StrategyCoordinatesWithConnectionSort: StrategyCoordinatesWithConnectionSort;
  StrategyCoordinatesWithConnectionWhere: StrategyCoordinatesWithConnectionWhere;
  StrategyCoordinatesWithNodeAggregationWhereInput: StrategyCoordinatesWithNodeAggregationWhereInput;
  StrategyCoordinatesWithRelationship: ResolverTypeWrapper<Omit<StrategyCoordinatesWithRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  StrategyCoveredByConnection: ResolverTypeWrapper<Omit<StrategyCoveredByConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyCoveredByRelationship']> }>;
  StrategyCoveredByConnectionAggregateInput: StrategyCoveredByConnectionAggregateInput;
  StrategyCoveredByConnectionFilters: StrategyCoveredByConnectionFilters;
  StrategyCoveredByConnectionSort: StrategyCoveredByConnectionSort;
  StrategyCoveredByConnectionWhere: StrategyCoveredByConnectionWhere;
  StrategyCoveredByNodeAggregationWhereInput: StrategyCoveredByNodeAggregationWhereInput;
  StrategyCoveredByRelationship: ResolverTypeWrapper<Omit<StrategyCoveredByRelationship, 'node'> & { node: ResolversTypes['Agreement'] }>;
  StrategyEdge: ResolverTypeWrapper<Omit<StrategyEdge, 'node'> & { node: ResolversTypes['Strategy'] }>;
  StrategyMentionedInConnection: ResolverTypeWrapper<Omit<StrategyMentionedInConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyMentionedInRelationship']> }>;
  StrategyMentionedInConnectionAggregateInput: StrategyMentionedInConnectionAggregateInput;
  StrategyMentionedInConnectionFilters: StrategyMentionedInConnectionFilters;
  StrategyMentionedInConnectionSort: StrategyMentionedInConnectionSort;
  StrategyMentionedInConnectionWhere: StrategyMentionedInConnectionWhere;
  StrategyMentionedInNodeAggregationWhereInput: StrategyMentionedInNodeAggregationWhereInput;
  StrategyMentionedInRelationship: ResolverTypeWrapper<Omit<StrategyMentionedInRelationship, 'node'> & { node: ResolversTypes['Source'] }>;
  StrategyPartOfConnection: ResolverTypeWrapper<Omit<StrategyPartOfConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyPartOfRelationship']> }>;
  StrategyPartOfConnectionAggregateInput: StrategyPartOfConnectionAggregateInput;
  StrategyPartOfConnectionFilters: StrategyPartOfConnectionFilters;
  StrategyPartOfConnectionSort: StrategyPartOfConnectionSort;
  StrategyPartOfConnectionWhere: StrategyPartOfConnectionWhere;
  StrategyPartOfNodeAggregationWhereInput: StrategyPartOfNodeAggregationWhereInput;
  StrategyPartOfRelationship: ResolverTypeWrapper<Omit<StrategyPartOfRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  StrategyPartsConnection: ResolverTypeWrapper<Omit<StrategyPartsConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyPartsRelationship']> }>;
  StrategyPartsConnectionAggregateInput: StrategyPartsConnectionAggregateInput;
  StrategyPartsConnectionFilters: StrategyPartsConnectionFilters;
  StrategyPartsConnectionSort: StrategyPartsConnectionSort;
  StrategyPartsConnectionWhere: StrategyPartsConnectionWhere;
  StrategyPartsNodeAggregationWhereInput: StrategyPartsNodeAggregationWhereInput;
  StrategyPartsRelationship: ResolverTypeWrapper<Omit<StrategyPartsRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  StrategyProposedByConnection: ResolverTypeWrapper<Omit<StrategyProposedByConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyProposedByRelationship']> }>;
  StrategyProposedByConnectionAggregateInput: StrategyProposedByConnectionAggregateInput;
  StrategyProposedByConnectionFilters: StrategyProposedByConnectionFilters;
  StrategyProposedByConnectionSort: StrategyProposedByConnectionSort;
  StrategyProposedByConnectionWhere: StrategyProposedByConnectionWhere;
  StrategyProposedByNodeAggregationWhereInput: StrategyProposedByNodeAggregationWhereInput;
  StrategyProposedByRelationship: ResolverTypeWrapper<Omit<StrategyProposedByRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  StrategyRefersToConnection: ResolverTypeWrapper<Omit<StrategyRefersToConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyRefersToRelationship']> }>;
  StrategyRefersToConnectionAggregateInput: StrategyRefersToConnectionAggregateInput;
  StrategyRefersToConnectionFilters: StrategyRefersToConnectionFilters;
  StrategyRefersToConnectionSort: StrategyRefersToConnectionSort;
  StrategyRefersToConnectionWhere: StrategyRefersToConnectionWhere;
  StrategyRefersToNodeAggregationWhereInput: StrategyRefersToNodeAggregationWhereInput;
  StrategyRefersToRelationship: ResolverTypeWrapper<Omit<StrategyRefersToRelationship, 'node'> & { node: ResolversTypes['Strategy'] }>;
  StrategyRelationshipFilters: StrategyRelationshipFilters;
  StrategyResponsibleConnection: ResolverTypeWrapper<Omit<StrategyResponsibleConnection, 'edges'> & { edges: Array<ResolversTypes['StrategyResponsibleRelationship']> }>;
  StrategyResponsibleConnectionAggregateInput: StrategyResponsibleConnectionAggregateInput;
  StrategyResponsibleConnectionFilters: StrategyResponsibleConnectionFilters;
  StrategyResponsibleConnectionSort: StrategyResponsibleConnectionSort;
  StrategyResponsibleConnectionWhere: StrategyResponsibleConnectionWhere;
  StrategyResponsibleNodeAggregationWhereInput: StrategyResponsibleNodeAggregationWhereInput;
  StrategyResponsibleRelationship: ResolverTypeWrapper<Omit<StrategyResponsibleRelationship, 'node'> & { node: ResolversTypes['Actor'] }>;
  StrategySort: StrategySort;
  StrategySourceMentionedInAggregateSelection: ResolverTypeWrapper<StrategySourceMentionedInAggregateSelection>;
  StrategySourceMentionedInEdgeAggregateSelection: ResolverTypeWrapper<StrategySourceMentionedInEdgeAggregateSelection>;
  StrategySourceMentionedInNodeAggregateSelection: ResolverTypeWrapper<StrategySourceMentionedInNodeAggregateSelection>;
  StrategyStrategyCoordinatedWithAggregateSelection: ResolverTypeWrapper<StrategyStrategyCoordinatedWithAggregateSelection>;
  StrategyStrategyCoordinatedWithEdgeAggregateSelection: ResolverTypeWrapper<StrategyStrategyCoordinatedWithEdgeAggregateSelection>;
  StrategyStrategyCoordinatedWithNodeAggregateSelection: ResolverTypeWrapper<StrategyStrategyCoordinatedWithNodeAggregateSelection>;
  StrategyStrategyCoordinatesWithAggregateSelection: ResolverTypeWrapper<StrategyStrategyCoordinatesWithAggregateSelection>;
  StrategyStrategyCoordinatesWithEdgeAggregateSelection: ResolverTypeWrapper<StrategyStrategyCoordinatesWithEdgeAggregateSelection>;
  StrategyStrategyCoordinatesWithNodeAggregateSelection: ResolverTypeWrapper<StrategyStrategyCoordinatesWithNodeAggregateSelection>;
  StrategyStrategyPartOfAggregateSelection: ResolverTypeWrapper<StrategyStrategyPartOfAggregateSelection>;
  StrategyStrategyPartOfEdgeAggregateSelection: ResolverTypeWrapper<StrategyStrategyPartOfEdgeAggregateSelection>;
  StrategyStrategyPartOfNodeAggregateSelection: ResolverTypeWrapper<StrategyStrategyPartOfNodeAggregateSelection>;
  StrategyStrategyPartsAggregateSelection: ResolverTypeWrapper<StrategyStrategyPartsAggregateSelection>;
  StrategyStrategyPartsEdgeAggregateSelection: ResolverTypeWrapper<StrategyStrategyPartsEdgeAggregateSelection>;
  StrategyStrategyPartsNodeAggregateSelection: ResolverTypeWrapper<StrategyStrategyPartsNodeAggregateSelection>;
  StrategyStrategyRefersToAggregateSelection: ResolverTypeWrapper<StrategyStrategyRefersToAggregateSelection>;
  StrategyStrategyRefersToEdgeAggregateSelection: ResolverTypeWrapper<StrategyStrategyRefersToEdgeAggregateSelection>;
  StrategyStrategyRefersToNodeAggregateSelection: ResolverTypeWrapper<StrategyStrategyRefersToNodeAggregateSelection>;
  StrategyWhere: StrategyWhere;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  StringAggregateSelection: ResolverTypeWrapper<StringAggregateSelection>;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  Truncation: ResolverTypeWrapper<Truncation>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActionTypeEnumScalarFilters: ActionTypeEnumScalarFilters;
  Actor: ActorModel;
  ActorActorAdvocatesToAggregateSelection: ActorActorAdvocatesToAggregateSelection;
  ActorActorAdvocatesToEdgeAggregateSelection: ActorActorAdvocatesToEdgeAggregateSelection;
  ActorActorAdvocatesToNodeAggregateSelection: ActorActorAdvocatesToNodeAggregateSelection;
  ActorActorCollaboratesWithAggregateSelection: ActorActorCollaboratesWithAggregateSelection;
  ActorActorCollaboratesWithEdgeAggregateSelection: ActorActorCollaboratesWithEdgeAggregateSelection;
  ActorActorCollaboratesWithInAggregateSelection: ActorActorCollaboratesWithInAggregateSelection;
  ActorActorCollaboratesWithInEdgeAggregateSelection: ActorActorCollaboratesWithInEdgeAggregateSelection;
  ActorActorCollaboratesWithInNodeAggregateSelection: ActorActorCollaboratesWithInNodeAggregateSelection;
  ActorActorCollaboratesWithNodeAggregateSelection: ActorActorCollaboratesWithNodeAggregateSelection;
  ActorActorConsultsAggregateSelection: ActorActorConsultsAggregateSelection;
  ActorActorConsultsEdgeAggregateSelection: ActorActorConsultsEdgeAggregateSelection;
  ActorActorConsultsNodeAggregateSelection: ActorActorConsultsNodeAggregateSelection;
  ActorActorFinancedByAggregateSelection: ActorActorFinancedByAggregateSelection;
  ActorActorFinancedByEdgeAggregateSelection: ActorActorFinancedByEdgeAggregateSelection;
  ActorActorFinancedByNodeAggregateSelection: ActorActorFinancedByNodeAggregateSelection;
  ActorActorFinancesAggregateSelection: ActorActorFinancesAggregateSelection;
  ActorActorFinancesEdgeAggregateSelection: ActorActorFinancesEdgeAggregateSelection;
  ActorActorFinancesNodeAggregateSelection: ActorActorFinancesNodeAggregateSelection;
  ActorActorFounderOfAggregateSelection: ActorActorFounderOfAggregateSelection;
  ActorActorFounderOfEdgeAggregateSelection: ActorActorFounderOfEdgeAggregateSelection;
  ActorActorFounderOfNodeAggregateSelection: ActorActorFounderOfNodeAggregateSelection;
  ActorActorFoundersAggregateSelection: ActorActorFoundersAggregateSelection;
  ActorActorFoundersEdgeAggregateSelection: ActorActorFoundersEdgeAggregateSelection;
  ActorActorFoundersNodeAggregateSelection: ActorActorFoundersNodeAggregateSelection;
  ActorActorMemberOfAggregateSelection: ActorActorMemberOfAggregateSelection;
  ActorActorMemberOfEdgeAggregateSelection: ActorActorMemberOfEdgeAggregateSelection;
  ActorActorMemberOfNodeAggregateSelection: ActorActorMemberOfNodeAggregateSelection;
  ActorActorMembersAggregateSelection: ActorActorMembersAggregateSelection;
  ActorActorMembersEdgeAggregateSelection: ActorActorMembersEdgeAggregateSelection;
  ActorActorMembersNodeAggregateSelection: ActorActorMembersNodeAggregateSelection;
  ActorActorOwnedByAggregateSelection: ActorActorOwnedByAggregateSelection;
  ActorActorOwnedByEdgeAggregateSelection: ActorActorOwnedByEdgeAggregateSelection;
  ActorActorOwnedByNodeAggregateSelection: ActorActorOwnedByNodeAggregateSelection;
  ActorActorOwnsAggregateSelection: ActorActorOwnsAggregateSelection;
  ActorActorOwnsEdgeAggregateSelection: ActorActorOwnsEdgeAggregateSelection;
  ActorActorOwnsNodeAggregateSelection: ActorActorOwnsNodeAggregateSelection;
  ActorActorPartOfAggregateSelection: ActorActorPartOfAggregateSelection;
  ActorActorPartOfEdgeAggregateSelection: ActorActorPartOfEdgeAggregateSelection;
  ActorActorPartOfNodeAggregateSelection: ActorActorPartOfNodeAggregateSelection;
  ActorActorPartsAggregateSelection: ActorActorPartsAggregateSelection;
  ActorActorPartsEdgeAggregateSelection: ActorActorPartsEdgeAggregateSelection;
  ActorActorPartsNodeAggregateSelection: ActorActorPartsNodeAggregateSelection;
  ActorActorProposesActorsAggregateSelection: ActorActorProposesActorsAggregateSelection;
  ActorActorProposesActorsEdgeAggregateSelection: ActorActorProposesActorsEdgeAggregateSelection;
  ActorActorProposesActorsNodeAggregateSelection: ActorActorProposesActorsNodeAggregateSelection;
  ActorActorReportsToAggregateSelection: ActorActorReportsToAggregateSelection;
  ActorActorReportsToEdgeAggregateSelection: ActorActorReportsToEdgeAggregateSelection;
  ActorActorReportsToNodeAggregateSelection: ActorActorReportsToNodeAggregateSelection;
  ActorActorSupportsAggregateSelection: ActorActorSupportsAggregateSelection;
  ActorActorSupportsEdgeAggregateSelection: ActorActorSupportsEdgeAggregateSelection;
  ActorActorSupportsNodeAggregateSelection: ActorActorSupportsNodeAggregateSelection;
  ActorAdoptsConnection: Omit<ActorAdoptsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorAdoptsRelationship']> };
  ActorAdoptsConnectionAggregateInput: ActorAdoptsConnectionAggregateInput;
  ActorAdoptsConnectionFilters: ActorAdoptsConnectionFilters;
  ActorAdoptsConnectionSort: ActorAdoptsConnectionSort;
  ActorAdoptsConnectionWhere: ActorAdoptsConnectionWhere;
  ActorAdoptsNodeAggregationWhereInput: ActorAdoptsNodeAggregationWhereInput;
  ActorAdoptsRelationship: Omit<ActorAdoptsRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  ActorAdvocatesToConnection: Omit<ActorAdvocatesToConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorAdvocatesToRelationship']> };
  ActorAdvocatesToConnectionAggregateInput: ActorAdvocatesToConnectionAggregateInput;
  ActorAdvocatesToConnectionFilters: ActorAdvocatesToConnectionFilters;
  ActorAdvocatesToConnectionSort: ActorAdvocatesToConnectionSort;
  ActorAdvocatesToConnectionWhere: ActorAdvocatesToConnectionWhere;
  ActorAdvocatesToNodeAggregationWhereInput: ActorAdvocatesToNodeAggregationWhereInput;
  ActorAdvocatesToRelationship: Omit<ActorAdvocatesToRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorAggregate: ActorAggregate;
  ActorAggregateNode: ActorAggregateNode;
  ActorAgreementPartyToAggregateSelection: ActorAgreementPartyToAggregateSelection;
  ActorAgreementPartyToEdgeAggregateSelection: ActorAgreementPartyToEdgeAggregateSelection;
  ActorAgreementPartyToNodeAggregateSelection: ActorAgreementPartyToNodeAggregateSelection;
  ActorAgreementResponsibleForAgreementsAggregateSelection: ActorAgreementResponsibleForAgreementsAggregateSelection;
  ActorAgreementResponsibleForAgreementsEdgeAggregateSelection: ActorAgreementResponsibleForAgreementsEdgeAggregateSelection;
  ActorAgreementResponsibleForAgreementsNodeAggregateSelection: ActorAgreementResponsibleForAgreementsNodeAggregateSelection;
  ActorCollaboratesWithConnection: Omit<ActorCollaboratesWithConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorCollaboratesWithRelationship']> };
  ActorCollaboratesWithConnectionAggregateInput: ActorCollaboratesWithConnectionAggregateInput;
  ActorCollaboratesWithConnectionFilters: ActorCollaboratesWithConnectionFilters;
  ActorCollaboratesWithConnectionSort: ActorCollaboratesWithConnectionSort;
  ActorCollaboratesWithConnectionWhere: ActorCollaboratesWithConnectionWhere;
  ActorCollaboratesWithInConnection: Omit<ActorCollaboratesWithInConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorCollaboratesWithInRelationship']> };
  ActorCollaboratesWithInConnectionAggregateInput: ActorCollaboratesWithInConnectionAggregateInput;
  ActorCollaboratesWithInConnectionFilters: ActorCollaboratesWithInConnectionFilters;
  ActorCollaboratesWithInConnectionSort: ActorCollaboratesWithInConnectionSort;
  ActorCollaboratesWithInConnectionWhere: ActorCollaboratesWithInConnectionWhere;
  ActorCollaboratesWithInNodeAggregationWhereInput: ActorCollaboratesWithInNodeAggregationWhereInput;
  ActorCollaboratesWithInRelationship: Omit<ActorCollaboratesWithInRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorCollaboratesWithNodeAggregationWhereInput: ActorCollaboratesWithNodeAggregationWhereInput;
  ActorCollaboratesWithRelationship: Omit<ActorCollaboratesWithRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorCommentsOnConnection: Omit<ActorCommentsOnConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorCommentsOnRelationship']> };
  ActorCommentsOnConnectionAggregateInput: ActorCommentsOnConnectionAggregateInput;
  ActorCommentsOnConnectionFilters: ActorCommentsOnConnectionFilters;
  ActorCommentsOnConnectionSort: ActorCommentsOnConnectionSort;
  ActorCommentsOnConnectionWhere: ActorCommentsOnConnectionWhere;
  ActorCommentsOnNodeAggregationWhereInput: ActorCommentsOnNodeAggregationWhereInput;
  ActorCommentsOnRelationship: Omit<ActorCommentsOnRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  ActorConcernedByConnection: Omit<ActorConcernedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorConcernedByRelationship']> };
  ActorConcernedByConnectionAggregateInput: ActorConcernedByConnectionAggregateInput;
  ActorConcernedByConnectionFilters: ActorConcernedByConnectionFilters;
  ActorConcernedByConnectionSort: ActorConcernedByConnectionSort;
  ActorConcernedByConnectionWhere: ActorConcernedByConnectionWhere;
  ActorConcernedByNodeAggregationWhereInput: ActorConcernedByNodeAggregationWhereInput;
  ActorConcernedByRelationship: Omit<ActorConcernedByRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  ActorConsultsConnection: Omit<ActorConsultsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorConsultsRelationship']> };
  ActorConsultsConnectionAggregateInput: ActorConsultsConnectionAggregateInput;
  ActorConsultsConnectionFilters: ActorConsultsConnectionFilters;
  ActorConsultsConnectionSort: ActorConsultsConnectionSort;
  ActorConsultsConnectionWhere: ActorConsultsConnectionWhere;
  ActorConsultsNodeAggregationWhereInput: ActorConsultsNodeAggregationWhereInput;
  ActorConsultsOnConnection: Omit<ActorConsultsOnConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorConsultsOnRelationship']> };
  ActorConsultsOnConnectionAggregateInput: ActorConsultsOnConnectionAggregateInput;
  ActorConsultsOnConnectionFilters: ActorConsultsOnConnectionFilters;
  ActorConsultsOnConnectionSort: ActorConsultsOnConnectionSort;
  ActorConsultsOnConnectionWhere: ActorConsultsOnConnectionWhere;
  ActorConsultsOnNodeAggregationWhereInput: ActorConsultsOnNodeAggregationWhereInput;
  ActorConsultsOnRelationship: Omit<ActorConsultsOnRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  ActorConsultsRelationship: Omit<ActorConsultsRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorEdge: Omit<ActorEdge, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFinancedByConnection: Omit<ActorFinancedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorFinancedByRelationship']> };
  ActorFinancedByConnectionAggregateInput: ActorFinancedByConnectionAggregateInput;
  ActorFinancedByConnectionFilters: ActorFinancedByConnectionFilters;
  ActorFinancedByConnectionSort: ActorFinancedByConnectionSort;
  ActorFinancedByConnectionWhere: ActorFinancedByConnectionWhere;
  ActorFinancedByNodeAggregationWhereInput: ActorFinancedByNodeAggregationWhereInput;
  ActorFinancedByRelationship: Omit<ActorFinancedByRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFinancesConnection: Omit<ActorFinancesConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorFinancesRelationship']> };
  ActorFinancesConnectionAggregateInput: ActorFinancesConnectionAggregateInput;
  ActorFinancesConnectionFilters: ActorFinancesConnectionFilters;
  ActorFinancesConnectionSort: ActorFinancesConnectionSort;
  ActorFinancesConnectionWhere: ActorFinancesConnectionWhere;
  ActorFinancesNodeAggregationWhereInput: ActorFinancesNodeAggregationWhereInput;
  ActorFinancesRelationship: Omit<ActorFinancesRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFounderOfConnection: Omit<ActorFounderOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorFounderOfRelationship']> };
  ActorFounderOfConnectionAggregateInput: ActorFounderOfConnectionAggregateInput;
  ActorFounderOfConnectionFilters: ActorFounderOfConnectionFilters;
  ActorFounderOfConnectionSort: ActorFounderOfConnectionSort;
  ActorFounderOfConnectionWhere: ActorFounderOfConnectionWhere;
  ActorFounderOfNodeAggregationWhereInput: ActorFounderOfNodeAggregationWhereInput;
  ActorFounderOfRelationship: Omit<ActorFounderOfRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorFoundersConnection: Omit<ActorFoundersConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorFoundersRelationship']> };
  ActorFoundersConnectionAggregateInput: ActorFoundersConnectionAggregateInput;
  ActorFoundersConnectionFilters: ActorFoundersConnectionFilters;
  ActorFoundersConnectionSort: ActorFoundersConnectionSort;
  ActorFoundersConnectionWhere: ActorFoundersConnectionWhere;
  ActorFoundersNodeAggregationWhereInput: ActorFoundersNodeAggregationWhereInput;
  ActorFoundersRelationship: Omit<ActorFoundersRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorInput: ActorInput;
  ActorKindEnumScalarFilters: ActorKindEnumScalarFilters;
  ActorLocatedInConnection: Omit<ActorLocatedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorLocatedInRelationship']> };
  ActorLocatedInConnectionAggregateInput: ActorLocatedInConnectionAggregateInput;
  ActorLocatedInConnectionFilters: ActorLocatedInConnectionFilters;
  ActorLocatedInConnectionSort: ActorLocatedInConnectionSort;
  ActorLocatedInConnectionWhere: ActorLocatedInConnectionWhere;
  ActorLocatedInNodeAggregationWhereInput: ActorLocatedInNodeAggregationWhereInput;
  ActorLocatedInRelationship: Omit<ActorLocatedInRelationship, 'node'> & { node: ResolversParentTypes['Place'] };
  ActorMemberOfConnection: Omit<ActorMemberOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorMemberOfRelationship']> };
  ActorMemberOfConnectionAggregateInput: ActorMemberOfConnectionAggregateInput;
  ActorMemberOfConnectionFilters: ActorMemberOfConnectionFilters;
  ActorMemberOfConnectionSort: ActorMemberOfConnectionSort;
  ActorMemberOfConnectionWhere: ActorMemberOfConnectionWhere;
  ActorMemberOfNodeAggregationWhereInput: ActorMemberOfNodeAggregationWhereInput;
  ActorMemberOfRelationship: Omit<ActorMemberOfRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorMembersConnection: Omit<ActorMembersConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorMembersRelationship']> };
  ActorMembersConnectionAggregateInput: ActorMembersConnectionAggregateInput;
  ActorMembersConnectionFilters: ActorMembersConnectionFilters;
  ActorMembersConnectionSort: ActorMembersConnectionSort;
  ActorMembersConnectionWhere: ActorMembersConnectionWhere;
  ActorMembersNodeAggregationWhereInput: ActorMembersNodeAggregationWhereInput;
  ActorMembersRelationship: Omit<ActorMembersRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorMentionedInConnection: Omit<ActorMentionedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorMentionedInRelationship']> };
  ActorMentionedInConnectionAggregateInput: ActorMentionedInConnectionAggregateInput;
  ActorMentionedInConnectionFilters: ActorMentionedInConnectionFilters;
  ActorMentionedInConnectionSort: ActorMentionedInConnectionSort;
  ActorMentionedInConnectionWhere: ActorMentionedInConnectionWhere;
  ActorMentionedInNodeAggregationWhereInput: ActorMentionedInNodeAggregationWhereInput;
  ActorMentionedInRelationship: Omit<ActorMentionedInRelationship, 'node'> & { node: ResolversParentTypes['Source'] };
  ActorOwnedByConnection: Omit<ActorOwnedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorOwnedByRelationship']> };
  ActorOwnedByConnectionAggregateInput: ActorOwnedByConnectionAggregateInput;
  ActorOwnedByConnectionFilters: ActorOwnedByConnectionFilters;
  ActorOwnedByConnectionSort: ActorOwnedByConnectionSort;
  ActorOwnedByConnectionWhere: ActorOwnedByConnectionWhere;
  ActorOwnedByNodeAggregationWhereInput: ActorOwnedByNodeAggregationWhereInput;
  ActorOwnedByRelationship: Omit<ActorOwnedByRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorOwnsConnection: Omit<ActorOwnsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorOwnsRelationship']> };
  ActorOwnsConnectionAggregateInput: ActorOwnsConnectionAggregateInput;
  ActorOwnsConnectionFilters: ActorOwnsConnectionFilters;
  ActorOwnsConnectionSort: ActorOwnsConnectionSort;
  ActorOwnsConnectionWhere: ActorOwnsConnectionWhere;
  ActorOwnsNodeAggregationWhereInput: ActorOwnsNodeAggregationWhereInput;
  ActorOwnsRelationship: Omit<ActorOwnsRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorPartOfConnection: Omit<ActorPartOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorPartOfRelationship']> };
  ActorPartOfConnectionAggregateInput: ActorPartOfConnectionAggregateInput;
  ActorPartOfConnectionFilters: ActorPartOfConnectionFilters;
  ActorPartOfConnectionSort: ActorPartOfConnectionSort;
  ActorPartOfConnectionWhere: ActorPartOfConnectionWhere;
  ActorPartOfNodeAggregationWhereInput: ActorPartOfNodeAggregationWhereInput;
  ActorPartOfRelationship: Omit<ActorPartOfRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorParticipatesInConnection: Omit<ActorParticipatesInConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorParticipatesInRelationship']> };
  ActorParticipatesInConnectionAggregateInput: ActorParticipatesInConnectionAggregateInput;
  ActorParticipatesInConnectionFilters: ActorParticipatesInConnectionFilters;
  ActorParticipatesInConnectionSort: ActorParticipatesInConnectionSort;
  ActorParticipatesInConnectionWhere: ActorParticipatesInConnectionWhere;
  ActorParticipatesInNodeAggregationWhereInput: ActorParticipatesInNodeAggregationWhereInput;
  ActorParticipatesInRelationship: Omit<ActorParticipatesInRelationship, 'node'> & { node: ResolversParentTypes['Project'] };
  ActorPartsConnection: Omit<ActorPartsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorPartsRelationship']> };
  ActorPartsConnectionAggregateInput: ActorPartsConnectionAggregateInput;
  ActorPartsConnectionFilters: ActorPartsConnectionFilters;
  ActorPartsConnectionSort: ActorPartsConnectionSort;
  ActorPartsConnectionWhere: ActorPartsConnectionWhere;
  ActorPartsNodeAggregationWhereInput: ActorPartsNodeAggregationWhereInput;
  ActorPartsRelationship: Omit<ActorPartsRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorPartyToConnection: Omit<ActorPartyToConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorPartyToRelationship']> };
  ActorPartyToConnectionAggregateInput: ActorPartyToConnectionAggregateInput;
  ActorPartyToConnectionFilters: ActorPartyToConnectionFilters;
  ActorPartyToConnectionSort: ActorPartyToConnectionSort;
  ActorPartyToConnectionWhere: ActorPartyToConnectionWhere;
  ActorPartyToNodeAggregationWhereInput: ActorPartyToNodeAggregationWhereInput;
  ActorPartyToRelationship: Omit<ActorPartyToRelationship, 'node'> & { node: ResolversParentTypes['Agreement'] };
  ActorPlaceLocatedInAggregateSelection: ActorPlaceLocatedInAggregateSelection;
  ActorPlaceLocatedInEdgeAggregateSelection: ActorPlaceLocatedInEdgeAggregateSelection;
  ActorPlaceLocatedInNodeAggregateSelection: ActorPlaceLocatedInNodeAggregateSelection;
  ActorProjectParticipatesInAggregateSelection: ActorProjectParticipatesInAggregateSelection;
  ActorProjectParticipatesInEdgeAggregateSelection: ActorProjectParticipatesInEdgeAggregateSelection;
  ActorProjectParticipatesInNodeAggregateSelection: ActorProjectParticipatesInNodeAggregateSelection;
  ActorProposesActorsConnection: Omit<ActorProposesActorsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorProposesActorsRelationship']> };
  ActorProposesActorsConnectionAggregateInput: ActorProposesActorsConnectionAggregateInput;
  ActorProposesActorsConnectionFilters: ActorProposesActorsConnectionFilters;
  ActorProposesActorsConnectionSort: ActorProposesActorsConnectionSort;
  ActorProposesActorsConnectionWhere: ActorProposesActorsConnectionWhere;
  ActorProposesActorsNodeAggregationWhereInput: ActorProposesActorsNodeAggregationWhereInput;
  ActorProposesActorsRelationship: Omit<ActorProposesActorsRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorProposesConnection: Omit<ActorProposesConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorProposesRelationship']> };
  ActorProposesConnectionAggregateInput: ActorProposesConnectionAggregateInput;
  ActorProposesConnectionFilters: ActorProposesConnectionFilters;
  ActorProposesConnectionSort: ActorProposesConnectionSort;
  ActorProposesConnectionWhere: ActorProposesConnectionWhere;
  ActorProposesNodeAggregationWhereInput: ActorProposesNodeAggregationWhereInput;
  ActorProposesRelationship: Omit<ActorProposesRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  ActorRelationshipFilters: ActorRelationshipFilters;
  ActorReportsToConnection: Omit<ActorReportsToConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorReportsToRelationship']> };
  ActorReportsToConnectionAggregateInput: ActorReportsToConnectionAggregateInput;
  ActorReportsToConnectionFilters: ActorReportsToConnectionFilters;
  ActorReportsToConnectionSort: ActorReportsToConnectionSort;
  ActorReportsToConnectionWhere: ActorReportsToConnectionWhere;
  ActorReportsToNodeAggregationWhereInput: ActorReportsToNodeAggregationWhereInput;
  ActorReportsToRelationship: Omit<ActorReportsToRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorResponsibleForAgreementsConnection: Omit<ActorResponsibleForAgreementsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorResponsibleForAgreementsRelationship']> };
  ActorResponsibleForAgreementsConnectionAggregateInput: ActorResponsibleForAgreementsConnectionAggregateInput;
  ActorResponsibleForAgreementsConnectionFilters: ActorResponsibleForAgreementsConnectionFilters;
  ActorResponsibleForAgreementsConnectionSort: ActorResponsibleForAgreementsConnectionSort;
  ActorResponsibleForAgreementsConnectionWhere: ActorResponsibleForAgreementsConnectionWhere;
  ActorResponsibleForAgreementsNodeAggregationWhereInput: ActorResponsibleForAgreementsNodeAggregationWhereInput;
  ActorResponsibleForAgreementsRelationship: Omit<ActorResponsibleForAgreementsRelationship, 'node'> & { node: ResolversParentTypes['Agreement'] };
  ActorResponsibleForConnection: Omit<ActorResponsibleForConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorResponsibleForRelationship']> };
  ActorResponsibleForConnectionAggregateInput: ActorResponsibleForConnectionAggregateInput;
  ActorResponsibleForConnectionFilters: ActorResponsibleForConnectionFilters;
  ActorResponsibleForConnectionSort: ActorResponsibleForConnectionSort;
  ActorResponsibleForConnectionWhere: ActorResponsibleForConnectionWhere;
  ActorResponsibleForNodeAggregationWhereInput: ActorResponsibleForNodeAggregationWhereInput;
  ActorResponsibleForRelationship: Omit<ActorResponsibleForRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  ActorSort: ActorSort;
  ActorSourceMentionedInAggregateSelection: ActorSourceMentionedInAggregateSelection;
  ActorSourceMentionedInEdgeAggregateSelection: ActorSourceMentionedInEdgeAggregateSelection;
  ActorSourceMentionedInNodeAggregateSelection: ActorSourceMentionedInNodeAggregateSelection;
  ActorStrategyAdoptsAggregateSelection: ActorStrategyAdoptsAggregateSelection;
  ActorStrategyAdoptsEdgeAggregateSelection: ActorStrategyAdoptsEdgeAggregateSelection;
  ActorStrategyAdoptsNodeAggregateSelection: ActorStrategyAdoptsNodeAggregateSelection;
  ActorStrategyCommentsOnAggregateSelection: ActorStrategyCommentsOnAggregateSelection;
  ActorStrategyCommentsOnEdgeAggregateSelection: ActorStrategyCommentsOnEdgeAggregateSelection;
  ActorStrategyCommentsOnNodeAggregateSelection: ActorStrategyCommentsOnNodeAggregateSelection;
  ActorStrategyConcernedByAggregateSelection: ActorStrategyConcernedByAggregateSelection;
  ActorStrategyConcernedByEdgeAggregateSelection: ActorStrategyConcernedByEdgeAggregateSelection;
  ActorStrategyConcernedByNodeAggregateSelection: ActorStrategyConcernedByNodeAggregateSelection;
  ActorStrategyConsultsOnAggregateSelection: ActorStrategyConsultsOnAggregateSelection;
  ActorStrategyConsultsOnEdgeAggregateSelection: ActorStrategyConsultsOnEdgeAggregateSelection;
  ActorStrategyConsultsOnNodeAggregateSelection: ActorStrategyConsultsOnNodeAggregateSelection;
  ActorStrategyProposesAggregateSelection: ActorStrategyProposesAggregateSelection;
  ActorStrategyProposesEdgeAggregateSelection: ActorStrategyProposesEdgeAggregateSelection;
  ActorStrategyProposesNodeAggregateSelection: ActorStrategyProposesNodeAggregateSelection;
  ActorStrategyResponsibleForAggregateSelection: ActorStrategyResponsibleForAggregateSelection;
  ActorStrategyResponsibleForEdgeAggregateSelection: ActorStrategyResponsibleForEdgeAggregateSelection;
  ActorStrategyResponsibleForNodeAggregateSelection: ActorStrategyResponsibleForNodeAggregateSelection;
  ActorSupportsConnection: Omit<ActorSupportsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorSupportsRelationship']> };
  ActorSupportsConnectionAggregateInput: ActorSupportsConnectionAggregateInput;
  ActorSupportsConnectionFilters: ActorSupportsConnectionFilters;
  ActorSupportsConnectionSort: ActorSupportsConnectionSort;
  ActorSupportsConnectionWhere: ActorSupportsConnectionWhere;
  ActorSupportsNodeAggregationWhereInput: ActorSupportsNodeAggregationWhereInput;
  ActorSupportsRelationship: Omit<ActorSupportsRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ActorWhere: ActorWhere;
  ActorsConnection: Omit<ActorsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActorEdge']> };
  Agreement: AgreementModel;
  AgreementActorPartiesAggregateSelection: AgreementActorPartiesAggregateSelection;
  AgreementActorPartiesEdgeAggregateSelection: AgreementActorPartiesEdgeAggregateSelection;
  AgreementActorPartiesNodeAggregateSelection: AgreementActorPartiesNodeAggregateSelection;
  AgreementActorResponsibleAggregateSelection: AgreementActorResponsibleAggregateSelection;
  AgreementActorResponsibleEdgeAggregateSelection: AgreementActorResponsibleEdgeAggregateSelection;
  AgreementActorResponsibleNodeAggregateSelection: AgreementActorResponsibleNodeAggregateSelection;
  AgreementAggregate: AgreementAggregate;
  AgreementAggregateNode: AgreementAggregateNode;
  AgreementCoversConnection: Omit<AgreementCoversConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementCoversRelationship']> };
  AgreementCoversConnectionAggregateInput: AgreementCoversConnectionAggregateInput;
  AgreementCoversConnectionFilters: AgreementCoversConnectionFilters;
  AgreementCoversConnectionSort: AgreementCoversConnectionSort;
  AgreementCoversConnectionWhere: AgreementCoversConnectionWhere;
  AgreementCoversNodeAggregationWhereInput: AgreementCoversNodeAggregationWhereInput;
  AgreementCoversRelationship: Omit<AgreementCoversRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  AgreementInput: AgreementInput;
  AgreementLocatedInConnection: Omit<AgreementLocatedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementLocatedInRelationship']> };
  AgreementLocatedInConnectionAggregateInput: AgreementLocatedInConnectionAggregateInput;
  AgreementLocatedInConnectionFilters: AgreementLocatedInConnectionFilters;
  AgreementLocatedInConnectionSort: AgreementLocatedInConnectionSort;
  AgreementLocatedInConnectionWhere: AgreementLocatedInConnectionWhere;
  AgreementLocatedInNodeAggregationWhereInput: AgreementLocatedInNodeAggregationWhereInput;
  AgreementLocatedInRelationship: Omit<AgreementLocatedInRelationship, 'node'> & { node: ResolversParentTypes['Place'] };
  AgreementMentionedInConnection: Omit<AgreementMentionedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementMentionedInRelationship']> };
  AgreementMentionedInConnectionAggregateInput: AgreementMentionedInConnectionAggregateInput;
  AgreementMentionedInConnectionFilters: AgreementMentionedInConnectionFilters;
  AgreementMentionedInConnectionSort: AgreementMentionedInConnectionSort;
  AgreementMentionedInConnectionWhere: AgreementMentionedInConnectionWhere;
  AgreementMentionedInNodeAggregationWhereInput: AgreementMentionedInNodeAggregationWhereInput;
  AgreementMentionedInRelationship: Omit<AgreementMentionedInRelationship, 'node'> & { node: ResolversParentTypes['Source'] };
  AgreementPartiesConnection: Omit<AgreementPartiesConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementPartiesRelationship']> };
  AgreementPartiesConnectionAggregateInput: AgreementPartiesConnectionAggregateInput;
  AgreementPartiesConnectionFilters: AgreementPartiesConnectionFilters;
  AgreementPartiesConnectionSort: AgreementPartiesConnectionSort;
  AgreementPartiesConnectionWhere: AgreementPartiesConnectionWhere;
  AgreementPartiesNodeAggregationWhereInput: AgreementPartiesNodeAggregationWhereInput;
  AgreementPartiesRelationship: Omit<AgreementPartiesRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  AgreementPlaceLocatedInAggregateSelection: AgreementPlaceLocatedInAggregateSelection;
  AgreementPlaceLocatedInEdgeAggregateSelection: AgreementPlaceLocatedInEdgeAggregateSelection;
  AgreementPlaceLocatedInNodeAggregateSelection: AgreementPlaceLocatedInNodeAggregateSelection;
  AgreementRelationshipFilters: AgreementRelationshipFilters;
  AgreementResponsibleConnection: Omit<AgreementResponsibleConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementResponsibleRelationship']> };
  AgreementResponsibleConnectionAggregateInput: AgreementResponsibleConnectionAggregateInput;
  AgreementResponsibleConnectionFilters: AgreementResponsibleConnectionFilters;
  AgreementResponsibleConnectionSort: AgreementResponsibleConnectionSort;
  AgreementResponsibleConnectionWhere: AgreementResponsibleConnectionWhere;
  AgreementResponsibleNodeAggregationWhereInput: AgreementResponsibleNodeAggregationWhereInput;
  AgreementResponsibleRelationship: Omit<AgreementResponsibleRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  AgreementSort: AgreementSort;
  AgreementSourceMentionedInAggregateSelection: AgreementSourceMentionedInAggregateSelection;
  AgreementSourceMentionedInEdgeAggregateSelection: AgreementSourceMentionedInEdgeAggregateSelection;
  AgreementSourceMentionedInNodeAggregateSelection: AgreementSourceMentionedInNodeAggregateSelection;
  AgreementStrategyCoversAggregateSelection: AgreementStrategyCoversAggregateSelection;
  AgreementStrategyCoversEdgeAggregateSelection: AgreementStrategyCoversEdgeAggregateSelection;
  AgreementStrategyCoversNodeAggregateSelection: AgreementStrategyCoversNodeAggregateSelection;
  AgreementWhere: AgreementWhere;
  AgreementsConnection: Omit<AgreementsConnection, 'edges'> & { edges: Array<ResolversParentTypes['AgreementEdge']> };
  Boolean: Scalars['Boolean']['output'];
  BooleanScalarFilters: BooleanScalarFilters;
  Call: CallModel;
  CallAggregate: CallAggregate;
  CallAggregateNode: CallAggregateNode;
  CallBrief: Omit<CallBrief, 'call' | 'check' | 'consortium' | 'suggestions'> & { call: ResolversParentTypes['Call'], check: ResolversParentTypes['ConsortiumCheck'], consortium: Array<ResolversParentTypes['Actor']>, suggestions: Array<ResolversParentTypes['PartnerSuggestion']> };
  CallCallFamilyFamiliesAggregateSelection: CallCallFamilyFamiliesAggregateSelection;
  CallCallFamilyFamiliesNodeAggregateSelection: CallCallFamilyFamiliesNodeAggregateSelection;
  CallEdge: Omit<CallEdge, 'node'> & { node: ResolversParentTypes['Call'] };
  CallFamiliesConnection: Omit<CallFamiliesConnection, 'edges'> & { edges: Array<ResolversParentTypes['CallFamiliesRelationship']> };
  CallFamiliesConnectionAggregateInput: CallFamiliesConnectionAggregateInput;
  CallFamiliesConnectionFilters: CallFamiliesConnectionFilters;
  CallFamiliesConnectionSort: CallFamiliesConnectionSort;
  CallFamiliesConnectionWhere: CallFamiliesConnectionWhere;
  CallFamiliesNodeAggregationWhereInput: CallFamiliesNodeAggregationWhereInput;
  CallFamiliesRelationship: Omit<CallFamiliesRelationship, 'node'> & { node: ResolversParentTypes['CallFamily'] };
  CallFamily: CallFamilyModel;
  CallFamilyAggregate: CallFamilyAggregate;
  CallFamilyAggregateNode: CallFamilyAggregateNode;
  CallFamilyCallCallsAggregateSelection: CallFamilyCallCallsAggregateSelection;
  CallFamilyCallCallsNodeAggregateSelection: CallFamilyCallCallsNodeAggregateSelection;
  CallFamilyCallsConnection: Omit<CallFamilyCallsConnection, 'edges'> & { edges: Array<ResolversParentTypes['CallFamilyCallsRelationship']> };
  CallFamilyCallsConnectionAggregateInput: CallFamilyCallsConnectionAggregateInput;
  CallFamilyCallsConnectionFilters: CallFamilyCallsConnectionFilters;
  CallFamilyCallsConnectionSort: CallFamilyCallsConnectionSort;
  CallFamilyCallsConnectionWhere: CallFamilyCallsConnectionWhere;
  CallFamilyCallsNodeAggregationWhereInput: CallFamilyCallsNodeAggregationWhereInput;
  CallFamilyCallsRelationship: Omit<CallFamilyCallsRelationship, 'node'> & { node: ResolversParentTypes['Call'] };
  CallFamilyEdge: Omit<CallFamilyEdge, 'node'> & { node: ResolversParentTypes['CallFamily'] };
  CallFamilyLevelEnumScalarFilters: CallFamilyLevelEnumScalarFilters;
  CallFamilyProjectProjectsAggregateSelection: CallFamilyProjectProjectsAggregateSelection;
  CallFamilyProjectProjectsNodeAggregateSelection: CallFamilyProjectProjectsNodeAggregateSelection;
  CallFamilyProjectsConnection: Omit<CallFamilyProjectsConnection, 'edges'> & { edges: Array<ResolversParentTypes['CallFamilyProjectsRelationship']> };
  CallFamilyProjectsConnectionAggregateInput: CallFamilyProjectsConnectionAggregateInput;
  CallFamilyProjectsConnectionFilters: CallFamilyProjectsConnectionFilters;
  CallFamilyProjectsConnectionSort: CallFamilyProjectsConnectionSort;
  CallFamilyProjectsConnectionWhere: CallFamilyProjectsConnectionWhere;
  CallFamilyProjectsNodeAggregationWhereInput: CallFamilyProjectsNodeAggregationWhereInput;
  CallFamilyProjectsRelationship: Omit<CallFamilyProjectsRelationship, 'node'> & { node: ResolversParentTypes['Project'] };
  CallFamilyRelationshipFilters: CallFamilyRelationshipFilters;
  CallFamilySort: CallFamilySort;
  CallFamilyWhere: CallFamilyWhere;
  CallFitFactor: Omit<CallFitFactor, 'evidence'> & { evidence: Array<ResolversParentTypes['Project']> };
  CallMentionedInConnection: Omit<CallMentionedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['CallMentionedInRelationship']> };
  CallMentionedInConnectionAggregateInput: CallMentionedInConnectionAggregateInput;
  CallMentionedInConnectionFilters: CallMentionedInConnectionFilters;
  CallMentionedInConnectionSort: CallMentionedInConnectionSort;
  CallMentionedInConnectionWhere: CallMentionedInConnectionWhere;
  CallMentionedInNodeAggregationWhereInput: CallMentionedInNodeAggregationWhereInput;
  CallMentionedInRelationship: Omit<CallMentionedInRelationship, 'node'> & { node: ResolversParentTypes['Source'] };
  CallProjectProjectsAggregateSelection: CallProjectProjectsAggregateSelection;
  CallProjectProjectsNodeAggregateSelection: CallProjectProjectsNodeAggregateSelection;
  CallProjectsConnection: Omit<CallProjectsConnection, 'edges'> & { edges: Array<ResolversParentTypes['CallProjectsRelationship']> };
  CallProjectsConnectionAggregateInput: CallProjectsConnectionAggregateInput;
  CallProjectsConnectionFilters: CallProjectsConnectionFilters;
  CallProjectsConnectionSort: CallProjectsConnectionSort;
  CallProjectsConnectionWhere: CallProjectsConnectionWhere;
  CallProjectsNodeAggregationWhereInput: CallProjectsNodeAggregationWhereInput;
  CallProjectsRelationship: Omit<CallProjectsRelationship, 'node'> & { node: ResolversParentTypes['Project'] };
  CallRelationshipFilters: CallRelationshipFilters;
  CallSort: CallSort;
  CallSourceMentionedInAggregateSelection: CallSourceMentionedInAggregateSelection;
  CallSourceMentionedInEdgeAggregateSelection: CallSourceMentionedInEdgeAggregateSelection;
  CallSourceMentionedInNodeAggregateSelection: CallSourceMentionedInNodeAggregateSelection;
  CallWhere: CallWhere;
  CallsConnection: Omit<CallsConnection, 'edges'> & { edges: Array<ResolversParentTypes['CallEdge']> };
  Change: Change;
  Collaboration: CollaborationModel;
  CollaborationVia: Omit<CollaborationVia, 'evidence'> & { evidence: Array<ResolversParentTypes['Evidence']> };
  Community: Omit<Community, 'centre' | 'members'> & { centre: ResolversParentTypes['Actor'], members: Array<ResolversParentTypes['Actor']> };
  ConfidenceEnumScalarFilters: ConfidenceEnumScalarFilters;
  ConnectionAggregationCountFilterInput: ConnectionAggregationCountFilterInput;
  ConsortiumCheck: Omit<ConsortiumCheck, 'members'> & { members: Array<ResolversParentTypes['Actor']> };
  ConsortiumProposal: Omit<ConsortiumProposal, 'check' | 'members' | 'partners'> & { check: ResolversParentTypes['ConsortiumCheck'], members: Array<ResolversParentTypes['Actor']>, partners: Array<ResolversParentTypes['ProposedPartner']> };
  Count: Count;
  CountConnection: CountConnection;
  Date: Scalars['Date']['output'];
  DateScalarFilters: DateScalarFilters;
  DateTime: Scalars['DateTime']['output'];
  DateTimeAggregateSelection: DateTimeAggregateSelection;
  DateTimeScalarAggregationFilters: DateTimeScalarAggregationFilters;
  DateTimeScalarFilters: DateTimeScalarFilters;
  Evidence: Omit<Evidence, 'source'> & { source: ResolversParentTypes['Source'] };
  Finding: Finding;
  Float: Scalars['Float']['output'];
  FloatAggregateSelection: FloatAggregateSelection;
  FloatScalarAggregationFilters: FloatScalarAggregationFilters;
  FloatScalarFilters: FloatScalarFilters;
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  IDScalarFilters: IdScalarFilters;
  Int: Scalars['Int']['output'];
  IntAggregateSelection: IntAggregateSelection;
  IntScalarAggregationFilters: IntScalarAggregationFilters;
  IntScalarFilters: IntScalarFilters;
  KindCount: KindCount;
  Mention: Mention;
  MentionAggregationWhereInput: MentionAggregationWhereInput;
  MentionSort: MentionSort;
  MentionWhere: MentionWhere;
  Mutation: Record<PropertyKey, never>;
  Network: Omit<Network, 'edges'> & { edges: Array<ResolversParentTypes['NetworkEdge']> };
  NetworkChanges: Omit<NetworkChanges, 'began' | 'ended' | 'entered' | 'left'> & { began: Array<ResolversParentTypes['NetworkEdge']>, ended: Array<ResolversParentTypes['NetworkEdge']>, entered: Array<ResolversParentTypes['Actor']>, left: Array<ResolversParentTypes['Actor']> };
  NetworkEdge: Omit<NetworkEdge, 'evidence'> & { evidence: Array<ResolversParentTypes['Evidence']> };
  NetworkFilter: NetworkFilter;
  NetworkNode: NetworkNode;
  OpenCall: Omit<OpenCall, 'call' | 'factors'> & { call: ResolversParentTypes['Call'], factors: Array<ResolversParentTypes['CallFitFactor']> };
  Opportunity: Omit<Opportunity, 'introducers' | 'projects'> & { introducers: Array<ResolversParentTypes['Actor']>, projects: Array<ResolversParentTypes['Project']> };
  PageInfo: PageInfo;
  Participation: Participation;
  ParticipationAggregationWhereInput: ParticipationAggregationWhereInput;
  ParticipationSort: ParticipationSort;
  ParticipationWhere: ParticipationWhere;
  PartnerSuggestion: SuggestionModel;
  Place: PlaceModel;
  PlaceActorActorsAggregateSelection: PlaceActorActorsAggregateSelection;
  PlaceActorActorsEdgeAggregateSelection: PlaceActorActorsEdgeAggregateSelection;
  PlaceActorActorsNodeAggregateSelection: PlaceActorActorsNodeAggregateSelection;
  PlaceActorsConnection: Omit<PlaceActorsConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceActorsRelationship']> };
  PlaceActorsConnectionAggregateInput: PlaceActorsConnectionAggregateInput;
  PlaceActorsConnectionFilters: PlaceActorsConnectionFilters;
  PlaceActorsConnectionSort: PlaceActorsConnectionSort;
  PlaceActorsConnectionWhere: PlaceActorsConnectionWhere;
  PlaceActorsNodeAggregationWhereInput: PlaceActorsNodeAggregationWhereInput;
  PlaceActorsRelationship: Omit<PlaceActorsRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  PlaceAggregate: PlaceAggregate;
  PlaceAggregateNode: PlaceAggregateNode;
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  PlaceMentionedInConnection: Omit<PlaceMentionedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceMentionedInRelationship']> };
  PlaceMentionedInConnectionAggregateInput: PlaceMentionedInConnectionAggregateInput;
  PlaceMentionedInConnectionFilters: PlaceMentionedInConnectionFilters;
  PlaceMentionedInConnectionSort: PlaceMentionedInConnectionSort;
  PlaceMentionedInConnectionWhere: PlaceMentionedInConnectionWhere;
  PlaceMentionedInNodeAggregationWhereInput: PlaceMentionedInNodeAggregationWhereInput;
  PlaceMentionedInRelationship: Omit<PlaceMentionedInRelationship, 'node'> & { node: ResolversParentTypes['Source'] };
  PlacePartOfConnection: Omit<PlacePartOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlacePartOfRelationship']> };
  PlacePartOfConnectionAggregateInput: PlacePartOfConnectionAggregateInput;
  PlacePartOfConnectionFilters: PlacePartOfConnectionFilters;
  PlacePartOfConnectionSort: PlacePartOfConnectionSort;
  PlacePartOfConnectionWhere: PlacePartOfConnectionWhere;
  PlacePartOfNodeAggregationWhereInput: PlacePartOfNodeAggregationWhereInput;
  PlacePartOfRelationship: Omit<PlacePartOfRelationship, 'node'> & { node: ResolversParentTypes['Place'] };
  PlacePartsConnection: Omit<PlacePartsConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlacePartsRelationship']> };
  PlacePartsConnectionAggregateInput: PlacePartsConnectionAggregateInput;
  PlacePartsConnectionFilters: PlacePartsConnectionFilters;
  PlacePartsConnectionSort: PlacePartsConnectionSort;
  PlacePartsConnectionWhere: PlacePartsConnectionWhere;
  PlacePartsNodeAggregationWhereInput: PlacePartsNodeAggregationWhereInput;
  PlacePartsRelationship: Omit<PlacePartsRelationship, 'node'> & { node: ResolversParentTypes['Place'] };
  PlacePlacePartOfAggregateSelection: PlacePlacePartOfAggregateSelection;
  PlacePlacePartOfEdgeAggregateSelection: PlacePlacePartOfEdgeAggregateSelection;
  PlacePlacePartOfNodeAggregateSelection: PlacePlacePartOfNodeAggregateSelection;
  PlacePlacePartsAggregateSelection: PlacePlacePartsAggregateSelection;
  PlacePlacePartsEdgeAggregateSelection: PlacePlacePartsEdgeAggregateSelection;
  PlacePlacePartsNodeAggregateSelection: PlacePlacePartsNodeAggregateSelection;
  PlaceRelationshipFilters: PlaceRelationshipFilters;
  PlaceSort: PlaceSort;
  PlaceSourceMentionedInAggregateSelection: PlaceSourceMentionedInAggregateSelection;
  PlaceSourceMentionedInEdgeAggregateSelection: PlaceSourceMentionedInEdgeAggregateSelection;
  PlaceSourceMentionedInNodeAggregateSelection: PlaceSourceMentionedInNodeAggregateSelection;
  PlaceWhere: PlaceWhere;
  PlacesConnection: Omit<PlacesConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceEdge']> };
  Project: ProjectModel;
  ProjectActorParticipantsAggregateSelection: ProjectActorParticipantsAggregateSelection;
  ProjectActorParticipantsEdgeAggregateSelection: ProjectActorParticipantsEdgeAggregateSelection;
  ProjectActorParticipantsNodeAggregateSelection: ProjectActorParticipantsNodeAggregateSelection;
  ProjectAggregate: ProjectAggregate;
  ProjectAggregateNode: ProjectAggregateNode;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectLocatedInConnection: Omit<ProjectLocatedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectLocatedInRelationship']> };
  ProjectLocatedInConnectionAggregateInput: ProjectLocatedInConnectionAggregateInput;
  ProjectLocatedInConnectionFilters: ProjectLocatedInConnectionFilters;
  ProjectLocatedInConnectionSort: ProjectLocatedInConnectionSort;
  ProjectLocatedInConnectionWhere: ProjectLocatedInConnectionWhere;
  ProjectLocatedInNodeAggregationWhereInput: ProjectLocatedInNodeAggregationWhereInput;
  ProjectLocatedInRelationship: Omit<ProjectLocatedInRelationship, 'node'> & { node: ResolversParentTypes['Place'] };
  ProjectMentionedInConnection: Omit<ProjectMentionedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectMentionedInRelationship']> };
  ProjectMentionedInConnectionAggregateInput: ProjectMentionedInConnectionAggregateInput;
  ProjectMentionedInConnectionFilters: ProjectMentionedInConnectionFilters;
  ProjectMentionedInConnectionSort: ProjectMentionedInConnectionSort;
  ProjectMentionedInConnectionWhere: ProjectMentionedInConnectionWhere;
  ProjectMentionedInNodeAggregationWhereInput: ProjectMentionedInNodeAggregationWhereInput;
  ProjectMentionedInRelationship: Omit<ProjectMentionedInRelationship, 'node'> & { node: ResolversParentTypes['Source'] };
  ProjectParticipantsConnection: Omit<ProjectParticipantsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectParticipantsRelationship']> };
  ProjectParticipantsConnectionAggregateInput: ProjectParticipantsConnectionAggregateInput;
  ProjectParticipantsConnectionFilters: ProjectParticipantsConnectionFilters;
  ProjectParticipantsConnectionSort: ProjectParticipantsConnectionSort;
  ProjectParticipantsConnectionWhere: ProjectParticipantsConnectionWhere;
  ProjectParticipantsNodeAggregationWhereInput: ProjectParticipantsNodeAggregationWhereInput;
  ProjectParticipantsRelationship: Omit<ProjectParticipantsRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  ProjectPlaceLocatedInAggregateSelection: ProjectPlaceLocatedInAggregateSelection;
  ProjectPlaceLocatedInEdgeAggregateSelection: ProjectPlaceLocatedInEdgeAggregateSelection;
  ProjectPlaceLocatedInNodeAggregateSelection: ProjectPlaceLocatedInNodeAggregateSelection;
  ProjectRelationshipFilters: ProjectRelationshipFilters;
  ProjectSort: ProjectSort;
  ProjectSourceMentionedInAggregateSelection: ProjectSourceMentionedInAggregateSelection;
  ProjectSourceMentionedInEdgeAggregateSelection: ProjectSourceMentionedInEdgeAggregateSelection;
  ProjectSourceMentionedInNodeAggregateSelection: ProjectSourceMentionedInNodeAggregateSelection;
  ProjectWhere: ProjectWhere;
  ProjectsConnection: Omit<ProjectsConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectEdge']> };
  ProposedPartner: ProposedPartnerModel;
  Provenance: Provenance;
  ProvenanceAggregationWhereInput: ProvenanceAggregationWhereInput;
  ProvenanceSort: ProvenanceSort;
  ProvenanceWhere: ProvenanceWhere;
  Query: Record<PropertyKey, never>;
  RankedActor: Omit<RankedActor, 'actor'> & { actor: ResolversParentTypes['Actor'] };
  Relationship: Relationship;
  RelationshipChanges: RelationshipChanges;
  RelationshipInput: RelationshipInput;
  ScoreFactor: Omit<ScoreFactor, 'evidence'> & { evidence: Array<ResolversParentTypes['Project']> };
  SearchHit: SearchHit;
  Source: SourceModel;
  SourceAggregate: SourceAggregate;
  SourceAggregateNode: SourceAggregateNode;
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceInput: SourceInput;
  SourceRelationshipFilters: SourceRelationshipFilters;
  SourceSort: SourceSort;
  SourceWhere: SourceWhere;
  SourcesConnection: Omit<SourcesConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  StatusEnumScalarFilters: StatusEnumScalarFilters;
  StrategiesConnection: Omit<StrategiesConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyEdge']> };
  Strategy: StrategyModel;
  StrategyActorAdoptedByAggregateSelection: StrategyActorAdoptedByAggregateSelection;
  StrategyActorAdoptedByEdgeAggregateSelection: StrategyActorAdoptedByEdgeAggregateSelection;
  StrategyActorAdoptedByNodeAggregateSelection: StrategyActorAdoptedByNodeAggregateSelection;
  StrategyActorCommentedOnByAggregateSelection: StrategyActorCommentedOnByAggregateSelection;
  StrategyActorCommentedOnByEdgeAggregateSelection: StrategyActorCommentedOnByEdgeAggregateSelection;
  StrategyActorCommentedOnByNodeAggregateSelection: StrategyActorCommentedOnByNodeAggregateSelection;
  StrategyActorConcernsAggregateSelection: StrategyActorConcernsAggregateSelection;
  StrategyActorConcernsEdgeAggregateSelection: StrategyActorConcernsEdgeAggregateSelection;
  StrategyActorConcernsNodeAggregateSelection: StrategyActorConcernsNodeAggregateSelection;
  StrategyActorProposedByAggregateSelection: StrategyActorProposedByAggregateSelection;
  StrategyActorProposedByEdgeAggregateSelection: StrategyActorProposedByEdgeAggregateSelection;
  StrategyActorProposedByNodeAggregateSelection: StrategyActorProposedByNodeAggregateSelection;
  StrategyActorResponsibleAggregateSelection: StrategyActorResponsibleAggregateSelection;
  StrategyActorResponsibleEdgeAggregateSelection: StrategyActorResponsibleEdgeAggregateSelection;
  StrategyActorResponsibleNodeAggregateSelection: StrategyActorResponsibleNodeAggregateSelection;
  StrategyAdoptedByConnection: Omit<StrategyAdoptedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyAdoptedByRelationship']> };
  StrategyAdoptedByConnectionAggregateInput: StrategyAdoptedByConnectionAggregateInput;
  StrategyAdoptedByConnectionFilters: StrategyAdoptedByConnectionFilters;
  StrategyAdoptedByConnectionSort: StrategyAdoptedByConnectionSort;
  StrategyAdoptedByConnectionWhere: StrategyAdoptedByConnectionWhere;
  StrategyAdoptedByNodeAggregationWhereInput: StrategyAdoptedByNodeAggregationWhereInput;
  StrategyAdoptedByRelationship: Omit<StrategyAdoptedByRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  StrategyAggregate: StrategyAggregate;
  StrategyAggregateNode: StrategyAggregateNode;
  StrategyAgreementCoveredByAggregateSelection: StrategyAgreementCoveredByAggregateSelection;
  StrategyAgreementCoveredByEdgeAggregateSelection: StrategyAgreementCoveredByEdgeAggregateSelection;
  StrategyAgreementCoveredByNodeAggregateSelection: StrategyAgreementCoveredByNodeAggregateSelection;
  StrategyCommentedOnByConnection: Omit<StrategyCommentedOnByConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyCommentedOnByRelationship']> };
  StrategyCommentedOnByConnectionAggregateInput: StrategyCommentedOnByConnectionAggregateInput;
  StrategyCommentedOnByConnectionFilters: StrategyCommentedOnByConnectionFilters;
  StrategyCommentedOnByConnectionSort: StrategyCommentedOnByConnectionSort;
  StrategyCommentedOnByConnectionWhere: StrategyCommentedOnByConnectionWhere;
  StrategyCommentedOnByNodeAggregationWhereInput: StrategyCommentedOnByNodeAggregationWhereInput;
  StrategyCommentedOnByRelationship: Omit<StrategyCommentedOnByRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  StrategyConcernsConnection: Omit<StrategyConcernsConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyConcernsRelationship']> };
  StrategyConcernsConnectionAggregateInput: StrategyConcernsConnectionAggregateInput;
  StrategyConcernsConnectionFilters: StrategyConcernsConnectionFilters;
  StrategyConcernsConnectionSort: StrategyConcernsConnectionSort;
  StrategyConcernsConnectionWhere: StrategyConcernsConnectionWhere;
  StrategyConcernsNodeAggregationWhereInput: StrategyConcernsNodeAggregationWhereInput;
  StrategyConcernsRelationship: Omit<StrategyConcernsRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  StrategyCoordinatedWithConnection: Omit<StrategyCoordinatedWithConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyCoordinatedWithRelationship']> };
  StrategyCoordinatedWithConnectionAggregateInput: StrategyCoordinatedWithConnectionAggregateInput;
  StrategyCoordinatedWithConnectionFilters: StrategyCoordinatedWithConnectionFilters;
  StrategyCoordinatedWithConnectionSort: StrategyCoordinatedWithConnectionSort;
  StrategyCoordinatedWithConnectionWhere: StrategyCoordinatedWithConnectionWhere;
  StrategyCoordinatedWithNodeAggregationWhereInput: StrategyCoordinatedWithNodeAggregationWhereInput;
  StrategyCoordinatedWithRelationship: Omit<StrategyCoordinatedWithRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  StrategyCoordinatesWithConnection: Omit<StrategyCoordinatesWithConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyCoordinatesWithRelationship']> };
  StrategyCoordinatesWithConnectionAggregateInput: StrategyCoordinatesWithConnectionAggregateInput;
  StrategyCoordinatesWithConnectionFilters: StrategyCoordinatesWithConnectionFilters;
  StrategyCoordinatesWithConnectionSort: StrategyCoordinatesWithConnectionSort;
  StrategyCoordinatesWithConnectionWhere: StrategyCoordinatesWithConnectionWhere;
  StrategyCoordinatesWithNodeAggregationWhereInput: StrategyCoordinatesWithNodeAggregationWhereInput;
  StrategyCoordinatesWithRelationship: Omit<StrategyCoordinatesWithRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  StrategyCoveredByConnection: Omit<StrategyCoveredByConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyCoveredByRelationship']> };
  StrategyCoveredByConnectionAggregateInput: StrategyCoveredByConnectionAggregateInput;
  StrategyCoveredByConnectionFilters: StrategyCoveredByConnectionFilters;
  StrategyCoveredByConnectionSort: StrategyCoveredByConnectionSort;
  StrategyCoveredByConnectionWhere: StrategyCoveredByConnectionWhere;
  StrategyCoveredByNodeAggregationWhereInput: StrategyCoveredByNodeAggregationWhereInput;
  StrategyCoveredByRelationship: Omit<StrategyCoveredByRelationship, 'node'> & { node: ResolversParentTypes['Agreement'] };
  StrategyEdge: Omit<StrategyEdge, 'node'> & { node: ResolversParentTypes['Strategy'] };
  StrategyMentionedInConnection: Omit<StrategyMentionedInConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyMentionedInRelationship']> };
  StrategyMentionedInConnectionAggregateInput: StrategyMentionedInConnectionAggregateInput;
  StrategyMentionedInConnectionFilters: StrategyMentionedInConnectionFilters;
  StrategyMentionedInConnectionSort: StrategyMentionedInConnectionSort;
  StrategyMentionedInConnectionWhere: StrategyMentionedInConnectionWhere;
  StrategyMentionedInNodeAggregationWhereInput: StrategyMentionedInNodeAggregationWhereInput;
  StrategyMentionedInRelationship: Omit<StrategyMentionedInRelationship, 'node'> & { node: ResolversParentTypes['Source'] };
  StrategyPartOfConnection: Omit<StrategyPartOfConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyPartOfRelationship']> };
  StrategyPartOfConnectionAggregateInput: StrategyPartOfConnectionAggregateInput;
  StrategyPartOfConnectionFilters: StrategyPartOfConnectionFilters;
  StrategyPartOfConnectionSort: StrategyPartOfConnectionSort;
  StrategyPartOfConnectionWhere: StrategyPartOfConnectionWhere;
  StrategyPartOfNodeAggregationWhereInput: StrategyPartOfNodeAggregationWhereInput;
  StrategyPartOfRelationship: Omit<StrategyPartOfRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  StrategyPartsConnection: Omit<StrategyPartsConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyPartsRelationship']> };
  StrategyPartsConnectionAggregateInput: StrategyPartsConnectionAggregateInput;
  StrategyPartsConnectionFilters: StrategyPartsConnectionFilters;
  StrategyPartsConnectionSort: StrategyPartsConnectionSort;
  StrategyPartsConnectionWhere: StrategyPartsConnectionWhere;
  StrategyPartsNodeAggregationWhereInput: StrategyPartsNodeAggregationWhereInput;
  StrategyPartsRelationship: Omit<StrategyPartsRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  StrategyProposedByConnection: Omit<StrategyProposedByConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyProposedByRelationship']> };
  StrategyProposedByConnectionAggregateInput: StrategyProposedByConnectionAggregateInput;
  StrategyProposedByConnectionFilters: StrategyProposedByConnectionFilters;
  StrategyProposedByConnectionSort: StrategyProposedByConnectionSort;
  StrategyProposedByConnectionWhere: StrategyProposedByConnectionWhere;
  StrategyProposedByNodeAggregationWhereInput: StrategyProposedByNodeAggregationWhereInput;
  StrategyProposedByRelationship: Omit<StrategyProposedByRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  StrategyRefersToConnection: Omit<StrategyRefersToConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyRefersToRelationship']> };
  StrategyRefersToConnectionAggregateInput: StrategyRefersToConnectionAggregateInput;
  StrategyRefersToConnectionFilters: StrategyRefersToConnectionFilters;
  StrategyRefersToConnectionSort: StrategyRefersToConnectionSort;
  StrategyRefersToConnectionWhere: StrategyRefersToConnectionWhere;
  StrategyRefersToNodeAggregationWhereInput: StrategyRefersToNodeAggregationWhereInput;
  StrategyRefersToRelationship: Omit<StrategyRefersToRelationship, 'node'> & { node: ResolversParentTypes['Strategy'] };
  StrategyRelationshipFilters: StrategyRelationshipFilters;
  StrategyResponsibleConnection: Omit<StrategyResponsibleConnection, 'edges'> & { edges: Array<ResolversParentTypes['StrategyResponsibleRelationship']> };
  StrategyResponsibleConnectionAggregateInput: StrategyResponsibleConnectionAggregateInput;
  StrategyResponsibleConnectionFilters: StrategyResponsibleConnectionFilters;
  StrategyResponsibleConnectionSort: StrategyResponsibleConnectionSort;
  StrategyResponsibleConnectionWhere: StrategyResponsibleConnectionWhere;
  StrategyResponsibleNodeAggregationWhereInput: StrategyResponsibleNodeAggregationWhereInput;
  StrategyResponsibleRelationship: Omit<StrategyResponsibleRelationship, 'node'> & { node: ResolversParentTypes['Actor'] };
  StrategySort: StrategySort;
  StrategySourceMentionedInAggregateSelection: StrategySourceMentionedInAggregateSelection;
  StrategySourceMentionedInEdgeAggregateSelection: StrategySourceMentionedInEdgeAggregateSelection;
  StrategySourceMentionedInNodeAggregateSelection: StrategySourceMentionedInNodeAggregateSelection;
  StrategyStrategyCoordinatedWithAggregateSelection: StrategyStrategyCoordinatedWithAggregateSelection;
  StrategyStrategyCoordinatedWithEdgeAggregateSelection: StrategyStrategyCoordinatedWithEdgeAggregateSelection;
  StrategyStrategyCoordinatedWithNodeAggregateSelection: StrategyStrategyCoordinatedWithNodeAggregateSelection;
  StrategyStrategyCoordinatesWithAggregateSelection: StrategyStrategyCoordinatesWithAggregateSelection;
  StrategyStrategyCoordinatesWithEdgeAggregateSelection: StrategyStrategyCoordinatesWithEdgeAggregateSelection;
  StrategyStrategyCoordinatesWithNodeAggregateSelection: StrategyStrategyCoordinatesWithNodeAggregateSelection;
  StrategyStrategyPartOfAggregateSelection: StrategyStrategyPartOfAggregateSelection;
  StrategyStrategyPartOfEdgeAggregateSelection: StrategyStrategyPartOfEdgeAggregateSelection;
  StrategyStrategyPartOfNodeAggregateSelection: StrategyStrategyPartOfNodeAggregateSelection;
  StrategyStrategyPartsAggregateSelection: StrategyStrategyPartsAggregateSelection;
  StrategyStrategyPartsEdgeAggregateSelection: StrategyStrategyPartsEdgeAggregateSelection;
  StrategyStrategyPartsNodeAggregateSelection: StrategyStrategyPartsNodeAggregateSelection;
  StrategyStrategyRefersToAggregateSelection: StrategyStrategyRefersToAggregateSelection;
  StrategyStrategyRefersToEdgeAggregateSelection: StrategyStrategyRefersToEdgeAggregateSelection;
  StrategyStrategyRefersToNodeAggregateSelection: StrategyStrategyRefersToNodeAggregateSelection;
  StrategyWhere: StrategyWhere;
  String: Scalars['String']['output'];
  StringAggregateSelection: StringAggregateSelection;
  StringListFilters: StringListFilters;
  StringScalarAggregationFilters: StringScalarAggregationFilters;
  StringScalarFilters: StringScalarFilters;
  Truncation: Truncation;
};

export type CollaborationDirectiveArgs = {
  direct?: Scalars['Boolean']['input'];
  shared?: Scalars['Boolean']['input'];
};

export type CollaborationDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = CollaborationDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  adopts?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<ActorAdoptsArgs>>;
  adoptsConnection?: Resolver<ResolversTypes['ActorAdoptsConnection'], ParentType, ContextType, Partial<ActorAdoptsConnectionArgs>>;
  advocatesTo?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorAdvocatesToArgs>>;
  advocatesToConnection?: Resolver<ResolversTypes['ActorAdvocatesToConnection'], ParentType, ContextType, Partial<ActorAdvocatesToConnectionArgs>>;
  aliases?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  collaboratesWith?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorCollaboratesWithArgs>>;
  collaboratesWithConnection?: Resolver<ResolversTypes['ActorCollaboratesWithConnection'], ParentType, ContextType, Partial<ActorCollaboratesWithConnectionArgs>>;
  collaboratesWithIn?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorCollaboratesWithInArgs>>;
  collaboratesWithInConnection?: Resolver<ResolversTypes['ActorCollaboratesWithInConnection'], ParentType, ContextType, Partial<ActorCollaboratesWithInConnectionArgs>>;
  commentsOn?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<ActorCommentsOnArgs>>;
  commentsOnConnection?: Resolver<ResolversTypes['ActorCommentsOnConnection'], ParentType, ContextType, Partial<ActorCommentsOnConnectionArgs>>;
  concernedBy?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<ActorConcernedByArgs>>;
  concernedByConnection?: Resolver<ResolversTypes['ActorConcernedByConnection'], ParentType, ContextType, Partial<ActorConcernedByConnectionArgs>>;
  confidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  consults?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorConsultsArgs>>;
  consultsConnection?: Resolver<ResolversTypes['ActorConsultsConnection'], ParentType, ContextType, Partial<ActorConsultsConnectionArgs>>;
  consultsOn?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<ActorConsultsOnArgs>>;
  consultsOnConnection?: Resolver<ResolversTypes['ActorConsultsOnConnection'], ParentType, ContextType, Partial<ActorConsultsOnConnectionArgs>>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contactPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cordisId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  curated?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  financedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorFinancedByArgs>>;
  financedByConnection?: Resolver<ResolversTypes['ActorFinancedByConnection'], ParentType, ContextType, Partial<ActorFinancedByConnectionArgs>>;
  finances?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorFinancesArgs>>;
  financesConnection?: Resolver<ResolversTypes['ActorFinancesConnection'], ParentType, ContextType, Partial<ActorFinancesConnectionArgs>>;
  foundedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  foundedYearConfidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  founderOf?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorFounderOfArgs>>;
  founderOfConnection?: Resolver<ResolversTypes['ActorFounderOfConnection'], ParentType, ContextType, Partial<ActorFounderOfConnectionArgs>>;
  founders?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorFoundersArgs>>;
  foundersConnection?: Resolver<ResolversTypes['ActorFoundersConnection'], ParentType, ContextType, Partial<ActorFoundersConnectionArgs>>;
  hei2015?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  legalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locatedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<ActorLocatedInArgs>>;
  locatedInConnection?: Resolver<ResolversTypes['ActorLocatedInConnection'], ParentType, ContextType, Partial<ActorLocatedInConnectionArgs>>;
  memberOf?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorMemberOfArgs>>;
  memberOfConnection?: Resolver<ResolversTypes['ActorMemberOfConnection'], ParentType, ContextType, Partial<ActorMemberOfConnectionArgs>>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorMembersArgs>>;
  membersConnection?: Resolver<ResolversTypes['ActorMembersConnection'], ParentType, ContextType, Partial<ActorMembersConnectionArgs>>;
  mentionedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<ActorMentionedInArgs>>;
  mentionedInConnection?: Resolver<ResolversTypes['ActorMentionedInConnection'], ParentType, ContextType, Partial<ActorMentionedInConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorOwnedByArgs>>;
  ownedByConnection?: Resolver<ResolversTypes['ActorOwnedByConnection'], ParentType, ContextType, Partial<ActorOwnedByConnectionArgs>>;
  owns?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorOwnsArgs>>;
  ownsConnection?: Resolver<ResolversTypes['ActorOwnsConnection'], ParentType, ContextType, Partial<ActorOwnsConnectionArgs>>;
  partOf?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorPartOfArgs>>;
  partOfConnection?: Resolver<ResolversTypes['ActorPartOfConnection'], ParentType, ContextType, Partial<ActorPartOfConnectionArgs>>;
  participatesIn?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, Partial<ActorParticipatesInArgs>>;
  participatesInConnection?: Resolver<ResolversTypes['ActorParticipatesInConnection'], ParentType, ContextType, Partial<ActorParticipatesInConnectionArgs>>;
  parts?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorPartsArgs>>;
  partsConnection?: Resolver<ResolversTypes['ActorPartsConnection'], ParentType, ContextType, Partial<ActorPartsConnectionArgs>>;
  partyTo?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType, Partial<ActorPartyToArgs>>;
  partyToConnection?: Resolver<ResolversTypes['ActorPartyToConnection'], ParentType, ContextType, Partial<ActorPartyToConnectionArgs>>;
  proposes?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<ActorProposesArgs>>;
  proposesActors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorProposesActorsArgs>>;
  proposesActorsConnection?: Resolver<ResolversTypes['ActorProposesActorsConnection'], ParentType, ContextType, Partial<ActorProposesActorsConnectionArgs>>;
  proposesConnection?: Resolver<ResolversTypes['ActorProposesConnection'], ParentType, ContextType, Partial<ActorProposesConnectionArgs>>;
  reportsTo?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorReportsToArgs>>;
  reportsToConnection?: Resolver<ResolversTypes['ActorReportsToConnection'], ParentType, ContextType, Partial<ActorReportsToConnectionArgs>>;
  responsibleFor?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<ActorResponsibleForArgs>>;
  responsibleForAgreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType, Partial<ActorResponsibleForAgreementsArgs>>;
  responsibleForAgreementsConnection?: Resolver<ResolversTypes['ActorResponsibleForAgreementsConnection'], ParentType, ContextType, Partial<ActorResponsibleForAgreementsConnectionArgs>>;
  responsibleForConnection?: Resolver<ResolversTypes['ActorResponsibleForConnection'], ParentType, ContextType, Partial<ActorResponsibleForConnectionArgs>>;
  rorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sme?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ActorSupportsArgs>>;
  supportsConnection?: Resolver<ResolversTypes['ActorSupportsConnection'], ParentType, ContextType, Partial<ActorSupportsConnectionArgs>>;
  vatNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  wikidataId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActorActorAdvocatesToAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorAdvocatesToAggregateSelection'] = ResolversParentTypes['ActorActorAdvocatesToAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorAdvocatesToEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorAdvocatesToNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorAdvocatesToEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorAdvocatesToEdgeAggregateSelection'] = ResolversParentTypes['ActorActorAdvocatesToEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorAdvocatesToNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorAdvocatesToNodeAggregateSelection'] = ResolversParentTypes['ActorActorAdvocatesToNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorCollaboratesWithAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorCollaboratesWithAggregateSelection'] = ResolversParentTypes['ActorActorCollaboratesWithAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorCollaboratesWithEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorCollaboratesWithNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorCollaboratesWithEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorCollaboratesWithEdgeAggregateSelection'] = ResolversParentTypes['ActorActorCollaboratesWithEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorCollaboratesWithInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorCollaboratesWithInAggregateSelection'] = ResolversParentTypes['ActorActorCollaboratesWithInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorCollaboratesWithInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorCollaboratesWithInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorCollaboratesWithInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorCollaboratesWithInEdgeAggregateSelection'] = ResolversParentTypes['ActorActorCollaboratesWithInEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorCollaboratesWithInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorCollaboratesWithInNodeAggregateSelection'] = ResolversParentTypes['ActorActorCollaboratesWithInNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorCollaboratesWithNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorCollaboratesWithNodeAggregateSelection'] = ResolversParentTypes['ActorActorCollaboratesWithNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorConsultsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorConsultsAggregateSelection'] = ResolversParentTypes['ActorActorConsultsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorConsultsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorConsultsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorConsultsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorConsultsEdgeAggregateSelection'] = ResolversParentTypes['ActorActorConsultsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorConsultsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorConsultsNodeAggregateSelection'] = ResolversParentTypes['ActorActorConsultsNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorFinancedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFinancedByAggregateSelection'] = ResolversParentTypes['ActorActorFinancedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorFinancedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorFinancedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorFinancedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFinancedByEdgeAggregateSelection'] = ResolversParentTypes['ActorActorFinancedByEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorFinancedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFinancedByNodeAggregateSelection'] = ResolversParentTypes['ActorActorFinancedByNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorFinancesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFinancesAggregateSelection'] = ResolversParentTypes['ActorActorFinancesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorFinancesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorFinancesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorFinancesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFinancesEdgeAggregateSelection'] = ResolversParentTypes['ActorActorFinancesEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorFinancesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFinancesNodeAggregateSelection'] = ResolversParentTypes['ActorActorFinancesNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorFounderOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFounderOfAggregateSelection'] = ResolversParentTypes['ActorActorFounderOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorFounderOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorFounderOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorFounderOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFounderOfEdgeAggregateSelection'] = ResolversParentTypes['ActorActorFounderOfEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorFounderOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFounderOfNodeAggregateSelection'] = ResolversParentTypes['ActorActorFounderOfNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorFoundersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFoundersAggregateSelection'] = ResolversParentTypes['ActorActorFoundersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorFoundersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorFoundersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorFoundersEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFoundersEdgeAggregateSelection'] = ResolversParentTypes['ActorActorFoundersEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorFoundersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorFoundersNodeAggregateSelection'] = ResolversParentTypes['ActorActorFoundersNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorMemberOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorMemberOfAggregateSelection'] = ResolversParentTypes['ActorActorMemberOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorMemberOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorMemberOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorMemberOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorMemberOfEdgeAggregateSelection'] = ResolversParentTypes['ActorActorMemberOfEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorMemberOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorMemberOfNodeAggregateSelection'] = ResolversParentTypes['ActorActorMemberOfNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorMembersAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorMembersAggregateSelection'] = ResolversParentTypes['ActorActorMembersAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorMembersEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorMembersNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorMembersEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorMembersEdgeAggregateSelection'] = ResolversParentTypes['ActorActorMembersEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorMembersNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorMembersNodeAggregateSelection'] = ResolversParentTypes['ActorActorMembersNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorOwnedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorOwnedByAggregateSelection'] = ResolversParentTypes['ActorActorOwnedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorOwnedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorOwnedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorOwnedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorOwnedByEdgeAggregateSelection'] = ResolversParentTypes['ActorActorOwnedByEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorOwnedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorOwnedByNodeAggregateSelection'] = ResolversParentTypes['ActorActorOwnedByNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorOwnsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorOwnsAggregateSelection'] = ResolversParentTypes['ActorActorOwnsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorOwnsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorOwnsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorOwnsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorOwnsEdgeAggregateSelection'] = ResolversParentTypes['ActorActorOwnsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorOwnsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorOwnsNodeAggregateSelection'] = ResolversParentTypes['ActorActorOwnsNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorPartOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorPartOfAggregateSelection'] = ResolversParentTypes['ActorActorPartOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorPartOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorPartOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorPartOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorPartOfEdgeAggregateSelection'] = ResolversParentTypes['ActorActorPartOfEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorPartOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorPartOfNodeAggregateSelection'] = ResolversParentTypes['ActorActorPartOfNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorPartsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorPartsAggregateSelection'] = ResolversParentTypes['ActorActorPartsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorPartsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorPartsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorPartsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorPartsEdgeAggregateSelection'] = ResolversParentTypes['ActorActorPartsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorPartsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorPartsNodeAggregateSelection'] = ResolversParentTypes['ActorActorPartsNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorProposesActorsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorProposesActorsAggregateSelection'] = ResolversParentTypes['ActorActorProposesActorsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorProposesActorsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorProposesActorsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorProposesActorsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorProposesActorsEdgeAggregateSelection'] = ResolversParentTypes['ActorActorProposesActorsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorProposesActorsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorProposesActorsNodeAggregateSelection'] = ResolversParentTypes['ActorActorProposesActorsNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorReportsToAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorReportsToAggregateSelection'] = ResolversParentTypes['ActorActorReportsToAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorReportsToEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorReportsToNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorReportsToEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorReportsToEdgeAggregateSelection'] = ResolversParentTypes['ActorActorReportsToEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorReportsToNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorReportsToNodeAggregateSelection'] = ResolversParentTypes['ActorActorReportsToNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorSupportsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorSupportsAggregateSelection'] = ResolversParentTypes['ActorActorSupportsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorActorSupportsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorActorSupportsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorActorSupportsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorSupportsEdgeAggregateSelection'] = ResolversParentTypes['ActorActorSupportsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorActorSupportsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorActorSupportsNodeAggregateSelection'] = ResolversParentTypes['ActorActorSupportsNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorAdoptsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAdoptsConnection'] = ResolversParentTypes['ActorAdoptsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorStrategyAdoptsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorAdoptsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorAdoptsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAdoptsRelationship'] = ResolversParentTypes['ActorAdoptsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorAdvocatesToConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAdvocatesToConnection'] = ResolversParentTypes['ActorAdvocatesToConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorAdvocatesToAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorAdvocatesToRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorAdvocatesToRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAdvocatesToRelationship'] = ResolversParentTypes['ActorAdvocatesToRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAggregate'] = ResolversParentTypes['ActorAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActorAggregateNode'], ParentType, ContextType>;
};

export type ActorAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAggregateNode'] = ResolversParentTypes['ActorAggregateNode']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorAgreementPartyToAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAgreementPartyToAggregateSelection'] = ResolversParentTypes['ActorAgreementPartyToAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorAgreementPartyToEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorAgreementPartyToNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorAgreementPartyToEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAgreementPartyToEdgeAggregateSelection'] = ResolversParentTypes['ActorAgreementPartyToEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorAgreementPartyToNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAgreementPartyToNodeAggregateSelection'] = ResolversParentTypes['ActorAgreementPartyToNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorAgreementResponsibleForAgreementsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAgreementResponsibleForAgreementsAggregateSelection'] = ResolversParentTypes['ActorAgreementResponsibleForAgreementsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorAgreementResponsibleForAgreementsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorAgreementResponsibleForAgreementsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorAgreementResponsibleForAgreementsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAgreementResponsibleForAgreementsEdgeAggregateSelection'] = ResolversParentTypes['ActorAgreementResponsibleForAgreementsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorAgreementResponsibleForAgreementsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorAgreementResponsibleForAgreementsNodeAggregateSelection'] = ResolversParentTypes['ActorAgreementResponsibleForAgreementsNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorCollaboratesWithConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCollaboratesWithConnection'] = ResolversParentTypes['ActorCollaboratesWithConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorCollaboratesWithAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorCollaboratesWithRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorCollaboratesWithInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCollaboratesWithInConnection'] = ResolversParentTypes['ActorCollaboratesWithInConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorCollaboratesWithInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorCollaboratesWithInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorCollaboratesWithInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCollaboratesWithInRelationship'] = ResolversParentTypes['ActorCollaboratesWithInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorCollaboratesWithRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCollaboratesWithRelationship'] = ResolversParentTypes['ActorCollaboratesWithRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorCommentsOnConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCommentsOnConnection'] = ResolversParentTypes['ActorCommentsOnConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorStrategyCommentsOnAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorCommentsOnRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorCommentsOnRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorCommentsOnRelationship'] = ResolversParentTypes['ActorCommentsOnRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorConcernedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConcernedByConnection'] = ResolversParentTypes['ActorConcernedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorStrategyConcernedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorConcernedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorConcernedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConcernedByRelationship'] = ResolversParentTypes['ActorConcernedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorConsultsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConsultsConnection'] = ResolversParentTypes['ActorConsultsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorConsultsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorConsultsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorConsultsOnConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConsultsOnConnection'] = ResolversParentTypes['ActorConsultsOnConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorStrategyConsultsOnAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorConsultsOnRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorConsultsOnRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConsultsOnRelationship'] = ResolversParentTypes['ActorConsultsOnRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorConsultsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorConsultsRelationship'] = ResolversParentTypes['ActorConsultsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorEdge'] = ResolversParentTypes['ActorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type ActorFinancedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorFinancedByConnection'] = ResolversParentTypes['ActorFinancedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorFinancedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorFinancedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorFinancedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorFinancedByRelationship'] = ResolversParentTypes['ActorFinancedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorFinancesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorFinancesConnection'] = ResolversParentTypes['ActorFinancesConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorFinancesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorFinancesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorFinancesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorFinancesRelationship'] = ResolversParentTypes['ActorFinancesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorFounderOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorFounderOfConnection'] = ResolversParentTypes['ActorFounderOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorFounderOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorFounderOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorFounderOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorFounderOfRelationship'] = ResolversParentTypes['ActorFounderOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorFoundersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorFoundersConnection'] = ResolversParentTypes['ActorFoundersConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorFoundersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorFoundersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorFoundersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorFoundersRelationship'] = ResolversParentTypes['ActorFoundersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorLocatedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorLocatedInConnection'] = ResolversParentTypes['ActorLocatedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorPlaceLocatedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorLocatedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorLocatedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorLocatedInRelationship'] = ResolversParentTypes['ActorLocatedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorMemberOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorMemberOfConnection'] = ResolversParentTypes['ActorMemberOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorMemberOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorMemberOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorMemberOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorMemberOfRelationship'] = ResolversParentTypes['ActorMemberOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorMembersConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorMembersConnection'] = ResolversParentTypes['ActorMembersConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorMembersAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorMembersRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorMembersRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorMembersRelationship'] = ResolversParentTypes['ActorMembersRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorMentionedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorMentionedInConnection'] = ResolversParentTypes['ActorMentionedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorSourceMentionedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorMentionedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorMentionedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorMentionedInRelationship'] = ResolversParentTypes['ActorMentionedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type ActorOwnedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorOwnedByConnection'] = ResolversParentTypes['ActorOwnedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorOwnedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorOwnedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorOwnedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorOwnedByRelationship'] = ResolversParentTypes['ActorOwnedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorOwnsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorOwnsConnection'] = ResolversParentTypes['ActorOwnsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorOwnsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorOwnsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorOwnsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorOwnsRelationship'] = ResolversParentTypes['ActorOwnsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorPartOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPartOfConnection'] = ResolversParentTypes['ActorPartOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorPartOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorPartOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorPartOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPartOfRelationship'] = ResolversParentTypes['ActorPartOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorParticipatesInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorParticipatesInConnection'] = ResolversParentTypes['ActorParticipatesInConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorProjectParticipatesInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorParticipatesInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorParticipatesInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorParticipatesInRelationship'] = ResolversParentTypes['ActorParticipatesInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Participation'], ParentType, ContextType>;
};

export type ActorPartsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPartsConnection'] = ResolversParentTypes['ActorPartsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorPartsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorPartsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorPartsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPartsRelationship'] = ResolversParentTypes['ActorPartsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorPartyToConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPartyToConnection'] = ResolversParentTypes['ActorPartyToConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorAgreementPartyToAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorPartyToRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorPartyToRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPartyToRelationship'] = ResolversParentTypes['ActorPartyToRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorPlaceLocatedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPlaceLocatedInAggregateSelection'] = ResolversParentTypes['ActorPlaceLocatedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorPlaceLocatedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorPlaceLocatedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorPlaceLocatedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPlaceLocatedInEdgeAggregateSelection'] = ResolversParentTypes['ActorPlaceLocatedInEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorPlaceLocatedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorPlaceLocatedInNodeAggregateSelection'] = ResolversParentTypes['ActorPlaceLocatedInNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorProjectParticipatesInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorProjectParticipatesInAggregateSelection'] = ResolversParentTypes['ActorProjectParticipatesInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorProjectParticipatesInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorProjectParticipatesInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorProjectParticipatesInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorProjectParticipatesInEdgeAggregateSelection'] = ResolversParentTypes['ActorProjectParticipatesInEdgeAggregateSelection']> = {
  ecContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  netEcContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type ActorProjectParticipatesInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorProjectParticipatesInNodeAggregateSelection'] = ResolversParentTypes['ActorProjectParticipatesInNodeAggregateSelection']> = {
  acronym?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  call?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ecMaxContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  fundingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rcn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  subCall?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type ActorProposesActorsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorProposesActorsConnection'] = ResolversParentTypes['ActorProposesActorsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorProposesActorsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorProposesActorsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorProposesActorsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorProposesActorsRelationship'] = ResolversParentTypes['ActorProposesActorsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorProposesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorProposesConnection'] = ResolversParentTypes['ActorProposesConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorStrategyProposesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorProposesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorProposesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorProposesRelationship'] = ResolversParentTypes['ActorProposesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorReportsToConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorReportsToConnection'] = ResolversParentTypes['ActorReportsToConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorReportsToAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorReportsToRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorReportsToRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorReportsToRelationship'] = ResolversParentTypes['ActorReportsToRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorResponsibleForAgreementsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorResponsibleForAgreementsConnection'] = ResolversParentTypes['ActorResponsibleForAgreementsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorAgreementResponsibleForAgreementsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorResponsibleForAgreementsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorResponsibleForAgreementsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorResponsibleForAgreementsRelationship'] = ResolversParentTypes['ActorResponsibleForAgreementsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorResponsibleForConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorResponsibleForConnection'] = ResolversParentTypes['ActorResponsibleForConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorStrategyResponsibleForAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorResponsibleForRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorResponsibleForRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorResponsibleForRelationship'] = ResolversParentTypes['ActorResponsibleForRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorSourceMentionedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorSourceMentionedInAggregateSelection'] = ResolversParentTypes['ActorSourceMentionedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorSourceMentionedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorSourceMentionedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorSourceMentionedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorSourceMentionedInEdgeAggregateSelection'] = ResolversParentTypes['ActorSourceMentionedInEdgeAggregateSelection']> = {
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorSourceMentionedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorSourceMentionedInNodeAggregateSelection'] = ResolversParentTypes['ActorSourceMentionedInNodeAggregateSelection']> = {
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyAdoptsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyAdoptsAggregateSelection'] = ResolversParentTypes['ActorStrategyAdoptsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorStrategyAdoptsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorStrategyAdoptsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorStrategyAdoptsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyAdoptsEdgeAggregateSelection'] = ResolversParentTypes['ActorStrategyAdoptsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyAdoptsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyAdoptsNodeAggregateSelection'] = ResolversParentTypes['ActorStrategyAdoptsNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyCommentsOnAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyCommentsOnAggregateSelection'] = ResolversParentTypes['ActorStrategyCommentsOnAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorStrategyCommentsOnEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorStrategyCommentsOnNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorStrategyCommentsOnEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyCommentsOnEdgeAggregateSelection'] = ResolversParentTypes['ActorStrategyCommentsOnEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyCommentsOnNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyCommentsOnNodeAggregateSelection'] = ResolversParentTypes['ActorStrategyCommentsOnNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyConcernedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyConcernedByAggregateSelection'] = ResolversParentTypes['ActorStrategyConcernedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorStrategyConcernedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorStrategyConcernedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorStrategyConcernedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyConcernedByEdgeAggregateSelection'] = ResolversParentTypes['ActorStrategyConcernedByEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyConcernedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyConcernedByNodeAggregateSelection'] = ResolversParentTypes['ActorStrategyConcernedByNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyConsultsOnAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyConsultsOnAggregateSelection'] = ResolversParentTypes['ActorStrategyConsultsOnAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorStrategyConsultsOnEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorStrategyConsultsOnNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorStrategyConsultsOnEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyConsultsOnEdgeAggregateSelection'] = ResolversParentTypes['ActorStrategyConsultsOnEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyConsultsOnNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyConsultsOnNodeAggregateSelection'] = ResolversParentTypes['ActorStrategyConsultsOnNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyProposesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyProposesAggregateSelection'] = ResolversParentTypes['ActorStrategyProposesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorStrategyProposesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorStrategyProposesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorStrategyProposesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyProposesEdgeAggregateSelection'] = ResolversParentTypes['ActorStrategyProposesEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyProposesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyProposesNodeAggregateSelection'] = ResolversParentTypes['ActorStrategyProposesNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyResponsibleForAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyResponsibleForAggregateSelection'] = ResolversParentTypes['ActorStrategyResponsibleForAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ActorStrategyResponsibleForEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActorStrategyResponsibleForNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ActorStrategyResponsibleForEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyResponsibleForEdgeAggregateSelection'] = ResolversParentTypes['ActorStrategyResponsibleForEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorStrategyResponsibleForNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorStrategyResponsibleForNodeAggregateSelection'] = ResolversParentTypes['ActorStrategyResponsibleForNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ActorSupportsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorSupportsConnection'] = ResolversParentTypes['ActorSupportsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorActorSupportsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorSupportsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActorSupportsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorSupportsRelationship'] = ResolversParentTypes['ActorSupportsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ActorsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActorsConnection'] = ResolversParentTypes['ActorsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ActorAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ActorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  covers?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<AgreementCoversArgs>>;
  coversConnection?: Resolver<ResolversTypes['AgreementCoversConnection'], ParentType, ContextType, Partial<AgreementCoversConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locatedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<AgreementLocatedInArgs>>;
  locatedInConnection?: Resolver<ResolversTypes['AgreementLocatedInConnection'], ParentType, ContextType, Partial<AgreementLocatedInConnectionArgs>>;
  mentionedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<AgreementMentionedInArgs>>;
  mentionedInConnection?: Resolver<ResolversTypes['AgreementMentionedInConnection'], ParentType, ContextType, Partial<AgreementMentionedInConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<AgreementPartiesArgs>>;
  partiesConnection?: Resolver<ResolversTypes['AgreementPartiesConnection'], ParentType, ContextType, Partial<AgreementPartiesConnectionArgs>>;
  responsible?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<AgreementResponsibleArgs>>;
  responsibleConnection?: Resolver<ResolversTypes['AgreementResponsibleConnection'], ParentType, ContextType, Partial<AgreementResponsibleConnectionArgs>>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AgreementActorPartiesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementActorPartiesAggregateSelection'] = ResolversParentTypes['AgreementActorPartiesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgreementActorPartiesEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgreementActorPartiesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type AgreementActorPartiesEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementActorPartiesEdgeAggregateSelection'] = ResolversParentTypes['AgreementActorPartiesEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementActorPartiesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementActorPartiesNodeAggregateSelection'] = ResolversParentTypes['AgreementActorPartiesNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementActorResponsibleAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementActorResponsibleAggregateSelection'] = ResolversParentTypes['AgreementActorResponsibleAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgreementActorResponsibleEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgreementActorResponsibleNodeAggregateSelection']>, ParentType, ContextType>;
};

export type AgreementActorResponsibleEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementActorResponsibleEdgeAggregateSelection'] = ResolversParentTypes['AgreementActorResponsibleEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementActorResponsibleNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementActorResponsibleNodeAggregateSelection'] = ResolversParentTypes['AgreementActorResponsibleNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementAggregate'] = ResolversParentTypes['AgreementAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AgreementAggregateNode'], ParentType, ContextType>;
};

export type AgreementAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementAggregateNode'] = ResolversParentTypes['AgreementAggregateNode']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementCoversConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementCoversConnection'] = ResolversParentTypes['AgreementCoversConnection']> = {
  aggregate?: Resolver<ResolversTypes['AgreementStrategyCoversAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementCoversRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementCoversRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementCoversRelationship'] = ResolversParentTypes['AgreementCoversRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export type AgreementLocatedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementLocatedInConnection'] = ResolversParentTypes['AgreementLocatedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['AgreementPlaceLocatedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementLocatedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementLocatedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementLocatedInRelationship'] = ResolversParentTypes['AgreementLocatedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type AgreementMentionedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementMentionedInConnection'] = ResolversParentTypes['AgreementMentionedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['AgreementSourceMentionedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementMentionedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementMentionedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementMentionedInRelationship'] = ResolversParentTypes['AgreementMentionedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type AgreementPartiesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementPartiesConnection'] = ResolversParentTypes['AgreementPartiesConnection']> = {
  aggregate?: Resolver<ResolversTypes['AgreementActorPartiesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementPartiesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementPartiesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementPartiesRelationship'] = ResolversParentTypes['AgreementPartiesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type AgreementPlaceLocatedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementPlaceLocatedInAggregateSelection'] = ResolversParentTypes['AgreementPlaceLocatedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgreementPlaceLocatedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgreementPlaceLocatedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type AgreementPlaceLocatedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementPlaceLocatedInEdgeAggregateSelection'] = ResolversParentTypes['AgreementPlaceLocatedInEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementPlaceLocatedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementPlaceLocatedInNodeAggregateSelection'] = ResolversParentTypes['AgreementPlaceLocatedInNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementResponsibleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementResponsibleConnection'] = ResolversParentTypes['AgreementResponsibleConnection']> = {
  aggregate?: Resolver<ResolversTypes['AgreementActorResponsibleAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementResponsibleRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementResponsibleRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementResponsibleRelationship'] = ResolversParentTypes['AgreementResponsibleRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type AgreementSourceMentionedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementSourceMentionedInAggregateSelection'] = ResolversParentTypes['AgreementSourceMentionedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgreementSourceMentionedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgreementSourceMentionedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type AgreementSourceMentionedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementSourceMentionedInEdgeAggregateSelection'] = ResolversParentTypes['AgreementSourceMentionedInEdgeAggregateSelection']> = {
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementSourceMentionedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementSourceMentionedInNodeAggregateSelection'] = ResolversParentTypes['AgreementSourceMentionedInNodeAggregateSelection']> = {
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementStrategyCoversAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementStrategyCoversAggregateSelection'] = ResolversParentTypes['AgreementStrategyCoversAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['AgreementStrategyCoversEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['AgreementStrategyCoversNodeAggregateSelection']>, ParentType, ContextType>;
};

export type AgreementStrategyCoversEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementStrategyCoversEdgeAggregateSelection'] = ResolversParentTypes['AgreementStrategyCoversEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementStrategyCoversNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementStrategyCoversNodeAggregateSelection'] = ResolversParentTypes['AgreementStrategyCoversNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type AgreementsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgreementsConnection'] = ResolversParentTypes['AgreementsConnection']> = {
  aggregate?: Resolver<ResolversTypes['AgreementAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CallResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Call'] = ResolversParentTypes['Call']> = {
  actionType?: Resolver<Maybe<ResolversTypes['ActionType']>, ParentType, ContextType>;
  budget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  callId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  divisions?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  expectedGrants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  families?: Resolver<Array<ResolversTypes['CallFamily']>, ParentType, ContextType, Partial<CallFamiliesArgs>>;
  familiesConnection?: Resolver<ResolversTypes['CallFamiliesConnection'], ParentType, ContextType, Partial<CallFamiliesConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeen?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  maxContribution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<CallMentionedInArgs>>;
  mentionedInConnection?: Resolver<ResolversTypes['CallMentionedInConnection'], ParentType, ContextType, Partial<CallMentionedInConnectionArgs>>;
  minContribution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  openingDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, Partial<CallProjectsArgs>>;
  projectsConnection?: Resolver<ResolversTypes['CallProjectsConnection'], ParentType, ContextType, Partial<CallProjectsConnectionArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CallAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallAggregate'] = ResolversParentTypes['CallAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CallAggregateNode'], ParentType, ContextType>;
};

export type CallAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallAggregateNode'] = ResolversParentTypes['CallAggregateNode']> = {
  budget?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  callId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  expectedGrants?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  maxContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  minContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CallBriefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallBrief'] = ResolversParentTypes['CallBrief']> = {
  call?: Resolver<ResolversTypes['Call'], ParentType, ContextType>;
  check?: Resolver<ResolversTypes['ConsortiumCheck'], ParentType, ContextType>;
  consortium?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['PartnerSuggestion']>, ParentType, ContextType>;
};

export type CallCallFamilyFamiliesAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallCallFamilyFamiliesAggregateSelection'] = ResolversParentTypes['CallCallFamilyFamiliesAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CallCallFamilyFamiliesNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CallCallFamilyFamiliesNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallCallFamilyFamiliesNodeAggregateSelection'] = ResolversParentTypes['CallCallFamilyFamiliesNodeAggregateSelection']> = {
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CallEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallEdge'] = ResolversParentTypes['CallEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Call'], ParentType, ContextType>;
};

export type CallFamiliesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamiliesConnection'] = ResolversParentTypes['CallFamiliesConnection']> = {
  aggregate?: Resolver<ResolversTypes['CallCallFamilyFamiliesAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CallFamiliesRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CallFamiliesRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamiliesRelationship'] = ResolversParentTypes['CallFamiliesRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CallFamily'], ParentType, ContextType>;
};

export type CallFamilyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamily'] = ResolversParentTypes['CallFamily']> = {
  calls?: Resolver<Array<ResolversTypes['Call']>, ParentType, ContextType, Partial<CallFamilyCallsArgs>>;
  callsConnection?: Resolver<ResolversTypes['CallFamilyCallsConnection'], ParentType, ContextType, Partial<CallFamilyCallsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CallFamilyLevel'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, Partial<CallFamilyProjectsArgs>>;
  projectsConnection?: Resolver<ResolversTypes['CallFamilyProjectsConnection'], ParentType, ContextType, Partial<CallFamilyProjectsConnectionArgs>>;
};

export type CallFamilyAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyAggregate'] = ResolversParentTypes['CallFamilyAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CallFamilyAggregateNode'], ParentType, ContextType>;
};

export type CallFamilyAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyAggregateNode'] = ResolversParentTypes['CallFamilyAggregateNode']> = {
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CallFamilyCallCallsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyCallCallsAggregateSelection'] = ResolversParentTypes['CallFamilyCallCallsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CallFamilyCallCallsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CallFamilyCallCallsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyCallCallsNodeAggregateSelection'] = ResolversParentTypes['CallFamilyCallCallsNodeAggregateSelection']> = {
  budget?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  callId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  expectedGrants?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  lastSeen?: Resolver<ResolversTypes['DateTimeAggregateSelection'], ParentType, ContextType>;
  maxContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  minContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CallFamilyCallsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyCallsConnection'] = ResolversParentTypes['CallFamilyCallsConnection']> = {
  aggregate?: Resolver<ResolversTypes['CallFamilyCallCallsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CallFamilyCallsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CallFamilyCallsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyCallsRelationship'] = ResolversParentTypes['CallFamilyCallsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Call'], ParentType, ContextType>;
};

export type CallFamilyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyEdge'] = ResolversParentTypes['CallFamilyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CallFamily'], ParentType, ContextType>;
};

export type CallFamilyProjectProjectsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyProjectProjectsAggregateSelection'] = ResolversParentTypes['CallFamilyProjectProjectsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CallFamilyProjectProjectsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CallFamilyProjectProjectsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyProjectProjectsNodeAggregateSelection'] = ResolversParentTypes['CallFamilyProjectProjectsNodeAggregateSelection']> = {
  acronym?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  call?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ecMaxContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  fundingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rcn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  subCall?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type CallFamilyProjectsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyProjectsConnection'] = ResolversParentTypes['CallFamilyProjectsConnection']> = {
  aggregate?: Resolver<ResolversTypes['CallFamilyProjectProjectsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CallFamilyProjectsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CallFamilyProjectsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFamilyProjectsRelationship'] = ResolversParentTypes['CallFamilyProjectsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type CallFitFactorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallFitFactor'] = ResolversParentTypes['CallFitFactor']> = {
  evidence?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CallMentionedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallMentionedInConnection'] = ResolversParentTypes['CallMentionedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['CallSourceMentionedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CallMentionedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CallMentionedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallMentionedInRelationship'] = ResolversParentTypes['CallMentionedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type CallProjectProjectsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallProjectProjectsAggregateSelection'] = ResolversParentTypes['CallProjectProjectsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CallProjectProjectsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CallProjectProjectsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallProjectProjectsNodeAggregateSelection'] = ResolversParentTypes['CallProjectProjectsNodeAggregateSelection']> = {
  acronym?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  call?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ecMaxContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  fundingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rcn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  subCall?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type CallProjectsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallProjectsConnection'] = ResolversParentTypes['CallProjectsConnection']> = {
  aggregate?: Resolver<ResolversTypes['CallProjectProjectsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CallProjectsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CallProjectsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallProjectsRelationship'] = ResolversParentTypes['CallProjectsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type CallSourceMentionedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallSourceMentionedInAggregateSelection'] = ResolversParentTypes['CallSourceMentionedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['CallSourceMentionedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['CallSourceMentionedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type CallSourceMentionedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallSourceMentionedInEdgeAggregateSelection'] = ResolversParentTypes['CallSourceMentionedInEdgeAggregateSelection']> = {
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CallSourceMentionedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallSourceMentionedInNodeAggregateSelection'] = ResolversParentTypes['CallSourceMentionedInNodeAggregateSelection']> = {
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type CallsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CallsConnection'] = ResolversParentTypes['CallsConnection']> = {
  aggregate?: Resolver<ResolversTypes['CallAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CallEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  action?: Resolver<ResolversTypes['ChangeAction'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CollaborationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Collaboration'] = ResolversParentTypes['Collaboration']> = {
  partner?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['CollaborationVia']>, ParentType, ContextType>;
};

export type CollaborationViaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollaborationVia'] = ResolversParentTypes['CollaborationVia']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeParts?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  rcn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CommunityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community']> = {
  centre?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, RequireFields<CommunityMembersArgs, 'limit'>>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsortiumCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsortiumCheck'] = ResolversParentTypes['ConsortiumCheck']> = {
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type ConsortiumProposalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsortiumProposal'] = ResolversParentTypes['ConsortiumProposal']> = {
  action?: Resolver<Maybe<ResolversTypes['ActionType']>, ParentType, ContextType>;
  check?: Resolver<ResolversTypes['ConsortiumCheck'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['ProposedPartner']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sizeReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unmetNeeds?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = {
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CountConnection'] = ResolversParentTypes['CountConnection']> = {
  edges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DateTimeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DateTimeAggregateSelection'] = ResolversParentTypes['DateTimeAggregateSelection']> = {
  max?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type FindingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fix?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
};

export type FloatAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FloatAggregateSelection'] = ResolversParentTypes['FloatAggregateSelection']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actorsByKind?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  agreements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  strategies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IntAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['IntAggregateSelection'] = ResolversParentTypes['IntAggregateSelection']> = {
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationAddRelationshipArgs, 'input'>>;
  deleteNode?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationDeleteNodeArgs, 'id'>>;
  deleteRelationship?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationDeleteRelationshipArgs, 'id'>>;
  restoreNode?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationRestoreNodeArgs, 'id'>>;
  restoreRelationship?: Resolver<ResolversTypes['Change'], ParentType, ContextType, RequireFields<MutationRestoreRelationshipArgs, 'id'>>;
  updateActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpdateActorArgs, 'id' | 'input'>>;
  updateRelationship?: Resolver<ResolversTypes['Relationship'], ParentType, ContextType, RequireFields<MutationUpdateRelationshipArgs, 'id' | 'input'>>;
  upsertActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationUpsertActorArgs, 'id' | 'input'>>;
  upsertAgreement?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType, RequireFields<MutationUpsertAgreementArgs, 'id' | 'input'>>;
  upsertSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType, RequireFields<MutationUpsertSourceArgs, 'id' | 'input'>>;
};

export type NetworkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Truncation'], ParentType, ContextType>;
};

export type NetworkChangesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkChanges'] = ResolversParentTypes['NetworkChanges']> = {
  began?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  ended?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  entered?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  left?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
};

export type NetworkEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type NetworkNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = {
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OpenCallResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpenCall'] = ResolversParentTypes['OpenCall']> = {
  call?: Resolver<ResolversTypes['Call'], ParentType, ContextType>;
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['CallFitFactor']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OpportunityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity']> = {
  introducers?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  confidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  ecContribution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  endOfParticipation?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  netEcContribution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PartnerSuggestionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartnerSuggestion'] = ResolversParentTypes['PartnerSuggestion']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['ScoreFactor']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  warmPath?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<PlaceActorsArgs>>;
  actorsConnection?: Resolver<ResolversTypes['PlaceActorsConnection'], ParentType, ContextType, Partial<PlaceActorsConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<PlaceMentionedInArgs>>;
  mentionedInConnection?: Resolver<ResolversTypes['PlaceMentionedInConnection'], ParentType, ContextType, Partial<PlaceMentionedInConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<PlacePartOfArgs>>;
  partOfConnection?: Resolver<ResolversTypes['PlacePartOfConnection'], ParentType, ContextType, Partial<PlacePartOfConnectionArgs>>;
  parts?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<PlacePartsArgs>>;
  partsConnection?: Resolver<ResolversTypes['PlacePartsConnection'], ParentType, ContextType, Partial<PlacePartsConnectionArgs>>;
};

export type PlaceActorActorsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceActorActorsAggregateSelection'] = ResolversParentTypes['PlaceActorActorsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PlaceActorActorsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PlaceActorActorsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PlaceActorActorsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceActorActorsEdgeAggregateSelection'] = ResolversParentTypes['PlaceActorActorsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PlaceActorActorsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceActorActorsNodeAggregateSelection'] = ResolversParentTypes['PlaceActorActorsNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PlaceActorsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceActorsConnection'] = ResolversParentTypes['PlaceActorsConnection']> = {
  aggregate?: Resolver<ResolversTypes['PlaceActorActorsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlaceActorsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceActorsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceActorsRelationship'] = ResolversParentTypes['PlaceActorsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type PlaceAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceAggregate'] = ResolversParentTypes['PlaceAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlaceAggregateNode'], ParentType, ContextType>;
};

export type PlaceAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceAggregateNode'] = ResolversParentTypes['PlaceAggregateNode']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PlaceMentionedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceMentionedInConnection'] = ResolversParentTypes['PlaceMentionedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['PlaceSourceMentionedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlaceMentionedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceMentionedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceMentionedInRelationship'] = ResolversParentTypes['PlaceMentionedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type PlacePartOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePartOfConnection'] = ResolversParentTypes['PlacePartOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['PlacePlacePartOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlacePartOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlacePartOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePartOfRelationship'] = ResolversParentTypes['PlacePartOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type PlacePartsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePartsConnection'] = ResolversParentTypes['PlacePartsConnection']> = {
  aggregate?: Resolver<ResolversTypes['PlacePlacePartsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlacePartsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlacePartsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePartsRelationship'] = ResolversParentTypes['PlacePartsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type PlacePlacePartOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePlacePartOfAggregateSelection'] = ResolversParentTypes['PlacePlacePartOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PlacePlacePartOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PlacePlacePartOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PlacePlacePartOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePlacePartOfEdgeAggregateSelection'] = ResolversParentTypes['PlacePlacePartOfEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PlacePlacePartOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePlacePartOfNodeAggregateSelection'] = ResolversParentTypes['PlacePlacePartOfNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PlacePlacePartsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePlacePartsAggregateSelection'] = ResolversParentTypes['PlacePlacePartsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PlacePlacePartsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PlacePlacePartsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PlacePlacePartsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePlacePartsEdgeAggregateSelection'] = ResolversParentTypes['PlacePlacePartsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PlacePlacePartsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePlacePartsNodeAggregateSelection'] = ResolversParentTypes['PlacePlacePartsNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PlaceSourceMentionedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceSourceMentionedInAggregateSelection'] = ResolversParentTypes['PlaceSourceMentionedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['PlaceSourceMentionedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['PlaceSourceMentionedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type PlaceSourceMentionedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceSourceMentionedInEdgeAggregateSelection'] = ResolversParentTypes['PlaceSourceMentionedInEdgeAggregateSelection']> = {
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PlaceSourceMentionedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceSourceMentionedInNodeAggregateSelection'] = ResolversParentTypes['PlaceSourceMentionedInNodeAggregateSelection']> = {
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type PlacesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacesConnection'] = ResolversParentTypes['PlacesConnection']> = {
  aggregate?: Resolver<ResolversTypes['PlaceAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  call?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  cordisId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ecMaxContribution?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fundingScheme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locatedIn?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<ProjectLocatedInArgs>>;
  locatedInConnection?: Resolver<ResolversTypes['ProjectLocatedInConnection'], ParentType, ContextType, Partial<ProjectLocatedInConnectionArgs>>;
  mentionedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<ProjectMentionedInArgs>>;
  mentionedInConnection?: Resolver<ResolversTypes['ProjectMentionedInConnection'], ParentType, ContextType, Partial<ProjectMentionedInConnectionArgs>>;
  objective?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<ProjectParticipantsArgs>>;
  participantsConnection?: Resolver<ResolversTypes['ProjectParticipantsConnection'], ParentType, ContextType, Partial<ProjectParticipantsConnectionArgs>>;
  programme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programmeParts?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  rcn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceLacks?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subCall?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topics?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  totalCost?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ProjectActorParticipantsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectActorParticipantsAggregateSelection'] = ResolversParentTypes['ProjectActorParticipantsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ProjectActorParticipantsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ProjectActorParticipantsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ProjectActorParticipantsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectActorParticipantsEdgeAggregateSelection'] = ResolversParentTypes['ProjectActorParticipantsEdgeAggregateSelection']> = {
  ecContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  netEcContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type ProjectActorParticipantsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectActorParticipantsNodeAggregateSelection'] = ResolversParentTypes['ProjectActorParticipantsNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ProjectAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectAggregate'] = ResolversParentTypes['ProjectAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectAggregateNode'], ParentType, ContextType>;
};

export type ProjectAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectAggregateNode'] = ResolversParentTypes['ProjectAggregateNode']> = {
  acronym?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  call?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  ecMaxContribution?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
  fundingScheme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rcn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  subCall?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['FloatAggregateSelection'], ParentType, ContextType>;
};

export type ProjectEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
};

export type ProjectLocatedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectLocatedInConnection'] = ResolversParentTypes['ProjectLocatedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['ProjectPlaceLocatedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ProjectLocatedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectLocatedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectLocatedInRelationship'] = ResolversParentTypes['ProjectLocatedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ProjectMentionedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectMentionedInConnection'] = ResolversParentTypes['ProjectMentionedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['ProjectSourceMentionedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ProjectMentionedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectMentionedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectMentionedInRelationship'] = ResolversParentTypes['ProjectMentionedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type ProjectParticipantsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectParticipantsConnection'] = ResolversParentTypes['ProjectParticipantsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ProjectActorParticipantsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ProjectParticipantsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProjectParticipantsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectParticipantsRelationship'] = ResolversParentTypes['ProjectParticipantsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Participation'], ParentType, ContextType>;
};

export type ProjectPlaceLocatedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectPlaceLocatedInAggregateSelection'] = ResolversParentTypes['ProjectPlaceLocatedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ProjectPlaceLocatedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ProjectPlaceLocatedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ProjectPlaceLocatedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectPlaceLocatedInEdgeAggregateSelection'] = ResolversParentTypes['ProjectPlaceLocatedInEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ProjectPlaceLocatedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectPlaceLocatedInNodeAggregateSelection'] = ResolversParentTypes['ProjectPlaceLocatedInNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ProjectSourceMentionedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectSourceMentionedInAggregateSelection'] = ResolversParentTypes['ProjectSourceMentionedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['ProjectSourceMentionedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ProjectSourceMentionedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type ProjectSourceMentionedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectSourceMentionedInEdgeAggregateSelection'] = ResolversParentTypes['ProjectSourceMentionedInEdgeAggregateSelection']> = {
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ProjectSourceMentionedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectSourceMentionedInNodeAggregateSelection'] = ResolversParentTypes['ProjectSourceMentionedInNodeAggregateSelection']> = {
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type ProjectsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProjectsConnection'] = ResolversParentTypes['ProjectsConnection']> = {
  aggregate?: Resolver<ResolversTypes['ProjectAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProposedPartnerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedPartner'] = ResolversParentTypes['ProposedPartner']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  alternatives?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  need?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  needCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  warmPath?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  citedSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<QueryActorsArgs>>;
  actorsConnection?: Resolver<ResolversTypes['ActorsConnection'], ParentType, ContextType, Partial<QueryActorsConnectionArgs>>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType, Partial<QueryAgreementsArgs>>;
  agreementsConnection?: Resolver<ResolversTypes['AgreementsConnection'], ParentType, ContextType, Partial<QueryAgreementsConnectionArgs>>;
  callBrief?: Resolver<ResolversTypes['CallBrief'], ParentType, ContextType, RequireFields<QueryCallBriefArgs, 'call' | 'consortium' | 'lang' | 'limit'>>;
  callFamilies?: Resolver<Array<ResolversTypes['CallFamily']>, ParentType, ContextType, Partial<QueryCallFamiliesArgs>>;
  callFamiliesConnection?: Resolver<ResolversTypes['CallFamiliesConnection'], ParentType, ContextType, Partial<QueryCallFamiliesConnectionArgs>>;
  calls?: Resolver<Array<ResolversTypes['Call']>, ParentType, ContextType, Partial<QueryCallsArgs>>;
  callsConnection?: Resolver<ResolversTypes['CallsConnection'], ParentType, ContextType, Partial<QueryCallsConnectionArgs>>;
  centrality?: Resolver<Array<ResolversTypes['RankedActor']>, ParentType, ContextType, RequireFields<QueryCentralityArgs, 'limit' | 'measure'>>;
  changes?: Resolver<ResolversTypes['NetworkChanges'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'from' | 'limit' | 'to'>>;
  collaborators?: Resolver<Array<ResolversTypes['Collaboration']>, ParentType, ContextType, RequireFields<QueryCollaboratorsArgs, 'id' | 'limit'>>;
  communities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType, RequireFields<QueryCommunitiesArgs, 'limit'>>;
  consortiumCheck?: Resolver<ResolversTypes['ConsortiumCheck'], ParentType, ContextType, RequireFields<QueryConsortiumCheckArgs, 'consortium' | 'lang'>>;
  draftRelationships?: Resolver<Array<ResolversTypes['Relationship']>, ParentType, ContextType, RequireFields<QueryDraftRelationshipsArgs, 'limit'>>;
  history?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'id' | 'limit'>>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'depth' | 'ids' | 'limit'>>;
  openCalls?: Resolver<Array<ResolversTypes['OpenCall']>, ParentType, ContextType, RequireFields<QueryOpenCallsArgs, 'actor' | 'lang' | 'limit'>>;
  opportunities?: Resolver<Array<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<QueryOpportunitiesArgs, 'id' | 'lang' | 'limit'>>;
  partnerSuggestions?: Resolver<Array<ResolversTypes['PartnerSuggestion']>, ParentType, ContextType, RequireFields<QueryPartnerSuggestionsArgs, 'consortium' | 'lang' | 'limit' | 'topic'>>;
  paths?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'limit' | 'maxHops' | 'to'>>;
  places?: Resolver<Array<ResolversTypes['Place']>, ParentType, ContextType, Partial<QueryPlacesArgs>>;
  placesConnection?: Resolver<ResolversTypes['PlacesConnection'], ParentType, ContextType, Partial<QueryPlacesConnectionArgs>>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType, Partial<QueryProjectsArgs>>;
  projectsConnection?: Resolver<ResolversTypes['ProjectsConnection'], ParentType, ContextType, Partial<QueryProjectsConnectionArgs>>;
  proposeConsortium?: Resolver<ResolversTypes['ConsortiumProposal'], ParentType, ContextType, RequireFields<QueryProposeConsortiumArgs, 'consortium' | 'lang'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<QuerySourcesArgs>>;
  sourcesConnection?: Resolver<ResolversTypes['SourcesConnection'], ParentType, ContextType, Partial<QuerySourcesConnectionArgs>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  strategies?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<QueryStrategiesArgs>>;
  strategiesConnection?: Resolver<ResolversTypes['StrategiesConnection'], ParentType, ContextType, Partial<QueryStrategiesConnectionArgs>>;
};

export type RankedActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RankedActor'] = ResolversParentTypes['RankedActor']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Relationship'] = ResolversParentTypes['Relationship']> = {
  citedSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Confidence']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  draft?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ScoreFactorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ScoreFactor'] = ResolversParentTypes['ScoreFactor']> = {
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  attribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceAggregate'] = ResolversParentTypes['SourceAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SourceAggregateNode'], ParentType, ContextType>;
};

export type SourceAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceAggregateNode'] = ResolversParentTypes['SourceAggregateNode']> = {
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourcesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourcesConnection'] = ResolversParentTypes['SourcesConnection']> = {
  aggregate?: Resolver<ResolversTypes['SourceAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategiesConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategiesConnection'] = ResolversParentTypes['StrategiesConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyAggregate'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Strategy'] = ResolversParentTypes['Strategy']> = {
  adoptedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<StrategyAdoptedByArgs>>;
  adoptedByConnection?: Resolver<ResolversTypes['StrategyAdoptedByConnection'], ParentType, ContextType, Partial<StrategyAdoptedByConnectionArgs>>;
  commentedOnBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<StrategyCommentedOnByArgs>>;
  commentedOnByConnection?: Resolver<ResolversTypes['StrategyCommentedOnByConnection'], ParentType, ContextType, Partial<StrategyCommentedOnByConnectionArgs>>;
  concerns?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<StrategyConcernsArgs>>;
  concernsConnection?: Resolver<ResolversTypes['StrategyConcernsConnection'], ParentType, ContextType, Partial<StrategyConcernsConnectionArgs>>;
  coordinatedWith?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<StrategyCoordinatedWithArgs>>;
  coordinatedWithConnection?: Resolver<ResolversTypes['StrategyCoordinatedWithConnection'], ParentType, ContextType, Partial<StrategyCoordinatedWithConnectionArgs>>;
  coordinatesWith?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<StrategyCoordinatesWithArgs>>;
  coordinatesWithConnection?: Resolver<ResolversTypes['StrategyCoordinatesWithConnection'], ParentType, ContextType, Partial<StrategyCoordinatesWithConnectionArgs>>;
  coveredBy?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType, Partial<StrategyCoveredByArgs>>;
  coveredByConnection?: Resolver<ResolversTypes['StrategyCoveredByConnection'], ParentType, ContextType, Partial<StrategyCoveredByConnectionArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentionedIn?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType, Partial<StrategyMentionedInArgs>>;
  mentionedInConnection?: Resolver<ResolversTypes['StrategyMentionedInConnection'], ParentType, ContextType, Partial<StrategyMentionedInConnectionArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<StrategyPartOfArgs>>;
  partOfConnection?: Resolver<ResolversTypes['StrategyPartOfConnection'], ParentType, ContextType, Partial<StrategyPartOfConnectionArgs>>;
  parts?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<StrategyPartsArgs>>;
  partsConnection?: Resolver<ResolversTypes['StrategyPartsConnection'], ParentType, ContextType, Partial<StrategyPartsConnectionArgs>>;
  proposedBy?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<StrategyProposedByArgs>>;
  proposedByConnection?: Resolver<ResolversTypes['StrategyProposedByConnection'], ParentType, ContextType, Partial<StrategyProposedByConnectionArgs>>;
  refersTo?: Resolver<Array<ResolversTypes['Strategy']>, ParentType, ContextType, Partial<StrategyRefersToArgs>>;
  refersToConnection?: Resolver<ResolversTypes['StrategyRefersToConnection'], ParentType, ContextType, Partial<StrategyRefersToConnectionArgs>>;
  responsible?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType, Partial<StrategyResponsibleArgs>>;
  responsibleConnection?: Resolver<ResolversTypes['StrategyResponsibleConnection'], ParentType, ContextType, Partial<StrategyResponsibleConnectionArgs>>;
  status?: Resolver<Maybe<ResolversTypes['Status']>, ParentType, ContextType>;
};

export type StrategyActorAdoptedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorAdoptedByAggregateSelection'] = ResolversParentTypes['StrategyActorAdoptedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyActorAdoptedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyActorAdoptedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyActorAdoptedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorAdoptedByEdgeAggregateSelection'] = ResolversParentTypes['StrategyActorAdoptedByEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyActorAdoptedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorAdoptedByNodeAggregateSelection'] = ResolversParentTypes['StrategyActorAdoptedByNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyActorCommentedOnByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorCommentedOnByAggregateSelection'] = ResolversParentTypes['StrategyActorCommentedOnByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyActorCommentedOnByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyActorCommentedOnByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyActorCommentedOnByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorCommentedOnByEdgeAggregateSelection'] = ResolversParentTypes['StrategyActorCommentedOnByEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyActorCommentedOnByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorCommentedOnByNodeAggregateSelection'] = ResolversParentTypes['StrategyActorCommentedOnByNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyActorConcernsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorConcernsAggregateSelection'] = ResolversParentTypes['StrategyActorConcernsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyActorConcernsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyActorConcernsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyActorConcernsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorConcernsEdgeAggregateSelection'] = ResolversParentTypes['StrategyActorConcernsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyActorConcernsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorConcernsNodeAggregateSelection'] = ResolversParentTypes['StrategyActorConcernsNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyActorProposedByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorProposedByAggregateSelection'] = ResolversParentTypes['StrategyActorProposedByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyActorProposedByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyActorProposedByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyActorProposedByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorProposedByEdgeAggregateSelection'] = ResolversParentTypes['StrategyActorProposedByEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyActorProposedByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorProposedByNodeAggregateSelection'] = ResolversParentTypes['StrategyActorProposedByNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyActorResponsibleAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorResponsibleAggregateSelection'] = ResolversParentTypes['StrategyActorResponsibleAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyActorResponsibleEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyActorResponsibleNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyActorResponsibleEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorResponsibleEdgeAggregateSelection'] = ResolversParentTypes['StrategyActorResponsibleEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyActorResponsibleNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyActorResponsibleNodeAggregateSelection'] = ResolversParentTypes['StrategyActorResponsibleNodeAggregateSelection']> = {
  city?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactEmail?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  contactPhone?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  cordisId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  foundedYear?: Resolver<ResolversTypes['IntAggregateSelection'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  rorId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  vatNumber?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  website?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  wikidataId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyAdoptedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyAdoptedByConnection'] = ResolversParentTypes['StrategyAdoptedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyActorAdoptedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyAdoptedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyAdoptedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyAdoptedByRelationship'] = ResolversParentTypes['StrategyAdoptedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyAggregateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyAggregate'] = ResolversParentTypes['StrategyAggregate']> = {
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StrategyAggregateNode'], ParentType, ContextType>;
};

export type StrategyAggregateNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyAggregateNode'] = ResolversParentTypes['StrategyAggregateNode']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyAgreementCoveredByAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyAgreementCoveredByAggregateSelection'] = ResolversParentTypes['StrategyAgreementCoveredByAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyAgreementCoveredByEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyAgreementCoveredByNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyAgreementCoveredByEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyAgreementCoveredByEdgeAggregateSelection'] = ResolversParentTypes['StrategyAgreementCoveredByEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyAgreementCoveredByNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyAgreementCoveredByNodeAggregateSelection'] = ResolversParentTypes['StrategyAgreementCoveredByNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyCommentedOnByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyCommentedOnByConnection'] = ResolversParentTypes['StrategyCommentedOnByConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyActorCommentedOnByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyCommentedOnByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyCommentedOnByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyCommentedOnByRelationship'] = ResolversParentTypes['StrategyCommentedOnByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyConcernsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyConcernsConnection'] = ResolversParentTypes['StrategyConcernsConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyActorConcernsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyConcernsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyConcernsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyConcernsRelationship'] = ResolversParentTypes['StrategyConcernsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyCoordinatedWithConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyCoordinatedWithConnection'] = ResolversParentTypes['StrategyCoordinatedWithConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyStrategyCoordinatedWithAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyCoordinatedWithRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyCoordinatedWithRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyCoordinatedWithRelationship'] = ResolversParentTypes['StrategyCoordinatedWithRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyCoordinatesWithConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyCoordinatesWithConnection'] = ResolversParentTypes['StrategyCoordinatesWithConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyStrategyCoordinatesWithAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyCoordinatesWithRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyCoordinatesWithRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyCoordinatesWithRelationship'] = ResolversParentTypes['StrategyCoordinatesWithRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyCoveredByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyCoveredByConnection'] = ResolversParentTypes['StrategyCoveredByConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyAgreementCoveredByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyCoveredByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyCoveredByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyCoveredByRelationship'] = ResolversParentTypes['StrategyCoveredByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyEdge'] = ResolversParentTypes['StrategyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
};

export type StrategyMentionedInConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyMentionedInConnection'] = ResolversParentTypes['StrategyMentionedInConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategySourceMentionedInAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyMentionedInRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyMentionedInRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyMentionedInRelationship'] = ResolversParentTypes['StrategyMentionedInRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Mention'], ParentType, ContextType>;
};

export type StrategyPartOfConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyPartOfConnection'] = ResolversParentTypes['StrategyPartOfConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyStrategyPartOfAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyPartOfRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyPartOfRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyPartOfRelationship'] = ResolversParentTypes['StrategyPartOfRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyPartsConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyPartsConnection'] = ResolversParentTypes['StrategyPartsConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyStrategyPartsAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyPartsRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyPartsRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyPartsRelationship'] = ResolversParentTypes['StrategyPartsRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyProposedByConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyProposedByConnection'] = ResolversParentTypes['StrategyProposedByConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyActorProposedByAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyProposedByRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyProposedByRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyProposedByRelationship'] = ResolversParentTypes['StrategyProposedByRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyRefersToConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyRefersToConnection'] = ResolversParentTypes['StrategyRefersToConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyStrategyRefersToAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyRefersToRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyRefersToRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyRefersToRelationship'] = ResolversParentTypes['StrategyRefersToRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Strategy'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategyResponsibleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyResponsibleConnection'] = ResolversParentTypes['StrategyResponsibleConnection']> = {
  aggregate?: Resolver<ResolversTypes['StrategyActorResponsibleAggregateSelection'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['StrategyResponsibleRelationship']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StrategyResponsibleRelationshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyResponsibleRelationship'] = ResolversParentTypes['StrategyResponsibleRelationship']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type StrategySourceMentionedInAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategySourceMentionedInAggregateSelection'] = ResolversParentTypes['StrategySourceMentionedInAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategySourceMentionedInEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategySourceMentionedInNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategySourceMentionedInEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategySourceMentionedInEdgeAggregateSelection'] = ResolversParentTypes['StrategySourceMentionedInEdgeAggregateSelection']> = {
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategySourceMentionedInNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategySourceMentionedInNodeAggregateSelection'] = ResolversParentTypes['StrategySourceMentionedInNodeAggregateSelection']> = {
  attribution?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  licence?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyCoordinatedWithAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyCoordinatedWithAggregateSelection'] = ResolversParentTypes['StrategyStrategyCoordinatedWithAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyStrategyCoordinatedWithEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyStrategyCoordinatedWithNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyStrategyCoordinatedWithEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyCoordinatedWithEdgeAggregateSelection'] = ResolversParentTypes['StrategyStrategyCoordinatedWithEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyCoordinatedWithNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyCoordinatedWithNodeAggregateSelection'] = ResolversParentTypes['StrategyStrategyCoordinatedWithNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyCoordinatesWithAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyCoordinatesWithAggregateSelection'] = ResolversParentTypes['StrategyStrategyCoordinatesWithAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyStrategyCoordinatesWithEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyStrategyCoordinatesWithNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyStrategyCoordinatesWithEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyCoordinatesWithEdgeAggregateSelection'] = ResolversParentTypes['StrategyStrategyCoordinatesWithEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyCoordinatesWithNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyCoordinatesWithNodeAggregateSelection'] = ResolversParentTypes['StrategyStrategyCoordinatesWithNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyPartOfAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyPartOfAggregateSelection'] = ResolversParentTypes['StrategyStrategyPartOfAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyStrategyPartOfEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyStrategyPartOfNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyStrategyPartOfEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyPartOfEdgeAggregateSelection'] = ResolversParentTypes['StrategyStrategyPartOfEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyPartOfNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyPartOfNodeAggregateSelection'] = ResolversParentTypes['StrategyStrategyPartOfNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyPartsAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyPartsAggregateSelection'] = ResolversParentTypes['StrategyStrategyPartsAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyStrategyPartsEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyStrategyPartsNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyStrategyPartsEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyPartsEdgeAggregateSelection'] = ResolversParentTypes['StrategyStrategyPartsEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyPartsNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyPartsNodeAggregateSelection'] = ResolversParentTypes['StrategyStrategyPartsNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyRefersToAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyRefersToAggregateSelection'] = ResolversParentTypes['StrategyStrategyRefersToAggregateSelection']> = {
  count?: Resolver<ResolversTypes['CountConnection'], ParentType, ContextType>;
  edge?: Resolver<Maybe<ResolversTypes['StrategyStrategyRefersToEdgeAggregateSelection']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['StrategyStrategyRefersToNodeAggregateSelection']>, ParentType, ContextType>;
};

export type StrategyStrategyRefersToEdgeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyRefersToEdgeAggregateSelection'] = ResolversParentTypes['StrategyStrategyRefersToEdgeAggregateSelection']> = {
  citedSource?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  locator?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StrategyStrategyRefersToNodeAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StrategyStrategyRefersToNodeAggregateSelection'] = ResolversParentTypes['StrategyStrategyRefersToNodeAggregateSelection']> = {
  kind?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['StringAggregateSelection'], ParentType, ContextType>;
};

export type StringAggregateSelectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StringAggregateSelection'] = ResolversParentTypes['StringAggregateSelection']> = {
  longest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TruncationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Truncation'] = ResolversParentTypes['Truncation']> = {
  omittedEdges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  omittedNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Actor?: ActorResolvers<ContextType>;
  ActorActorAdvocatesToAggregateSelection?: ActorActorAdvocatesToAggregateSelectionResolvers<ContextType>;
  ActorActorAdvocatesToEdgeAggregateSelection?: ActorActorAdvocatesToEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorAdvocatesToNodeAggregateSelection?: ActorActorAdvocatesToNodeAggregateSelectionResolvers<ContextType>;
  ActorActorCollaboratesWithAggregateSelection?: ActorActorCollaboratesWithAggregateSelectionResolvers<ContextType>;
  ActorActorCollaboratesWithEdgeAggregateSelection?: ActorActorCollaboratesWithEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorCollaboratesWithInAggregateSelection?: ActorActorCollaboratesWithInAggregateSelectionResolvers<ContextType>;
  ActorActorCollaboratesWithInEdgeAggregateSelection?: ActorActorCollaboratesWithInEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorCollaboratesWithInNodeAggregateSelection?: ActorActorCollaboratesWithInNodeAggregateSelectionResolvers<ContextType>;
  ActorActorCollaboratesWithNodeAggregateSelection?: ActorActorCollaboratesWithNodeAggregateSelectionResolvers<ContextType>;
  ActorActorConsultsAggregateSelection?: ActorActorConsultsAggregateSelectionResolvers<ContextType>;
  ActorActorConsultsEdgeAggregateSelection?: ActorActorConsultsEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorConsultsNodeAggregateSelection?: ActorActorConsultsNodeAggregateSelectionResolvers<ContextType>;
  ActorActorFinancedByAggregateSelection?: ActorActorFinancedByAggregateSelectionResolvers<ContextType>;
  ActorActorFinancedByEdgeAggregateSelection?: ActorActorFinancedByEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorFinancedByNodeAggregateSelection?: ActorActorFinancedByNodeAggregateSelectionResolvers<ContextType>;
  ActorActorFinancesAggregateSelection?: ActorActorFinancesAggregateSelectionResolvers<ContextType>;
  ActorActorFinancesEdgeAggregateSelection?: ActorActorFinancesEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorFinancesNodeAggregateSelection?: ActorActorFinancesNodeAggregateSelectionResolvers<ContextType>;
  ActorActorFounderOfAggregateSelection?: ActorActorFounderOfAggregateSelectionResolvers<ContextType>;
  ActorActorFounderOfEdgeAggregateSelection?: ActorActorFounderOfEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorFounderOfNodeAggregateSelection?: ActorActorFounderOfNodeAggregateSelectionResolvers<ContextType>;
  ActorActorFoundersAggregateSelection?: ActorActorFoundersAggregateSelectionResolvers<ContextType>;
  ActorActorFoundersEdgeAggregateSelection?: ActorActorFoundersEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorFoundersNodeAggregateSelection?: ActorActorFoundersNodeAggregateSelectionResolvers<ContextType>;
  ActorActorMemberOfAggregateSelection?: ActorActorMemberOfAggregateSelectionResolvers<ContextType>;
  ActorActorMemberOfEdgeAggregateSelection?: ActorActorMemberOfEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorMemberOfNodeAggregateSelection?: ActorActorMemberOfNodeAggregateSelectionResolvers<ContextType>;
  ActorActorMembersAggregateSelection?: ActorActorMembersAggregateSelectionResolvers<ContextType>;
  ActorActorMembersEdgeAggregateSelection?: ActorActorMembersEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorMembersNodeAggregateSelection?: ActorActorMembersNodeAggregateSelectionResolvers<ContextType>;
  ActorActorOwnedByAggregateSelection?: ActorActorOwnedByAggregateSelectionResolvers<ContextType>;
  ActorActorOwnedByEdgeAggregateSelection?: ActorActorOwnedByEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorOwnedByNodeAggregateSelection?: ActorActorOwnedByNodeAggregateSelectionResolvers<ContextType>;
  ActorActorOwnsAggregateSelection?: ActorActorOwnsAggregateSelectionResolvers<ContextType>;
  ActorActorOwnsEdgeAggregateSelection?: ActorActorOwnsEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorOwnsNodeAggregateSelection?: ActorActorOwnsNodeAggregateSelectionResolvers<ContextType>;
  ActorActorPartOfAggregateSelection?: ActorActorPartOfAggregateSelectionResolvers<ContextType>;
  ActorActorPartOfEdgeAggregateSelection?: ActorActorPartOfEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorPartOfNodeAggregateSelection?: ActorActorPartOfNodeAggregateSelectionResolvers<ContextType>;
  ActorActorPartsAggregateSelection?: ActorActorPartsAggregateSelectionResolvers<ContextType>;
  ActorActorPartsEdgeAggregateSelection?: ActorActorPartsEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorPartsNodeAggregateSelection?: ActorActorPartsNodeAggregateSelectionResolvers<ContextType>;
  ActorActorProposesActorsAggregateSelection?: ActorActorProposesActorsAggregateSelectionResolvers<ContextType>;
  ActorActorProposesActorsEdgeAggregateSelection?: ActorActorProposesActorsEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorProposesActorsNodeAggregateSelection?: ActorActorProposesActorsNodeAggregateSelectionResolvers<ContextType>;
  ActorActorReportsToAggregateSelection?: ActorActorReportsToAggregateSelectionResolvers<ContextType>;
  ActorActorReportsToEdgeAggregateSelection?: ActorActorReportsToEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorReportsToNodeAggregateSelection?: ActorActorReportsToNodeAggregateSelectionResolvers<ContextType>;
  ActorActorSupportsAggregateSelection?: ActorActorSupportsAggregateSelectionResolvers<ContextType>;
  ActorActorSupportsEdgeAggregateSelection?: ActorActorSupportsEdgeAggregateSelectionResolvers<ContextType>;
  ActorActorSupportsNodeAggregateSelection?: ActorActorSupportsNodeAggregateSelectionResolvers<ContextType>;
  ActorAdoptsConnection?: ActorAdoptsConnectionResolvers<ContextType>;
  ActorAdoptsRelationship?: ActorAdoptsRelationshipResolvers<ContextType>;
  ActorAdvocatesToConnection?: ActorAdvocatesToConnectionResolvers<ContextType>;
  ActorAdvocatesToRelationship?: ActorAdvocatesToRelationshipResolvers<ContextType>;
  ActorAggregate?: ActorAggregateResolvers<ContextType>;
  ActorAggregateNode?: ActorAggregateNodeResolvers<ContextType>;
  ActorAgreementPartyToAggregateSelection?: ActorAgreementPartyToAggregateSelectionResolvers<ContextType>;
  ActorAgreementPartyToEdgeAggregateSelection?: ActorAgreementPartyToEdgeAggregateSelectionResolvers<ContextType>;
  ActorAgreementPartyToNodeAggregateSelection?: ActorAgreementPartyToNodeAggregateSelectionResolvers<ContextType>;
  ActorAgreementResponsibleForAgreementsAggregateSelection?: ActorAgreementResponsibleForAgreementsAggregateSelectionResolvers<ContextType>;
  ActorAgreementResponsibleForAgreementsEdgeAggregateSelection?: ActorAgreementResponsibleForAgreementsEdgeAggregateSelectionResolvers<ContextType>;
  ActorAgreementResponsibleForAgreementsNodeAggregateSelection?: ActorAgreementResponsibleForAgreementsNodeAggregateSelectionResolvers<ContextType>;
  ActorCollaboratesWithConnection?: ActorCollaboratesWithConnectionResolvers<ContextType>;
  ActorCollaboratesWithInConnection?: ActorCollaboratesWithInConnectionResolvers<ContextType>;
  ActorCollaboratesWithInRelationship?: ActorCollaboratesWithInRelationshipResolvers<ContextType>;
  ActorCollaboratesWithRelationship?: ActorCollaboratesWithRelationshipResolvers<ContextType>;
  ActorCommentsOnConnection?: ActorCommentsOnConnectionResolvers<ContextType>;
  ActorCommentsOnRelationship?: ActorCommentsOnRelationshipResolvers<ContextType>;
  ActorConcernedByConnection?: ActorConcernedByConnectionResolvers<ContextType>;
  ActorConcernedByRelationship?: ActorConcernedByRelationshipResolvers<ContextType>;
  ActorConsultsConnection?: ActorConsultsConnectionResolvers<ContextType>;
  ActorConsultsOnConnection?: ActorConsultsOnConnectionResolvers<ContextType>;
  ActorConsultsOnRelationship?: ActorConsultsOnRelationshipResolvers<ContextType>;
  ActorConsultsRelationship?: ActorConsultsRelationshipResolvers<ContextType>;
  ActorEdge?: ActorEdgeResolvers<ContextType>;
  ActorFinancedByConnection?: ActorFinancedByConnectionResolvers<ContextType>;
  ActorFinancedByRelationship?: ActorFinancedByRelationshipResolvers<ContextType>;
  ActorFinancesConnection?: ActorFinancesConnectionResolvers<ContextType>;
  ActorFinancesRelationship?: ActorFinancesRelationshipResolvers<ContextType>;
  ActorFounderOfConnection?: ActorFounderOfConnectionResolvers<ContextType>;
  ActorFounderOfRelationship?: ActorFounderOfRelationshipResolvers<ContextType>;
  ActorFoundersConnection?: ActorFoundersConnectionResolvers<ContextType>;
  ActorFoundersRelationship?: ActorFoundersRelationshipResolvers<ContextType>;
  ActorLocatedInConnection?: ActorLocatedInConnectionResolvers<ContextType>;
  ActorLocatedInRelationship?: ActorLocatedInRelationshipResolvers<ContextType>;
  ActorMemberOfConnection?: ActorMemberOfConnectionResolvers<ContextType>;
  ActorMemberOfRelationship?: ActorMemberOfRelationshipResolvers<ContextType>;
  ActorMembersConnection?: ActorMembersConnectionResolvers<ContextType>;
  ActorMembersRelationship?: ActorMembersRelationshipResolvers<ContextType>;
  ActorMentionedInConnection?: ActorMentionedInConnectionResolvers<ContextType>;
  ActorMentionedInRelationship?: ActorMentionedInRelationshipResolvers<ContextType>;
  ActorOwnedByConnection?: ActorOwnedByConnectionResolvers<ContextType>;
  ActorOwnedByRelationship?: ActorOwnedByRelationshipResolvers<ContextType>;
  ActorOwnsConnection?: ActorOwnsConnectionResolvers<ContextType>;
  ActorOwnsRelationship?: ActorOwnsRelationshipResolvers<ContextType>;
  ActorPartOfConnection?: ActorPartOfConnectionResolvers<ContextType>;
  ActorPartOfRelationship?: ActorPartOfRelationshipResolvers<ContextType>;
  ActorParticipatesInConnection?: ActorParticipatesInConnectionResolvers<ContextType>;
  ActorParticipatesInRelationship?: ActorParticipatesInRelationshipResolvers<ContextType>;
  ActorPartsConnection?: ActorPartsConnectionResolvers<ContextType>;
  ActorPartsRelationship?: ActorPartsRelationshipResolvers<ContextType>;
  ActorPartyToConnection?: ActorPartyToConnectionResolvers<ContextType>;
  ActorPartyToRelationship?: ActorPartyToRelationshipResolvers<ContextType>;
  ActorPlaceLocatedInAggregateSelection?: ActorPlaceLocatedInAggregateSelectionResolvers<ContextType>;
  ActorPlaceLocatedInEdgeAggregateSelection?: ActorPlaceLocatedInEdgeAggregateSelectionResolvers<ContextType>;
  ActorPlaceLocatedInNodeAggregateSelection?: ActorPlaceLocatedInNodeAggregateSelectionResolvers<ContextType>;
  ActorProjectParticipatesInAggregateSelection?: ActorProjectParticipatesInAggregateSelectionResolvers<ContextType>;
  ActorProjectParticipatesInEdgeAggregateSelection?: ActorProjectParticipatesInEdgeAggregateSelectionResolvers<ContextType>;
  ActorProjectParticipatesInNodeAggregateSelection?: ActorProjectParticipatesInNodeAggregateSelectionResolvers<ContextType>;
  ActorProposesActorsConnection?: ActorProposesActorsConnectionResolvers<ContextType>;
  ActorProposesActorsRelationship?: ActorProposesActorsRelationshipResolvers<ContextType>;
  ActorProposesConnection?: ActorProposesConnectionResolvers<ContextType>;
  ActorProposesRelationship?: ActorProposesRelationshipResolvers<ContextType>;
  ActorReportsToConnection?: ActorReportsToConnectionResolvers<ContextType>;
  ActorReportsToRelationship?: ActorReportsToRelationshipResolvers<ContextType>;
  ActorResponsibleForAgreementsConnection?: ActorResponsibleForAgreementsConnectionResolvers<ContextType>;
  ActorResponsibleForAgreementsRelationship?: ActorResponsibleForAgreementsRelationshipResolvers<ContextType>;
  ActorResponsibleForConnection?: ActorResponsibleForConnectionResolvers<ContextType>;
  ActorResponsibleForRelationship?: ActorResponsibleForRelationshipResolvers<ContextType>;
  ActorSourceMentionedInAggregateSelection?: ActorSourceMentionedInAggregateSelectionResolvers<ContextType>;
  ActorSourceMentionedInEdgeAggregateSelection?: ActorSourceMentionedInEdgeAggregateSelectionResolvers<ContextType>;
  ActorSourceMentionedInNodeAggregateSelection?: ActorSourceMentionedInNodeAggregateSelectionResolvers<ContextType>;
  ActorStrategyAdoptsAggregateSelection?: ActorStrategyAdoptsAggregateSelectionResolvers<ContextType>;
  ActorStrategyAdoptsEdgeAggregateSelection?: ActorStrategyAdoptsEdgeAggregateSelectionResolvers<ContextType>;
  ActorStrategyAdoptsNodeAggregateSelection?: ActorStrategyAdoptsNodeAggregateSelectionResolvers<ContextType>;
  ActorStrategyCommentsOnAggregateSelection?: ActorStrategyCommentsOnAggregateSelectionResolvers<ContextType>;
  ActorStrategyCommentsOnEdgeAggregateSelection?: ActorStrategyCommentsOnEdgeAggregateSelectionResolvers<ContextType>;
  ActorStrategyCommentsOnNodeAggregateSelection?: ActorStrategyCommentsOnNodeAggregateSelectionResolvers<ContextType>;
  ActorStrategyConcernedByAggregateSelection?: ActorStrategyConcernedByAggregateSelectionResolvers<ContextType>;
  ActorStrategyConcernedByEdgeAggregateSelection?: ActorStrategyConcernedByEdgeAggregateSelectionResolvers<ContextType>;
  ActorStrategyConcernedByNodeAggregateSelection?: ActorStrategyConcernedByNodeAggregateSelectionResolvers<ContextType>;
  ActorStrategyConsultsOnAggregateSelection?: ActorStrategyConsultsOnAggregateSelectionResolvers<ContextType>;
  ActorStrategyConsultsOnEdgeAggregateSelection?: ActorStrategyConsultsOnEdgeAggregateSelectionResolvers<ContextType>;
  ActorStrategyConsultsOnNodeAggregateSelection?: ActorStrategyConsultsOnNodeAggregateSelectionResolvers<ContextType>;
  ActorStrategyProposesAggregateSelection?: ActorStrategyProposesAggregateSelectionResolvers<ContextType>;
  ActorStrategyProposesEdgeAggregateSelection?: ActorStrategyProposesEdgeAggregateSelectionResolvers<ContextType>;
  ActorStrategyProposesNodeAggregateSelection?: ActorStrategyProposesNodeAggregateSelectionResolvers<ContextType>;
  ActorStrategyResponsibleForAggregateSelection?: ActorStrategyResponsibleForAggregateSelectionResolvers<ContextType>;
  ActorStrategyResponsibleForEdgeAggregateSelection?: ActorStrategyResponsibleForEdgeAggregateSelectionResolvers<ContextType>;
  ActorStrategyResponsibleForNodeAggregateSelection?: ActorStrategyResponsibleForNodeAggregateSelectionResolvers<ContextType>;
  ActorSupportsConnection?: ActorSupportsConnectionResolvers<ContextType>;
  ActorSupportsRelationship?: ActorSupportsRelationshipResolvers<ContextType>;
  ActorsConnection?: ActorsConnectionResolvers<ContextType>;
  Agreement?: AgreementResolvers<ContextType>;
  AgreementActorPartiesAggregateSelection?: AgreementActorPartiesAggregateSelectionResolvers<ContextType>;
  AgreementActorPartiesEdgeAggregateSelection?: AgreementActorPartiesEdgeAggregateSelectionResolvers<ContextType>;
  AgreementActorPartiesNodeAggregateSelection?: AgreementActorPartiesNodeAggregateSelectionResolvers<ContextType>;
  AgreementActorResponsibleAggregateSelection?: AgreementActorResponsibleAggregateSelectionResolvers<ContextType>;
  AgreementActorResponsibleEdgeAggregateSelection?: AgreementActorResponsibleEdgeAggregateSelectionResolvers<ContextType>;
  AgreementActorResponsibleNodeAggregateSelection?: AgreementActorResponsibleNodeAggregateSelectionResolvers<ContextType>;
  AgreementAggregate?: AgreementAggregateResolvers<ContextType>;
  AgreementAggregateNode?: AgreementAggregateNodeResolvers<ContextType>;
  AgreementCoversConnection?: AgreementCoversConnectionResolvers<ContextType>;
  AgreementCoversRelationship?: AgreementCoversRelationshipResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  AgreementLocatedInConnection?: AgreementLocatedInConnectionResolvers<ContextType>;
  AgreementLocatedInRelationship?: AgreementLocatedInRelationshipResolvers<ContextType>;
  AgreementMentionedInConnection?: AgreementMentionedInConnectionResolvers<ContextType>;
  AgreementMentionedInRelationship?: AgreementMentionedInRelationshipResolvers<ContextType>;
  AgreementPartiesConnection?: AgreementPartiesConnectionResolvers<ContextType>;
  AgreementPartiesRelationship?: AgreementPartiesRelationshipResolvers<ContextType>;
  AgreementPlaceLocatedInAggregateSelection?: AgreementPlaceLocatedInAggregateSelectionResolvers<ContextType>;
  AgreementPlaceLocatedInEdgeAggregateSelection?: AgreementPlaceLocatedInEdgeAggregateSelectionResolvers<ContextType>;
  AgreementPlaceLocatedInNodeAggregateSelection?: AgreementPlaceLocatedInNodeAggregateSelectionResolvers<ContextType>;
  AgreementResponsibleConnection?: AgreementResponsibleConnectionResolvers<ContextType>;
  AgreementResponsibleRelationship?: AgreementResponsibleRelationshipResolvers<ContextType>;
  AgreementSourceMentionedInAggregateSelection?: AgreementSourceMentionedInAggregateSelectionResolvers<ContextType>;
  AgreementSourceMentionedInEdgeAggregateSelection?: AgreementSourceMentionedInEdgeAggregateSelectionResolvers<ContextType>;
  AgreementSourceMentionedInNodeAggregateSelection?: AgreementSourceMentionedInNodeAggregateSelectionResolvers<ContextType>;
  AgreementStrategyCoversAggregateSelection?: AgreementStrategyCoversAggregateSelectionResolvers<ContextType>;
  AgreementStrategyCoversEdgeAggregateSelection?: AgreementStrategyCoversEdgeAggregateSelectionResolvers<ContextType>;
  AgreementStrategyCoversNodeAggregateSelection?: AgreementStrategyCoversNodeAggregateSelectionResolvers<ContextType>;
  AgreementsConnection?: AgreementsConnectionResolvers<ContextType>;
  Call?: CallResolvers<ContextType>;
  CallAggregate?: CallAggregateResolvers<ContextType>;
  CallAggregateNode?: CallAggregateNodeResolvers<ContextType>;
  CallBrief?: CallBriefResolvers<ContextType>;
  CallCallFamilyFamiliesAggregateSelection?: CallCallFamilyFamiliesAggregateSelectionResolvers<ContextType>;
  CallCallFamilyFamiliesNodeAggregateSelection?: CallCallFamilyFamiliesNodeAggregateSelectionResolvers<ContextType>;
  CallEdge?: CallEdgeResolvers<ContextType>;
  CallFamiliesConnection?: CallFamiliesConnectionResolvers<ContextType>;
  CallFamiliesRelationship?: CallFamiliesRelationshipResolvers<ContextType>;
  CallFamily?: CallFamilyResolvers<ContextType>;
  CallFamilyAggregate?: CallFamilyAggregateResolvers<ContextType>;
  CallFamilyAggregateNode?: CallFamilyAggregateNodeResolvers<ContextType>;
  CallFamilyCallCallsAggregateSelection?: CallFamilyCallCallsAggregateSelectionResolvers<ContextType>;
  CallFamilyCallCallsNodeAggregateSelection?: CallFamilyCallCallsNodeAggregateSelectionResolvers<ContextType>;
  CallFamilyCallsConnection?: CallFamilyCallsConnectionResolvers<ContextType>;
  CallFamilyCallsRelationship?: CallFamilyCallsRelationshipResolvers<ContextType>;
  CallFamilyEdge?: CallFamilyEdgeResolvers<ContextType>;
  CallFamilyProjectProjectsAggregateSelection?: CallFamilyProjectProjectsAggregateSelectionResolvers<ContextType>;
  CallFamilyProjectProjectsNodeAggregateSelection?: CallFamilyProjectProjectsNodeAggregateSelectionResolvers<ContextType>;
  CallFamilyProjectsConnection?: CallFamilyProjectsConnectionResolvers<ContextType>;
  CallFamilyProjectsRelationship?: CallFamilyProjectsRelationshipResolvers<ContextType>;
  CallFitFactor?: CallFitFactorResolvers<ContextType>;
  CallMentionedInConnection?: CallMentionedInConnectionResolvers<ContextType>;
  CallMentionedInRelationship?: CallMentionedInRelationshipResolvers<ContextType>;
  CallProjectProjectsAggregateSelection?: CallProjectProjectsAggregateSelectionResolvers<ContextType>;
  CallProjectProjectsNodeAggregateSelection?: CallProjectProjectsNodeAggregateSelectionResolvers<ContextType>;
  CallProjectsConnection?: CallProjectsConnectionResolvers<ContextType>;
  CallProjectsRelationship?: CallProjectsRelationshipResolvers<ContextType>;
  CallSourceMentionedInAggregateSelection?: CallSourceMentionedInAggregateSelectionResolvers<ContextType>;
  CallSourceMentionedInEdgeAggregateSelection?: CallSourceMentionedInEdgeAggregateSelectionResolvers<ContextType>;
  CallSourceMentionedInNodeAggregateSelection?: CallSourceMentionedInNodeAggregateSelectionResolvers<ContextType>;
  CallsConnection?: CallsConnectionResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  Collaboration?: CollaborationResolvers<ContextType>;
  CollaborationVia?: CollaborationViaResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  ConsortiumCheck?: ConsortiumCheckResolvers<ContextType>;
  ConsortiumProposal?: ConsortiumProposalResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CountConnection?: CountConnectionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DateTimeAggregateSelection?: DateTimeAggregateSelectionResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FloatAggregateSelection?: FloatAggregateSelectionResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  IntAggregateSelection?: IntAggregateSelectionResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkChanges?: NetworkChangesResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  OpenCall?: OpenCallResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  PartnerSuggestion?: PartnerSuggestionResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceActorActorsAggregateSelection?: PlaceActorActorsAggregateSelectionResolvers<ContextType>;
  PlaceActorActorsEdgeAggregateSelection?: PlaceActorActorsEdgeAggregateSelectionResolvers<ContextType>;
  PlaceActorActorsNodeAggregateSelection?: PlaceActorActorsNodeAggregateSelectionResolvers<ContextType>;
  PlaceActorsConnection?: PlaceActorsConnectionResolvers<ContextType>;
  PlaceActorsRelationship?: PlaceActorsRelationshipResolvers<ContextType>;
  PlaceAggregate?: PlaceAggregateResolvers<ContextType>;
  PlaceAggregateNode?: PlaceAggregateNodeResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PlaceMentionedInConnection?: PlaceMentionedInConnectionResolvers<ContextType>;
  PlaceMentionedInRelationship?: PlaceMentionedInRelationshipResolvers<ContextType>;
  PlacePartOfConnection?: PlacePartOfConnectionResolvers<ContextType>;
  PlacePartOfRelationship?: PlacePartOfRelationshipResolvers<ContextType>;
  PlacePartsConnection?: PlacePartsConnectionResolvers<ContextType>;
  PlacePartsRelationship?: PlacePartsRelationshipResolvers<ContextType>;
  PlacePlacePartOfAggregateSelection?: PlacePlacePartOfAggregateSelectionResolvers<ContextType>;
  PlacePlacePartOfEdgeAggregateSelection?: PlacePlacePartOfEdgeAggregateSelectionResolvers<ContextType>;
  PlacePlacePartOfNodeAggregateSelection?: PlacePlacePartOfNodeAggregateSelectionResolvers<ContextType>;
  PlacePlacePartsAggregateSelection?: PlacePlacePartsAggregateSelectionResolvers<ContextType>;
  PlacePlacePartsEdgeAggregateSelection?: PlacePlacePartsEdgeAggregateSelectionResolvers<ContextType>;
  PlacePlacePartsNodeAggregateSelection?: PlacePlacePartsNodeAggregateSelectionResolvers<ContextType>;
  PlaceSourceMentionedInAggregateSelection?: PlaceSourceMentionedInAggregateSelectionResolvers<ContextType>;
  PlaceSourceMentionedInEdgeAggregateSelection?: PlaceSourceMentionedInEdgeAggregateSelectionResolvers<ContextType>;
  PlaceSourceMentionedInNodeAggregateSelection?: PlaceSourceMentionedInNodeAggregateSelectionResolvers<ContextType>;
  PlacesConnection?: PlacesConnectionResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectActorParticipantsAggregateSelection?: ProjectActorParticipantsAggregateSelectionResolvers<ContextType>;
  ProjectActorParticipantsEdgeAggregateSelection?: ProjectActorParticipantsEdgeAggregateSelectionResolvers<ContextType>;
  ProjectActorParticipantsNodeAggregateSelection?: ProjectActorParticipantsNodeAggregateSelectionResolvers<ContextType>;
  ProjectAggregate?: ProjectAggregateResolvers<ContextType>;
  ProjectAggregateNode?: ProjectAggregateNodeResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectLocatedInConnection?: ProjectLocatedInConnectionResolvers<ContextType>;
  ProjectLocatedInRelationship?: ProjectLocatedInRelationshipResolvers<ContextType>;
  ProjectMentionedInConnection?: ProjectMentionedInConnectionResolvers<ContextType>;
  ProjectMentionedInRelationship?: ProjectMentionedInRelationshipResolvers<ContextType>;
  ProjectParticipantsConnection?: ProjectParticipantsConnectionResolvers<ContextType>;
  ProjectParticipantsRelationship?: ProjectParticipantsRelationshipResolvers<ContextType>;
  ProjectPlaceLocatedInAggregateSelection?: ProjectPlaceLocatedInAggregateSelectionResolvers<ContextType>;
  ProjectPlaceLocatedInEdgeAggregateSelection?: ProjectPlaceLocatedInEdgeAggregateSelectionResolvers<ContextType>;
  ProjectPlaceLocatedInNodeAggregateSelection?: ProjectPlaceLocatedInNodeAggregateSelectionResolvers<ContextType>;
  ProjectSourceMentionedInAggregateSelection?: ProjectSourceMentionedInAggregateSelectionResolvers<ContextType>;
  ProjectSourceMentionedInEdgeAggregateSelection?: ProjectSourceMentionedInEdgeAggregateSelectionResolvers<ContextType>;
  ProjectSourceMentionedInNodeAggregateSelection?: ProjectSourceMentionedInNodeAggregateSelectionResolvers<ContextType>;
  ProjectsConnection?: ProjectsConnectionResolvers<ContextType>;
  ProposedPartner?: ProposedPartnerResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankedActor?: RankedActorResolvers<ContextType>;
  Relationship?: RelationshipResolvers<ContextType>;
  ScoreFactor?: ScoreFactorResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceAggregate?: SourceAggregateResolvers<ContextType>;
  SourceAggregateNode?: SourceAggregateNodeResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourcesConnection?: SourcesConnectionResolvers<ContextType>;
  StrategiesConnection?: StrategiesConnectionResolvers<ContextType>;
  Strategy?: StrategyResolvers<ContextType>;
  StrategyActorAdoptedByAggregateSelection?: StrategyActorAdoptedByAggregateSelectionResolvers<ContextType>;
  StrategyActorAdoptedByEdgeAggregateSelection?: StrategyActorAdoptedByEdgeAggregateSelectionResolvers<ContextType>;
  StrategyActorAdoptedByNodeAggregateSelection?: StrategyActorAdoptedByNodeAggregateSelectionResolvers<ContextType>;
  StrategyActorCommentedOnByAggregateSelection?: StrategyActorCommentedOnByAggregateSelectionResolvers<ContextType>;
  StrategyActorCommentedOnByEdgeAggregateSelection?: StrategyActorCommentedOnByEdgeAggregateSelectionResolvers<ContextType>;
  StrategyActorCommentedOnByNodeAggregateSelection?: StrategyActorCommentedOnByNodeAggregateSelectionResolvers<ContextType>;
  StrategyActorConcernsAggregateSelection?: StrategyActorConcernsAggregateSelectionResolvers<ContextType>;
  StrategyActorConcernsEdgeAggregateSelection?: StrategyActorConcernsEdgeAggregateSelectionResolvers<ContextType>;
  StrategyActorConcernsNodeAggregateSelection?: StrategyActorConcernsNodeAggregateSelectionResolvers<ContextType>;
  StrategyActorProposedByAggregateSelection?: StrategyActorProposedByAggregateSelectionResolvers<ContextType>;
  StrategyActorProposedByEdgeAggregateSelection?: StrategyActorProposedByEdgeAggregateSelectionResolvers<ContextType>;
  StrategyActorProposedByNodeAggregateSelection?: StrategyActorProposedByNodeAggregateSelectionResolvers<ContextType>;
  StrategyActorResponsibleAggregateSelection?: StrategyActorResponsibleAggregateSelectionResolvers<ContextType>;
  StrategyActorResponsibleEdgeAggregateSelection?: StrategyActorResponsibleEdgeAggregateSelectionResolvers<ContextType>;
  StrategyActorResponsibleNodeAggregateSelection?: StrategyActorResponsibleNodeAggregateSelectionResolvers<ContextType>;
  StrategyAdoptedByConnection?: StrategyAdoptedByConnectionResolvers<ContextType>;
  StrategyAdoptedByRelationship?: StrategyAdoptedByRelationshipResolvers<ContextType>;
  StrategyAggregate?: StrategyAggregateResolvers<ContextType>;
  StrategyAggregateNode?: StrategyAggregateNodeResolvers<ContextType>;
  StrategyAgreementCoveredByAggregateSelection?: StrategyAgreementCoveredByAggregateSelectionResolvers<ContextType>;
  StrategyAgreementCoveredByEdgeAggregateSelection?: StrategyAgreementCoveredByEdgeAggregateSelectionResolvers<ContextType>;
  StrategyAgreementCoveredByNodeAggregateSelection?: StrategyAgreementCoveredByNodeAggregateSelectionResolvers<ContextType>;
  StrategyCommentedOnByConnection?: StrategyCommentedOnByConnectionResolvers<ContextType>;
  StrategyCommentedOnByRelationship?: StrategyCommentedOnByRelationshipResolvers<ContextType>;
  StrategyConcernsConnection?: StrategyConcernsConnectionResolvers<ContextType>;
  StrategyConcernsRelationship?: StrategyConcernsRelationshipResolvers<ContextType>;
  StrategyCoordinatedWithConnection?: StrategyCoordinatedWithConnectionResolvers<ContextType>;
  StrategyCoordinatedWithRelationship?: StrategyCoordinatedWithRelationshipResolvers<ContextType>;
  StrategyCoordinatesWithConnection?: StrategyCoordinatesWithConnectionResolvers<ContextType>;
  StrategyCoordinatesWithRelationship?: StrategyCoordinatesWithRelationshipResolvers<ContextType>;
  StrategyCoveredByConnection?: StrategyCoveredByConnectionResolvers<ContextType>;
  StrategyCoveredByRelationship?: StrategyCoveredByRelationshipResolvers<ContextType>;
  StrategyEdge?: StrategyEdgeResolvers<ContextType>;
  StrategyMentionedInConnection?: StrategyMentionedInConnectionResolvers<ContextType>;
  StrategyMentionedInRelationship?: StrategyMentionedInRelationshipResolvers<ContextType>;
  StrategyPartOfConnection?: StrategyPartOfConnectionResolvers<ContextType>;
  StrategyPartOfRelationship?: StrategyPartOfRelationshipResolvers<ContextType>;
  StrategyPartsConnection?: StrategyPartsConnectionResolvers<ContextType>;
  StrategyPartsRelationship?: StrategyPartsRelationshipResolvers<ContextType>;
  StrategyProposedByConnection?: StrategyProposedByConnectionResolvers<ContextType>;
  StrategyProposedByRelationship?: StrategyProposedByRelationshipResolvers<ContextType>;
  StrategyRefersToConnection?: StrategyRefersToConnectionResolvers<ContextType>;
  StrategyRefersToRelationship?: StrategyRefersToRelationshipResolvers<ContextType>;
  StrategyResponsibleConnection?: StrategyResponsibleConnectionResolvers<ContextType>;
  StrategyResponsibleRelationship?: StrategyResponsibleRelationshipResolvers<ContextType>;
  StrategySourceMentionedInAggregateSelection?: StrategySourceMentionedInAggregateSelectionResolvers<ContextType>;
  StrategySourceMentionedInEdgeAggregateSelection?: StrategySourceMentionedInEdgeAggregateSelectionResolvers<ContextType>;
  StrategySourceMentionedInNodeAggregateSelection?: StrategySourceMentionedInNodeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyCoordinatedWithAggregateSelection?: StrategyStrategyCoordinatedWithAggregateSelectionResolvers<ContextType>;
  StrategyStrategyCoordinatedWithEdgeAggregateSelection?: StrategyStrategyCoordinatedWithEdgeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyCoordinatedWithNodeAggregateSelection?: StrategyStrategyCoordinatedWithNodeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyCoordinatesWithAggregateSelection?: StrategyStrategyCoordinatesWithAggregateSelectionResolvers<ContextType>;
  StrategyStrategyCoordinatesWithEdgeAggregateSelection?: StrategyStrategyCoordinatesWithEdgeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyCoordinatesWithNodeAggregateSelection?: StrategyStrategyCoordinatesWithNodeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyPartOfAggregateSelection?: StrategyStrategyPartOfAggregateSelectionResolvers<ContextType>;
  StrategyStrategyPartOfEdgeAggregateSelection?: StrategyStrategyPartOfEdgeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyPartOfNodeAggregateSelection?: StrategyStrategyPartOfNodeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyPartsAggregateSelection?: StrategyStrategyPartsAggregateSelectionResolvers<ContextType>;
  StrategyStrategyPartsEdgeAggregateSelection?: StrategyStrategyPartsEdgeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyPartsNodeAggregateSelection?: StrategyStrategyPartsNodeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyRefersToAggregateSelection?: StrategyStrategyRefersToAggregateSelectionResolvers<ContextType>;
  StrategyStrategyRefersToEdgeAggregateSelection?: StrategyStrategyRefersToEdgeAggregateSelectionResolvers<ContextType>;
  StrategyStrategyRefersToNodeAggregateSelection?: StrategyStrategyRefersToNodeAggregateSelectionResolvers<ContextType>;
  StringAggregateSelection?: StringAggregateSelectionResolvers<ContextType>;
  Truncation?: TruncationResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  collaboration?: CollaborationDirectiveResolver<any, any, ContextType>;
};
