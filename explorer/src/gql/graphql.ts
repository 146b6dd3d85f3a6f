/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgencyAlliancesConnectionAggregateInput = {
  AND?: Array<AgencyAlliancesConnectionAggregateInput> | null | undefined;
  NOT?: AgencyAlliancesConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyAlliancesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyAlliancesNodeAggregationWhereInput | null | undefined;
};

export type AgencyAlliancesConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyAlliancesConnections */
  aggregate?: AgencyAlliancesConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyAlliancesConnections match this filter */
  all?: AgencyAlliancesConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyAlliancesConnections match this filter */
  none?: AgencyAlliancesConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyAlliancesConnections match this filter */
  single?: AgencyAlliancesConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyAlliancesConnections match this filter */
  some?: AgencyAlliancesConnectionWhere | null | undefined;
};

export type AgencyAlliancesConnectionWhere = {
  AND?: Array<AgencyAlliancesConnectionWhere> | null | undefined;
  NOT?: AgencyAlliancesConnectionWhere | null | undefined;
  OR?: Array<AgencyAlliancesConnectionWhere> | null | undefined;
  edge?: MemberOfWhere | null | undefined;
  node?: AllianceWhere | null | undefined;
};

export type AgencyAlliancesNodeAggregationWhereInput = {
  AND?: Array<AgencyAlliancesNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyAlliancesNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyAlliancesNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type AgencyAwardsConnectionAggregateInput = {
  AND?: Array<AgencyAwardsConnectionAggregateInput> | null | undefined;
  NOT?: AgencyAwardsConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyAwardsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyAwardsNodeAggregationWhereInput | null | undefined;
};

export type AgencyAwardsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyAwardsConnections */
  aggregate?: AgencyAwardsConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyAwardsConnections match this filter */
  all?: AgencyAwardsConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyAwardsConnections match this filter */
  none?: AgencyAwardsConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyAwardsConnections match this filter */
  single?: AgencyAwardsConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyAwardsConnections match this filter */
  some?: AgencyAwardsConnectionWhere | null | undefined;
};

export type AgencyAwardsConnectionWhere = {
  AND?: Array<AgencyAwardsConnectionWhere> | null | undefined;
  NOT?: AgencyAwardsConnectionWhere | null | undefined;
  OR?: Array<AgencyAwardsConnectionWhere> | null | undefined;
  node?: AwardWhere | null | undefined;
};

export type AgencyAwardsNodeAggregationWhereInput = {
  AND?: Array<AgencyAwardsNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyAwardsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyAwardsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type AgencyBrokersConnectionAggregateInput = {
  AND?: Array<AgencyBrokersConnectionAggregateInput> | null | undefined;
  NOT?: AgencyBrokersConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyBrokersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyBrokersNodeAggregationWhereInput | null | undefined;
};

export type AgencyBrokersConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyBrokersConnections */
  aggregate?: AgencyBrokersConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyBrokersConnections match this filter */
  all?: AgencyBrokersConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyBrokersConnections match this filter */
  none?: AgencyBrokersConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyBrokersConnections match this filter */
  single?: AgencyBrokersConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyBrokersConnections match this filter */
  some?: AgencyBrokersConnectionWhere | null | undefined;
};

export type AgencyBrokersConnectionWhere = {
  AND?: Array<AgencyBrokersConnectionWhere> | null | undefined;
  NOT?: AgencyBrokersConnectionWhere | null | undefined;
  OR?: Array<AgencyBrokersConnectionWhere> | null | undefined;
  edge?: EmployedByWhere | null | undefined;
  node?: BrokerWhere | null | undefined;
};

export type AgencyBrokersNodeAggregationWhereInput = {
  AND?: Array<AgencyBrokersNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyBrokersNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyBrokersNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type AgencyChainsConnectionAggregateInput = {
  AND?: Array<AgencyChainsConnectionAggregateInput> | null | undefined;
  NOT?: AgencyChainsConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyChainsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyChainsNodeAggregationWhereInput | null | undefined;
};

export type AgencyChainsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyChainsConnections */
  aggregate?: AgencyChainsConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyChainsConnections match this filter */
  all?: AgencyChainsConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyChainsConnections match this filter */
  none?: AgencyChainsConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyChainsConnections match this filter */
  single?: AgencyChainsConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyChainsConnections match this filter */
  some?: AgencyChainsConnectionWhere | null | undefined;
};

export type AgencyChainsConnectionWhere = {
  AND?: Array<AgencyChainsConnectionWhere> | null | undefined;
  NOT?: AgencyChainsConnectionWhere | null | undefined;
  OR?: Array<AgencyChainsConnectionWhere> | null | undefined;
  node?: IndustryChainWhere | null | undefined;
};

export type AgencyChainsNodeAggregationWhereInput = {
  AND?: Array<AgencyChainsNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyChainsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyChainsNodeAggregationWhereInput> | null | undefined;
  ecosystem?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type AgencyDealsConnectionAggregateInput = {
  AND?: Array<AgencyDealsConnectionAggregateInput> | null | undefined;
  NOT?: AgencyDealsConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyDealsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyDealsNodeAggregationWhereInput | null | undefined;
};

export type AgencyDealsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyDealsConnections */
  aggregate?: AgencyDealsConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyDealsConnections match this filter */
  all?: AgencyDealsConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyDealsConnections match this filter */
  none?: AgencyDealsConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyDealsConnections match this filter */
  single?: AgencyDealsConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyDealsConnections match this filter */
  some?: AgencyDealsConnectionWhere | null | undefined;
};

export type AgencyDealsConnectionWhere = {
  AND?: Array<AgencyDealsConnectionWhere> | null | undefined;
  NOT?: AgencyDealsConnectionWhere | null | undefined;
  OR?: Array<AgencyDealsConnectionWhere> | null | undefined;
  node?: DealWhere | null | undefined;
};

export type AgencyDealsNodeAggregationWhereInput = {
  AND?: Array<AgencyDealsNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyDealsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyDealsNodeAggregationWhereInput> | null | undefined;
  amount?: FloatScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type AgencyDistrictsConnectionAggregateInput = {
  AND?: Array<AgencyDistrictsConnectionAggregateInput> | null | undefined;
  NOT?: AgencyDistrictsConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyDistrictsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyDistrictsNodeAggregationWhereInput | null | undefined;
};

export type AgencyDistrictsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyDistrictsConnections */
  aggregate?: AgencyDistrictsConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyDistrictsConnections match this filter */
  all?: AgencyDistrictsConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyDistrictsConnections match this filter */
  none?: AgencyDistrictsConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyDistrictsConnections match this filter */
  single?: AgencyDistrictsConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyDistrictsConnections match this filter */
  some?: AgencyDistrictsConnectionWhere | null | undefined;
};

export type AgencyDistrictsConnectionWhere = {
  AND?: Array<AgencyDistrictsConnectionWhere> | null | undefined;
  NOT?: AgencyDistrictsConnectionWhere | null | undefined;
  OR?: Array<AgencyDistrictsConnectionWhere> | null | undefined;
  node?: DistrictWhere | null | undefined;
};

export type AgencyDistrictsNodeAggregationWhereInput = {
  AND?: Array<AgencyDistrictsNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyDistrictsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyDistrictsNodeAggregationWhereInput> | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

/** Kind of technology-transfer agency (技术转移机构). */
export type AgencyKind =
  /** 国际技术转移机构: international agency */
  | 'INTERNATIONAL'
  /** 市场化机构 */
  | 'MARKET'
  /** 政府/事业单位 */
  | 'PUBLIC'
  /** 高校院所技术转移机构 */
  | 'UNIVERSITY_OFFICE';

/** AgencyKind filters */
export type AgencyKindEnumScalarFilters = {
  eq?: AgencyKind | null | undefined;
  in?: Array<AgencyKind> | null | undefined;
};

/** Filing level of an agency. */
export type AgencyLevel =
  /** 市级备案 */
  | 'MUNICIPAL_FILED'
  /** 国家级 */
  | 'NATIONAL'
  /** 未备案: not filed */
  | 'UNFILED';

/** AgencyLevel filters */
export type AgencyLevelEnumScalarFilters = {
  eq?: AgencyLevel | null | undefined;
  in?: Array<AgencyLevel> | null | undefined;
};

export type AgencyOrganizedEventsConnectionAggregateInput = {
  AND?: Array<AgencyOrganizedEventsConnectionAggregateInput> | null | undefined;
  NOT?: AgencyOrganizedEventsConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyOrganizedEventsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyOrganizedEventsNodeAggregationWhereInput | null | undefined;
};

export type AgencyOrganizedEventsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyOrganizedEventsConnections */
  aggregate?: AgencyOrganizedEventsConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyOrganizedEventsConnections match this filter */
  all?: AgencyOrganizedEventsConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyOrganizedEventsConnections match this filter */
  none?: AgencyOrganizedEventsConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyOrganizedEventsConnections match this filter */
  single?: AgencyOrganizedEventsConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyOrganizedEventsConnections match this filter */
  some?: AgencyOrganizedEventsConnectionWhere | null | undefined;
};

export type AgencyOrganizedEventsConnectionWhere = {
  AND?: Array<AgencyOrganizedEventsConnectionWhere> | null | undefined;
  NOT?: AgencyOrganizedEventsConnectionWhere | null | undefined;
  OR?: Array<AgencyOrganizedEventsConnectionWhere> | null | undefined;
  node?: EventWhere | null | undefined;
};

export type AgencyOrganizedEventsNodeAggregationWhereInput = {
  AND?: Array<AgencyOrganizedEventsNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyOrganizedEventsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyOrganizedEventsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  series?: StringScalarAggregationFilters | null | undefined;
};

export type AgencyPlatformsConnectionAggregateInput = {
  AND?: Array<AgencyPlatformsConnectionAggregateInput> | null | undefined;
  NOT?: AgencyPlatformsConnectionAggregateInput | null | undefined;
  OR?: Array<AgencyPlatformsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AgencyPlatformsNodeAggregationWhereInput | null | undefined;
};

export type AgencyPlatformsConnectionFilters = {
  /** Filter Agencies by aggregating results on related AgencyPlatformsConnections */
  aggregate?: AgencyPlatformsConnectionAggregateInput | null | undefined;
  /** Return Agencies where all of the related AgencyPlatformsConnections match this filter */
  all?: AgencyPlatformsConnectionWhere | null | undefined;
  /** Return Agencies where none of the related AgencyPlatformsConnections match this filter */
  none?: AgencyPlatformsConnectionWhere | null | undefined;
  /** Return Agencies where one of the related AgencyPlatformsConnections match this filter */
  single?: AgencyPlatformsConnectionWhere | null | undefined;
  /** Return Agencies where some of the related AgencyPlatformsConnections match this filter */
  some?: AgencyPlatformsConnectionWhere | null | undefined;
};

export type AgencyPlatformsConnectionWhere = {
  AND?: Array<AgencyPlatformsConnectionWhere> | null | undefined;
  NOT?: AgencyPlatformsConnectionWhere | null | undefined;
  OR?: Array<AgencyPlatformsConnectionWhere> | null | undefined;
  node?: PlatformWhere | null | undefined;
};

