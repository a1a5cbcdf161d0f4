export { type Database, type OpenDatabaseOptions, openDatabase } from "./client.js";
export {
  DatabaseConfigError,
  type DatabaseTarget,
  describePostgresUrl,
  resolveDatabaseTarget,
} from "./config.js";
export { DatabaseUnavailableError } from "./errors.js";
export type {
  AccountInvitation,
  Action,
  ActionUpdate,
  ApiClient,
  ApiToken,
  AuditEvent,
  CaseloadAssignment,
  ConsentRecord,
  DischargePlan,
  DischargePlanItem,
  DischargePlanStandard,
  DischargePlanStep,
  EmergencyProtocolMeeting,
  EnquiryFinding,
  EnquiryOpinion,
  EnquiryQuote,
  Escalation,
  Invitation,
  Membership,
  OidcAuthRequest,
  Organisation,
  PanelMember,
  PanelMemberPhoto,
  Person,
  PlannerAnswer,
  PlannerDocument,
  ProfilePhoto,
  RateLimitBucket,
  RegisterEntry,
  RegisterRatingChange,
  RegisterRiskFactor,
  Relationship,
  Report,
  ReportDistribution,
  RequestReply,
  RestrictedPatientMonitoring,
  Review,
  ReviewRequest,
  ReviewRequestStageChange,
  ReviewSummaryAnswer,
  Session,
  SettingEvent,
  SignInChallenge,
  User,
} from "./generated/prisma/client.js";
export { Prisma, PrismaClient } from "./generated/prisma/client.js";
export { applyMigrations, MigrationError, pendingMigrations, readMigrations } from "./migrate.js";
export { DataDirectoryInUseError } from "./pglite-lock.js";
export { DEMO_PEOPLE_COUNT, DEMO_REFERENCE_DATE, DEMO_STORY, seedDemoData } from "./seed.js";
export { isUniqueViolation } from "./unique.js";
