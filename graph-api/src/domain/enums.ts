/** Enum values of the domain contract (docs/domain.md, "Enums"). */
export const ENUMS = {
  TitleLevel: ["NONE", "JUNIOR", "INTERMEDIATE", "SENIOR"],
  AgencyKind: ["MARKET", "UNIVERSITY_OFFICE", "PUBLIC", "INTERNATIONAL"],
  AgencyLevel: ["NATIONAL", "MUNICIPAL_FILED", "UNFILED"],
  AllianceKind: ["ALLIANCE", "ASSOCIATION"],
  InstitutionKind: ["UNIVERSITY", "RESEARCH_INSTITUTE", "NEW_RD_INSTITUTION", "HOSPITAL"],
  LabLevel: ["NATIONAL", "PROVINCIAL", "MUNICIPAL", "OTHER"],
  EnterpriseSize: ["LARGE", "MEDIUM", "SMALL", "MICRO"],
  DistrictKind: ["DISTRICT", "COUNTY_LEVEL_CITY", "COUNTY", "FUNCTIONAL_ZONE", "OUTSIDE"],
  ResultKind: ["INVENTION_PATENT", "UTILITY_PATENT", "SOFTWARE", "PLANT_VARIETY", "KNOW_HOW", "OTHER"],
  ResultStatus: ["AVAILABLE", "NEGOTIATING", "TRANSFERRED"],
  DemandStatus: ["OPEN", "MATCHED", "CLOSED"],
  DealKind: ["DEVELOPMENT", "TRANSFER", "LICENSE", "CONSULTING", "SERVICE", "EQUITY"],
  EventKind: ["MATCHMAKING", "ROADSHOW", "SALON", "FORUM", "TRAINING", "LECTURE"],
  PlatformKind: [
    "TRAINING_BASE",
    "PILOT_PLATFORM",
    "PROOF_OF_CONCEPT",
    "COLLEGE",
    "SERVICE_PLATFORM",
    "INNOVATION_HUB",
  ],
  AwardCategory: ["TOP10_BROKER", "TOP10_AGENCY", "TOP10_CASE", "OTHER"],
  BrokerRole: ["LEAD", "SUPPORT"],
} as const;

export type EnumName = keyof typeof ENUMS;