export type AgencyPlatformsNodeAggregationWhereInput = {
  AND?: Array<AgencyPlatformsNodeAggregationWhereInput> | null | undefined;
  NOT?: AgencyPlatformsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AgencyPlatformsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type AgencyRelationshipFilters = {
  /** Filter type where all of the related Agencies match this filter */
  all?: AgencyWhere | null | undefined;
  /** Filter type where none of the related Agencies match this filter */
  none?: AgencyWhere | null | undefined;
  /** Filter type where one of the related Agencies match this filter */
  single?: AgencyWhere | null | undefined;
  /** Filter type where some of the related Agencies match this filter */
  some?: AgencyWhere | null | undefined;
};

export type AgencyWhere = {
  AND?: Array<AgencyWhere> | null | undefined;
  NOT?: AgencyWhere | null | undefined;
  OR?: Array<AgencyWhere> | null | undefined;
  alliances?: AllianceRelationshipFilters | null | undefined;
  alliancesConnection?: AgencyAlliancesConnectionFilters | null | undefined;
  awards?: AwardRelationshipFilters | null | undefined;
  awardsConnection?: AgencyAwardsConnectionFilters | null | undefined;
  brokers?: BrokerRelationshipFilters | null | undefined;
  brokersConnection?: AgencyBrokersConnectionFilters | null | undefined;
  chains?: IndustryChainRelationshipFilters | null | undefined;
  chainsConnection?: AgencyChainsConnectionFilters | null | undefined;
  deals?: DealRelationshipFilters | null | undefined;
  dealsConnection?: AgencyDealsConnectionFilters | null | undefined;
  districts?: DistrictRelationshipFilters | null | undefined;
  districtsConnection?: AgencyDistrictsConnectionFilters | null | undefined;
  filedOn?: DateScalarFilters | null | undefined;
  foundedYear?: IntScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: AgencyKindEnumScalarFilters | null | undefined;
  level?: AgencyLevelEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  organizedEvents?: EventRelationshipFilters | null | undefined;
  organizedEventsConnection?: AgencyOrganizedEventsConnectionFilters | null | undefined;
  platforms?: PlatformRelationshipFilters | null | undefined;
  platformsConnection?: AgencyPlatformsConnectionFilters | null | undefined;
};

/** Alliance (联盟) or association (协会). */
export type AllianceKind =
  /** 联盟 */
  | 'ALLIANCE'
  /** 协会 */
  | 'ASSOCIATION';

/** AllianceKind filters */
export type AllianceKindEnumScalarFilters = {
  eq?: AllianceKind | null | undefined;
  in?: Array<AllianceKind> | null | undefined;
};

export type AllianceMemberRelationshipFilters = {
  /** Filter type where all of the related AllianceMembers match this filter */
  all?: AllianceMemberWhere | null | undefined;
  /** Filter type where none of the related AllianceMembers match this filter */
  none?: AllianceMemberWhere | null | undefined;
  /** Filter type where one of the related AllianceMembers match this filter */
  single?: AllianceMemberWhere | null | undefined;
  /** Filter type where some of the related AllianceMembers match this filter */
  some?: AllianceMemberWhere | null | undefined;
};

export type AllianceMemberWhere = {
  Agency?: AgencyWhere | null | undefined;
  Enterprise?: EnterpriseWhere | null | undefined;
  Institution?: InstitutionWhere | null | undefined;
};

export type AllianceMembersAgencyConnectionWhere = {
  AND?: Array<AllianceMembersAgencyConnectionWhere> | null | undefined;
  NOT?: AllianceMembersAgencyConnectionWhere | null | undefined;
  OR?: Array<AllianceMembersAgencyConnectionWhere> | null | undefined;
  edge?: MemberOfWhere | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type AllianceMembersConnectionFilters = {
  /** Return Alliances where all of the related AllianceMembersConnections match this filter */
  all?: AllianceMembersConnectionWhere | null | undefined;
  /** Return Alliances where none of the related AllianceMembersConnections match this filter */
  none?: AllianceMembersConnectionWhere | null | undefined;
  /** Return Alliances where one of the related AllianceMembersConnections match this filter */
  single?: AllianceMembersConnectionWhere | null | undefined;
  /** Return Alliances where some of the related AllianceMembersConnections match this filter */
  some?: AllianceMembersConnectionWhere | null | undefined;
};

export type AllianceMembersConnectionWhere = {
  Agency?: AllianceMembersAgencyConnectionWhere | null | undefined;
  Enterprise?: AllianceMembersEnterpriseConnectionWhere | null | undefined;
  Institution?: AllianceMembersInstitutionConnectionWhere | null | undefined;
};

export type AllianceMembersEnterpriseConnectionWhere = {
  AND?: Array<AllianceMembersEnterpriseConnectionWhere> | null | undefined;
  NOT?: AllianceMembersEnterpriseConnectionWhere | null | undefined;
  OR?: Array<AllianceMembersEnterpriseConnectionWhere> | null | undefined;
  edge?: MemberOfWhere | null | undefined;
  node?: EnterpriseWhere | null | undefined;
};

export type AllianceMembersInstitutionConnectionWhere = {
  AND?: Array<AllianceMembersInstitutionConnectionWhere> | null | undefined;
  NOT?: AllianceMembersInstitutionConnectionWhere | null | undefined;
  OR?: Array<AllianceMembersInstitutionConnectionWhere> | null | undefined;
  edge?: MemberOfWhere | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type AllianceOrganizedEventsConnectionAggregateInput = {
  AND?: Array<AllianceOrganizedEventsConnectionAggregateInput> | null | undefined;
  NOT?: AllianceOrganizedEventsConnectionAggregateInput | null | undefined;
  OR?: Array<AllianceOrganizedEventsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: AllianceOrganizedEventsNodeAggregationWhereInput | null | undefined;
};

export type AllianceOrganizedEventsConnectionFilters = {
  /** Filter Alliances by aggregating results on related AllianceOrganizedEventsConnections */
  aggregate?: AllianceOrganizedEventsConnectionAggregateInput | null | undefined;
  /** Return Alliances where all of the related AllianceOrganizedEventsConnections match this filter */
  all?: AllianceOrganizedEventsConnectionWhere | null | undefined;
  /** Return Alliances where none of the related AllianceOrganizedEventsConnections match this filter */
  none?: AllianceOrganizedEventsConnectionWhere | null | undefined;
  /** Return Alliances where one of the related AllianceOrganizedEventsConnections match this filter */
  single?: AllianceOrganizedEventsConnectionWhere | null | undefined;
  /** Return Alliances where some of the related AllianceOrganizedEventsConnections match this filter */
  some?: AllianceOrganizedEventsConnectionWhere | null | undefined;
};

export type AllianceOrganizedEventsConnectionWhere = {
  AND?: Array<AllianceOrganizedEventsConnectionWhere> | null | undefined;
  NOT?: AllianceOrganizedEventsConnectionWhere | null | undefined;
  OR?: Array<AllianceOrganizedEventsConnectionWhere> | null | undefined;
  node?: EventWhere | null | undefined;
};

export type AllianceOrganizedEventsNodeAggregationWhereInput = {
  AND?: Array<AllianceOrganizedEventsNodeAggregationWhereInput> | null | undefined;
  NOT?: AllianceOrganizedEventsNodeAggregationWhereInput | null | undefined;
  OR?: Array<AllianceOrganizedEventsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  series?: StringScalarAggregationFilters | null | undefined;
};

export type AllianceRelationshipFilters = {
  /** Filter type where all of the related Alliances match this filter */
  all?: AllianceWhere | null | undefined;
  /** Filter type where none of the related Alliances match this filter */
  none?: AllianceWhere | null | undefined;
  /** Filter type where one of the related Alliances match this filter */
  single?: AllianceWhere | null | undefined;
  /** Filter type where some of the related Alliances match this filter */
  some?: AllianceWhere | null | undefined;
};

export type AllianceWhere = {
  AND?: Array<AllianceWhere> | null | undefined;
  NOT?: AllianceWhere | null | undefined;
  OR?: Array<AllianceWhere> | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: AllianceKindEnumScalarFilters | null | undefined;
  members?: AllianceMemberRelationshipFilters | null | undefined;
  membersConnection?: AllianceMembersConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  organizedEvents?: EventRelationshipFilters | null | undefined;
  organizedEventsConnection?: AllianceOrganizedEventsConnectionFilters | null | undefined;
};

/** Whether a network answer comes from results of the current graph version. */
export type AnalyticsState =
  /** No stored results for this period yet; a run is computing them (see progress). Lists are empty. */
  | 'COMPUTING'
  /** Stored results of the current graph version. */
  | 'READY'
  /** Stored results of an older graph version, served while the current version's are computed (see progress). */
  | 'STALE';

export type AttendedAggregationWhereInput = {
  AND?: Array<AttendedAggregationWhereInput> | null | undefined;
  NOT?: AttendedAggregationWhereInput | null | undefined;
  OR?: Array<AttendedAggregationWhereInput> | null | undefined;
  hours?: FloatScalarAggregationFilters | null | undefined;
};

export type AttendedWhere = {
  AND?: Array<AttendedWhere> | null | undefined;
  NOT?: AttendedWhere | null | undefined;
  OR?: Array<AttendedWhere> | null | undefined;
  certified?: BooleanScalarFilters | null | undefined;
  hours?: FloatScalarFilters | null | undefined;
};

/** Category of an award (评选). */
export type AwardCategory =
  /** 其他评选: any other award */
  | 'OTHER'
  /** 十佳技术转移机构 */
  | 'TOP10_AGENCY'
  /** 十佳技术经纪人 */
  | 'TOP10_BROKER'
  /** 十佳案例 */
  | 'TOP10_CASE';

/** AwardCategory filters */
export type AwardCategoryEnumScalarFilters = {
  eq?: AwardCategory | null | undefined;
  in?: Array<AwardCategory> | null | undefined;
};

export type AwardRecipientRelationshipFilters = {
  /** Filter type where all of the related AwardRecipients match this filter */
  all?: AwardRecipientWhere | null | undefined;
  /** Filter type where none of the related AwardRecipients match this filter */
  none?: AwardRecipientWhere | null | undefined;
  /** Filter type where one of the related AwardRecipients match this filter */
  single?: AwardRecipientWhere | null | undefined;
  /** Filter type where some of the related AwardRecipients match this filter */
  some?: AwardRecipientWhere | null | undefined;
};

export type AwardRecipientWhere = {
  Agency?: AgencyWhere | null | undefined;
  Broker?: BrokerWhere | null | undefined;
  Deal?: DealWhere | null | undefined;
};

export type AwardRecipientsAgencyConnectionWhere = {
  AND?: Array<AwardRecipientsAgencyConnectionWhere> | null | undefined;
  NOT?: AwardRecipientsAgencyConnectionWhere | null | undefined;
  OR?: Array<AwardRecipientsAgencyConnectionWhere> | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type AwardRecipientsBrokerConnectionWhere = {
  AND?: Array<AwardRecipientsBrokerConnectionWhere> | null | undefined;
  NOT?: AwardRecipientsBrokerConnectionWhere | null | undefined;
  OR?: Array<AwardRecipientsBrokerConnectionWhere> | null | undefined;
  node?: BrokerWhere | null | undefined;
};

export type AwardRecipientsConnectionFilters = {
  /** Return Awards where all of the related AwardRecipientsConnections match this filter */
  all?: AwardRecipientsConnectionWhere | null | undefined;
  /** Return Awards where none of the related AwardRecipientsConnections match this filter */
  none?: AwardRecipientsConnectionWhere | null | undefined;
  /** Return Awards where one of the related AwardRecipientsConnections match this filter */
  single?: AwardRecipientsConnectionWhere | null | undefined;
  /** Return Awards where some of the related AwardRecipientsConnections match this filter */
  some?: AwardRecipientsConnectionWhere | null | undefined;
};

export type AwardRecipientsConnectionWhere = {
  Agency?: AwardRecipientsAgencyConnectionWhere | null | undefined;
  Broker?: AwardRecipientsBrokerConnectionWhere | null | undefined;
  Deal?: AwardRecipientsDealConnectionWhere | null | undefined;
};

export type AwardRecipientsDealConnectionWhere = {
  AND?: Array<AwardRecipientsDealConnectionWhere> | null | undefined;
  NOT?: AwardRecipientsDealConnectionWhere | null | undefined;
  OR?: Array<AwardRecipientsDealConnectionWhere> | null | undefined;
  node?: DealWhere | null | undefined;
};

export type AwardRelationshipFilters = {
  /** Filter type where all of the related Awards match this filter */
  all?: AwardWhere | null | undefined;
  /** Filter type where none of the related Awards match this filter */
  none?: AwardWhere | null | undefined;
  /** Filter type where one of the related Awards match this filter */
  single?: AwardWhere | null | undefined;
  /** Filter type where some of the related Awards match this filter */
  some?: AwardWhere | null | undefined;
};

export type AwardWhere = {
  AND?: Array<AwardWhere> | null | undefined;
  NOT?: AwardWhere | null | undefined;
  OR?: Array<AwardWhere> | null | undefined;
  category?: AwardCategoryEnumScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  recipients?: AwardRecipientRelationshipFilters | null | undefined;
  recipientsConnection?: AwardRecipientsConnectionFilters | null | undefined;
  year?: IntScalarFilters | null | undefined;
};

/** Boolean filters */
export type BooleanScalarFilters = {
  eq?: boolean | null | undefined;
};

export type BrokerAwardsConnectionAggregateInput = {
  AND?: Array<BrokerAwardsConnectionAggregateInput> | null | undefined;
  NOT?: BrokerAwardsConnectionAggregateInput | null | undefined;
  OR?: Array<BrokerAwardsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: BrokerAwardsNodeAggregationWhereInput | null | undefined;
};

export type BrokerAwardsConnectionFilters = {
  /** Filter Brokers by aggregating results on related BrokerAwardsConnections */
  aggregate?: BrokerAwardsConnectionAggregateInput | null | undefined;
  /** Return Brokers where all of the related BrokerAwardsConnections match this filter */
  all?: BrokerAwardsConnectionWhere | null | undefined;
  /** Return Brokers where none of the related BrokerAwardsConnections match this filter */
  none?: BrokerAwardsConnectionWhere | null | undefined;
  /** Return Brokers where one of the related BrokerAwardsConnections match this filter */
  single?: BrokerAwardsConnectionWhere | null | undefined;
  /** Return Brokers where some of the related BrokerAwardsConnections match this filter */
  some?: BrokerAwardsConnectionWhere | null | undefined;
};

export type BrokerAwardsConnectionWhere = {
  AND?: Array<BrokerAwardsConnectionWhere> | null | undefined;
  NOT?: BrokerAwardsConnectionWhere | null | undefined;
  OR?: Array<BrokerAwardsConnectionWhere> | null | undefined;
  node?: AwardWhere | null | undefined;
};

export type BrokerAwardsNodeAggregationWhereInput = {
  AND?: Array<BrokerAwardsNodeAggregationWhereInput> | null | undefined;
  NOT?: BrokerAwardsNodeAggregationWhereInput | null | undefined;
  OR?: Array<BrokerAwardsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type BrokerChainsConnectionAggregateInput = {
  AND?: Array<BrokerChainsConnectionAggregateInput> | null | undefined;
  NOT?: BrokerChainsConnectionAggregateInput | null | undefined;
  OR?: Array<BrokerChainsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: BrokerChainsNodeAggregationWhereInput | null | undefined;
};

export type BrokerChainsConnectionFilters = {
  /** Filter Brokers by aggregating results on related BrokerChainsConnections */
  aggregate?: BrokerChainsConnectionAggregateInput | null | undefined;
  /** Return Brokers where all of the related BrokerChainsConnections match this filter */
  all?: BrokerChainsConnectionWhere | null | undefined;
  /** Return Brokers where none of the related BrokerChainsConnections match this filter */
  none?: BrokerChainsConnectionWhere | null | undefined;
  /** Return Brokers where one of the related BrokerChainsConnections match this filter */
  single?: BrokerChainsConnectionWhere | null | undefined;
  /** Return Brokers where some of the related BrokerChainsConnections match this filter */
  some?: BrokerChainsConnectionWhere | null | undefined;
};

export type BrokerChainsConnectionWhere = {
  AND?: Array<BrokerChainsConnectionWhere> | null | undefined;
  NOT?: BrokerChainsConnectionWhere | null | undefined;
  OR?: Array<BrokerChainsConnectionWhere> | null | undefined;
  node?: IndustryChainWhere | null | undefined;
};

export type BrokerChainsNodeAggregationWhereInput = {
  AND?: Array<BrokerChainsNodeAggregationWhereInput> | null | undefined;
  NOT?: BrokerChainsNodeAggregationWhereInput | null | undefined;
  OR?: Array<BrokerChainsNodeAggregationWhereInput> | null | undefined;
  ecosystem?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type BrokerDealsConnectionAggregateInput = {
  AND?: Array<BrokerDealsConnectionAggregateInput> | null | undefined;
  NOT?: BrokerDealsConnectionAggregateInput | null | undefined;
  OR?: Array<BrokerDealsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: BrokerDealsNodeAggregationWhereInput | null | undefined;
};

export type BrokerDealsConnectionFilters = {
  /** Filter Brokers by aggregating results on related BrokerDealsConnections */
  aggregate?: BrokerDealsConnectionAggregateInput | null | undefined;
  /** Return Brokers where all of the related BrokerDealsConnections match this filter */
  all?: BrokerDealsConnectionWhere | null | undefined;
  /** Return Brokers where none of the related BrokerDealsConnections match this filter */
  none?: BrokerDealsConnectionWhere | null | undefined;
  /** Return Brokers where one of the related BrokerDealsConnections match this filter */
  single?: BrokerDealsConnectionWhere | null | undefined;
  /** Return Brokers where some of the related BrokerDealsConnections match this filter */
  some?: BrokerDealsConnectionWhere | null | undefined;
};

export type BrokerDealsConnectionWhere = {
  AND?: Array<BrokerDealsConnectionWhere> | null | undefined;
  NOT?: BrokerDealsConnectionWhere | null | undefined;
  OR?: Array<BrokerDealsConnectionWhere> | null | undefined;
  edge?: BrokeredWhere | null | undefined;
  node?: DealWhere | null | undefined;
};

export type BrokerDealsNodeAggregationWhereInput = {
  AND?: Array<BrokerDealsNodeAggregationWhereInput> | null | undefined;
  NOT?: BrokerDealsNodeAggregationWhereInput | null | undefined;
  OR?: Array<BrokerDealsNodeAggregationWhereInput> | null | undefined;
  amount?: FloatScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type BrokerEmployersAgencyConnectionWhere = {
  AND?: Array<BrokerEmployersAgencyConnectionWhere> | null | undefined;
  NOT?: BrokerEmployersAgencyConnectionWhere | null | undefined;
  OR?: Array<BrokerEmployersAgencyConnectionWhere> | null | undefined;
  edge?: EmployedByWhere | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type BrokerEmployersConnectionFilters = {
  /** Return Brokers where all of the related BrokerEmployersConnections match this filter */
  all?: BrokerEmployersConnectionWhere | null | undefined;
  /** Return Brokers where none of the related BrokerEmployersConnections match this filter */
  none?: BrokerEmployersConnectionWhere | null | undefined;
  /** Return Brokers where one of the related BrokerEmployersConnections match this filter */
  single?: BrokerEmployersConnectionWhere | null | undefined;
  /** Return Brokers where some of the related BrokerEmployersConnections match this filter */
  some?: BrokerEmployersConnectionWhere | null | undefined;
};

export type BrokerEmployersConnectionWhere = {
  Agency?: BrokerEmployersAgencyConnectionWhere | null | undefined;
  Enterprise?: BrokerEmployersEnterpriseConnectionWhere | null | undefined;
  Institution?: BrokerEmployersInstitutionConnectionWhere | null | undefined;
};

export type BrokerEmployersEnterpriseConnectionWhere = {
  AND?: Array<BrokerEmployersEnterpriseConnectionWhere> | null | undefined;
  NOT?: BrokerEmployersEnterpriseConnectionWhere | null | undefined;
  OR?: Array<BrokerEmployersEnterpriseConnectionWhere> | null | undefined;
  edge?: EmployedByWhere | null | undefined;
  node?: EnterpriseWhere | null | undefined;
};

export type BrokerEmployersInstitutionConnectionWhere = {
  AND?: Array<BrokerEmployersInstitutionConnectionWhere> | null | undefined;
  NOT?: BrokerEmployersInstitutionConnectionWhere | null | undefined;
  OR?: Array<BrokerEmployersInstitutionConnectionWhere> | null | undefined;
  edge?: EmployedByWhere | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type BrokerEventsConnectionAggregateInput = {
  AND?: Array<BrokerEventsConnectionAggregateInput> | null | undefined;
  NOT?: BrokerEventsConnectionAggregateInput | null | undefined;
  OR?: Array<BrokerEventsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: AttendedAggregationWhereInput | null | undefined;
  node?: BrokerEventsNodeAggregationWhereInput | null | undefined;
};

export type BrokerEventsConnectionFilters = {
  /** Filter Brokers by aggregating results on related BrokerEventsConnections */
  aggregate?: BrokerEventsConnectionAggregateInput | null | undefined;
  /** Return Brokers where all of the related BrokerEventsConnections match this filter */
  all?: BrokerEventsConnectionWhere | null | undefined;
  /** Return Brokers where none of the related BrokerEventsConnections match this filter */
  none?: BrokerEventsConnectionWhere | null | undefined;
  /** Return Brokers where one of the related BrokerEventsConnections match this filter */
  single?: BrokerEventsConnectionWhere | null | undefined;
  /** Return Brokers where some of the related BrokerEventsConnections match this filter */
  some?: BrokerEventsConnectionWhere | null | undefined;
};

export type BrokerEventsConnectionWhere = {
  AND?: Array<BrokerEventsConnectionWhere> | null | undefined;
  NOT?: BrokerEventsConnectionWhere | null | undefined;
  OR?: Array<BrokerEventsConnectionWhere> | null | undefined;
  edge?: AttendedWhere | null | undefined;
  node?: EventWhere | null | undefined;
};

export type BrokerEventsNodeAggregationWhereInput = {
  AND?: Array<BrokerEventsNodeAggregationWhereInput> | null | undefined;
  NOT?: BrokerEventsNodeAggregationWhereInput | null | undefined;
  OR?: Array<BrokerEventsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  series?: StringScalarAggregationFilters | null | undefined;
};

export type BrokerRelationshipFilters = {
  /** Filter type where all of the related Brokers match this filter */
  all?: BrokerWhere | null | undefined;
  /** Filter type where none of the related Brokers match this filter */
  none?: BrokerWhere | null | undefined;
  /** Filter type where one of the related Brokers match this filter */
  single?: BrokerWhere | null | undefined;
  /** Filter type where some of the related Brokers match this filter */
  some?: BrokerWhere | null | undefined;
};

/** A broker's role in a deal (BROKERED.role). */
export type BrokerRole =
  /** The lead broker of the deal (credit 1 in the broker ranking). */
  | 'LEAD'
  /** A supporting broker (credit 0.5 in the broker ranking). */
  | 'SUPPORT';

/** BrokerRole filters */
export type BrokerRoleEnumScalarFilters = {
  eq?: BrokerRole | null | undefined;
  in?: Array<BrokerRole> | null | undefined;
};

export type BrokerWhere = {
  AND?: Array<BrokerWhere> | null | undefined;
  NOT?: BrokerWhere | null | undefined;
  OR?: Array<BrokerWhere> | null | undefined;
  awards?: AwardRelationshipFilters | null | undefined;
  awardsConnection?: BrokerAwardsConnectionFilters | null | undefined;
  chains?: IndustryChainRelationshipFilters | null | undefined;
  chainsConnection?: BrokerChainsConnectionFilters | null | undefined;
  commissioner?: BooleanScalarFilters | null | undefined;
  deals?: DealRelationshipFilters | null | undefined;
  dealsConnection?: BrokerDealsConnectionFilters | null | undefined;
  employers?: EmployerRelationshipFilters | null | undefined;
  employersConnection?: BrokerEmployersConnectionFilters | null | undefined;
  events?: EventRelationshipFilters | null | undefined;
  eventsConnection?: BrokerEventsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  registeredOn?: DateScalarFilters | null | undefined;
  shortageCatalog?: BooleanScalarFilters | null | undefined;
  talentProgram?: BooleanScalarFilters | null | undefined;
  titleLevel?: TitleLevelEnumScalarFilters | null | undefined;
};

export type BrokeredWhere = {
  AND?: Array<BrokeredWhere> | null | undefined;
  NOT?: BrokeredWhere | null | undefined;
  OR?: Array<BrokeredWhere> | null | undefined;
  role?: BrokerRoleEnumScalarFilters | null | undefined;
};

export type ConnectionAggregationCountFilterInput = {
  edges?: IntScalarFilters | null | undefined;
  nodes?: IntScalarFilters | null | undefined;
};

/**
 * How deals are grouped in `conversionRate`. A deal belongs to at most one seller district, buyer
 * district, institution and lab, but to every chain its transferred results apply to, so CHAIN
 * groups may add up to more than the overall figures. Deals without a value for the grouping
 * attribute (e.g. an enterprise seller under INSTITUTION) appear only in the overall figures and
 * are counted in `coverage.ungrouped`.
 */
export type ConversionGroupBy =
  /** District of the buyer: shows where the deals landed (the rate is 1 for Chengdu districts, 0 elsewhere). */
  | 'BUYER_DISTRICT'
  /** Industrial chains of the transferred results (APPLIES_TO). */
  | 'CHAIN'
  /** Selling institution (a lab is folded into its institution; enterprise sellers are left out). */
  | 'INSTITUTION'
  /** Selling lab (its district is its institution's; `parent` names the institution; other sellers are left out). */
  | 'LAB'
  /** Overall figures only. */
  | 'NONE'
  /** District of the seller (a lab's: its institution's) — the supply side (default). */
  | 'SELLER_DISTRICT';

/**
 * A period of days, the one period input of every custom field that takes a period: either a calendar
 * year (`year`) or a range of days (`from`, `to`, both inclusive, ISO `YYYY-MM-DD`); never both.
 * What a field accepts follows from what it measures:
 * - a closed period (`conversionRate`, `flows`, `kpiProgress`): `year`, or both `from` and `to`;
 * - a period open at either end (`networkEvaluation`, `networkNode`, `brokerageRoles`, `memberGaps`,
 *   `dealsPage`): `year`, or `from` and/or `to` (an omitted end is open; `{}` = all dates);
 * - one calendar year (`topBrokers`, `topAgencies`, `topCases`, `agencyEvaluation`, `annualReport`):
 *   `year`, or `from` 1 January and `to` 31 December of one year;
 * - whole years (`conversionTrend`): `year`, or `from` 1 January of the first year and `to` 31
 *   December of the last.
 * Anything else is BAD_USER_INPUT naming the part (`period.year`, `period.from`, `period.to`).
 */
export type DatePeriod = {
  /** First day of the period (inclusive); open when omitted where the field allows it. */
  from?: string | null | undefined;
  /** Last day of the period (inclusive); open when omitted where the field allows it. */
  to?: string | null | undefined;
  /** A calendar year, 1949–2100: 1 January to 31 December. Not together with from/to. */
  year?: number | null | undefined;
};

/** Date filters */
export type DateScalarFilters = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  in?: Array<string> | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DealAgenciesConnectionAggregateInput = {
  AND?: Array<DealAgenciesConnectionAggregateInput> | null | undefined;
  NOT?: DealAgenciesConnectionAggregateInput | null | undefined;
  OR?: Array<DealAgenciesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DealAgenciesNodeAggregationWhereInput | null | undefined;
};

export type DealAgenciesConnectionFilters = {
  /** Filter Deals by aggregating results on related DealAgenciesConnections */
  aggregate?: DealAgenciesConnectionAggregateInput | null | undefined;
  /** Return Deals where all of the related DealAgenciesConnections match this filter */
  all?: DealAgenciesConnectionWhere | null | undefined;
  /** Return Deals where none of the related DealAgenciesConnections match this filter */
  none?: DealAgenciesConnectionWhere | null | undefined;
  /** Return Deals where one of the related DealAgenciesConnections match this filter */
  single?: DealAgenciesConnectionWhere | null | undefined;
  /** Return Deals where some of the related DealAgenciesConnections match this filter */
  some?: DealAgenciesConnectionWhere | null | undefined;
};

export type DealAgenciesConnectionWhere = {
  AND?: Array<DealAgenciesConnectionWhere> | null | undefined;
  NOT?: DealAgenciesConnectionWhere | null | undefined;
  OR?: Array<DealAgenciesConnectionWhere> | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type DealAgenciesNodeAggregationWhereInput = {
  AND?: Array<DealAgenciesNodeAggregationWhereInput> | null | undefined;
  NOT?: DealAgenciesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DealAgenciesNodeAggregationWhereInput> | null | undefined;
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type DealAwardsConnectionAggregateInput = {
  AND?: Array<DealAwardsConnectionAggregateInput> | null | undefined;
  NOT?: DealAwardsConnectionAggregateInput | null | undefined;
  OR?: Array<DealAwardsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DealAwardsNodeAggregationWhereInput | null | undefined;
};

export type DealAwardsConnectionFilters = {
  /** Filter Deals by aggregating results on related DealAwardsConnections */
  aggregate?: DealAwardsConnectionAggregateInput | null | undefined;
  /** Return Deals where all of the related DealAwardsConnections match this filter */
  all?: DealAwardsConnectionWhere | null | undefined;
  /** Return Deals where none of the related DealAwardsConnections match this filter */
  none?: DealAwardsConnectionWhere | null | undefined;
  /** Return Deals where one of the related DealAwardsConnections match this filter */
  single?: DealAwardsConnectionWhere | null | undefined;
  /** Return Deals where some of the related DealAwardsConnections match this filter */
  some?: DealAwardsConnectionWhere | null | undefined;
};

export type DealAwardsConnectionWhere = {
  AND?: Array<DealAwardsConnectionWhere> | null | undefined;
  NOT?: DealAwardsConnectionWhere | null | undefined;
  OR?: Array<DealAwardsConnectionWhere> | null | undefined;
  node?: AwardWhere | null | undefined;
};

export type DealAwardsNodeAggregationWhereInput = {
  AND?: Array<DealAwardsNodeAggregationWhereInput> | null | undefined;
  NOT?: DealAwardsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DealAwardsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DealBrokersConnectionAggregateInput = {
  AND?: Array<DealBrokersConnectionAggregateInput> | null | undefined;
  NOT?: DealBrokersConnectionAggregateInput | null | undefined;
  OR?: Array<DealBrokersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DealBrokersNodeAggregationWhereInput | null | undefined;
};

export type DealBrokersConnectionFilters = {
  /** Filter Deals by aggregating results on related DealBrokersConnections */
  aggregate?: DealBrokersConnectionAggregateInput | null | undefined;
  /** Return Deals where all of the related DealBrokersConnections match this filter */
  all?: DealBrokersConnectionWhere | null | undefined;
  /** Return Deals where none of the related DealBrokersConnections match this filter */
  none?: DealBrokersConnectionWhere | null | undefined;
  /** Return Deals where one of the related DealBrokersConnections match this filter */
  single?: DealBrokersConnectionWhere | null | undefined;
  /** Return Deals where some of the related DealBrokersConnections match this filter */
  some?: DealBrokersConnectionWhere | null | undefined;
};

export type DealBrokersConnectionWhere = {
  AND?: Array<DealBrokersConnectionWhere> | null | undefined;
  NOT?: DealBrokersConnectionWhere | null | undefined;
  OR?: Array<DealBrokersConnectionWhere> | null | undefined;
  edge?: BrokeredWhere | null | undefined;
  node?: BrokerWhere | null | undefined;
};

export type DealBrokersNodeAggregationWhereInput = {
  AND?: Array<DealBrokersNodeAggregationWhereInput> | null | undefined;
  NOT?: DealBrokersNodeAggregationWhereInput | null | undefined;
  OR?: Array<DealBrokersNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type DealBuyersConnectionAggregateInput = {
  AND?: Array<DealBuyersConnectionAggregateInput> | null | undefined;
  NOT?: DealBuyersConnectionAggregateInput | null | undefined;
  OR?: Array<DealBuyersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DealBuyersNodeAggregationWhereInput | null | undefined;
};

export type DealBuyersConnectionFilters = {
  /** Filter Deals by aggregating results on related DealBuyersConnections */
  aggregate?: DealBuyersConnectionAggregateInput | null | undefined;
  /** Return Deals where all of the related DealBuyersConnections match this filter */
  all?: DealBuyersConnectionWhere | null | undefined;
  /** Return Deals where none of the related DealBuyersConnections match this filter */
  none?: DealBuyersConnectionWhere | null | undefined;
  /** Return Deals where one of the related DealBuyersConnections match this filter */
  single?: DealBuyersConnectionWhere | null | undefined;
  /** Return Deals where some of the related DealBuyersConnections match this filter */
  some?: DealBuyersConnectionWhere | null | undefined;
};

export type DealBuyersConnectionWhere = {
  AND?: Array<DealBuyersConnectionWhere> | null | undefined;
  NOT?: DealBuyersConnectionWhere | null | undefined;
  OR?: Array<DealBuyersConnectionWhere> | null | undefined;
  node?: EnterpriseWhere | null | undefined;
};

export type DealBuyersNodeAggregationWhereInput = {
  AND?: Array<DealBuyersNodeAggregationWhereInput> | null | undefined;
  NOT?: DealBuyersNodeAggregationWhereInput | null | undefined;
  OR?: Array<DealBuyersNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  uscc?: StringScalarAggregationFilters | null | undefined;
};

export type DealDemandsConnectionAggregateInput = {
  AND?: Array<DealDemandsConnectionAggregateInput> | null | undefined;
  NOT?: DealDemandsConnectionAggregateInput | null | undefined;
  OR?: Array<DealDemandsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DealDemandsNodeAggregationWhereInput | null | undefined;
};

export type DealDemandsConnectionFilters = {
  /** Filter Deals by aggregating results on related DealDemandsConnections */
  aggregate?: DealDemandsConnectionAggregateInput | null | undefined;
  /** Return Deals where all of the related DealDemandsConnections match this filter */
  all?: DealDemandsConnectionWhere | null | undefined;
  /** Return Deals where none of the related DealDemandsConnections match this filter */
  none?: DealDemandsConnectionWhere | null | undefined;
  /** Return Deals where one of the related DealDemandsConnections match this filter */
  single?: DealDemandsConnectionWhere | null | undefined;
  /** Return Deals where some of the related DealDemandsConnections match this filter */
  some?: DealDemandsConnectionWhere | null | undefined;
};

export type DealDemandsConnectionWhere = {
  AND?: Array<DealDemandsConnectionWhere> | null | undefined;
  NOT?: DealDemandsConnectionWhere | null | undefined;
  OR?: Array<DealDemandsConnectionWhere> | null | undefined;
  node?: DemandWhere | null | undefined;
};

export type DealDemandsNodeAggregationWhereInput = {
  AND?: Array<DealDemandsNodeAggregationWhereInput> | null | undefined;
  NOT?: DealDemandsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DealDemandsNodeAggregationWhereInput> | null | undefined;
  budget?: FloatScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type DealEventsConnectionAggregateInput = {
  AND?: Array<DealEventsConnectionAggregateInput> | null | undefined;
  NOT?: DealEventsConnectionAggregateInput | null | undefined;
  OR?: Array<DealEventsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DealEventsNodeAggregationWhereInput | null | undefined;
};

export type DealEventsConnectionFilters = {
  /** Filter Deals by aggregating results on related DealEventsConnections */
  aggregate?: DealEventsConnectionAggregateInput | null | undefined;
  /** Return Deals where all of the related DealEventsConnections match this filter */
  all?: DealEventsConnectionWhere | null | undefined;
  /** Return Deals where none of the related DealEventsConnections match this filter */
  none?: DealEventsConnectionWhere | null | undefined;
  /** Return Deals where one of the related DealEventsConnections match this filter */
  single?: DealEventsConnectionWhere | null | undefined;
  /** Return Deals where some of the related DealEventsConnections match this filter */
  some?: DealEventsConnectionWhere | null | undefined;
};

export type DealEventsConnectionWhere = {
  AND?: Array<DealEventsConnectionWhere> | null | undefined;
  NOT?: DealEventsConnectionWhere | null | undefined;
  OR?: Array<DealEventsConnectionWhere> | null | undefined;
  node?: EventWhere | null | undefined;
};

export type DealEventsNodeAggregationWhereInput = {
  AND?: Array<DealEventsNodeAggregationWhereInput> | null | undefined;
  NOT?: DealEventsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DealEventsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  series?: StringScalarAggregationFilters | null | undefined;
};

/** Kind of deal: the Civil Code's technology contracts (Art. 843) and equity conversion (作价入股). */
export type DealKind =
  /** 技术咨询 */
  | 'CONSULTING'
  /** 技术开发 */
  | 'DEVELOPMENT'
  /** 作价入股 */
  | 'EQUITY'
  /** 技术许可 */
  | 'LICENSE'
  /** 技术服务 */
  | 'SERVICE'
  /** 技术转让 */
  | 'TRANSFER';

/** DealKind filters */
export type DealKindEnumScalarFilters = {
  eq?: DealKind | null | undefined;
  in?: Array<DealKind> | null | undefined;
};

export type DealRelationshipFilters = {
  /** Filter type where all of the related Deals match this filter */
  all?: DealWhere | null | undefined;
  /** Filter type where none of the related Deals match this filter */
  none?: DealWhere | null | undefined;
  /** Filter type where one of the related Deals match this filter */
  single?: DealWhere | null | undefined;
  /** Filter type where some of the related Deals match this filter */
  some?: DealWhere | null | undefined;
};

export type DealResultsConnectionAggregateInput = {
  AND?: Array<DealResultsConnectionAggregateInput> | null | undefined;
  NOT?: DealResultsConnectionAggregateInput | null | undefined;
  OR?: Array<DealResultsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DealResultsNodeAggregationWhereInput | null | undefined;
};

export type DealResultsConnectionFilters = {
  /** Filter Deals by aggregating results on related DealResultsConnections */
  aggregate?: DealResultsConnectionAggregateInput | null | undefined;
  /** Return Deals where all of the related DealResultsConnections match this filter */
  all?: DealResultsConnectionWhere | null | undefined;
  /** Return Deals where none of the related DealResultsConnections match this filter */
  none?: DealResultsConnectionWhere | null | undefined;
  /** Return Deals where one of the related DealResultsConnections match this filter */
  single?: DealResultsConnectionWhere | null | undefined;
  /** Return Deals where some of the related DealResultsConnections match this filter */
  some?: DealResultsConnectionWhere | null | undefined;
};

export type DealResultsConnectionWhere = {
  AND?: Array<DealResultsConnectionWhere> | null | undefined;
  NOT?: DealResultsConnectionWhere | null | undefined;
  OR?: Array<DealResultsConnectionWhere> | null | undefined;
  node?: ResultWhere | null | undefined;
};

export type DealResultsNodeAggregationWhereInput = {
  AND?: Array<DealResultsNodeAggregationWhereInput> | null | undefined;
  NOT?: DealResultsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DealResultsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  trl?: IntScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type DealSellersConnectionFilters = {
  /** Return Deals where all of the related DealSellersConnections match this filter */
  all?: DealSellersConnectionWhere | null | undefined;
  /** Return Deals where none of the related DealSellersConnections match this filter */
  none?: DealSellersConnectionWhere | null | undefined;
  /** Return Deals where one of the related DealSellersConnections match this filter */
  single?: DealSellersConnectionWhere | null | undefined;
  /** Return Deals where some of the related DealSellersConnections match this filter */
  some?: DealSellersConnectionWhere | null | undefined;
};

export type DealSellersConnectionWhere = {
  Enterprise?: DealSellersEnterpriseConnectionWhere | null | undefined;
  Institution?: DealSellersInstitutionConnectionWhere | null | undefined;
  Lab?: DealSellersLabConnectionWhere | null | undefined;
};

export type DealSellersEnterpriseConnectionWhere = {
  AND?: Array<DealSellersEnterpriseConnectionWhere> | null | undefined;
  NOT?: DealSellersEnterpriseConnectionWhere | null | undefined;
  OR?: Array<DealSellersEnterpriseConnectionWhere> | null | undefined;
  node?: EnterpriseWhere | null | undefined;
};

export type DealSellersInstitutionConnectionWhere = {
  AND?: Array<DealSellersInstitutionConnectionWhere> | null | undefined;
  NOT?: DealSellersInstitutionConnectionWhere | null | undefined;
  OR?: Array<DealSellersInstitutionConnectionWhere> | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type DealSellersLabConnectionWhere = {
  AND?: Array<DealSellersLabConnectionWhere> | null | undefined;
  NOT?: DealSellersLabConnectionWhere | null | undefined;
  OR?: Array<DealSellersLabConnectionWhere> | null | undefined;
  node?: LabWhere | null | undefined;
};

export type DealWhere = {
  AND?: Array<DealWhere> | null | undefined;
  NOT?: DealWhere | null | undefined;
  OR?: Array<DealWhere> | null | undefined;
  agencies?: AgencyRelationshipFilters | null | undefined;
  agenciesConnection?: DealAgenciesConnectionFilters | null | undefined;
  amount?: FloatScalarFilters | null | undefined;
  awards?: AwardRelationshipFilters | null | undefined;
  awardsConnection?: DealAwardsConnectionFilters | null | undefined;
  brokers?: BrokerRelationshipFilters | null | undefined;
  brokersConnection?: DealBrokersConnectionFilters | null | undefined;
  buyers?: EnterpriseRelationshipFilters | null | undefined;
  buyersConnection?: DealBuyersConnectionFilters | null | undefined;
  demands?: DemandRelationshipFilters | null | undefined;
  demandsConnection?: DealDemandsConnectionFilters | null | undefined;
  events?: EventRelationshipFilters | null | undefined;
  eventsConnection?: DealEventsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: DealKindEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  registered?: BooleanScalarFilters | null | undefined;
  results?: ResultRelationshipFilters | null | undefined;
  resultsConnection?: DealResultsConnectionFilters | null | undefined;
  sellers?: SellerRelationshipFilters | null | undefined;
  sellersConnection?: DealSellersConnectionFilters | null | undefined;
  signedOn?: DateScalarFilters | null | undefined;
};

export type DemandChainsConnectionAggregateInput = {
  AND?: Array<DemandChainsConnectionAggregateInput> | null | undefined;
  NOT?: DemandChainsConnectionAggregateInput | null | undefined;
  OR?: Array<DemandChainsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DemandChainsNodeAggregationWhereInput | null | undefined;
};

export type DemandChainsConnectionFilters = {
  /** Filter Demands by aggregating results on related DemandChainsConnections */
  aggregate?: DemandChainsConnectionAggregateInput | null | undefined;
  /** Return Demands where all of the related DemandChainsConnections match this filter */
  all?: DemandChainsConnectionWhere | null | undefined;
  /** Return Demands where none of the related DemandChainsConnections match this filter */
  none?: DemandChainsConnectionWhere | null | undefined;
  /** Return Demands where one of the related DemandChainsConnections match this filter */
  single?: DemandChainsConnectionWhere | null | undefined;
  /** Return Demands where some of the related DemandChainsConnections match this filter */
  some?: DemandChainsConnectionWhere | null | undefined;
};

export type DemandChainsConnectionWhere = {
  AND?: Array<DemandChainsConnectionWhere> | null | undefined;
  NOT?: DemandChainsConnectionWhere | null | undefined;
  OR?: Array<DemandChainsConnectionWhere> | null | undefined;
  node?: IndustryChainWhere | null | undefined;
};

export type DemandChainsNodeAggregationWhereInput = {
  AND?: Array<DemandChainsNodeAggregationWhereInput> | null | undefined;
  NOT?: DemandChainsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DemandChainsNodeAggregationWhereInput> | null | undefined;
  ecosystem?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type DemandDealsConnectionAggregateInput = {
  AND?: Array<DemandDealsConnectionAggregateInput> | null | undefined;
  NOT?: DemandDealsConnectionAggregateInput | null | undefined;
  OR?: Array<DemandDealsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DemandDealsNodeAggregationWhereInput | null | undefined;
};

export type DemandDealsConnectionFilters = {
  /** Filter Demands by aggregating results on related DemandDealsConnections */
  aggregate?: DemandDealsConnectionAggregateInput | null | undefined;
  /** Return Demands where all of the related DemandDealsConnections match this filter */
  all?: DemandDealsConnectionWhere | null | undefined;
  /** Return Demands where none of the related DemandDealsConnections match this filter */
  none?: DemandDealsConnectionWhere | null | undefined;
  /** Return Demands where one of the related DemandDealsConnections match this filter */
  single?: DemandDealsConnectionWhere | null | undefined;
  /** Return Demands where some of the related DemandDealsConnections match this filter */
  some?: DemandDealsConnectionWhere | null | undefined;
};

export type DemandDealsConnectionWhere = {
  AND?: Array<DemandDealsConnectionWhere> | null | undefined;
  NOT?: DemandDealsConnectionWhere | null | undefined;
  OR?: Array<DemandDealsConnectionWhere> | null | undefined;
  node?: DealWhere | null | undefined;
};

export type DemandDealsNodeAggregationWhereInput = {
  AND?: Array<DemandDealsNodeAggregationWhereInput> | null | undefined;
  NOT?: DemandDealsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DemandDealsNodeAggregationWhereInput> | null | undefined;
  amount?: FloatScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type DemandEnterprisesConnectionAggregateInput = {
  AND?: Array<DemandEnterprisesConnectionAggregateInput> | null | undefined;
  NOT?: DemandEnterprisesConnectionAggregateInput | null | undefined;
  OR?: Array<DemandEnterprisesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DemandEnterprisesNodeAggregationWhereInput | null | undefined;
};

export type DemandEnterprisesConnectionFilters = {
  /** Filter Demands by aggregating results on related DemandEnterprisesConnections */
  aggregate?: DemandEnterprisesConnectionAggregateInput | null | undefined;
  /** Return Demands where all of the related DemandEnterprisesConnections match this filter */
  all?: DemandEnterprisesConnectionWhere | null | undefined;
  /** Return Demands where none of the related DemandEnterprisesConnections match this filter */
  none?: DemandEnterprisesConnectionWhere | null | undefined;
  /** Return Demands where one of the related DemandEnterprisesConnections match this filter */
  single?: DemandEnterprisesConnectionWhere | null | undefined;
  /** Return Demands where some of the related DemandEnterprisesConnections match this filter */
  some?: DemandEnterprisesConnectionWhere | null | undefined;
};

export type DemandEnterprisesConnectionWhere = {
  AND?: Array<DemandEnterprisesConnectionWhere> | null | undefined;
  NOT?: DemandEnterprisesConnectionWhere | null | undefined;
  OR?: Array<DemandEnterprisesConnectionWhere> | null | undefined;
  node?: EnterpriseWhere | null | undefined;
};

export type DemandEnterprisesNodeAggregationWhereInput = {
  AND?: Array<DemandEnterprisesNodeAggregationWhereInput> | null | undefined;
  NOT?: DemandEnterprisesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DemandEnterprisesNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  uscc?: StringScalarAggregationFilters | null | undefined;
};

export type DemandRelationshipFilters = {
  /** Filter type where all of the related Demands match this filter */
  all?: DemandWhere | null | undefined;
  /** Filter type where none of the related Demands match this filter */
  none?: DemandWhere | null | undefined;
  /** Filter type where one of the related Demands match this filter */
  single?: DemandWhere | null | undefined;
  /** Filter type where some of the related Demands match this filter */
  some?: DemandWhere | null | undefined;
};

/** State of an enterprise's technology demand. */
export type DemandStatus =
  /** Closed: no longer sought. */
  | 'CLOSED'
  /** Matched with a result or partner. */
  | 'MATCHED'
  /** Looking for results or partners. */
  | 'OPEN';

/** DemandStatus filters */
export type DemandStatusEnumScalarFilters = {
  eq?: DemandStatus | null | undefined;
  in?: Array<DemandStatus> | null | undefined;
};

export type DemandWhere = {
  AND?: Array<DemandWhere> | null | undefined;
  NOT?: DemandWhere | null | undefined;
  OR?: Array<DemandWhere> | null | undefined;
  budget?: FloatScalarFilters | null | undefined;
  chains?: IndustryChainRelationshipFilters | null | undefined;
  chainsConnection?: DemandChainsConnectionFilters | null | undefined;
  deals?: DealRelationshipFilters | null | undefined;
  dealsConnection?: DemandDealsConnectionFilters | null | undefined;
  description?: StringScalarFilters | null | undefined;
  enterprises?: EnterpriseRelationshipFilters | null | undefined;
  enterprisesConnection?: DemandEnterprisesConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  postedOn?: DateScalarFilters | null | undefined;
  status?: DemandStatusEnumScalarFilters | null | undefined;
};

export type DeveloperRelationshipFilters = {
  /** Filter type where all of the related Developers match this filter */
  all?: DeveloperWhere | null | undefined;
  /** Filter type where none of the related Developers match this filter */
  none?: DeveloperWhere | null | undefined;
  /** Filter type where one of the related Developers match this filter */
  single?: DeveloperWhere | null | undefined;
  /** Filter type where some of the related Developers match this filter */
  some?: DeveloperWhere | null | undefined;
};

export type DeveloperWhere = {
  Enterprise?: EnterpriseWhere | null | undefined;
  Institution?: InstitutionWhere | null | undefined;
  Lab?: LabWhere | null | undefined;
};

export type DistrictAgenciesConnectionAggregateInput = {
  AND?: Array<DistrictAgenciesConnectionAggregateInput> | null | undefined;
  NOT?: DistrictAgenciesConnectionAggregateInput | null | undefined;
  OR?: Array<DistrictAgenciesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DistrictAgenciesNodeAggregationWhereInput | null | undefined;
};

export type DistrictAgenciesConnectionFilters = {
  /** Filter Districts by aggregating results on related DistrictAgenciesConnections */
  aggregate?: DistrictAgenciesConnectionAggregateInput | null | undefined;
  /** Return Districts where all of the related DistrictAgenciesConnections match this filter */
  all?: DistrictAgenciesConnectionWhere | null | undefined;
  /** Return Districts where none of the related DistrictAgenciesConnections match this filter */
  none?: DistrictAgenciesConnectionWhere | null | undefined;
  /** Return Districts where one of the related DistrictAgenciesConnections match this filter */
  single?: DistrictAgenciesConnectionWhere | null | undefined;
  /** Return Districts where some of the related DistrictAgenciesConnections match this filter */
  some?: DistrictAgenciesConnectionWhere | null | undefined;
};

export type DistrictAgenciesConnectionWhere = {
  AND?: Array<DistrictAgenciesConnectionWhere> | null | undefined;
  NOT?: DistrictAgenciesConnectionWhere | null | undefined;
  OR?: Array<DistrictAgenciesConnectionWhere> | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type DistrictAgenciesNodeAggregationWhereInput = {
  AND?: Array<DistrictAgenciesNodeAggregationWhereInput> | null | undefined;
  NOT?: DistrictAgenciesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DistrictAgenciesNodeAggregationWhereInput> | null | undefined;
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type DistrictEnterprisesConnectionAggregateInput = {
  AND?: Array<DistrictEnterprisesConnectionAggregateInput> | null | undefined;
  NOT?: DistrictEnterprisesConnectionAggregateInput | null | undefined;
  OR?: Array<DistrictEnterprisesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DistrictEnterprisesNodeAggregationWhereInput | null | undefined;
};

export type DistrictEnterprisesConnectionFilters = {
  /** Filter Districts by aggregating results on related DistrictEnterprisesConnections */
  aggregate?: DistrictEnterprisesConnectionAggregateInput | null | undefined;
  /** Return Districts where all of the related DistrictEnterprisesConnections match this filter */
  all?: DistrictEnterprisesConnectionWhere | null | undefined;
  /** Return Districts where none of the related DistrictEnterprisesConnections match this filter */
  none?: DistrictEnterprisesConnectionWhere | null | undefined;
  /** Return Districts where one of the related DistrictEnterprisesConnections match this filter */
  single?: DistrictEnterprisesConnectionWhere | null | undefined;
  /** Return Districts where some of the related DistrictEnterprisesConnections match this filter */
  some?: DistrictEnterprisesConnectionWhere | null | undefined;
};

export type DistrictEnterprisesConnectionWhere = {
  AND?: Array<DistrictEnterprisesConnectionWhere> | null | undefined;
  NOT?: DistrictEnterprisesConnectionWhere | null | undefined;
  OR?: Array<DistrictEnterprisesConnectionWhere> | null | undefined;
  node?: EnterpriseWhere | null | undefined;
};

export type DistrictEnterprisesNodeAggregationWhereInput = {
  AND?: Array<DistrictEnterprisesNodeAggregationWhereInput> | null | undefined;
  NOT?: DistrictEnterprisesNodeAggregationWhereInput | null | undefined;
  OR?: Array<DistrictEnterprisesNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  uscc?: StringScalarAggregationFilters | null | undefined;
};

export type DistrictEventsConnectionAggregateInput = {
  AND?: Array<DistrictEventsConnectionAggregateInput> | null | undefined;
  NOT?: DistrictEventsConnectionAggregateInput | null | undefined;
  OR?: Array<DistrictEventsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DistrictEventsNodeAggregationWhereInput | null | undefined;
};

export type DistrictEventsConnectionFilters = {
  /** Filter Districts by aggregating results on related DistrictEventsConnections */
  aggregate?: DistrictEventsConnectionAggregateInput | null | undefined;
  /** Return Districts where all of the related DistrictEventsConnections match this filter */
  all?: DistrictEventsConnectionWhere | null | undefined;
  /** Return Districts where none of the related DistrictEventsConnections match this filter */
  none?: DistrictEventsConnectionWhere | null | undefined;
  /** Return Districts where one of the related DistrictEventsConnections match this filter */
  single?: DistrictEventsConnectionWhere | null | undefined;
  /** Return Districts where some of the related DistrictEventsConnections match this filter */
  some?: DistrictEventsConnectionWhere | null | undefined;
};

export type DistrictEventsConnectionWhere = {
  AND?: Array<DistrictEventsConnectionWhere> | null | undefined;
  NOT?: DistrictEventsConnectionWhere | null | undefined;
  OR?: Array<DistrictEventsConnectionWhere> | null | undefined;
  node?: EventWhere | null | undefined;
};

export type DistrictEventsNodeAggregationWhereInput = {
  AND?: Array<DistrictEventsNodeAggregationWhereInput> | null | undefined;
  NOT?: DistrictEventsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DistrictEventsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  series?: StringScalarAggregationFilters | null | undefined;
};

export type DistrictInstitutionsConnectionAggregateInput = {
  AND?: Array<DistrictInstitutionsConnectionAggregateInput> | null | undefined;
  NOT?: DistrictInstitutionsConnectionAggregateInput | null | undefined;
  OR?: Array<DistrictInstitutionsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DistrictInstitutionsNodeAggregationWhereInput | null | undefined;
};

export type DistrictInstitutionsConnectionFilters = {
  /** Filter Districts by aggregating results on related DistrictInstitutionsConnections */
  aggregate?: DistrictInstitutionsConnectionAggregateInput | null | undefined;
  /** Return Districts where all of the related DistrictInstitutionsConnections match this filter */
  all?: DistrictInstitutionsConnectionWhere | null | undefined;
  /** Return Districts where none of the related DistrictInstitutionsConnections match this filter */
  none?: DistrictInstitutionsConnectionWhere | null | undefined;
  /** Return Districts where one of the related DistrictInstitutionsConnections match this filter */
  single?: DistrictInstitutionsConnectionWhere | null | undefined;
  /** Return Districts where some of the related DistrictInstitutionsConnections match this filter */
  some?: DistrictInstitutionsConnectionWhere | null | undefined;
};

export type DistrictInstitutionsConnectionWhere = {
  AND?: Array<DistrictInstitutionsConnectionWhere> | null | undefined;
  NOT?: DistrictInstitutionsConnectionWhere | null | undefined;
  OR?: Array<DistrictInstitutionsConnectionWhere> | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type DistrictInstitutionsNodeAggregationWhereInput = {
  AND?: Array<DistrictInstitutionsNodeAggregationWhereInput> | null | undefined;
  NOT?: DistrictInstitutionsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DistrictInstitutionsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

/** Kind of district (区(市)县), or OUTSIDE for places beyond Chengdu. */
export type DistrictKind =
  /** 县: county */
  | 'COUNTY'
  /** 县级市: county-level city */
  | 'COUNTY_LEVEL_CITY'
  /** 市辖区: urban district */
  | 'DISTRICT'
  /** 功能区: functional zone, e.g. 高新区 */
  | 'FUNCTIONAL_ZONE'
  /** A place outside Chengdu (its inChengdu is false). */
  | 'OUTSIDE';

/** DistrictKind filters */
export type DistrictKindEnumScalarFilters = {
  eq?: DistrictKind | null | undefined;
  in?: Array<DistrictKind> | null | undefined;
};

export type DistrictPlatformsConnectionAggregateInput = {
  AND?: Array<DistrictPlatformsConnectionAggregateInput> | null | undefined;
  NOT?: DistrictPlatformsConnectionAggregateInput | null | undefined;
  OR?: Array<DistrictPlatformsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: DistrictPlatformsNodeAggregationWhereInput | null | undefined;
};

export type DistrictPlatformsConnectionFilters = {
  /** Filter Districts by aggregating results on related DistrictPlatformsConnections */
  aggregate?: DistrictPlatformsConnectionAggregateInput | null | undefined;
  /** Return Districts where all of the related DistrictPlatformsConnections match this filter */
  all?: DistrictPlatformsConnectionWhere | null | undefined;
  /** Return Districts where none of the related DistrictPlatformsConnections match this filter */
  none?: DistrictPlatformsConnectionWhere | null | undefined;
  /** Return Districts where one of the related DistrictPlatformsConnections match this filter */
  single?: DistrictPlatformsConnectionWhere | null | undefined;
  /** Return Districts where some of the related DistrictPlatformsConnections match this filter */
  some?: DistrictPlatformsConnectionWhere | null | undefined;
};

export type DistrictPlatformsConnectionWhere = {
  AND?: Array<DistrictPlatformsConnectionWhere> | null | undefined;
  NOT?: DistrictPlatformsConnectionWhere | null | undefined;
  OR?: Array<DistrictPlatformsConnectionWhere> | null | undefined;
  node?: PlatformWhere | null | undefined;
};

export type DistrictPlatformsNodeAggregationWhereInput = {
  AND?: Array<DistrictPlatformsNodeAggregationWhereInput> | null | undefined;
  NOT?: DistrictPlatformsNodeAggregationWhereInput | null | undefined;
  OR?: Array<DistrictPlatformsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type DistrictRelationshipFilters = {
  /** Filter type where all of the related Districts match this filter */
  all?: DistrictWhere | null | undefined;
  /** Filter type where none of the related Districts match this filter */
  none?: DistrictWhere | null | undefined;
  /** Filter type where one of the related Districts match this filter */
  single?: DistrictWhere | null | undefined;
  /** Filter type where some of the related Districts match this filter */
  some?: DistrictWhere | null | undefined;
};

export type DistrictWhere = {
  AND?: Array<DistrictWhere> | null | undefined;
  NOT?: DistrictWhere | null | undefined;
  OR?: Array<DistrictWhere> | null | undefined;
  agencies?: AgencyRelationshipFilters | null | undefined;
  agenciesConnection?: DistrictAgenciesConnectionFilters | null | undefined;
  city?: StringScalarFilters | null | undefined;
  enterprises?: EnterpriseRelationshipFilters | null | undefined;
  enterprisesConnection?: DistrictEnterprisesConnectionFilters | null | undefined;
  events?: EventRelationshipFilters | null | undefined;
  eventsConnection?: DistrictEventsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  inChengdu?: BooleanScalarFilters | null | undefined;
  institutions?: InstitutionRelationshipFilters | null | undefined;
  institutionsConnection?: DistrictInstitutionsConnectionFilters | null | undefined;
  kind?: DistrictKindEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  platforms?: PlatformRelationshipFilters | null | undefined;
  platformsConnection?: DistrictPlatformsConnectionFilters | null | undefined;
};

export type EmployedByWhere = {
  AND?: Array<EmployedByWhere> | null | undefined;
  NOT?: EmployedByWhere | null | undefined;
  OR?: Array<EmployedByWhere> | null | undefined;
  since?: DateScalarFilters | null | undefined;
};

export type EmployerRelationshipFilters = {
  /** Filter type where all of the related Employers match this filter */
  all?: EmployerWhere | null | undefined;
  /** Filter type where none of the related Employers match this filter */
  none?: EmployerWhere | null | undefined;
  /** Filter type where one of the related Employers match this filter */
  single?: EmployerWhere | null | undefined;
  /** Filter type where some of the related Employers match this filter */
  some?: EmployerWhere | null | undefined;
};

export type EmployerWhere = {
  Agency?: AgencyWhere | null | undefined;
  Enterprise?: EnterpriseWhere | null | undefined;
  Institution?: InstitutionWhere | null | undefined;
};

export type EnterpriseAlliancesConnectionAggregateInput = {
  AND?: Array<EnterpriseAlliancesConnectionAggregateInput> | null | undefined;
  NOT?: EnterpriseAlliancesConnectionAggregateInput | null | undefined;
  OR?: Array<EnterpriseAlliancesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EnterpriseAlliancesNodeAggregationWhereInput | null | undefined;
};

export type EnterpriseAlliancesConnectionFilters = {
  /** Filter Enterprises by aggregating results on related EnterpriseAlliancesConnections */
  aggregate?: EnterpriseAlliancesConnectionAggregateInput | null | undefined;
  /** Return Enterprises where all of the related EnterpriseAlliancesConnections match this filter */
  all?: EnterpriseAlliancesConnectionWhere | null | undefined;
  /** Return Enterprises where none of the related EnterpriseAlliancesConnections match this filter */
  none?: EnterpriseAlliancesConnectionWhere | null | undefined;
  /** Return Enterprises where one of the related EnterpriseAlliancesConnections match this filter */
  single?: EnterpriseAlliancesConnectionWhere | null | undefined;
  /** Return Enterprises where some of the related EnterpriseAlliancesConnections match this filter */
  some?: EnterpriseAlliancesConnectionWhere | null | undefined;
};

export type EnterpriseAlliancesConnectionWhere = {
  AND?: Array<EnterpriseAlliancesConnectionWhere> | null | undefined;
  NOT?: EnterpriseAlliancesConnectionWhere | null | undefined;
  OR?: Array<EnterpriseAlliancesConnectionWhere> | null | undefined;
  edge?: MemberOfWhere | null | undefined;
  node?: AllianceWhere | null | undefined;
};

export type EnterpriseAlliancesNodeAggregationWhereInput = {
  AND?: Array<EnterpriseAlliancesNodeAggregationWhereInput> | null | undefined;
  NOT?: EnterpriseAlliancesNodeAggregationWhereInput | null | undefined;
  OR?: Array<EnterpriseAlliancesNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EnterpriseBrokersConnectionAggregateInput = {
  AND?: Array<EnterpriseBrokersConnectionAggregateInput> | null | undefined;
  NOT?: EnterpriseBrokersConnectionAggregateInput | null | undefined;
  OR?: Array<EnterpriseBrokersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EnterpriseBrokersNodeAggregationWhereInput | null | undefined;
};

export type EnterpriseBrokersConnectionFilters = {
  /** Filter Enterprises by aggregating results on related EnterpriseBrokersConnections */
  aggregate?: EnterpriseBrokersConnectionAggregateInput | null | undefined;
  /** Return Enterprises where all of the related EnterpriseBrokersConnections match this filter */
  all?: EnterpriseBrokersConnectionWhere | null | undefined;
  /** Return Enterprises where none of the related EnterpriseBrokersConnections match this filter */
  none?: EnterpriseBrokersConnectionWhere | null | undefined;
  /** Return Enterprises where one of the related EnterpriseBrokersConnections match this filter */
  single?: EnterpriseBrokersConnectionWhere | null | undefined;
  /** Return Enterprises where some of the related EnterpriseBrokersConnections match this filter */
  some?: EnterpriseBrokersConnectionWhere | null | undefined;
};

export type EnterpriseBrokersConnectionWhere = {
  AND?: Array<EnterpriseBrokersConnectionWhere> | null | undefined;
  NOT?: EnterpriseBrokersConnectionWhere | null | undefined;
  OR?: Array<EnterpriseBrokersConnectionWhere> | null | undefined;
  edge?: EmployedByWhere | null | undefined;
  node?: BrokerWhere | null | undefined;
};

export type EnterpriseBrokersNodeAggregationWhereInput = {
  AND?: Array<EnterpriseBrokersNodeAggregationWhereInput> | null | undefined;
  NOT?: EnterpriseBrokersNodeAggregationWhereInput | null | undefined;
  OR?: Array<EnterpriseBrokersNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EnterpriseChainsConnectionAggregateInput = {
  AND?: Array<EnterpriseChainsConnectionAggregateInput> | null | undefined;
  NOT?: EnterpriseChainsConnectionAggregateInput | null | undefined;
  OR?: Array<EnterpriseChainsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EnterpriseChainsNodeAggregationWhereInput | null | undefined;
};

export type EnterpriseChainsConnectionFilters = {
  /** Filter Enterprises by aggregating results on related EnterpriseChainsConnections */
  aggregate?: EnterpriseChainsConnectionAggregateInput | null | undefined;
  /** Return Enterprises where all of the related EnterpriseChainsConnections match this filter */
  all?: EnterpriseChainsConnectionWhere | null | undefined;
  /** Return Enterprises where none of the related EnterpriseChainsConnections match this filter */
  none?: EnterpriseChainsConnectionWhere | null | undefined;
  /** Return Enterprises where one of the related EnterpriseChainsConnections match this filter */
  single?: EnterpriseChainsConnectionWhere | null | undefined;
  /** Return Enterprises where some of the related EnterpriseChainsConnections match this filter */
  some?: EnterpriseChainsConnectionWhere | null | undefined;
};

export type EnterpriseChainsConnectionWhere = {
  AND?: Array<EnterpriseChainsConnectionWhere> | null | undefined;
  NOT?: EnterpriseChainsConnectionWhere | null | undefined;
  OR?: Array<EnterpriseChainsConnectionWhere> | null | undefined;
  node?: IndustryChainWhere | null | undefined;
};

export type EnterpriseChainsNodeAggregationWhereInput = {
  AND?: Array<EnterpriseChainsNodeAggregationWhereInput> | null | undefined;
  NOT?: EnterpriseChainsNodeAggregationWhereInput | null | undefined;
  OR?: Array<EnterpriseChainsNodeAggregationWhereInput> | null | undefined;
  ecosystem?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EnterpriseDealsAsBuyerConnectionAggregateInput = {
  AND?: Array<EnterpriseDealsAsBuyerConnectionAggregateInput> | null | undefined;
  NOT?: EnterpriseDealsAsBuyerConnectionAggregateInput | null | undefined;
  OR?: Array<EnterpriseDealsAsBuyerConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EnterpriseDealsAsBuyerNodeAggregationWhereInput | null | undefined;
};

export type EnterpriseDealsAsBuyerConnectionFilters = {
  /** Filter Enterprises by aggregating results on related EnterpriseDealsAsBuyerConnections */
  aggregate?: EnterpriseDealsAsBuyerConnectionAggregateInput | null | undefined;
  /** Return Enterprises where all of the related EnterpriseDealsAsBuyerConnections match this filter */
  all?: EnterpriseDealsAsBuyerConnectionWhere | null | undefined;
  /** Return Enterprises where none of the related EnterpriseDealsAsBuyerConnections match this filter */
  none?: EnterpriseDealsAsBuyerConnectionWhere | null | undefined;
  /** Return Enterprises where one of the related EnterpriseDealsAsBuyerConnections match this filter */
  single?: EnterpriseDealsAsBuyerConnectionWhere | null | undefined;
  /** Return Enterprises where some of the related EnterpriseDealsAsBuyerConnections match this filter */
  some?: EnterpriseDealsAsBuyerConnectionWhere | null | undefined;
};

export type EnterpriseDealsAsBuyerConnectionWhere = {
  AND?: Array<EnterpriseDealsAsBuyerConnectionWhere> | null | undefined;
  NOT?: EnterpriseDealsAsBuyerConnectionWhere | null | undefined;
  OR?: Array<EnterpriseDealsAsBuyerConnectionWhere> | null | undefined;
  node?: DealWhere | null | undefined;
};

export type EnterpriseDealsAsBuyerNodeAggregationWhereInput = {
  AND?: Array<EnterpriseDealsAsBuyerNodeAggregationWhereInput> | null | undefined;
  NOT?: EnterpriseDealsAsBuyerNodeAggregationWhereInput | null | undefined;
  OR?: Array<EnterpriseDealsAsBuyerNodeAggregationWhereInput> | null | undefined;
  amount?: FloatScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EnterpriseDealsAsSellerConnectionAggregateInput = {
  AND?: Array<EnterpriseDealsAsSellerConnectionAggregateInput> | null | undefined;
  NOT?: EnterpriseDealsAsSellerConnectionAggregateInput | null | undefined;
  OR?: Array<EnterpriseDealsAsSellerConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EnterpriseDealsAsSellerNodeAggregationWhereInput | null | undefined;
};

export type EnterpriseDealsAsSellerConnectionFilters = {
  /** Filter Enterprises by aggregating results on related EnterpriseDealsAsSellerConnections */
  aggregate?: EnterpriseDealsAsSellerConnectionAggregateInput | null | undefined;
  /** Return Enterprises where all of the related EnterpriseDealsAsSellerConnections match this filter */
  all?: EnterpriseDealsAsSellerConnectionWhere | null | undefined;
  /** Return Enterprises where none of the related EnterpriseDealsAsSellerConnections match this filter */
  none?: EnterpriseDealsAsSellerConnectionWhere | null | undefined;
  /** Return Enterprises where one of the related EnterpriseDealsAsSellerConnections match this filter */
  single?: EnterpriseDealsAsSellerConnectionWhere | null | undefined;
  /** Return Enterprises where some of the related EnterpriseDealsAsSellerConnections match this filter */
  some?: EnterpriseDealsAsSellerConnectionWhere | null | undefined;
};

export type EnterpriseDealsAsSellerConnectionWhere = {
  AND?: Array<EnterpriseDealsAsSellerConnectionWhere> | null | undefined;
  NOT?: EnterpriseDealsAsSellerConnectionWhere | null | undefined;
  OR?: Array<EnterpriseDealsAsSellerConnectionWhere> | null | undefined;
  node?: DealWhere | null | undefined;
};

export type EnterpriseDealsAsSellerNodeAggregationWhereInput = {
  AND?: Array<EnterpriseDealsAsSellerNodeAggregationWhereInput> | null | undefined;
  NOT?: EnterpriseDealsAsSellerNodeAggregationWhereInput | null | undefined;
  OR?: Array<EnterpriseDealsAsSellerNodeAggregationWhereInput> | null | undefined;
  amount?: FloatScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EnterpriseDemandsConnectionAggregateInput = {
  AND?: Array<EnterpriseDemandsConnectionAggregateInput> | null | undefined;
  NOT?: EnterpriseDemandsConnectionAggregateInput | null | undefined;
  OR?: Array<EnterpriseDemandsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EnterpriseDemandsNodeAggregationWhereInput | null | undefined;
};

export type EnterpriseDemandsConnectionFilters = {
  /** Filter Enterprises by aggregating results on related EnterpriseDemandsConnections */
  aggregate?: EnterpriseDemandsConnectionAggregateInput | null | undefined;
  /** Return Enterprises where all of the related EnterpriseDemandsConnections match this filter */
  all?: EnterpriseDemandsConnectionWhere | null | undefined;
  /** Return Enterprises where none of the related EnterpriseDemandsConnections match this filter */
  none?: EnterpriseDemandsConnectionWhere | null | undefined;
  /** Return Enterprises where one of the related EnterpriseDemandsConnections match this filter */
  single?: EnterpriseDemandsConnectionWhere | null | undefined;
  /** Return Enterprises where some of the related EnterpriseDemandsConnections match this filter */
  some?: EnterpriseDemandsConnectionWhere | null | undefined;
};

export type EnterpriseDemandsConnectionWhere = {
  AND?: Array<EnterpriseDemandsConnectionWhere> | null | undefined;
  NOT?: EnterpriseDemandsConnectionWhere | null | undefined;
  OR?: Array<EnterpriseDemandsConnectionWhere> | null | undefined;
  node?: DemandWhere | null | undefined;
};

export type EnterpriseDemandsNodeAggregationWhereInput = {
  AND?: Array<EnterpriseDemandsNodeAggregationWhereInput> | null | undefined;
  NOT?: EnterpriseDemandsNodeAggregationWhereInput | null | undefined;
  OR?: Array<EnterpriseDemandsNodeAggregationWhereInput> | null | undefined;
  budget?: FloatScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EnterpriseDistrictsConnectionAggregateInput = {
  AND?: Array<EnterpriseDistrictsConnectionAggregateInput> | null | undefined;
  NOT?: EnterpriseDistrictsConnectionAggregateInput | null | undefined;
  OR?: Array<EnterpriseDistrictsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EnterpriseDistrictsNodeAggregationWhereInput | null | undefined;
};

export type EnterpriseDistrictsConnectionFilters = {
  /** Filter Enterprises by aggregating results on related EnterpriseDistrictsConnections */
  aggregate?: EnterpriseDistrictsConnectionAggregateInput | null | undefined;
  /** Return Enterprises where all of the related EnterpriseDistrictsConnections match this filter */
  all?: EnterpriseDistrictsConnectionWhere | null | undefined;
  /** Return Enterprises where none of the related EnterpriseDistrictsConnections match this filter */
  none?: EnterpriseDistrictsConnectionWhere | null | undefined;
  /** Return Enterprises where one of the related EnterpriseDistrictsConnections match this filter */
  single?: EnterpriseDistrictsConnectionWhere | null | undefined;
  /** Return Enterprises where some of the related EnterpriseDistrictsConnections match this filter */
  some?: EnterpriseDistrictsConnectionWhere | null | undefined;
};

export type EnterpriseDistrictsConnectionWhere = {
  AND?: Array<EnterpriseDistrictsConnectionWhere> | null | undefined;
  NOT?: EnterpriseDistrictsConnectionWhere | null | undefined;
  OR?: Array<EnterpriseDistrictsConnectionWhere> | null | undefined;
  node?: DistrictWhere | null | undefined;
};

export type EnterpriseDistrictsNodeAggregationWhereInput = {
  AND?: Array<EnterpriseDistrictsNodeAggregationWhereInput> | null | undefined;
  NOT?: EnterpriseDistrictsNodeAggregationWhereInput | null | undefined;
  OR?: Array<EnterpriseDistrictsNodeAggregationWhereInput> | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EnterprisePlatformsConnectionAggregateInput = {
  AND?: Array<EnterprisePlatformsConnectionAggregateInput> | null | undefined;
  NOT?: EnterprisePlatformsConnectionAggregateInput | null | undefined;
  OR?: Array<EnterprisePlatformsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EnterprisePlatformsNodeAggregationWhereInput | null | undefined;
};

export type EnterprisePlatformsConnectionFilters = {
  /** Filter Enterprises by aggregating results on related EnterprisePlatformsConnections */
  aggregate?: EnterprisePlatformsConnectionAggregateInput | null | undefined;
  /** Return Enterprises where all of the related EnterprisePlatformsConnections match this filter */
  all?: EnterprisePlatformsConnectionWhere | null | undefined;
  /** Return Enterprises where none of the related EnterprisePlatformsConnections match this filter */
  none?: EnterprisePlatformsConnectionWhere | null | undefined;
  /** Return Enterprises where one of the related EnterprisePlatformsConnections match this filter */
  single?: EnterprisePlatformsConnectionWhere | null | undefined;
  /** Return Enterprises where some of the related EnterprisePlatformsConnections match this filter */
  some?: EnterprisePlatformsConnectionWhere | null | undefined;
};

export type EnterprisePlatformsConnectionWhere = {
  AND?: Array<EnterprisePlatformsConnectionWhere> | null | undefined;
  NOT?: EnterprisePlatformsConnectionWhere | null | undefined;
  OR?: Array<EnterprisePlatformsConnectionWhere> | null | undefined;
  node?: PlatformWhere | null | undefined;
};

export type EnterprisePlatformsNodeAggregationWhereInput = {
  AND?: Array<EnterprisePlatformsNodeAggregationWhereInput> | null | undefined;
  NOT?: EnterprisePlatformsNodeAggregationWhereInput | null | undefined;
  OR?: Array<EnterprisePlatformsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EnterpriseRelationshipFilters = {
  /** Filter type where all of the related Enterprises match this filter */
  all?: EnterpriseWhere | null | undefined;
  /** Filter type where none of the related Enterprises match this filter */
  none?: EnterpriseWhere | null | undefined;
  /** Filter type where one of the related Enterprises match this filter */
  single?: EnterpriseWhere | null | undefined;
  /** Filter type where some of the related Enterprises match this filter */
  some?: EnterpriseWhere | null | undefined;
};

export type EnterpriseResultsConnectionAggregateInput = {
  AND?: Array<EnterpriseResultsConnectionAggregateInput> | null | undefined;
  NOT?: EnterpriseResultsConnectionAggregateInput | null | undefined;
  OR?: Array<EnterpriseResultsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EnterpriseResultsNodeAggregationWhereInput | null | undefined;
};

export type EnterpriseResultsConnectionFilters = {
  /** Filter Enterprises by aggregating results on related EnterpriseResultsConnections */
  aggregate?: EnterpriseResultsConnectionAggregateInput | null | undefined;
  /** Return Enterprises where all of the related EnterpriseResultsConnections match this filter */
  all?: EnterpriseResultsConnectionWhere | null | undefined;
  /** Return Enterprises where none of the related EnterpriseResultsConnections match this filter */
  none?: EnterpriseResultsConnectionWhere | null | undefined;
  /** Return Enterprises where one of the related EnterpriseResultsConnections match this filter */
  single?: EnterpriseResultsConnectionWhere | null | undefined;
  /** Return Enterprises where some of the related EnterpriseResultsConnections match this filter */
  some?: EnterpriseResultsConnectionWhere | null | undefined;
};

export type EnterpriseResultsConnectionWhere = {
  AND?: Array<EnterpriseResultsConnectionWhere> | null | undefined;
  NOT?: EnterpriseResultsConnectionWhere | null | undefined;
  OR?: Array<EnterpriseResultsConnectionWhere> | null | undefined;
  node?: ResultWhere | null | undefined;
};

export type EnterpriseResultsNodeAggregationWhereInput = {
  AND?: Array<EnterpriseResultsNodeAggregationWhereInput> | null | undefined;
  NOT?: EnterpriseResultsNodeAggregationWhereInput | null | undefined;
  OR?: Array<EnterpriseResultsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  trl?: IntScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

/** Enterprise size class. */
export type EnterpriseSize =
  /** 大型 */
  | 'LARGE'
  /** 中型 */
  | 'MEDIUM'
  /** 微型 */
  | 'MICRO'
  /** 小型 */
  | 'SMALL';

/** EnterpriseSize filters */
export type EnterpriseSizeEnumScalarFilters = {
  eq?: EnterpriseSize | null | undefined;
  in?: Array<EnterpriseSize> | null | undefined;
};

export type EnterpriseWhere = {
  AND?: Array<EnterpriseWhere> | null | undefined;
  NOT?: EnterpriseWhere | null | undefined;
  OR?: Array<EnterpriseWhere> | null | undefined;
  alliances?: AllianceRelationshipFilters | null | undefined;
  alliancesConnection?: EnterpriseAlliancesConnectionFilters | null | undefined;
  brokers?: BrokerRelationshipFilters | null | undefined;
  brokersConnection?: EnterpriseBrokersConnectionFilters | null | undefined;
  chainLeader?: BooleanScalarFilters | null | undefined;
  chains?: IndustryChainRelationshipFilters | null | undefined;
  chainsConnection?: EnterpriseChainsConnectionFilters | null | undefined;
  dealsAsBuyer?: DealRelationshipFilters | null | undefined;
  dealsAsBuyerConnection?: EnterpriseDealsAsBuyerConnectionFilters | null | undefined;
  dealsAsSeller?: DealRelationshipFilters | null | undefined;
  dealsAsSellerConnection?: EnterpriseDealsAsSellerConnectionFilters | null | undefined;
  demands?: DemandRelationshipFilters | null | undefined;
  demandsConnection?: EnterpriseDemandsConnectionFilters | null | undefined;
  districts?: DistrictRelationshipFilters | null | undefined;
  districtsConnection?: EnterpriseDistrictsConnectionFilters | null | undefined;
  highTech?: BooleanScalarFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  platforms?: PlatformRelationshipFilters | null | undefined;
  platformsConnection?: EnterprisePlatformsConnectionFilters | null | undefined;
  results?: ResultRelationshipFilters | null | undefined;
  resultsConnection?: EnterpriseResultsConnectionFilters | null | undefined;
  size?: EnterpriseSizeEnumScalarFilters | null | undefined;
  uscc?: StringScalarFilters | null | undefined;
};

export type EventAttendeesConnectionAggregateInput = {
  AND?: Array<EventAttendeesConnectionAggregateInput> | null | undefined;
  NOT?: EventAttendeesConnectionAggregateInput | null | undefined;
  OR?: Array<EventAttendeesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  edge?: AttendedAggregationWhereInput | null | undefined;
  node?: EventAttendeesNodeAggregationWhereInput | null | undefined;
};

export type EventAttendeesConnectionFilters = {
  /** Filter Events by aggregating results on related EventAttendeesConnections */
  aggregate?: EventAttendeesConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventAttendeesConnections match this filter */
  all?: EventAttendeesConnectionWhere | null | undefined;
  /** Return Events where none of the related EventAttendeesConnections match this filter */
  none?: EventAttendeesConnectionWhere | null | undefined;
  /** Return Events where one of the related EventAttendeesConnections match this filter */
  single?: EventAttendeesConnectionWhere | null | undefined;
  /** Return Events where some of the related EventAttendeesConnections match this filter */
  some?: EventAttendeesConnectionWhere | null | undefined;
};

export type EventAttendeesConnectionWhere = {
  AND?: Array<EventAttendeesConnectionWhere> | null | undefined;
  NOT?: EventAttendeesConnectionWhere | null | undefined;
  OR?: Array<EventAttendeesConnectionWhere> | null | undefined;
  edge?: AttendedWhere | null | undefined;
  node?: BrokerWhere | null | undefined;
};

export type EventAttendeesNodeAggregationWhereInput = {
  AND?: Array<EventAttendeesNodeAggregationWhereInput> | null | undefined;
  NOT?: EventAttendeesNodeAggregationWhereInput | null | undefined;
  OR?: Array<EventAttendeesNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EventDealsConnectionAggregateInput = {
  AND?: Array<EventDealsConnectionAggregateInput> | null | undefined;
  NOT?: EventDealsConnectionAggregateInput | null | undefined;
  OR?: Array<EventDealsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EventDealsNodeAggregationWhereInput | null | undefined;
};

export type EventDealsConnectionFilters = {
  /** Filter Events by aggregating results on related EventDealsConnections */
  aggregate?: EventDealsConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventDealsConnections match this filter */
  all?: EventDealsConnectionWhere | null | undefined;
  /** Return Events where none of the related EventDealsConnections match this filter */
  none?: EventDealsConnectionWhere | null | undefined;
  /** Return Events where one of the related EventDealsConnections match this filter */
  single?: EventDealsConnectionWhere | null | undefined;
  /** Return Events where some of the related EventDealsConnections match this filter */
  some?: EventDealsConnectionWhere | null | undefined;
};

export type EventDealsConnectionWhere = {
  AND?: Array<EventDealsConnectionWhere> | null | undefined;
  NOT?: EventDealsConnectionWhere | null | undefined;
  OR?: Array<EventDealsConnectionWhere> | null | undefined;
  node?: DealWhere | null | undefined;
};

export type EventDealsNodeAggregationWhereInput = {
  AND?: Array<EventDealsNodeAggregationWhereInput> | null | undefined;
  NOT?: EventDealsNodeAggregationWhereInput | null | undefined;
  OR?: Array<EventDealsNodeAggregationWhereInput> | null | undefined;
  amount?: FloatScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type EventDistrictsConnectionAggregateInput = {
  AND?: Array<EventDistrictsConnectionAggregateInput> | null | undefined;
  NOT?: EventDistrictsConnectionAggregateInput | null | undefined;
  OR?: Array<EventDistrictsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EventDistrictsNodeAggregationWhereInput | null | undefined;
};

export type EventDistrictsConnectionFilters = {
  /** Filter Events by aggregating results on related EventDistrictsConnections */
  aggregate?: EventDistrictsConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventDistrictsConnections match this filter */
  all?: EventDistrictsConnectionWhere | null | undefined;
  /** Return Events where none of the related EventDistrictsConnections match this filter */
  none?: EventDistrictsConnectionWhere | null | undefined;
  /** Return Events where one of the related EventDistrictsConnections match this filter */
  single?: EventDistrictsConnectionWhere | null | undefined;
  /** Return Events where some of the related EventDistrictsConnections match this filter */
  some?: EventDistrictsConnectionWhere | null | undefined;
};

export type EventDistrictsConnectionWhere = {
  AND?: Array<EventDistrictsConnectionWhere> | null | undefined;
  NOT?: EventDistrictsConnectionWhere | null | undefined;
  OR?: Array<EventDistrictsConnectionWhere> | null | undefined;
  node?: DistrictWhere | null | undefined;
};

export type EventDistrictsNodeAggregationWhereInput = {
  AND?: Array<EventDistrictsNodeAggregationWhereInput> | null | undefined;
  NOT?: EventDistrictsNodeAggregationWhereInput | null | undefined;
  OR?: Array<EventDistrictsNodeAggregationWhereInput> | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

/** Kind of matchmaking or training event. */
export type EventKind =
  /** 论坛: forum */
  | 'FORUM'
  /** 讲座: lecture */
  | 'LECTURE'
  /** 对接会: matchmaking */
  | 'MATCHMAKING'
  /** 路演: roadshow */
  | 'ROADSHOW'
  /** 沙龙: salon */
  | 'SALON'
  /** 培训: training (its hours count in the broker ranking) */
  | 'TRAINING';

/** EventKind filters */
export type EventKindEnumScalarFilters = {
  eq?: EventKind | null | undefined;
  in?: Array<EventKind> | null | undefined;
};

export type EventOrganizersAgencyConnectionWhere = {
  AND?: Array<EventOrganizersAgencyConnectionWhere> | null | undefined;
  NOT?: EventOrganizersAgencyConnectionWhere | null | undefined;
  OR?: Array<EventOrganizersAgencyConnectionWhere> | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type EventOrganizersAllianceConnectionWhere = {
  AND?: Array<EventOrganizersAllianceConnectionWhere> | null | undefined;
  NOT?: EventOrganizersAllianceConnectionWhere | null | undefined;
  OR?: Array<EventOrganizersAllianceConnectionWhere> | null | undefined;
  node?: AllianceWhere | null | undefined;
};

export type EventOrganizersConnectionFilters = {
  /** Return Events where all of the related EventOrganizersConnections match this filter */
  all?: EventOrganizersConnectionWhere | null | undefined;
  /** Return Events where none of the related EventOrganizersConnections match this filter */
  none?: EventOrganizersConnectionWhere | null | undefined;
  /** Return Events where one of the related EventOrganizersConnections match this filter */
  single?: EventOrganizersConnectionWhere | null | undefined;
  /** Return Events where some of the related EventOrganizersConnections match this filter */
  some?: EventOrganizersConnectionWhere | null | undefined;
};

export type EventOrganizersConnectionWhere = {
  Agency?: EventOrganizersAgencyConnectionWhere | null | undefined;
  Alliance?: EventOrganizersAllianceConnectionWhere | null | undefined;
  Institution?: EventOrganizersInstitutionConnectionWhere | null | undefined;
};

export type EventOrganizersInstitutionConnectionWhere = {
  AND?: Array<EventOrganizersInstitutionConnectionWhere> | null | undefined;
  NOT?: EventOrganizersInstitutionConnectionWhere | null | undefined;
  OR?: Array<EventOrganizersInstitutionConnectionWhere> | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type EventRelationshipFilters = {
  /** Filter type where all of the related Events match this filter */
  all?: EventWhere | null | undefined;
  /** Filter type where none of the related Events match this filter */
  none?: EventWhere | null | undefined;
  /** Filter type where one of the related Events match this filter */
  single?: EventWhere | null | undefined;
  /** Filter type where some of the related Events match this filter */
  some?: EventWhere | null | undefined;
};

export type EventResultsConnectionAggregateInput = {
  AND?: Array<EventResultsConnectionAggregateInput> | null | undefined;
  NOT?: EventResultsConnectionAggregateInput | null | undefined;
  OR?: Array<EventResultsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: EventResultsNodeAggregationWhereInput | null | undefined;
};

export type EventResultsConnectionFilters = {
  /** Filter Events by aggregating results on related EventResultsConnections */
  aggregate?: EventResultsConnectionAggregateInput | null | undefined;
  /** Return Events where all of the related EventResultsConnections match this filter */
  all?: EventResultsConnectionWhere | null | undefined;
  /** Return Events where none of the related EventResultsConnections match this filter */
  none?: EventResultsConnectionWhere | null | undefined;
  /** Return Events where one of the related EventResultsConnections match this filter */
  single?: EventResultsConnectionWhere | null | undefined;
  /** Return Events where some of the related EventResultsConnections match this filter */
  some?: EventResultsConnectionWhere | null | undefined;
};

export type EventResultsConnectionWhere = {
  AND?: Array<EventResultsConnectionWhere> | null | undefined;
  NOT?: EventResultsConnectionWhere | null | undefined;
  OR?: Array<EventResultsConnectionWhere> | null | undefined;
  node?: ResultWhere | null | undefined;
};

export type EventResultsNodeAggregationWhereInput = {
  AND?: Array<EventResultsNodeAggregationWhereInput> | null | undefined;
  NOT?: EventResultsNodeAggregationWhereInput | null | undefined;
  OR?: Array<EventResultsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  trl?: IntScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type EventWhere = {
  AND?: Array<EventWhere> | null | undefined;
  NOT?: EventWhere | null | undefined;
  OR?: Array<EventWhere> | null | undefined;
  attendees?: BrokerRelationshipFilters | null | undefined;
  attendeesConnection?: EventAttendeesConnectionFilters | null | undefined;
  date?: DateScalarFilters | null | undefined;
  deals?: DealRelationshipFilters | null | undefined;
  dealsConnection?: EventDealsConnectionFilters | null | undefined;
  districts?: DistrictRelationshipFilters | null | undefined;
  districtsConnection?: EventDistrictsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: EventKindEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  organizers?: OrganizerRelationshipFilters | null | undefined;
  organizersConnection?: EventOrganizersConnectionFilters | null | undefined;
  results?: ResultRelationshipFilters | null | undefined;
  resultsConnection?: EventResultsConnectionFilters | null | undefined;
  series?: StringScalarFilters | null | undefined;
};

/** Direction of a relationship seen from the node being expanded. */
export type ExploreDirection =
  /** Relationships that end at the node: (other)-[:TYPE]->(node). */
  | 'IN'
  /** Relationships that start at the node: (node)-[:TYPE]->(other). */
  | 'OUT';

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: FloatScalarFilters | null | undefined;
  min?: FloatScalarFilters | null | undefined;
  sum?: FloatScalarFilters | null | undefined;
};

/** Float filters */
export type FloatScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** What a node of the Sankey diagram stands for. */
export type FlowNodeKind =
  /** An institution, enterprise, district or chain. */
  | 'ENTITY'
  /** The long tail of its side folded into one node (其他): `members` nodes beyond the heaviest `nodesPerSide`. */
  | 'OTHER'
  /** Deals without a value on this side (未定位): a seller or buyer without a district, a deal without chain. */
  | 'UNPLACED';

/** Where flows start: the seller side of each deal. */
export type FlowSource =
  /** Industrial chains of the transferred results (APPLIES_TO). */
  | 'CHAIN'
  /** District of the selling organisation (a lab's: its institution's). */
  | 'DISTRICT'
  /** Selling organisation; a lab is folded into its institution, enterprise sellers appear as themselves. */
  | 'INSTITUTION';

/** Where flows end: the buyer side of each deal. */
export type FlowTarget =
  /** Industrial chains of the buying enterprise (IN_CHAIN). */
  | 'CHAIN'
  /** District of the buying enterprise. */
  | 'DISTRICT';

/** ID filters */
export type IdScalarFilters = {
  contains?: string | number | null | undefined;
  endsWith?: string | number | null | undefined;
  eq?: string | number | null | undefined;
  in?: Array<string | number> | null | undefined;
  startsWith?: string | number | null | undefined;
};

export type IndustryChainAgenciesConnectionAggregateInput = {
  AND?: Array<IndustryChainAgenciesConnectionAggregateInput> | null | undefined;
  NOT?: IndustryChainAgenciesConnectionAggregateInput | null | undefined;
  OR?: Array<IndustryChainAgenciesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: IndustryChainAgenciesNodeAggregationWhereInput | null | undefined;
};

export type IndustryChainAgenciesConnectionFilters = {
  /** Filter IndustryChains by aggregating results on related IndustryChainAgenciesConnections */
  aggregate?: IndustryChainAgenciesConnectionAggregateInput | null | undefined;
  /** Return IndustryChains where all of the related IndustryChainAgenciesConnections match this filter */
  all?: IndustryChainAgenciesConnectionWhere | null | undefined;
  /** Return IndustryChains where none of the related IndustryChainAgenciesConnections match this filter */
  none?: IndustryChainAgenciesConnectionWhere | null | undefined;
  /** Return IndustryChains where one of the related IndustryChainAgenciesConnections match this filter */
  single?: IndustryChainAgenciesConnectionWhere | null | undefined;
  /** Return IndustryChains where some of the related IndustryChainAgenciesConnections match this filter */
  some?: IndustryChainAgenciesConnectionWhere | null | undefined;
};

export type IndustryChainAgenciesConnectionWhere = {
  AND?: Array<IndustryChainAgenciesConnectionWhere> | null | undefined;
  NOT?: IndustryChainAgenciesConnectionWhere | null | undefined;
  OR?: Array<IndustryChainAgenciesConnectionWhere> | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type IndustryChainAgenciesNodeAggregationWhereInput = {
  AND?: Array<IndustryChainAgenciesNodeAggregationWhereInput> | null | undefined;
  NOT?: IndustryChainAgenciesNodeAggregationWhereInput | null | undefined;
  OR?: Array<IndustryChainAgenciesNodeAggregationWhereInput> | null | undefined;
  foundedYear?: IntScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type IndustryChainBrokersConnectionAggregateInput = {
  AND?: Array<IndustryChainBrokersConnectionAggregateInput> | null | undefined;
  NOT?: IndustryChainBrokersConnectionAggregateInput | null | undefined;
  OR?: Array<IndustryChainBrokersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: IndustryChainBrokersNodeAggregationWhereInput | null | undefined;
};

export type IndustryChainBrokersConnectionFilters = {
  /** Filter IndustryChains by aggregating results on related IndustryChainBrokersConnections */
  aggregate?: IndustryChainBrokersConnectionAggregateInput | null | undefined;
  /** Return IndustryChains where all of the related IndustryChainBrokersConnections match this filter */
  all?: IndustryChainBrokersConnectionWhere | null | undefined;
  /** Return IndustryChains where none of the related IndustryChainBrokersConnections match this filter */
  none?: IndustryChainBrokersConnectionWhere | null | undefined;
  /** Return IndustryChains where one of the related IndustryChainBrokersConnections match this filter */
  single?: IndustryChainBrokersConnectionWhere | null | undefined;
  /** Return IndustryChains where some of the related IndustryChainBrokersConnections match this filter */
  some?: IndustryChainBrokersConnectionWhere | null | undefined;
};

export type IndustryChainBrokersConnectionWhere = {
  AND?: Array<IndustryChainBrokersConnectionWhere> | null | undefined;
  NOT?: IndustryChainBrokersConnectionWhere | null | undefined;
  OR?: Array<IndustryChainBrokersConnectionWhere> | null | undefined;
  node?: BrokerWhere | null | undefined;
};

export type IndustryChainBrokersNodeAggregationWhereInput = {
  AND?: Array<IndustryChainBrokersNodeAggregationWhereInput> | null | undefined;
  NOT?: IndustryChainBrokersNodeAggregationWhereInput | null | undefined;
  OR?: Array<IndustryChainBrokersNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type IndustryChainDemandsConnectionAggregateInput = {
  AND?: Array<IndustryChainDemandsConnectionAggregateInput> | null | undefined;
  NOT?: IndustryChainDemandsConnectionAggregateInput | null | undefined;
  OR?: Array<IndustryChainDemandsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: IndustryChainDemandsNodeAggregationWhereInput | null | undefined;
};

export type IndustryChainDemandsConnectionFilters = {
  /** Filter IndustryChains by aggregating results on related IndustryChainDemandsConnections */
  aggregate?: IndustryChainDemandsConnectionAggregateInput | null | undefined;
  /** Return IndustryChains where all of the related IndustryChainDemandsConnections match this filter */
  all?: IndustryChainDemandsConnectionWhere | null | undefined;
  /** Return IndustryChains where none of the related IndustryChainDemandsConnections match this filter */
  none?: IndustryChainDemandsConnectionWhere | null | undefined;
  /** Return IndustryChains where one of the related IndustryChainDemandsConnections match this filter */
  single?: IndustryChainDemandsConnectionWhere | null | undefined;
  /** Return IndustryChains where some of the related IndustryChainDemandsConnections match this filter */
  some?: IndustryChainDemandsConnectionWhere | null | undefined;
};

export type IndustryChainDemandsConnectionWhere = {
  AND?: Array<IndustryChainDemandsConnectionWhere> | null | undefined;
  NOT?: IndustryChainDemandsConnectionWhere | null | undefined;
  OR?: Array<IndustryChainDemandsConnectionWhere> | null | undefined;
  node?: DemandWhere | null | undefined;
};

export type IndustryChainDemandsNodeAggregationWhereInput = {
  AND?: Array<IndustryChainDemandsNodeAggregationWhereInput> | null | undefined;
  NOT?: IndustryChainDemandsNodeAggregationWhereInput | null | undefined;
  OR?: Array<IndustryChainDemandsNodeAggregationWhereInput> | null | undefined;
  budget?: FloatScalarAggregationFilters | null | undefined;
  description?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type IndustryChainEnterprisesConnectionAggregateInput = {
  AND?: Array<IndustryChainEnterprisesConnectionAggregateInput> | null | undefined;
  NOT?: IndustryChainEnterprisesConnectionAggregateInput | null | undefined;
  OR?: Array<IndustryChainEnterprisesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: IndustryChainEnterprisesNodeAggregationWhereInput | null | undefined;
};

export type IndustryChainEnterprisesConnectionFilters = {
  /** Filter IndustryChains by aggregating results on related IndustryChainEnterprisesConnections */
  aggregate?: IndustryChainEnterprisesConnectionAggregateInput | null | undefined;
  /** Return IndustryChains where all of the related IndustryChainEnterprisesConnections match this filter */
  all?: IndustryChainEnterprisesConnectionWhere | null | undefined;
  /** Return IndustryChains where none of the related IndustryChainEnterprisesConnections match this filter */
  none?: IndustryChainEnterprisesConnectionWhere | null | undefined;
  /** Return IndustryChains where one of the related IndustryChainEnterprisesConnections match this filter */
  single?: IndustryChainEnterprisesConnectionWhere | null | undefined;
  /** Return IndustryChains where some of the related IndustryChainEnterprisesConnections match this filter */
  some?: IndustryChainEnterprisesConnectionWhere | null | undefined;
};

export type IndustryChainEnterprisesConnectionWhere = {
  AND?: Array<IndustryChainEnterprisesConnectionWhere> | null | undefined;
  NOT?: IndustryChainEnterprisesConnectionWhere | null | undefined;
  OR?: Array<IndustryChainEnterprisesConnectionWhere> | null | undefined;
  node?: EnterpriseWhere | null | undefined;
};

export type IndustryChainEnterprisesNodeAggregationWhereInput = {
  AND?: Array<IndustryChainEnterprisesNodeAggregationWhereInput> | null | undefined;
  NOT?: IndustryChainEnterprisesNodeAggregationWhereInput | null | undefined;
  OR?: Array<IndustryChainEnterprisesNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  uscc?: StringScalarAggregationFilters | null | undefined;
};

export type IndustryChainRelationshipFilters = {
  /** Filter type where all of the related IndustryChains match this filter */
  all?: IndustryChainWhere | null | undefined;
  /** Filter type where none of the related IndustryChains match this filter */
  none?: IndustryChainWhere | null | undefined;
  /** Filter type where one of the related IndustryChains match this filter */
  single?: IndustryChainWhere | null | undefined;
  /** Filter type where some of the related IndustryChains match this filter */
  some?: IndustryChainWhere | null | undefined;
};

export type IndustryChainResultsConnectionAggregateInput = {
  AND?: Array<IndustryChainResultsConnectionAggregateInput> | null | undefined;
  NOT?: IndustryChainResultsConnectionAggregateInput | null | undefined;
  OR?: Array<IndustryChainResultsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: IndustryChainResultsNodeAggregationWhereInput | null | undefined;
};

export type IndustryChainResultsConnectionFilters = {
  /** Filter IndustryChains by aggregating results on related IndustryChainResultsConnections */
  aggregate?: IndustryChainResultsConnectionAggregateInput | null | undefined;
  /** Return IndustryChains where all of the related IndustryChainResultsConnections match this filter */
  all?: IndustryChainResultsConnectionWhere | null | undefined;
  /** Return IndustryChains where none of the related IndustryChainResultsConnections match this filter */
  none?: IndustryChainResultsConnectionWhere | null | undefined;
  /** Return IndustryChains where one of the related IndustryChainResultsConnections match this filter */
  single?: IndustryChainResultsConnectionWhere | null | undefined;
  /** Return IndustryChains where some of the related IndustryChainResultsConnections match this filter */
  some?: IndustryChainResultsConnectionWhere | null | undefined;
};

export type IndustryChainResultsConnectionWhere = {
  AND?: Array<IndustryChainResultsConnectionWhere> | null | undefined;
  NOT?: IndustryChainResultsConnectionWhere | null | undefined;
  OR?: Array<IndustryChainResultsConnectionWhere> | null | undefined;
  node?: ResultWhere | null | undefined;
};

export type IndustryChainResultsNodeAggregationWhereInput = {
  AND?: Array<IndustryChainResultsNodeAggregationWhereInput> | null | undefined;
  NOT?: IndustryChainResultsNodeAggregationWhereInput | null | undefined;
  OR?: Array<IndustryChainResultsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  trl?: IntScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type IndustryChainWhere = {
  AND?: Array<IndustryChainWhere> | null | undefined;
  NOT?: IndustryChainWhere | null | undefined;
  OR?: Array<IndustryChainWhere> | null | undefined;
  agencies?: AgencyRelationshipFilters | null | undefined;
  agenciesConnection?: IndustryChainAgenciesConnectionFilters | null | undefined;
  brokers?: BrokerRelationshipFilters | null | undefined;
  brokersConnection?: IndustryChainBrokersConnectionFilters | null | undefined;
  demands?: DemandRelationshipFilters | null | undefined;
  demandsConnection?: IndustryChainDemandsConnectionFilters | null | undefined;
  ecosystem?: StringScalarFilters | null | undefined;
  enterprises?: EnterpriseRelationshipFilters | null | undefined;
  enterprisesConnection?: IndustryChainEnterprisesConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  results?: ResultRelationshipFilters | null | undefined;
  resultsConnection?: IndustryChainResultsConnectionFilters | null | undefined;
};

export type InstitutionAlliancesConnectionAggregateInput = {
  AND?: Array<InstitutionAlliancesConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionAlliancesConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionAlliancesConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionAlliancesNodeAggregationWhereInput | null | undefined;
};

export type InstitutionAlliancesConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionAlliancesConnections */
  aggregate?: InstitutionAlliancesConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionAlliancesConnections match this filter */
  all?: InstitutionAlliancesConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionAlliancesConnections match this filter */
  none?: InstitutionAlliancesConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionAlliancesConnections match this filter */
  single?: InstitutionAlliancesConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionAlliancesConnections match this filter */
  some?: InstitutionAlliancesConnectionWhere | null | undefined;
};

export type InstitutionAlliancesConnectionWhere = {
  AND?: Array<InstitutionAlliancesConnectionWhere> | null | undefined;
  NOT?: InstitutionAlliancesConnectionWhere | null | undefined;
  OR?: Array<InstitutionAlliancesConnectionWhere> | null | undefined;
  edge?: MemberOfWhere | null | undefined;
  node?: AllianceWhere | null | undefined;
};

export type InstitutionAlliancesNodeAggregationWhereInput = {
  AND?: Array<InstitutionAlliancesNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionAlliancesNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionAlliancesNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type InstitutionBrokersConnectionAggregateInput = {
  AND?: Array<InstitutionBrokersConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionBrokersConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionBrokersConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionBrokersNodeAggregationWhereInput | null | undefined;
};

export type InstitutionBrokersConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionBrokersConnections */
  aggregate?: InstitutionBrokersConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionBrokersConnections match this filter */
  all?: InstitutionBrokersConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionBrokersConnections match this filter */
  none?: InstitutionBrokersConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionBrokersConnections match this filter */
  single?: InstitutionBrokersConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionBrokersConnections match this filter */
  some?: InstitutionBrokersConnectionWhere | null | undefined;
};

export type InstitutionBrokersConnectionWhere = {
  AND?: Array<InstitutionBrokersConnectionWhere> | null | undefined;
  NOT?: InstitutionBrokersConnectionWhere | null | undefined;
  OR?: Array<InstitutionBrokersConnectionWhere> | null | undefined;
  edge?: EmployedByWhere | null | undefined;
  node?: BrokerWhere | null | undefined;
};

export type InstitutionBrokersNodeAggregationWhereInput = {
  AND?: Array<InstitutionBrokersNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionBrokersNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionBrokersNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type InstitutionDealsAsSellerConnectionAggregateInput = {
  AND?: Array<InstitutionDealsAsSellerConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionDealsAsSellerConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionDealsAsSellerConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionDealsAsSellerNodeAggregationWhereInput | null | undefined;
};

export type InstitutionDealsAsSellerConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionDealsAsSellerConnections */
  aggregate?: InstitutionDealsAsSellerConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionDealsAsSellerConnections match this filter */
  all?: InstitutionDealsAsSellerConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionDealsAsSellerConnections match this filter */
  none?: InstitutionDealsAsSellerConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionDealsAsSellerConnections match this filter */
  single?: InstitutionDealsAsSellerConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionDealsAsSellerConnections match this filter */
  some?: InstitutionDealsAsSellerConnectionWhere | null | undefined;
};

export type InstitutionDealsAsSellerConnectionWhere = {
  AND?: Array<InstitutionDealsAsSellerConnectionWhere> | null | undefined;
  NOT?: InstitutionDealsAsSellerConnectionWhere | null | undefined;
  OR?: Array<InstitutionDealsAsSellerConnectionWhere> | null | undefined;
  node?: DealWhere | null | undefined;
};

export type InstitutionDealsAsSellerNodeAggregationWhereInput = {
  AND?: Array<InstitutionDealsAsSellerNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionDealsAsSellerNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionDealsAsSellerNodeAggregationWhereInput> | null | undefined;
  amount?: FloatScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type InstitutionDistrictsConnectionAggregateInput = {
  AND?: Array<InstitutionDistrictsConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionDistrictsConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionDistrictsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionDistrictsNodeAggregationWhereInput | null | undefined;
};

export type InstitutionDistrictsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionDistrictsConnections */
  aggregate?: InstitutionDistrictsConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionDistrictsConnections match this filter */
  all?: InstitutionDistrictsConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionDistrictsConnections match this filter */
  none?: InstitutionDistrictsConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionDistrictsConnections match this filter */
  single?: InstitutionDistrictsConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionDistrictsConnections match this filter */
  some?: InstitutionDistrictsConnectionWhere | null | undefined;
};

export type InstitutionDistrictsConnectionWhere = {
  AND?: Array<InstitutionDistrictsConnectionWhere> | null | undefined;
  NOT?: InstitutionDistrictsConnectionWhere | null | undefined;
  OR?: Array<InstitutionDistrictsConnectionWhere> | null | undefined;
  node?: DistrictWhere | null | undefined;
};

export type InstitutionDistrictsNodeAggregationWhereInput = {
  AND?: Array<InstitutionDistrictsNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionDistrictsNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionDistrictsNodeAggregationWhereInput> | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

/** Kind of university, institute or new R&D institution (高校院所/新型研发机构). */
export type InstitutionKind =
  /** 医院: hospital */
  | 'HOSPITAL'
  /** 新型研发机构: new R&D institution */
  | 'NEW_RD_INSTITUTION'
  /** 科研院所: research institute */
  | 'RESEARCH_INSTITUTE'
  /** 高校: university */
  | 'UNIVERSITY';

/** InstitutionKind filters */
export type InstitutionKindEnumScalarFilters = {
  eq?: InstitutionKind | null | undefined;
  in?: Array<InstitutionKind> | null | undefined;
};

export type InstitutionLabsConnectionAggregateInput = {
  AND?: Array<InstitutionLabsConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionLabsConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionLabsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionLabsNodeAggregationWhereInput | null | undefined;
};

export type InstitutionLabsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionLabsConnections */
  aggregate?: InstitutionLabsConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionLabsConnections match this filter */
  all?: InstitutionLabsConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionLabsConnections match this filter */
  none?: InstitutionLabsConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionLabsConnections match this filter */
  single?: InstitutionLabsConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionLabsConnections match this filter */
  some?: InstitutionLabsConnectionWhere | null | undefined;
};

export type InstitutionLabsConnectionWhere = {
  AND?: Array<InstitutionLabsConnectionWhere> | null | undefined;
  NOT?: InstitutionLabsConnectionWhere | null | undefined;
  OR?: Array<InstitutionLabsConnectionWhere> | null | undefined;
  node?: LabWhere | null | undefined;
};

export type InstitutionLabsNodeAggregationWhereInput = {
  AND?: Array<InstitutionLabsNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionLabsNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionLabsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type InstitutionOrganizedEventsConnectionAggregateInput = {
  AND?: Array<InstitutionOrganizedEventsConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionOrganizedEventsConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionOrganizedEventsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionOrganizedEventsNodeAggregationWhereInput | null | undefined;
};

export type InstitutionOrganizedEventsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionOrganizedEventsConnections */
  aggregate?: InstitutionOrganizedEventsConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionOrganizedEventsConnections match this filter */
  all?: InstitutionOrganizedEventsConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionOrganizedEventsConnections match this filter */
  none?: InstitutionOrganizedEventsConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionOrganizedEventsConnections match this filter */
  single?: InstitutionOrganizedEventsConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionOrganizedEventsConnections match this filter */
  some?: InstitutionOrganizedEventsConnectionWhere | null | undefined;
};

export type InstitutionOrganizedEventsConnectionWhere = {
  AND?: Array<InstitutionOrganizedEventsConnectionWhere> | null | undefined;
  NOT?: InstitutionOrganizedEventsConnectionWhere | null | undefined;
  OR?: Array<InstitutionOrganizedEventsConnectionWhere> | null | undefined;
  node?: EventWhere | null | undefined;
};

export type InstitutionOrganizedEventsNodeAggregationWhereInput = {
  AND?: Array<InstitutionOrganizedEventsNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionOrganizedEventsNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionOrganizedEventsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  series?: StringScalarAggregationFilters | null | undefined;
};

export type InstitutionPlatformsConnectionAggregateInput = {
  AND?: Array<InstitutionPlatformsConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionPlatformsConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionPlatformsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionPlatformsNodeAggregationWhereInput | null | undefined;
};

export type InstitutionPlatformsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionPlatformsConnections */
  aggregate?: InstitutionPlatformsConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionPlatformsConnections match this filter */
  all?: InstitutionPlatformsConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionPlatformsConnections match this filter */
  none?: InstitutionPlatformsConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionPlatformsConnections match this filter */
  single?: InstitutionPlatformsConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionPlatformsConnections match this filter */
  some?: InstitutionPlatformsConnectionWhere | null | undefined;
};

export type InstitutionPlatformsConnectionWhere = {
  AND?: Array<InstitutionPlatformsConnectionWhere> | null | undefined;
  NOT?: InstitutionPlatformsConnectionWhere | null | undefined;
  OR?: Array<InstitutionPlatformsConnectionWhere> | null | undefined;
  node?: PlatformWhere | null | undefined;
};

export type InstitutionPlatformsNodeAggregationWhereInput = {
  AND?: Array<InstitutionPlatformsNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionPlatformsNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionPlatformsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type InstitutionRelationshipFilters = {
  /** Filter type where all of the related Institutions match this filter */
  all?: InstitutionWhere | null | undefined;
  /** Filter type where none of the related Institutions match this filter */
  none?: InstitutionWhere | null | undefined;
  /** Filter type where one of the related Institutions match this filter */
  single?: InstitutionWhere | null | undefined;
  /** Filter type where some of the related Institutions match this filter */
  some?: InstitutionWhere | null | undefined;
};

export type InstitutionResultsConnectionAggregateInput = {
  AND?: Array<InstitutionResultsConnectionAggregateInput> | null | undefined;
  NOT?: InstitutionResultsConnectionAggregateInput | null | undefined;
  OR?: Array<InstitutionResultsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: InstitutionResultsNodeAggregationWhereInput | null | undefined;
};

export type InstitutionResultsConnectionFilters = {
  /** Filter Institutions by aggregating results on related InstitutionResultsConnections */
  aggregate?: InstitutionResultsConnectionAggregateInput | null | undefined;
  /** Return Institutions where all of the related InstitutionResultsConnections match this filter */
  all?: InstitutionResultsConnectionWhere | null | undefined;
  /** Return Institutions where none of the related InstitutionResultsConnections match this filter */
  none?: InstitutionResultsConnectionWhere | null | undefined;
  /** Return Institutions where one of the related InstitutionResultsConnections match this filter */
  single?: InstitutionResultsConnectionWhere | null | undefined;
  /** Return Institutions where some of the related InstitutionResultsConnections match this filter */
  some?: InstitutionResultsConnectionWhere | null | undefined;
};

export type InstitutionResultsConnectionWhere = {
  AND?: Array<InstitutionResultsConnectionWhere> | null | undefined;
  NOT?: InstitutionResultsConnectionWhere | null | undefined;
  OR?: Array<InstitutionResultsConnectionWhere> | null | undefined;
  node?: ResultWhere | null | undefined;
};

export type InstitutionResultsNodeAggregationWhereInput = {
  AND?: Array<InstitutionResultsNodeAggregationWhereInput> | null | undefined;
  NOT?: InstitutionResultsNodeAggregationWhereInput | null | undefined;
  OR?: Array<InstitutionResultsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  trl?: IntScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type InstitutionWhere = {
  AND?: Array<InstitutionWhere> | null | undefined;
  NOT?: InstitutionWhere | null | undefined;
  OR?: Array<InstitutionWhere> | null | undefined;
  alliances?: AllianceRelationshipFilters | null | undefined;
  alliancesConnection?: InstitutionAlliancesConnectionFilters | null | undefined;
  brokers?: BrokerRelationshipFilters | null | undefined;
  brokersConnection?: InstitutionBrokersConnectionFilters | null | undefined;
  dealsAsSeller?: DealRelationshipFilters | null | undefined;
  dealsAsSellerConnection?: InstitutionDealsAsSellerConnectionFilters | null | undefined;
  disciplines?: StringListFilters | null | undefined;
  districts?: DistrictRelationshipFilters | null | undefined;
  districtsConnection?: InstitutionDistrictsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: InstitutionKindEnumScalarFilters | null | undefined;
  labs?: LabRelationshipFilters | null | undefined;
  labsConnection?: InstitutionLabsConnectionFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  organizedEvents?: EventRelationshipFilters | null | undefined;
  organizedEventsConnection?: InstitutionOrganizedEventsConnectionFilters | null | undefined;
  platforms?: PlatformRelationshipFilters | null | undefined;
  platformsConnection?: InstitutionPlatformsConnectionFilters | null | undefined;
  results?: ResultRelationshipFilters | null | undefined;
  resultsConnection?: InstitutionResultsConnectionFilters | null | undefined;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  average?: FloatScalarFilters | null | undefined;
  max?: IntScalarFilters | null | undefined;
  min?: IntScalarFilters | null | undefined;
  sum?: IntScalarFilters | null | undefined;
};

/** Int filters */
export type IntScalarFilters = {
  eq?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
};

/** Kind of step in a result's timeline. */
export type JourneyStepKind =
  /** A deal transferring the result was signed. */
  | 'DEAL'
  /** The result was developed (dated by its year only). */
  | 'DEVELOPED'
  /** The result was piloted at a platform (the model records no date). */
  | 'PILOTED'
  /** The result was presented at an event. */
  | 'PRESENTED';

/** The plan's indicators (Chengdu three-year action plan for technology brokers, 2024). */
export type KpiKey =
  /** Agencies with level NATIONAL or MUNICIPAL_FILED (current stock). */
  | 'FILED_AGENCIES'
  /** Talents trained or introduced: distinct brokers registered in the window or who ATTENDED a TRAINING event in it. */
  | 'TALENTS'
  /** Brokers with an INTERMEDIATE or SENIOR title (current stock; the model records no title date). */
  | 'TITLED_BROKERS'
  /** TRAINING events held in the window. */
  | 'TRAINING_EVENTS';

export type LabDealsAsSellerConnectionAggregateInput = {
  AND?: Array<LabDealsAsSellerConnectionAggregateInput> | null | undefined;
  NOT?: LabDealsAsSellerConnectionAggregateInput | null | undefined;
  OR?: Array<LabDealsAsSellerConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: LabDealsAsSellerNodeAggregationWhereInput | null | undefined;
};

export type LabDealsAsSellerConnectionFilters = {
  /** Filter Labs by aggregating results on related LabDealsAsSellerConnections */
  aggregate?: LabDealsAsSellerConnectionAggregateInput | null | undefined;
  /** Return Labs where all of the related LabDealsAsSellerConnections match this filter */
  all?: LabDealsAsSellerConnectionWhere | null | undefined;
  /** Return Labs where none of the related LabDealsAsSellerConnections match this filter */
  none?: LabDealsAsSellerConnectionWhere | null | undefined;
  /** Return Labs where one of the related LabDealsAsSellerConnections match this filter */
  single?: LabDealsAsSellerConnectionWhere | null | undefined;
  /** Return Labs where some of the related LabDealsAsSellerConnections match this filter */
  some?: LabDealsAsSellerConnectionWhere | null | undefined;
};

export type LabDealsAsSellerConnectionWhere = {
  AND?: Array<LabDealsAsSellerConnectionWhere> | null | undefined;
  NOT?: LabDealsAsSellerConnectionWhere | null | undefined;
  OR?: Array<LabDealsAsSellerConnectionWhere> | null | undefined;
  node?: DealWhere | null | undefined;
};

export type LabDealsAsSellerNodeAggregationWhereInput = {
  AND?: Array<LabDealsAsSellerNodeAggregationWhereInput> | null | undefined;
  NOT?: LabDealsAsSellerNodeAggregationWhereInput | null | undefined;
  OR?: Array<LabDealsAsSellerNodeAggregationWhereInput> | null | undefined;
  amount?: FloatScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type LabInstitutionsConnectionAggregateInput = {
  AND?: Array<LabInstitutionsConnectionAggregateInput> | null | undefined;
  NOT?: LabInstitutionsConnectionAggregateInput | null | undefined;
  OR?: Array<LabInstitutionsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: LabInstitutionsNodeAggregationWhereInput | null | undefined;
};

export type LabInstitutionsConnectionFilters = {
  /** Filter Labs by aggregating results on related LabInstitutionsConnections */
  aggregate?: LabInstitutionsConnectionAggregateInput | null | undefined;
  /** Return Labs where all of the related LabInstitutionsConnections match this filter */
  all?: LabInstitutionsConnectionWhere | null | undefined;
  /** Return Labs where none of the related LabInstitutionsConnections match this filter */
  none?: LabInstitutionsConnectionWhere | null | undefined;
  /** Return Labs where one of the related LabInstitutionsConnections match this filter */
  single?: LabInstitutionsConnectionWhere | null | undefined;
  /** Return Labs where some of the related LabInstitutionsConnections match this filter */
  some?: LabInstitutionsConnectionWhere | null | undefined;
};

export type LabInstitutionsConnectionWhere = {
  AND?: Array<LabInstitutionsConnectionWhere> | null | undefined;
  NOT?: LabInstitutionsConnectionWhere | null | undefined;
  OR?: Array<LabInstitutionsConnectionWhere> | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type LabInstitutionsNodeAggregationWhereInput = {
  AND?: Array<LabInstitutionsNodeAggregationWhereInput> | null | undefined;
  NOT?: LabInstitutionsNodeAggregationWhereInput | null | undefined;
  OR?: Array<LabInstitutionsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

/** Level of a key laboratory or R&D platform. */
export type LabLevel =
  /** 市级 */
  | 'MUNICIPAL'
  /** 国家级 */
  | 'NATIONAL'
  /** 其他: any other level */
  | 'OTHER'
  /** 省级 */
  | 'PROVINCIAL';

/** LabLevel filters */
export type LabLevelEnumScalarFilters = {
  eq?: LabLevel | null | undefined;
  in?: Array<LabLevel> | null | undefined;
};

export type LabRelationshipFilters = {
  /** Filter type where all of the related Labs match this filter */
  all?: LabWhere | null | undefined;
  /** Filter type where none of the related Labs match this filter */
  none?: LabWhere | null | undefined;
  /** Filter type where one of the related Labs match this filter */
  single?: LabWhere | null | undefined;
  /** Filter type where some of the related Labs match this filter */
  some?: LabWhere | null | undefined;
};

export type LabResultsConnectionAggregateInput = {
  AND?: Array<LabResultsConnectionAggregateInput> | null | undefined;
  NOT?: LabResultsConnectionAggregateInput | null | undefined;
  OR?: Array<LabResultsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: LabResultsNodeAggregationWhereInput | null | undefined;
};

export type LabResultsConnectionFilters = {
  /** Filter Labs by aggregating results on related LabResultsConnections */
  aggregate?: LabResultsConnectionAggregateInput | null | undefined;
  /** Return Labs where all of the related LabResultsConnections match this filter */
  all?: LabResultsConnectionWhere | null | undefined;
  /** Return Labs where none of the related LabResultsConnections match this filter */
  none?: LabResultsConnectionWhere | null | undefined;
  /** Return Labs where one of the related LabResultsConnections match this filter */
  single?: LabResultsConnectionWhere | null | undefined;
  /** Return Labs where some of the related LabResultsConnections match this filter */
  some?: LabResultsConnectionWhere | null | undefined;
};

export type LabResultsConnectionWhere = {
  AND?: Array<LabResultsConnectionWhere> | null | undefined;
  NOT?: LabResultsConnectionWhere | null | undefined;
  OR?: Array<LabResultsConnectionWhere> | null | undefined;
  node?: ResultWhere | null | undefined;
};

export type LabResultsNodeAggregationWhereInput = {
  AND?: Array<LabResultsNodeAggregationWhereInput> | null | undefined;
  NOT?: LabResultsNodeAggregationWhereInput | null | undefined;
  OR?: Array<LabResultsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  trl?: IntScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type LabWhere = {
  AND?: Array<LabWhere> | null | undefined;
  NOT?: LabWhere | null | undefined;
  OR?: Array<LabWhere> | null | undefined;
  dealsAsSeller?: DealRelationshipFilters | null | undefined;
  dealsAsSellerConnection?: LabDealsAsSellerConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  institutions?: InstitutionRelationshipFilters | null | undefined;
  institutionsConnection?: LabInstitutionsConnectionFilters | null | undefined;
  level?: LabLevelEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  results?: ResultRelationshipFilters | null | undefined;
  resultsConnection?: LabResultsConnectionFilters | null | undefined;
};

export type MemberOfWhere = {
  AND?: Array<MemberOfWhere> | null | undefined;
  NOT?: MemberOfWhere | null | undefined;
  OR?: Array<MemberOfWhere> | null | undefined;
  since?: DateScalarFilters | null | undefined;
};

/** The metric by which organisations are ranked and cut to `limit` in a network evaluation. */
export type NetworkSort =
  /** Betweenness centrality, highest first. */
  | 'BETWEENNESS'
  /** Constraint (Burt), LOWEST first: the organisations spanning most structural holes. */
  | 'CONSTRAINT'
  /** Degree (number of distinct partners), highest first. */
  | 'DEGREE'
  /** Effective size (Burt), highest first. */
  | 'EFFECTIVE_SIZE'
  /** PageRank (weighted), highest first. */
  | 'PAGERANK'
  /** Weighted degree (number of deal ties), highest first. */
  | 'WEIGHTED_DEGREE';

/**
 * A node type of the graph (its Neo4j label other than Entity). The values are the type names
 * themselves (`Broker`, `IndustryChain`, …), as the explore fields return them in `ExploreNode.type`.
 */
export type NodeType =
  /** 技术转移机构: a technology-transfer agency. */
  | 'Agency'
  /** 联盟/协会: the alliance or an association. */
  | 'Alliance'
  /** 评选: an award. */
  | 'Award'
  /** 技术经纪(经理)人: a technology broker. */
  | 'Broker'
  /** 技术合同/成果转化: a deal. */
  | 'Deal'
  /** 技术需求: an enterprise's technology demand. */
  | 'Demand'
  /** 区(市)县: a district, or a place outside Chengdu. */
  | 'District'
  /** 企业: an enterprise. */
  | 'Enterprise'
  /** 活动: a matchmaking or training event. */
  | 'Event'
  /** 产业链: an industry chain. */
  | 'IndustryChain'
  /** 高校院所/新型研发机构: a university, institute or new R&D institution. */
  | 'Institution'
  /** 重点实验室/研发平台: a key laboratory or R&D platform. */
  | 'Lab'
  /** 载体/平台: a platform. */
  | 'Platform'
  /** 科技成果: a research result. */
  | 'Result';

export type OperatorRelationshipFilters = {
  /** Filter type where all of the related Operators match this filter */
  all?: OperatorWhere | null | undefined;
  /** Filter type where none of the related Operators match this filter */
  none?: OperatorWhere | null | undefined;
  /** Filter type where one of the related Operators match this filter */
  single?: OperatorWhere | null | undefined;
  /** Filter type where some of the related Operators match this filter */
  some?: OperatorWhere | null | undefined;
};

export type OperatorWhere = {
  Agency?: AgencyWhere | null | undefined;
  Enterprise?: EnterpriseWhere | null | undefined;
  Institution?: InstitutionWhere | null | undefined;
};

export type OrganizerRelationshipFilters = {
  /** Filter type where all of the related Organizers match this filter */
  all?: OrganizerWhere | null | undefined;
  /** Filter type where none of the related Organizers match this filter */
  none?: OrganizerWhere | null | undefined;
  /** Filter type where one of the related Organizers match this filter */
  single?: OrganizerWhere | null | undefined;
  /** Filter type where some of the related Organizers match this filter */
  some?: OrganizerWhere | null | undefined;
};

export type OrganizerWhere = {
  Agency?: AgencyWhere | null | undefined;
  Alliance?: AllianceWhere | null | undefined;
  Institution?: InstitutionWhere | null | undefined;
};

export type PlatformDistrictsConnectionAggregateInput = {
  AND?: Array<PlatformDistrictsConnectionAggregateInput> | null | undefined;
  NOT?: PlatformDistrictsConnectionAggregateInput | null | undefined;
  OR?: Array<PlatformDistrictsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: PlatformDistrictsNodeAggregationWhereInput | null | undefined;
};

export type PlatformDistrictsConnectionFilters = {
  /** Filter Platforms by aggregating results on related PlatformDistrictsConnections */
  aggregate?: PlatformDistrictsConnectionAggregateInput | null | undefined;
  /** Return Platforms where all of the related PlatformDistrictsConnections match this filter */
  all?: PlatformDistrictsConnectionWhere | null | undefined;
  /** Return Platforms where none of the related PlatformDistrictsConnections match this filter */
  none?: PlatformDistrictsConnectionWhere | null | undefined;
  /** Return Platforms where one of the related PlatformDistrictsConnections match this filter */
  single?: PlatformDistrictsConnectionWhere | null | undefined;
  /** Return Platforms where some of the related PlatformDistrictsConnections match this filter */
  some?: PlatformDistrictsConnectionWhere | null | undefined;
};

export type PlatformDistrictsConnectionWhere = {
  AND?: Array<PlatformDistrictsConnectionWhere> | null | undefined;
  NOT?: PlatformDistrictsConnectionWhere | null | undefined;
  OR?: Array<PlatformDistrictsConnectionWhere> | null | undefined;
  node?: DistrictWhere | null | undefined;
};

export type PlatformDistrictsNodeAggregationWhereInput = {
  AND?: Array<PlatformDistrictsNodeAggregationWhereInput> | null | undefined;
  NOT?: PlatformDistrictsNodeAggregationWhereInput | null | undefined;
  OR?: Array<PlatformDistrictsNodeAggregationWhereInput> | null | undefined;
  city?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

/** Kind of platform (载体/平台). */
export type PlatformKind =
  /** 技术转移学院 */
  | 'COLLEGE'
  /** 创新载体 (科创岛 and similar) */
  | 'INNOVATION_HUB'
  /** 中试平台 */
  | 'PILOT_PLATFORM'
  /** 概念验证中心 */
  | 'PROOF_OF_CONCEPT'
  /** 服务平台: service platform */
  | 'SERVICE_PLATFORM'
  /** 实训基地 */
  | 'TRAINING_BASE';

/** PlatformKind filters */
export type PlatformKindEnumScalarFilters = {
  eq?: PlatformKind | null | undefined;
  in?: Array<PlatformKind> | null | undefined;
};

export type PlatformOperatorsAgencyConnectionWhere = {
  AND?: Array<PlatformOperatorsAgencyConnectionWhere> | null | undefined;
  NOT?: PlatformOperatorsAgencyConnectionWhere | null | undefined;
  OR?: Array<PlatformOperatorsAgencyConnectionWhere> | null | undefined;
  node?: AgencyWhere | null | undefined;
};

export type PlatformOperatorsConnectionFilters = {
  /** Return Platforms where all of the related PlatformOperatorsConnections match this filter */
  all?: PlatformOperatorsConnectionWhere | null | undefined;
  /** Return Platforms where none of the related PlatformOperatorsConnections match this filter */
  none?: PlatformOperatorsConnectionWhere | null | undefined;
  /** Return Platforms where one of the related PlatformOperatorsConnections match this filter */
  single?: PlatformOperatorsConnectionWhere | null | undefined;
  /** Return Platforms where some of the related PlatformOperatorsConnections match this filter */
  some?: PlatformOperatorsConnectionWhere | null | undefined;
};

export type PlatformOperatorsConnectionWhere = {
  Agency?: PlatformOperatorsAgencyConnectionWhere | null | undefined;
  Enterprise?: PlatformOperatorsEnterpriseConnectionWhere | null | undefined;
  Institution?: PlatformOperatorsInstitutionConnectionWhere | null | undefined;
};

export type PlatformOperatorsEnterpriseConnectionWhere = {
  AND?: Array<PlatformOperatorsEnterpriseConnectionWhere> | null | undefined;
  NOT?: PlatformOperatorsEnterpriseConnectionWhere | null | undefined;
  OR?: Array<PlatformOperatorsEnterpriseConnectionWhere> | null | undefined;
  node?: EnterpriseWhere | null | undefined;
};

export type PlatformOperatorsInstitutionConnectionWhere = {
  AND?: Array<PlatformOperatorsInstitutionConnectionWhere> | null | undefined;
  NOT?: PlatformOperatorsInstitutionConnectionWhere | null | undefined;
  OR?: Array<PlatformOperatorsInstitutionConnectionWhere> | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type PlatformRelationshipFilters = {
  /** Filter type where all of the related Platforms match this filter */
  all?: PlatformWhere | null | undefined;
  /** Filter type where none of the related Platforms match this filter */
  none?: PlatformWhere | null | undefined;
  /** Filter type where one of the related Platforms match this filter */
  single?: PlatformWhere | null | undefined;
  /** Filter type where some of the related Platforms match this filter */
  some?: PlatformWhere | null | undefined;
};

export type PlatformResultsConnectionAggregateInput = {
  AND?: Array<PlatformResultsConnectionAggregateInput> | null | undefined;
  NOT?: PlatformResultsConnectionAggregateInput | null | undefined;
  OR?: Array<PlatformResultsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: PlatformResultsNodeAggregationWhereInput | null | undefined;
};

export type PlatformResultsConnectionFilters = {
  /** Filter Platforms by aggregating results on related PlatformResultsConnections */
  aggregate?: PlatformResultsConnectionAggregateInput | null | undefined;
  /** Return Platforms where all of the related PlatformResultsConnections match this filter */
  all?: PlatformResultsConnectionWhere | null | undefined;
  /** Return Platforms where none of the related PlatformResultsConnections match this filter */
  none?: PlatformResultsConnectionWhere | null | undefined;
  /** Return Platforms where one of the related PlatformResultsConnections match this filter */
  single?: PlatformResultsConnectionWhere | null | undefined;
  /** Return Platforms where some of the related PlatformResultsConnections match this filter */
  some?: PlatformResultsConnectionWhere | null | undefined;
};

export type PlatformResultsConnectionWhere = {
  AND?: Array<PlatformResultsConnectionWhere> | null | undefined;
  NOT?: PlatformResultsConnectionWhere | null | undefined;
  OR?: Array<PlatformResultsConnectionWhere> | null | undefined;
  node?: ResultWhere | null | undefined;
};

export type PlatformResultsNodeAggregationWhereInput = {
  AND?: Array<PlatformResultsNodeAggregationWhereInput> | null | undefined;
  NOT?: PlatformResultsNodeAggregationWhereInput | null | undefined;
  OR?: Array<PlatformResultsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  summary?: StringScalarAggregationFilters | null | undefined;
  trl?: IntScalarAggregationFilters | null | undefined;
  year?: IntScalarAggregationFilters | null | undefined;
};

export type PlatformWhere = {
  AND?: Array<PlatformWhere> | null | undefined;
  NOT?: PlatformWhere | null | undefined;
  OR?: Array<PlatformWhere> | null | undefined;
  districts?: DistrictRelationshipFilters | null | undefined;
  districtsConnection?: PlatformDistrictsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: PlatformKindEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  operators?: OperatorRelationshipFilters | null | undefined;
  operatorsConnection?: PlatformOperatorsConnectionFilters | null | undefined;
  results?: ResultRelationshipFilters | null | undefined;
  resultsConnection?: PlatformResultsConnectionFilters | null | undefined;
};

/** A relationship type of the graph (start type → end type); the values are the Neo4j type names. */
export type RelationshipType =
  /** Deal → Demand: the demand the deal answers. */
  | 'ANSWERS'
  /** Result → IndustryChain: the chain the result applies to. */
  | 'APPLIES_TO'
  /** Broker → Event: the broker attended (properties `hours`, `certified`). */
  | 'ATTENDED'
  /** Broker → Deal: the broker worked on the deal (property `role`). */
  | 'BROKERED'
  /** Deal → Enterprise: the buyer. */
  | 'BUYER'
  /** Agency → IndustryChain: a chain the agency covers. */
  | 'COVERS'
  /** Lab, Institution or Enterprise → Result: developed the result. */
  | 'DEVELOPED'
  /** Broker → Agency, Institution or Enterprise: the broker's employer (property `since`). */
  | 'EMPLOYED_BY'
  /** Enterprise → IndustryChain: the enterprise is in the chain. */
  | 'IN_CHAIN'
  /** Agency, Institution, Enterprise, Platform or Event → District: located there. */
  | 'LOCATED_IN'
  /** Agency, Institution or Enterprise → Alliance: a member (property `since`). */
  | 'MEMBER_OF'
  /** Demand → IndustryChain: the chain the demand needs. */
  | 'NEEDS'
  /** Agency, Institution or Enterprise → Platform: operates the platform. */
  | 'OPERATES'
  /** Agency, Institution or Alliance → Event: organised the event. */
  | 'ORGANIZED'
  /** Deal → Event: the event the deal originated at. */
  | 'ORIGINATED_AT'
  /** Lab → Institution: the lab belongs to the institution. */
  | 'PART_OF'
  /** Result → Platform: piloted at the platform. */
  | 'PILOTED_AT'
  /** Enterprise → Demand: the enterprise posted the demand. */
  | 'POSTED'
  /** Result → Event: presented at the event. */
  | 'PRESENTED_AT'
  /** Broker, Agency or Deal → Award: received the award. */
  | 'RECEIVED'
  /** Deal → Institution, Lab or Enterprise: the seller. */
  | 'SELLER'
  /** Agency → Deal: the agency served the deal. */
  | 'SERVED'
  /** Broker → IndustryChain: a chain the broker specialises in. */
  | 'SPECIALIZES_IN'
  /** Deal → Result: the result the deal transfers. */
  | 'TRANSFERS';

export type ResultChainsConnectionAggregateInput = {
  AND?: Array<ResultChainsConnectionAggregateInput> | null | undefined;
  NOT?: ResultChainsConnectionAggregateInput | null | undefined;
  OR?: Array<ResultChainsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ResultChainsNodeAggregationWhereInput | null | undefined;
};

export type ResultChainsConnectionFilters = {
  /** Filter Results by aggregating results on related ResultChainsConnections */
  aggregate?: ResultChainsConnectionAggregateInput | null | undefined;
  /** Return Results where all of the related ResultChainsConnections match this filter */
  all?: ResultChainsConnectionWhere | null | undefined;
  /** Return Results where none of the related ResultChainsConnections match this filter */
  none?: ResultChainsConnectionWhere | null | undefined;
  /** Return Results where one of the related ResultChainsConnections match this filter */
  single?: ResultChainsConnectionWhere | null | undefined;
  /** Return Results where some of the related ResultChainsConnections match this filter */
  some?: ResultChainsConnectionWhere | null | undefined;
};

export type ResultChainsConnectionWhere = {
  AND?: Array<ResultChainsConnectionWhere> | null | undefined;
  NOT?: ResultChainsConnectionWhere | null | undefined;
  OR?: Array<ResultChainsConnectionWhere> | null | undefined;
  node?: IndustryChainWhere | null | undefined;
};

export type ResultChainsNodeAggregationWhereInput = {
  AND?: Array<ResultChainsNodeAggregationWhereInput> | null | undefined;
  NOT?: ResultChainsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResultChainsNodeAggregationWhereInput> | null | undefined;
  ecosystem?: StringScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type ResultDealsConnectionAggregateInput = {
  AND?: Array<ResultDealsConnectionAggregateInput> | null | undefined;
  NOT?: ResultDealsConnectionAggregateInput | null | undefined;
  OR?: Array<ResultDealsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ResultDealsNodeAggregationWhereInput | null | undefined;
};

export type ResultDealsConnectionFilters = {
  /** Filter Results by aggregating results on related ResultDealsConnections */
  aggregate?: ResultDealsConnectionAggregateInput | null | undefined;
  /** Return Results where all of the related ResultDealsConnections match this filter */
  all?: ResultDealsConnectionWhere | null | undefined;
  /** Return Results where none of the related ResultDealsConnections match this filter */
  none?: ResultDealsConnectionWhere | null | undefined;
  /** Return Results where one of the related ResultDealsConnections match this filter */
  single?: ResultDealsConnectionWhere | null | undefined;
  /** Return Results where some of the related ResultDealsConnections match this filter */
  some?: ResultDealsConnectionWhere | null | undefined;
};

export type ResultDealsConnectionWhere = {
  AND?: Array<ResultDealsConnectionWhere> | null | undefined;
  NOT?: ResultDealsConnectionWhere | null | undefined;
  OR?: Array<ResultDealsConnectionWhere> | null | undefined;
  node?: DealWhere | null | undefined;
};

export type ResultDealsNodeAggregationWhereInput = {
  AND?: Array<ResultDealsNodeAggregationWhereInput> | null | undefined;
  NOT?: ResultDealsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResultDealsNodeAggregationWhereInput> | null | undefined;
  amount?: FloatScalarAggregationFilters | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type ResultDevelopersConnectionFilters = {
  /** Return Results where all of the related ResultDevelopersConnections match this filter */
  all?: ResultDevelopersConnectionWhere | null | undefined;
  /** Return Results where none of the related ResultDevelopersConnections match this filter */
  none?: ResultDevelopersConnectionWhere | null | undefined;
  /** Return Results where one of the related ResultDevelopersConnections match this filter */
  single?: ResultDevelopersConnectionWhere | null | undefined;
  /** Return Results where some of the related ResultDevelopersConnections match this filter */
  some?: ResultDevelopersConnectionWhere | null | undefined;
};

export type ResultDevelopersConnectionWhere = {
  Enterprise?: ResultDevelopersEnterpriseConnectionWhere | null | undefined;
  Institution?: ResultDevelopersInstitutionConnectionWhere | null | undefined;
  Lab?: ResultDevelopersLabConnectionWhere | null | undefined;
};

export type ResultDevelopersEnterpriseConnectionWhere = {
  AND?: Array<ResultDevelopersEnterpriseConnectionWhere> | null | undefined;
  NOT?: ResultDevelopersEnterpriseConnectionWhere | null | undefined;
  OR?: Array<ResultDevelopersEnterpriseConnectionWhere> | null | undefined;
  node?: EnterpriseWhere | null | undefined;
};

export type ResultDevelopersInstitutionConnectionWhere = {
  AND?: Array<ResultDevelopersInstitutionConnectionWhere> | null | undefined;
  NOT?: ResultDevelopersInstitutionConnectionWhere | null | undefined;
  OR?: Array<ResultDevelopersInstitutionConnectionWhere> | null | undefined;
  node?: InstitutionWhere | null | undefined;
};

export type ResultDevelopersLabConnectionWhere = {
  AND?: Array<ResultDevelopersLabConnectionWhere> | null | undefined;
  NOT?: ResultDevelopersLabConnectionWhere | null | undefined;
  OR?: Array<ResultDevelopersLabConnectionWhere> | null | undefined;
  node?: LabWhere | null | undefined;
};

export type ResultEventsConnectionAggregateInput = {
  AND?: Array<ResultEventsConnectionAggregateInput> | null | undefined;
  NOT?: ResultEventsConnectionAggregateInput | null | undefined;
  OR?: Array<ResultEventsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ResultEventsNodeAggregationWhereInput | null | undefined;
};

export type ResultEventsConnectionFilters = {
  /** Filter Results by aggregating results on related ResultEventsConnections */
  aggregate?: ResultEventsConnectionAggregateInput | null | undefined;
  /** Return Results where all of the related ResultEventsConnections match this filter */
  all?: ResultEventsConnectionWhere | null | undefined;
  /** Return Results where none of the related ResultEventsConnections match this filter */
  none?: ResultEventsConnectionWhere | null | undefined;
  /** Return Results where one of the related ResultEventsConnections match this filter */
  single?: ResultEventsConnectionWhere | null | undefined;
  /** Return Results where some of the related ResultEventsConnections match this filter */
  some?: ResultEventsConnectionWhere | null | undefined;
};

export type ResultEventsConnectionWhere = {
  AND?: Array<ResultEventsConnectionWhere> | null | undefined;
  NOT?: ResultEventsConnectionWhere | null | undefined;
  OR?: Array<ResultEventsConnectionWhere> | null | undefined;
  node?: EventWhere | null | undefined;
};

export type ResultEventsNodeAggregationWhereInput = {
  AND?: Array<ResultEventsNodeAggregationWhereInput> | null | undefined;
  NOT?: ResultEventsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResultEventsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
  series?: StringScalarAggregationFilters | null | undefined;
};

/** Kind of research result (科技成果). */
export type ResultKind =
  /** 发明专利: invention patent */
  | 'INVENTION_PATENT'
  /** 技术秘密: know-how */
  | 'KNOW_HOW'
  /** 其他: any other kind */
  | 'OTHER'
  /** 植物新品种: plant variety */
  | 'PLANT_VARIETY'
  /** 软件著作权: software copyright */
  | 'SOFTWARE'
  /** 实用新型专利: utility-model patent */
  | 'UTILITY_PATENT';

/** ResultKind filters */
export type ResultKindEnumScalarFilters = {
  eq?: ResultKind | null | undefined;
  in?: Array<ResultKind> | null | undefined;
};

export type ResultPlatformsConnectionAggregateInput = {
  AND?: Array<ResultPlatformsConnectionAggregateInput> | null | undefined;
  NOT?: ResultPlatformsConnectionAggregateInput | null | undefined;
  OR?: Array<ResultPlatformsConnectionAggregateInput> | null | undefined;
  count?: ConnectionAggregationCountFilterInput | null | undefined;
  node?: ResultPlatformsNodeAggregationWhereInput | null | undefined;
};

export type ResultPlatformsConnectionFilters = {
  /** Filter Results by aggregating results on related ResultPlatformsConnections */
  aggregate?: ResultPlatformsConnectionAggregateInput | null | undefined;
  /** Return Results where all of the related ResultPlatformsConnections match this filter */
  all?: ResultPlatformsConnectionWhere | null | undefined;
  /** Return Results where none of the related ResultPlatformsConnections match this filter */
  none?: ResultPlatformsConnectionWhere | null | undefined;
  /** Return Results where one of the related ResultPlatformsConnections match this filter */
  single?: ResultPlatformsConnectionWhere | null | undefined;
  /** Return Results where some of the related ResultPlatformsConnections match this filter */
  some?: ResultPlatformsConnectionWhere | null | undefined;
};

export type ResultPlatformsConnectionWhere = {
  AND?: Array<ResultPlatformsConnectionWhere> | null | undefined;
  NOT?: ResultPlatformsConnectionWhere | null | undefined;
  OR?: Array<ResultPlatformsConnectionWhere> | null | undefined;
  node?: PlatformWhere | null | undefined;
};

export type ResultPlatformsNodeAggregationWhereInput = {
  AND?: Array<ResultPlatformsNodeAggregationWhereInput> | null | undefined;
  NOT?: ResultPlatformsNodeAggregationWhereInput | null | undefined;
  OR?: Array<ResultPlatformsNodeAggregationWhereInput> | null | undefined;
  name?: StringScalarAggregationFilters | null | undefined;
  nameEn?: StringScalarAggregationFilters | null | undefined;
};

export type ResultRelationshipFilters = {
  /** Filter type where all of the related Results match this filter */
  all?: ResultWhere | null | undefined;
  /** Filter type where none of the related Results match this filter */
  none?: ResultWhere | null | undefined;
  /** Filter type where one of the related Results match this filter */
  single?: ResultWhere | null | undefined;
  /** Filter type where some of the related Results match this filter */
  some?: ResultWhere | null | undefined;
};

/** Availability of a result. */
export type ResultStatus =
  /** Open to a deal. */
  | 'AVAILABLE'
  /** A deal is being negotiated. */
  | 'NEGOTIATING'
  /** Transferred: no longer available. */
  | 'TRANSFERRED';

/** ResultStatus filters */
export type ResultStatusEnumScalarFilters = {
  eq?: ResultStatus | null | undefined;
  in?: Array<ResultStatus> | null | undefined;
};

export type ResultWhere = {
  AND?: Array<ResultWhere> | null | undefined;
  NOT?: ResultWhere | null | undefined;
  OR?: Array<ResultWhere> | null | undefined;
  chains?: IndustryChainRelationshipFilters | null | undefined;
  chainsConnection?: ResultChainsConnectionFilters | null | undefined;
  deals?: DealRelationshipFilters | null | undefined;
  dealsConnection?: ResultDealsConnectionFilters | null | undefined;
  developers?: DeveloperRelationshipFilters | null | undefined;
  developersConnection?: ResultDevelopersConnectionFilters | null | undefined;
  events?: EventRelationshipFilters | null | undefined;
  eventsConnection?: ResultEventsConnectionFilters | null | undefined;
  id?: IdScalarFilters | null | undefined;
  kind?: ResultKindEnumScalarFilters | null | undefined;
  name?: StringScalarFilters | null | undefined;
  nameEn?: StringScalarFilters | null | undefined;
  platforms?: PlatformRelationshipFilters | null | undefined;
  platformsConnection?: ResultPlatformsConnectionFilters | null | undefined;
  status?: ResultStatusEnumScalarFilters | null | undefined;
  summary?: StringScalarFilters | null | undefined;
  trl?: IntScalarFilters | null | undefined;
  year?: IntScalarFilters | null | undefined;
};

export type SellerRelationshipFilters = {
  /** Filter type where all of the related Sellers match this filter */
  all?: SellerWhere | null | undefined;
  /** Filter type where none of the related Sellers match this filter */
  none?: SellerWhere | null | undefined;
  /** Filter type where one of the related Sellers match this filter */
  single?: SellerWhere | null | undefined;
  /** Filter type where some of the related Sellers match this filter */
  some?: SellerWhere | null | undefined;
};

export type SellerWhere = {
  Enterprise?: EnterpriseWhere | null | undefined;
  Institution?: InstitutionWhere | null | undefined;
  Lab?: LabWhere | null | undefined;
};

/** String list filters */
export type StringListFilters = {
  eq?: Array<string> | null | undefined;
  includes?: string | null | undefined;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  averageLength?: FloatScalarFilters | null | undefined;
  longestLength?: IntScalarFilters | null | undefined;
  shortestLength?: IntScalarFilters | null | undefined;
};

/** String filters */
export type StringScalarFilters = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

/** Professional title of a technology broker (技术经纪人职称). */
export type TitleLevel =
  /** 中级 */
  | 'INTERMEDIATE'
  /** 初级 */
  | 'JUNIOR'
  /** 无职称: no title */
  | 'NONE'
  /** 高级 */
  | 'SENIOR';

/** TitleLevel filters */
export type TitleLevelEnumScalarFilters = {
  eq?: TitleLevel | null | undefined;
  in?: Array<TitleLevel> | null | undefined;
};

export type RoleCountsFragment = { coordinator: number, consultant: number, gatekeeper: number, representative: number, liaison: number, total: number } & { ' $fragmentName'?: 'RoleCountsFragment' };

export type NetworkFiguresFragment = { pagerank: number, betweenness: number, degree: number, constraint: number | null, effectiveSize: number, community: number, organisation: { id: string }, brokerage: { ' $fragmentRefs'?: { 'RoleCountsFragment': RoleCountsFragment } } | null, ranks: { pagerank: number, betweenness: number, degree: number, constraint: number, effectiveSize: number } } & { ' $fragmentName'?: 'NetworkFiguresFragment' };

export type ViewKeyActorsQueryVariables = Exact<{
  period?: DatePeriod | null | undefined;
  sort?: NetworkSort | null | undefined;
  limit?: number | null | undefined;
}>;


export type ViewKeyActorsQuery = { networkEvaluation: { status: AnalyticsState, nodeCount: number, nodes: Array<(
      { name: string, type: string }
      & { ' $fragmentRefs'?: { 'NetworkFiguresFragment': NetworkFiguresFragment } }
    )>, intermediaries: Array<{ name: string, type: string, node: { id: string }, roles: { ' $fragmentRefs'?: { 'RoleCountsFragment': RoleCountsFragment } } }> } };

export type ViewBrokerEmployersQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ViewBrokerEmployersQuery = { brokers: Array<{ id: string, employers: Array<
      | { __typename: 'Agency', id: string, name: string }
      | { __typename: 'Enterprise', id: string, name: string }
      | { __typename: 'Institution', id: string, name: string }
    > }> };

export type NetworkNodeFiguresQueryVariables = Exact<{
  id: string | number;
  period?: DatePeriod | null | undefined;
}>;


export type NetworkNodeFiguresQuery = { networkNode: { ' $fragmentRefs'?: { 'NetworkFiguresFragment': NetworkFiguresFragment } } | null, networkEvaluation: { nodeCount: number } };

export type AllianceNetworkNodeFragment = { name: string, type: string, inChengdu: boolean | null, degree: number, pagerank: number, betweenness: number, community: number, organisation: { id: string } } & { ' $fragmentName'?: 'AllianceNetworkNodeFragment' };

export type AllianceNetworkTieFragment = { source: string, target: string, weight: number } & { ' $fragmentName'?: 'AllianceNetworkTieFragment' };

export type ViewAllianceNetworkQueryVariables = Exact<{
  period?: DatePeriod | null | undefined;
  sort?: NetworkSort | null | undefined;
  limit?: number | null | undefined;
  edgeLimit?: number | null | undefined;
}>;


export type ViewAllianceNetworkQuery = { networkEvaluation: { status: AnalyticsState, nodeCount: number, edgeCount: number, communityCount: number, modularity: number, progress: { phase: string, done: number, total: number } | null, nodes: Array<{ ' $fragmentRefs'?: { 'AllianceNetworkNodeFragment': AllianceNetworkNodeFragment } }>, edges: Array<{ ' $fragmentRefs'?: { 'AllianceNetworkTieFragment': AllianceNetworkTieFragment } }>, communities: Array<{ number: number, size: number, deals: number, topMembers: Array<{ id: string, name: string }>, dominantChains: Array<{ chainId: string, name: string, deals: number, share: number }> }> }, alliances: Array<{ id: string, name: string, kind: AllianceKind }> };

export type ViewAllianceCommunityQueryVariables = Exact<{
  community?: number | null | undefined;
  period?: DatePeriod | null | undefined;
  sort?: NetworkSort | null | undefined;
  limit?: number | null | undefined;
}>;


export type ViewAllianceCommunityQuery = { networkEvaluation: { nodes: Array<{ ' $fragmentRefs'?: { 'AllianceNetworkNodeFragment': AllianceNetworkNodeFragment } }>, edges: Array<{ ' $fragmentRefs'?: { 'AllianceNetworkTieFragment': AllianceNetworkTieFragment } }> } };

export type ViewAllianceMembersQueryVariables = Exact<{
  id: string | number;
  ids: Array<string | number> | string | number;
}>;


export type ViewAllianceMembersQuery = { count: { total: number }, ties: { edges: Array<{ source: string, target: string, type: RelationshipType }> } };

export type ViewAllianceGapsQueryVariables = Exact<{
  allianceId?: string | number | null | undefined;
}>;


export type ViewAllianceGapsQuery = { memberGaps: Array<{ memberId: string, uncoveredChains: Array<{ deals: number }> }> };

export type ConversionFiguresFieldsFragment = { deals: number, onSiteDeals: number, rateByCount: number | null, amount: number, onSiteAmount: number, rateByAmount: number | null, resultsTransferred: number } & { ' $fragmentName'?: 'ConversionFiguresFieldsFragment' };

export type ConversionCoverageFieldsFragment = { periodDeals: number, sellerOutsideChengdu: number, sellerUnplaced: number, buyerUnplaced: number, ungrouped: number } & { ' $fragmentName'?: 'ConversionCoverageFieldsFragment' };

export type ViewConversionQueryVariables = Exact<{
  period: DatePeriod;
  groupBy?: ConversionGroupBy | null | undefined;
  limit?: number | null | undefined;
}>;


export type ViewConversionQuery = { conversionRate: { overall: { ' $fragmentRefs'?: { 'ConversionFiguresFieldsFragment': ConversionFiguresFieldsFragment } }, groups: Array<{ name: string, kind: string | null, node: { id: string }, parent: { id: string, name: string } | null, figures: { ' $fragmentRefs'?: { 'ConversionFiguresFieldsFragment': ConversionFiguresFieldsFragment } } }>, coverage: { ' $fragmentRefs'?: { 'ConversionCoverageFieldsFragment': ConversionCoverageFieldsFragment } } } };

export type ViewConversionTrendQueryVariables = Exact<{
  years: DatePeriod;
  groupBy?: ConversionGroupBy | null | undefined;
  limit?: number | null | undefined;
}>;


export type ViewConversionTrendQuery = { conversionTrend: Array<{ period: { from: string }, overall: { ' $fragmentRefs'?: { 'ConversionFiguresFieldsFragment': ConversionFiguresFieldsFragment } }, groups: Array<{ name: string, kind: string | null, node: { id: string }, figures: { ' $fragmentRefs'?: { 'ConversionFiguresFieldsFragment': ConversionFiguresFieldsFragment } } }>, coverage: { ' $fragmentRefs'?: { 'ConversionCoverageFieldsFragment': ConversionCoverageFieldsFragment } } }> };

export type ViewConversionGroupDealsQueryVariables = Exact<{
  where: DealWhere;
}>;


export type ViewConversionGroupDealsQuery = { deals: Array<{ id: string, name: string, signedOn: string, amount: number | null, buyers: Array<{ id: string, name: string, districts: Array<{ id: string, name: string, inChengdu: boolean }> }> }> };

export type ViewFlowsQueryVariables = Exact<{
  period: DatePeriod;
  source?: FlowSource | null | undefined;
  target?: FlowTarget | null | undefined;
  sourceId?: string | number | null | undefined;
  nodesPerSide?: number | null | undefined;
  groupBy?: ConversionGroupBy | null | undefined;
}>;


export type ViewFlowsQuery = { flows: { totalDeals: number, totalAmount: number, otherValue: number, unplacedValue: number, nodes: Array<{ key: string, name: string, type: string, side: string, kind: FlowNodeKind, inChengdu: boolean | null, members: number, value: number, node: { id: string } | null }>, links: Array<{ source: string, target: string, deals: number, value: number, amount: number }> }, conversionRate: { overall: { deals: number, onSiteDeals: number, rateByCount: number | null, rateByAmount: number | null }, groups: Array<{ node: { id: string }, figures: { deals: number, onSiteDeals: number, rateByCount: number | null, rateByAmount: number | null } }>, coverage: { periodDeals: number, sellerOutsideChengdu: number, sellerUnplaced: number, buyerUnplaced: number } } };

export type ViewAlliancesQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewAlliancesQuery = { alliances: Array<{ id: string, name: string, kind: AllianceKind }> };

export type ViewGapMatrixQueryVariables = Exact<{
  allianceId?: string | number | null | undefined;
  period?: DatePeriod | null | undefined;
  memberLimit?: number | null | undefined;
}>;


export type ViewGapMatrixQuery = { partnerGaps: Array<{ chainId: string, chainName: string, ecosystem: string | null, availableResults: number, labs: number, openDemands: number, enterprises: number, memberAgencies: number, brokers: number, intermediaries: number, gap: boolean, pressure: number }>, memberGaps: Array<{ memberId: string, memberName: string, memberType: string, handledChains: number, partners: number, uncoveredChains: Array<{ chainId: string, chainName: string, deals: number }> }> };

export type ViewSuggestPartnersQueryVariables = Exact<{
  orgId: string | number;
}>;


export type ViewSuggestPartnersQuery = { suggestPartners: Array<{ name: string, type: string, allianceMember: boolean, score: number, partner: { id: string }, gapChains: Array<{ id: string, name: string }>, explanations: Array<{ kind: string, source: string, zh: string, en: string }>, whyNotHigher: Array<{ kind: string, source: string, zh: string, en: string }>, breakdown: Array<{ name: string, value: number, weight: number, contribution: number }> }> };

export type ViewResultJourneyQueryVariables = Exact<{
  id: string | number;
}>;


export type ViewResultJourneyQuery = { resultJourney: { kind: ResultKind, year: number, trl: number | null, status: ResultStatus, result: { id: string, name: string, type: string }, chains: Array<{ id: string, name: string }>, developers: Array<{ developer: { id: string, name: string, type: string }, institution: { id: string, name: string, type: string } | null }>, events: Array<{ id: string, name: string, date: string }>, platforms: Array<{ id: string, name: string }>, deals: Array<{ id: string, name: string, kind: DealKind, signedOn: string, amount: number | null, buyerInChengdu: boolean, brokers: Array<{ name: string, role: BrokerRole, broker: { id: string } }>, agencies: Array<{ id: string, name: string, type: string }>, buyer: { id: string, name: string, type: string } | null, buyerDistrict: { id: string, name: string, type: string } | null, buyerChains: Array<{ id: string, name: string, type: string }>, originatedAt: Array<{ id: string, name: string, type: string }> }>, timeline: Array<{ kind: JourneyStepKind, refId: string, label: string, date: string | null }> } | null };

export type ViewResultsByDealsQueryVariables = Exact<{
  text?: string | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ViewResultsByDealsQuery = { resultsByDeals: { total: number, nextOffset: number | null, items: Array<{ id: string, name: string, year: number | null, deals: number, inChengduDeals: number }> } };

export type ViewKpiProgressQueryVariables = Exact<{
  period?: DatePeriod | null | undefined;
}>;


export type ViewKpiProgressQuery = { kpiProgress: { window: { from: string, to: string }, indicators: Array<{ key: KpiKey, label: string, target: number, current: number, ratio: number, met: boolean, windowed: boolean, unassigned: number, districtsAhead: number, districtsBehind: number, byDistrict: Array<{ districtId: string, name: string, inChengdu: boolean, value: number, target: number | null }> }> } };

export type ViewOpenDemandsQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type ViewOpenDemandsQuery = { demands: Array<{ id: string, name: string, postedOn: string, budget: number | null, enterprises: Array<{ name: string }> }> };

export type ViewMatchQueryVariables = Exact<{
  demandId: string | number;
  limit?: number | null | undefined;
}>;


export type ViewMatchQuery = { matchResults: { demand: { id: string, name: string, status: DemandStatus, chains: Array<{ id: string, name: string }> }, items: Array<{ rank: number, name: string, kind: ResultKind, trl: number | null, status: ResultStatus, score: number, result: { id: string }, developer: { id: string, name: string, type: string } | null, breakdown: Array<{ name: string, value: number, weight: number, contribution: number, detail: string }> }> } | null, recommendBrokers: { items: Array<{ rank: number, name: string, titleLevel: TitleLevel, score: number, broker: { id: string }, employer: { id: string, name: string, type: string } | null, breakdown: Array<{ name: string, value: number, weight: number, contribution: number, detail: string }>, reasons: Array<{ kind: string, source: string, zh: string, en: string }> }> } | null };

export type ExploreSearchPageQueryVariables = Exact<{
  text: string;
  types?: Array<NodeType> | NodeType | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ExploreSearchPageQuery = { searchPage: { total: number, totalCapped: boolean, ranked: number, nextOffset: number | null, nodes: Array<{ ' $fragmentRefs'?: { 'ExploreNodeFieldsFragment': ExploreNodeFieldsFragment } }>, typeCounts: Array<{ type: NodeType, count: number }> } };

export type ExploreNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreNodeQuery = { node: { ' $fragmentRefs'?: { 'ExploreNodeFieldsFragment': ExploreNodeFieldsFragment } } | null, neighbourCounts: Array<{ relType: RelationshipType, direction: ExploreDirection, count: number, neighbourTypes: Array<NodeType>, byType: Array<{ type: NodeType, count: number }> }> };

export type ExploreNeighbourCountsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExploreNeighbourCountsQuery = { neighbourCounts: Array<{ relType: RelationshipType, direction: ExploreDirection, count: number, neighbourTypes: Array<NodeType>, byType: Array<{ type: NodeType, count: number }> }> };

export type ExploreExpandQueryVariables = Exact<{
  id: string | number;
  relType?: RelationshipType | null | undefined;
  direction?: ExploreDirection | null | undefined;
  neighbourType?: NodeType | null | undefined;
  year?: number | null | undefined;
  groupAbove?: number | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ExploreExpandQuery = { expand: { total: number, nextOffset: number | null, nodes: Array<{ ' $fragmentRefs'?: { 'ExploreNodeFieldsFragment': ExploreNodeFieldsFragment } }>, edges: Array<{ ' $fragmentRefs'?: { 'ExploreEdgeFieldsFragment': ExploreEdgeFieldsFragment } }>, groups: Array<{ relType: RelationshipType, direction: ExploreDirection, neighbourType: NodeType, count: number }> } };

export type ExploreNeighbourYearsQueryVariables = Exact<{
  id: string | number;
  relType: RelationshipType;
  direction: ExploreDirection;
  neighbourType: NodeType;
}>;


export type ExploreNeighbourYearsQuery = { neighbourYears: Array<{ year: number | null, count: number }> };

export type ExploreSubgraphQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExploreSubgraphQuery = { subgraph: { nodes: Array<{ ' $fragmentRefs'?: { 'ExploreNodeFieldsFragment': ExploreNodeFieldsFragment } }>, edges: Array<{ ' $fragmentRefs'?: { 'ExploreEdgeFieldsFragment': ExploreEdgeFieldsFragment } }> } };

export type ExploreShortestPathQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  maxHops?: number | null | undefined;
}>;


export type ExploreShortestPathQuery = { shortestPath: { nodes: Array<{ ' $fragmentRefs'?: { 'ExploreNodeFieldsFragment': ExploreNodeFieldsFragment } }>, edges: Array<{ ' $fragmentRefs'?: { 'ExploreEdgeFieldsFragment': ExploreEdgeFieldsFragment } }> } };

export type ExploreNodesByTypeQueryVariables = Exact<{
  type: NodeType;
  limit?: number | null | undefined;
}>;


export type ExploreNodesByTypeQuery = { nodesByType: Array<{ id: string, name: string, inChengdu: boolean | null }> };

export type ExploreNodeFieldsFragment = { id: string, type: NodeType, name: string, nameEn: string | null, degree: number, districtId: string | null, districtName: string | null, inChengdu: boolean | null, chainIds: Array<string>, year: number | null, amount: number | null, properties: Array<{ key: string, value: string }> } & { ' $fragmentName'?: 'ExploreNodeFieldsFragment' };

export type ExploreEdgeFieldsFragment = { id: string, type: RelationshipType, source: string, target: string, properties: Array<{ key: string, value: string }> } & { ' $fragmentName'?: 'ExploreEdgeFieldsFragment' };

export type ExploreNetworkMeasuresQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type ExploreNetworkMeasuresQuery = { networkEvaluation: { nodes: Array<{ betweenness: number, community: number, organisation: { id: string } }> } };

export type AnalysisPickSearchQueryVariables = Exact<{
  text: string;
  types?: Array<NodeType> | NodeType | null | undefined;
  limit?: number | null | undefined;
}>;


export type AnalysisPickSearchQuery = { search: Array<{ id: string, name: string, type: NodeType, districtName: string | null, year: number | null }> };

export type AnalysisPickListQueryVariables = Exact<{
  type: NodeType;
  limit?: number | null | undefined;
}>;


export type AnalysisPickListQuery = { nodesByType: Array<{ id: string, name: string, type: NodeType, districtName: string | null, year: number | null }> };

export type AuthProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthProbeQuery = { __typename: 'Query' };

export const RoleCountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerageRoles"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"}},{"kind":"Field","name":{"kind":"Name","value":"gatekeeper"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<RoleCountsFragment, unknown>;
export const NetworkFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSize"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"brokerage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSize"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerageRoles"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"}},{"kind":"Field","name":{"kind":"Name","value":"gatekeeper"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<NetworkFiguresFragment, unknown>;
export const AllianceNetworkNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceNetworkNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}}]} as unknown as DocumentNode<AllianceNetworkNodeFragment, unknown>;
export const AllianceNetworkTieFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceNetworkTie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]} as unknown as DocumentNode<AllianceNetworkTieFragment, unknown>;
export const ConversionFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversionFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversionFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDeals"}},{"kind":"Field","name":{"kind":"Name","value":"rateByCount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rateByAmount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsTransferred"}}]}}]} as unknown as DocumentNode<ConversionFiguresFieldsFragment, unknown>;
export const ConversionCoverageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversionCoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversionCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDeals"}},{"kind":"Field","name":{"kind":"Name","value":"sellerOutsideChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"sellerUnplaced"}},{"kind":"Field","name":{"kind":"Name","value":"buyerUnplaced"}},{"kind":"Field","name":{"kind":"Name","value":"ungrouped"}}]}}]} as unknown as DocumentNode<ConversionCoverageFieldsFragment, unknown>;
export const ExploreNodeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"chainIds"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode<ExploreNodeFieldsFragment, unknown>;
export const ExploreEdgeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ExploreEdgeFieldsFragment, unknown>;
export const ViewKeyActorsDocument = {"__meta__":{"hash":"sha256:fe18e4f1755de7cc2306b2002a2ef28986384f6ac825519526ac5f895b2e5d68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewKeyActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatePeriod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"edgeLimit"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intermediaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleCounts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerageRoles"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"}},{"kind":"Field","name":{"kind":"Name","value":"gatekeeper"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSize"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"brokerage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSize"}}]}}]}}]} as unknown as DocumentNode<ViewKeyActorsQuery, ViewKeyActorsQueryVariables>;
export const ViewBrokerEmployersDocument = {"__meta__":{"hash":"sha256:d5a4359e04ccc06c4c333e0a7c6a233127202ffb1f248633dc0ac8e63dc643eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewBrokerEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brokers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Institution"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewBrokerEmployersQuery, ViewBrokerEmployersQueryVariables>;
export const NetworkNodeFiguresDocument = {"__meta__":{"hash":"sha256:0a62446eb4fd42548bb273e651507b88c0d13ee164b1d1856cf072facb7550e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkNodeFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatePeriod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"edgeLimit"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleCounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BrokerageRoles"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"consultant"}},{"kind":"Field","name":{"kind":"Name","value":"gatekeeper"}},{"kind":"Field","name":{"kind":"Name","value":"representative"}},{"kind":"Field","name":{"kind":"Name","value":"liaison"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSize"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"brokerage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleCounts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSize"}}]}}]}}]} as unknown as DocumentNode<NetworkNodeFiguresQuery, NetworkNodeFiguresQueryVariables>;
export const ViewAllianceNetworkDocument = {"__meta__":{"hash":"sha256:2bcf499d6dd2f475b66cc9e1e6f821106fb70d48c910a4e7b7ce2c6ecb83f8c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewAllianceNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatePeriod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"edgeLimit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"edgeLimit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"edgeLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"edgeCount"}},{"kind":"Field","name":{"kind":"Name","value":"communityCount"}},{"kind":"Field","name":{"kind":"Name","value":"modularity"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceNetworkNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceNetworkTie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"topMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"dominantChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alliances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceNetworkNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceNetworkTie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]} as unknown as DocumentNode<ViewAllianceNetworkQuery, ViewAllianceNetworkQueryVariables>;
export const ViewAllianceCommunityDocument = {"__meta__":{"hash":"sha256:9a9fe966f3f7444661135f6195b05a0ac12ecf59b8dae6c55761f0fcd1369439"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewAllianceCommunity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"community"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatePeriod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"community"},"value":{"kind":"Variable","name":{"kind":"Name","value":"community"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"edgeLimit"},"value":{"kind":"IntValue","value":"600"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceNetworkNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceNetworkTie"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceNetworkNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"pagerank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceNetworkTie"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]} as unknown as DocumentNode<ViewAllianceCommunityQuery, ViewAllianceCommunityQueryVariables>;
export const ViewAllianceMembersDocument = {"__meta__":{"hash":"sha256:0eef6bd8c61abde8ecf53c6458efbcf617002bd09729dadc5b50431492cecfdb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewAllianceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"count"},"name":{"kind":"Name","value":"expand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"relType"},"value":{"kind":"EnumValue","value":"MEMBER_OF"}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"IN"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ties"},"name":{"kind":"Name","value":"subgraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<ViewAllianceMembersQuery, ViewAllianceMembersQueryVariables>;
export const ViewAllianceGapsDocument = {"__meta__":{"hash":"sha256:59b0227a53536f92dd3d5843a9f5b0d3e81e9b1d05397aaf65ed813118fd9618"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewAllianceGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}}]}}]}}]}}]} as unknown as DocumentNode<ViewAllianceGapsQuery, ViewAllianceGapsQueryVariables>;
export const ViewConversionDocument = {"__meta__":{"hash":"sha256:f35ad4a5597fd41da40ee88c4fc461da5612daccf423a45f84f7de93b6553ae4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewConversion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DatePeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversionGroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversionFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversionFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversionCoverageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversionFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversionFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDeals"}},{"kind":"Field","name":{"kind":"Name","value":"rateByCount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rateByAmount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsTransferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversionCoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversionCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDeals"}},{"kind":"Field","name":{"kind":"Name","value":"sellerOutsideChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"sellerUnplaced"}},{"kind":"Field","name":{"kind":"Name","value":"buyerUnplaced"}},{"kind":"Field","name":{"kind":"Name","value":"ungrouped"}}]}}]} as unknown as DocumentNode<ViewConversionQuery, ViewConversionQueryVariables>;
export const ViewConversionTrendDocument = {"__meta__":{"hash":"sha256:b7188d8938387419856048017f9049e14589c4636249cf07849924b3eb35da6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewConversionTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"years"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DatePeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversionGroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversionTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"years"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversionFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversionFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversionCoverageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversionFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversionFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDeals"}},{"kind":"Field","name":{"kind":"Name","value":"rateByCount"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteAmount"}},{"kind":"Field","name":{"kind":"Name","value":"rateByAmount"}},{"kind":"Field","name":{"kind":"Name","value":"resultsTransferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversionCoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversionCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDeals"}},{"kind":"Field","name":{"kind":"Name","value":"sellerOutsideChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"sellerUnplaced"}},{"kind":"Field","name":{"kind":"Name","value":"buyerUnplaced"}},{"kind":"Field","name":{"kind":"Name","value":"ungrouped"}}]}}]} as unknown as DocumentNode<ViewConversionTrendQuery, ViewConversionTrendQueryVariables>;
export const ViewConversionGroupDealsDocument = {"__meta__":{"hash":"sha256:0b22e8f34b52dbdb02839b549b536788c0f5fb913886fcb015e7b61ce8fdfe6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewConversionGroupDeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealWhere"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"signedOn"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewConversionGroupDealsQuery, ViewConversionGroupDealsQueryVariables>;
export const ViewFlowsDocument = {"__meta__":{"hash":"sha256:9841462af4c76e3b5ee35764a3679061d21e13895e7046f6301184b6a1830196"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewFlows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DatePeriod"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FlowSource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FlowTarget"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodesPerSide"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversionGroupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"sourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"nodesPerSide"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodesPerSide"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDeals"}},{"kind":"Field","name":{"kind":"Name","value":"totalAmount"}},{"kind":"Field","name":{"kind":"Name","value":"otherValue"}},{"kind":"Field","name":{"kind":"Name","value":"unplacedValue"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDeals"}},{"kind":"Field","name":{"kind":"Name","value":"rateByCount"}},{"kind":"Field","name":{"kind":"Name","value":"rateByAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"onSiteDeals"}},{"kind":"Field","name":{"kind":"Name","value":"rateByCount"}},{"kind":"Field","name":{"kind":"Name","value":"rateByAmount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodDeals"}},{"kind":"Field","name":{"kind":"Name","value":"sellerOutsideChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"sellerUnplaced"}},{"kind":"Field","name":{"kind":"Name","value":"buyerUnplaced"}}]}}]}}]}}]} as unknown as DocumentNode<ViewFlowsQuery, ViewFlowsQueryVariables>;
export const ViewAlliancesDocument = {"__meta__":{"hash":"sha256:32674991516fdd9e4d57d902a25e7d86ad9e72aac226a0066833aa1b2ec2daba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewAlliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ViewAlliancesQuery, ViewAlliancesQueryVariables>;
export const ViewGapMatrixDocument = {"__meta__":{"hash":"sha256:7fab48d2c363f94b1a09d116a95fd47c750c7c32c5c6bd4c7c165400cad9a465"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewGapMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatePeriod"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberLimit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainId"}},{"kind":"Field","name":{"kind":"Name","value":"chainName"}},{"kind":"Field","name":{"kind":"Name","value":"ecosystem"}},{"kind":"Field","name":{"kind":"Name","value":"availableResults"}},{"kind":"Field","name":{"kind":"Name","value":"labs"}},{"kind":"Field","name":{"kind":"Name","value":"openDemands"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"memberAgencies"}},{"kind":"Field","name":{"kind":"Name","value":"brokers"}},{"kind":"Field","name":{"kind":"Name","value":"intermediaries"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"pressure"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"memberType"}},{"kind":"Field","name":{"kind":"Name","value":"handledChains"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainId"}},{"kind":"Field","name":{"kind":"Name","value":"chainName"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}}]}}]}}]}}]} as unknown as DocumentNode<ViewGapMatrixQuery, ViewGapMatrixQueryVariables>;
export const ViewSuggestPartnersDocument = {"__meta__":{"hash":"sha256:538a259ada2fa9a77a35b506e4a9b3e076ddf49a7344d10b05359407b7d84e50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewSuggestPartners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"allianceMember"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"gapChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"whyNotHigher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]}}]} as unknown as DocumentNode<ViewSuggestPartnersQuery, ViewSuggestPartnersQueryVariables>;
export const ViewResultJourneyDocument = {"__meta__":{"hash":"sha256:700015bc126eab4408a1234dc1bc67d4831797aca40821f5270589b8932231f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewResultJourney"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultJourney"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"developers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"developer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"institution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"broker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyerDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyerInChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"buyerChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originatedAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<ViewResultJourneyQuery, ViewResultJourneyQueryVariables>;
export const ViewResultsByDealsDocument = {"__meta__":{"hash":"sha256:84580387b2c569d95d9fc859c0ea99ec6a1486e311401cf3bbfd42a09f97dac1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewResultsByDeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resultsByDeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextOffset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"deals"}},{"kind":"Field","name":{"kind":"Name","value":"inChengduDeals"}}]}}]}}]}}]} as unknown as DocumentNode<ViewResultsByDealsQuery, ViewResultsByDealsQueryVariables>;
export const ViewKpiProgressDocument = {"__meta__":{"hash":"sha256:100010fdee4475aaf166e6bfea098f5e7d32b06a9e45e6b326496a1bc2027467"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewKpiProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DatePeriod"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"windowed"}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"}},{"kind":"Field","name":{"kind":"Name","value":"districtsAhead"}},{"kind":"Field","name":{"kind":"Name","value":"districtsBehind"}},{"kind":"Field","name":{"kind":"Name","value":"byDistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewKpiProgressQuery, ViewKpiProgressQueryVariables>;
export const ViewOpenDemandsDocument = {"__meta__":{"hash":"sha256:231613831d0ec9e609880d7447913811cd6f2b547e40e98327d66033c7ab045b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewOpenDemands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"postedOn"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"postedOn"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewOpenDemandsQuery, ViewOpenDemandsQueryVariables>;
export const ViewMatchDocument = {"__meta__":{"hash":"sha256:f813b7c602713fddf4e32ec8508f6d2a6267a222b319a4b92d8e42e96a9a3024"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"developer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendBrokers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"broker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleLevel"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewMatchQuery, ViewMatchQueryVariables>;
export const ExploreSearchPageDocument = {"__meta__":{"hash":"sha256:9cd0f7fc42376e200096a4af59e3168ab2b4bf3fa71455c869e71b65311c5d12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreSearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"totalCapped"}},{"kind":"Field","name":{"kind":"Name","value":"ranked"}},{"kind":"Field","name":{"kind":"Name","value":"nextOffset"}},{"kind":"Field","name":{"kind":"Name","value":"typeCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"chainIds"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode<ExploreSearchPageQuery, ExploreSearchPageQueryVariables>;
export const ExploreNodeDocument = {"__meta__":{"hash":"sha256:ecf3f186817a4dfcd45e60563059f293ecf97a51a06d6479617831a8bb823718"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relType"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourTypes"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"chainIds"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]} as unknown as DocumentNode<ExploreNodeQuery, ExploreNodeQueryVariables>;
export const ExploreNeighbourCountsDocument = {"__meta__":{"hash":"sha256:e1b3229916d0d1a5761f274ecc288b117d9290ef29d2d8cd25040b2ca42c5d1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNeighbourCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relType"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourTypes"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ExploreNeighbourCountsQuery, ExploreNeighbourCountsQueryVariables>;
export const ExploreExpandDocument = {"__meta__":{"hash":"sha256:9b5ecb234f9321fdfec0efbc8e841ce645a03414b43f487944418371fdc248eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreExpand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupAbove"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"relType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relType"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"neighbourType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourType"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupAbove"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupAbove"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreEdgeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"nextOffset"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relType"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"chainIds"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ExploreExpandQuery, ExploreExpandQueryVariables>;
export const ExploreNeighbourYearsDocument = {"__meta__":{"hash":"sha256:724e69c4594b914246bdcface806500475bea3f8b92896e9740b382e02208844"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNeighbourYears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreDirection"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"neighbourType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeType"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourYears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"relType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relType"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"neighbourType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"neighbourType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ExploreNeighbourYearsQuery, ExploreNeighbourYearsQueryVariables>;
export const ExploreSubgraphDocument = {"__meta__":{"hash":"sha256:e89a93caa37074cad20e5711bc0a36e1affa9d3c708b48ce84430b9f745aed50"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreSubgraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreEdgeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"chainIds"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ExploreSubgraphQuery, ExploreSubgraphQueryVariables>;
export const ExploreShortestPathDocument = {"__meta__":{"hash":"sha256:157a4413fd97736d9eba201d50da66d0a9459c4059c587e8f4a08c874daac1c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toId"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreNodeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExploreEdgeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreNodeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}},{"kind":"Field","name":{"kind":"Name","value":"chainIds"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExploreEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExploreEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ExploreShortestPathQuery, ExploreShortestPathQueryVariables>;
export const ExploreNodesByTypeDocument = {"__meta__":{"hash":"sha256:b425a9e943c3aa59a1dc59f2fbcba29d88d47daf2ce143e983ddd500ba0e3f96"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNodesByType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodesByType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inChengdu"}}]}}]}}]} as unknown as DocumentNode<ExploreNodesByTypeQuery, ExploreNodesByTypeQueryVariables>;
export const ExploreNetworkMeasuresDocument = {"__meta__":{"hash":"sha256:93a296276a30db1be2be440b1f2d4afe196d2d9cf23431a04085f63b387faa33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExploreNetworkMeasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"BETWEENNESS"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"edgeLimit"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}}]}}]}}]} as unknown as DocumentNode<ExploreNetworkMeasuresQuery, ExploreNetworkMeasuresQueryVariables>;
export const AnalysisPickSearchDocument = {"__meta__":{"hash":"sha256:5b903b06c27564c93fcc167dbf4d6080e918cf43f31f805d4a96f557d4566a66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalysisPickSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<AnalysisPickSearchQuery, AnalysisPickSearchQueryVariables>;
export const AnalysisPickListDocument = {"__meta__":{"hash":"sha256:d37b85ee3c67d6c2c4b5f9c3cffdb40fe96f565ae5bb62b9ef5e329f40249366"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalysisPickList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodesByType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<AnalysisPickListQuery, AnalysisPickListQueryVariables>;
export const AuthProbeDocument = {"__meta__":{"hash":"sha256:a94a42d82c9786bfe11424aea148b023c8e950cce54ae956d52b5dc4e641f300"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthProbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<AuthProbeQuery, AuthProbeQueryVariables>;