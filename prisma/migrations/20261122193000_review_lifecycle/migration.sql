-- CreateEnum
CREATE TYPE "PreferredFormat" AS ENUM ('PLAIN', 'EASY_READ', 'OTHER_LANGUAGE');

-- CreateEnum
CREATE TYPE "InterpreterNeed" AS ENUM ('NONE', 'SPOKEN_LANGUAGE', 'BSL', 'OTHER');

-- CreateEnum
CREATE TYPE "EhcPlanStatus" AS ENUM ('NONE', 'ASSESSMENT_UNDER_WAY', 'IN_PLACE');

-- CreateEnum
CREATE TYPE "LegalStatus" AS ENUM ('NOT_RECORDED', 'INFORMAL', 'DETAINED_MHA', 'COMMUNITY_TREATMENT_ORDER', 'CONDITIONAL_DISCHARGE', 'DEPRIVATION_OF_LIBERTY', 'COURT_OF_PROTECTION_ORDER');

-- CreateEnum
CREATE TYPE "MentalHealthActSection" AS ENUM ('S2', 'S3', 'S4', 'S35', 'S36', 'S37', 'S37_41', 'S38', 'S45A', 'S47', 'S47_49', 'S48', 'S48_49', 'S7_GUARDIANSHIP', 'OTHER');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('ICB', 'LOCAL_AUTHORITY', 'PROVIDER', 'SCHOOL');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('COMMISSIONER', 'CARE_COORDINATOR', 'SOCIAL_WORKER', 'CLINICIAN', 'DISCHARGE_FACILITATOR', 'EDUCATION_STAFF', 'EXPERT_BY_EXPERIENCE', 'CLINICAL_EXPERT', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "CaseloadResponsibility" AS ENUM ('RESPONSIBLE_COMMISSIONER', 'LOCAL_AUTHORITY', 'PROVIDER', 'EDUCATION');

-- CreateEnum
CREATE TYPE "RelationshipKind" AS ENUM ('PARENT_CARER', 'OTHER_FAMILY', 'ADVOCATE', 'CARE_COORDINATOR', 'SOCIAL_WORKER', 'RESPONSIBLE_CLINICIAN');

-- CreateEnum
CREATE TYPE "AdvocateKind" AS ENUM ('IMHA', 'IMCA', 'INDEPENDENT');

-- CreateEnum
CREATE TYPE "RegisterRating" AS ENUM ('RED', 'AMBER', 'GREEN', 'BLUE');

-- CreateEnum
CREATE TYPE "RiskFactor" AS ENUM ('LIFE_EVENTS', 'UNSTABLE_MENTAL_ILLNESS', 'PHYSICAL_PAIN_OR_DISTRESS', 'PREVIOUS_ADMISSIONS', 'MHA_OR_DOLS', 'BEHAVIOURAL_CHALLENGES', 'UNSTABLE_ENVIRONMENT', 'NOT_KNOWN_TO_LD_SERVICES', 'NO_FIXED_ADDRESS', 'CRIMINAL_JUSTICE_CONTACT', 'CRISIS_AT_A_AND_E', 'NO_FAMILY_OR_ADVOCATE', 'DRUG_ALCOHOL', 'NO_PLANNED_TRANSITION', 'RESIDENTIAL_SCHOOL_52_WEEK', 'RECENT_LONG_STAY_DISCHARGE', 'YOUTH_OFFENDING_SERVICES', 'CONTINUING_HEALTHCARE');

-- CreateEnum
CREATE TYPE "ConsentBasis" AS ENUM ('PERSON_WITH_CAPACITY', 'GILLICK_COMPETENT_CHILD', 'PARENTAL_RESPONSIBILITY', 'LASTING_POWER_OF_ATTORNEY', 'BEST_INTERESTS', 'PROTECT_FROM_HARM');

-- CreateEnum
CREATE TYPE "SettingEventKind" AS ENUM ('COMMUNITY_LIVING', 'ADMISSION_CONSIDERED', 'ADMISSION', 'TRANSFER', 'HIGHER_SECURITY_MOVE_INTENDED', 'RESETTLEMENT_PATHWAY', 'DISCHARGE');

-- CreateEnum
CREATE TYPE "AdmissionRoute" AS ENUM ('CIVIL', 'CRIMINAL_JUSTICE');

-- CreateEnum
CREATE TYPE "HospitalSetting" AS ENUM ('LD_MH_NON_SECURE', 'LOW_SECURE', 'MEDIUM_SECURE', 'HIGH_SECURE', 'ACUTE_MH_PLANNED_CRISIS', 'GENERAL_HOSPITAL_PHYSICAL');

-- CreateEnum
CREATE TYPE "Requester" AS ENUM ('PERSON', 'FAMILY_OR_CARER', 'COMMISSIONER', 'ADVOCATE', 'INPATIENT_TEAM', 'COMMUNITY_TEAM', 'LOCAL_AUTHORITY');

-- CreateEnum
CREATE TYPE "RequestRoute" AS ENUM ('VIA_CARE_COORDINATOR', 'DIRECT_TO_COMMISSIONER', 'SAFEGUARDING');

-- CreateEnum
CREATE TYPE "RequestStage" AS ENUM ('RECEIVED', 'WITH_CARE_COORDINATOR', 'RESOLVED_WITHOUT_REVIEW', 'WITH_COMMISSIONER', 'CONVENED', 'DECLINED_BY_COMMISSIONER', 'ESCALATED');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('COMMUNITY', 'POST_ADMISSION', 'INPATIENT', 'HIGHER_SECURITY', 'ON_REQUEST');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('REQUESTED', 'PLANNED', 'CONSENT_PENDING', 'SCHEDULED', 'HELD', 'REPORT_DRAFTED', 'REPORT_SENT', 'FOLLOW_UP', 'CLOSED', 'DECLINED', 'WITHDRAWN', 'EXEMPT');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('READY_FOR_DISCHARGE', 'CONTINUE_CURRENT_CARE', 'ADMISSION_RECOMMENDED', 'ADMISSION_NOT_NEEDED');

-- CreateEnum
CREATE TYPE "ReviewFormat" AS ENUM ('IN_PERSON', 'VIDEO', 'PHONE', 'HYBRID');

-- CreateEnum
CREATE TYPE "EnquirySetting" AS ENUM ('COMMUNITY', 'INPATIENT', 'SECURE');

-- CreateEnum
CREATE TYPE "PanelRole" AS ENUM ('CHAIR', 'EXPERT_BY_EXPERIENCE', 'CLINICAL_EXPERT');

-- CreateEnum
CREATE TYPE "ChairKind" AS ENUM ('COMMISSIONER', 'DELEGATE', 'LOCAL_AUTHORITY_SENIOR_MANAGER');

-- CreateEnum
CREATE TYPE "Invitee" AS ENUM ('PERSON', 'PARENT_CARERS', 'FAMILY', 'SIBLINGS', 'ADVOCATE', 'RESPONSIBLE_CLINICIAN', 'NAMED_NURSE', 'SENIOR_NURSE', 'CPA_CARE_COORDINATOR', 'DIRECT_CARE_STAFF', 'AFTERCARE_TEAM', 'DISCHARGE_COMMISSIONER', 'SEN_TEAM', 'HEAD_TEACHER', 'RECENT_EDUCATION_PROVIDER', 'DIRECTOR_OF_CHILDRENS_SERVICES', 'NAMED_SOCIAL_WORKER', 'ADULT_SOCIAL_CARE', 'CAMHS', 'YOUTH_OFFENDING_TEAM', 'KEY_HEALTH_PROVIDERS', 'VOLUNTARY_SECTOR');

-- CreateEnum
CREATE TYPE "InvitePriority" AS ENUM ('MUST', 'SHOULD', 'CONSIDER');

-- CreateEnum
CREATE TYPE "InvitationResponse" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WILL_SEND_VIEWS');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('NOT_RECORDED', 'IN_PERSON', 'REMOTE', 'PART', 'SENT_VIEWS', 'DID_NOT_ATTEND');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('REGISTER', 'REVIEW', 'SHARE_WITH_PANEL', 'SHARE_WITH_FAMILY', 'SHARE_WITH_ADVOCATE', 'SHARE_WITH_CARE_TEAM', 'NHS_ENGLAND_MONITORING');

-- CreateEnum
CREATE TYPE "ConsentAnswer" AS ENUM ('GIVEN', 'REFUSED', 'NOT_ASKED');

-- CreateEnum
CREATE TYPE "CapacityOutcome" AS ENUM ('HAS_CAPACITY', 'LACKS_CAPACITY');

-- CreateEnum
CREATE TYPE "FourQuestion" AS ENUM ('SAFE', 'CURRENT_CARE', 'FUTURE_PLAN', 'NEED_HOSPITAL');

-- CreateEnum
CREATE TYPE "QuoteSource" AS ENUM ('PERSON', 'FAMILY');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'DONE', 'NOT_DONE');

-- CreateEnum
CREATE TYPE "EscalationRoute" AS ENUM ('CQC', 'LOCAL_AUTHORITY_SAFEGUARDING', 'OFSTED', 'CONTRACTING', 'QUALITY_SURVEILLANCE_GROUP', 'NHS_ENGLAND', 'OTHER');

-- CreateEnum
CREATE TYPE "DischargeItemStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "StandardStatus" AS ENUM ('MET', 'UNMET', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "PlannerKind" AS ENUM ('ONE_PAGE_PROFILE', 'CETR_PLANNER', 'LEAVING_HOSPITAL_PLANNER');

-- CreateEnum
CREATE TYPE "PlannerStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "MojRequestType" AS ENUM ('LEAVE', 'TRANSFER', 'DISCHARGE');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('USER', 'PARTNER_CLIENT', 'SYSTEM');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('ALLOWED', 'DENIED');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "communicationNeeds" TEXT,
ADD COLUMN     "ehcPlan" "EhcPlanStatus" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "interpreterNeed" "InterpreterNeed" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "legalStatus" "LegalStatus" NOT NULL DEFAULT 'NOT_RECORDED',
ADD COLUMN     "mentalHealthActSection" "MentalHealthActSection",
ADD COLUMN     "mojRestricted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "otherDiagnoses" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "preferredFormat" "PreferredFormat" NOT NULL DEFAULT 'PLAIN',
ADD COLUMN     "preferredLanguage" TEXT,
ADD COLUMN     "reasonableAdjustments" TEXT;

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "odsCode" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "role" "StaffRole" NOT NULL,
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseloadAssignment" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "responsibility" "CaseloadResponsibility" NOT NULL,
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseloadAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Relationship" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "RelationshipKind" NOT NULL,
    "hasParentalResponsibility" BOOLEAN NOT NULL DEFAULT false,
    "advocateKind" "AdvocateKind",
    "description" TEXT,
    "startedOn" DATE NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Relationship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterEntry" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "rating" "RegisterRating" NOT NULL,
    "consentBasis" "ConsentBasis" NOT NULL,
    "addedOn" DATE NOT NULL,
    "removedOn" DATE,
    "removedReason" TEXT,
    "nextReviewOn" DATE,
    "minimumDataset" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RegisterEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterRatingChange" (
    "id" UUID NOT NULL,
    "registerEntryId" UUID NOT NULL,
    "rating" "RegisterRating" NOT NULL,
    "ratedOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "ratedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegisterRatingChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegisterRiskFactor" (
    "id" UUID NOT NULL,
    "registerEntryId" UUID NOT NULL,
    "factor" "RiskFactor" NOT NULL,
    "notes" TEXT,
    "recordedOn" DATE NOT NULL,

    CONSTRAINT "RegisterRiskFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SettingEvent" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" "SettingEventKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "route" "AdmissionRoute",
    "setting" "HospitalSetting",
    "restricted" BOOLEAN,
    "providerId" UUID,
    "housingInPlace" BOOLEAN,
    "careProviderInPlace" BOOLEAN,
    "clearDischargePlan" BOOLEAN,
    "dischargeDateIdentified" BOOLEAN,
    "anyPartyDissatisfied" BOOLEAN,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SettingEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRequest" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "requester" "Requester" NOT NULL,
    "requestedById" UUID,
    "requesterName" TEXT,
    "route" "RequestRoute" NOT NULL,
    "stage" "RequestStage" NOT NULL DEFAULT 'RECEIVED',
    "reason" TEXT NOT NULL,
    "receivedOn" DATE NOT NULL,
    "decidedOn" DATE,
    "decisionReason" TEXT,
    "reviewId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRequestStageChange" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "stage" "RequestStage" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "byId" UUID,
    "note" TEXT,

    CONSTRAINT "ReviewRequestStageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "policyProfileKey" TEXT NOT NULL DEFAULT 'national-2017',
    "status" "ReviewState" NOT NULL,
    "enquirySetting" "EnquirySetting" NOT NULL,
    "commissioningOrganisationId" UUID NOT NULL,
    "triggerEventId" UUID,
    "venue" TEXT,
    "format" "ReviewFormat",
    "dueOn" DATE,
    "scheduledOn" DATE,
    "heldOn" DATE,
    "reportDueOn" DATE,
    "outcome" "ReviewOutcome",
    "closedReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelMember" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "PanelRole" NOT NULL,
    "chairKind" "ChairKind",
    "delegatedAuthority" TEXT,
    "conflictDeclaredAt" TIMESTAMPTZ(3),
    "hasConflict" BOOLEAN,
    "conflictDetails" TEXT,
    "trainingCompletedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PanelMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "invitee" "Invitee" NOT NULL,
    "priority" "InvitePriority" NOT NULL,
    "reason" TEXT NOT NULL,
    "userId" UUID,
    "name" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "response" "InvitationResponse" NOT NULL DEFAULT 'PENDING',
    "respondedAt" TIMESTAMPTZ(3),
    "attendance" "Attendance" NOT NULL DEFAULT 'NOT_RECORDED',

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "reviewId" UUID,
    "purpose" "ConsentPurpose" NOT NULL,
    "answer" "ConsentAnswer" NOT NULL,
    "basis" "ConsentBasis",
    "capacity" "CapacityOutcome",
    "decidedById" UUID,
    "decidedByName" TEXT,
    "decidedOn" DATE NOT NULL,
    "rationale" TEXT,
    "refusalReasons" TEXT,
    "sharedWithId" UUID,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnReason" TEXT,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnquiryFinding" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "kloeId" TEXT NOT NULL,
    "question" "FourQuestion" NOT NULL,
    "findings" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "evidence" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "concerns" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EnquiryFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnquiryQuote" (
    "id" UUID NOT NULL,
    "findingId" UUID NOT NULL,
    "source" "QuoteSource" NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "EnquiryQuote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnquiryOpinion" (
    "id" UUID NOT NULL,
    "findingId" UUID NOT NULL,
    "panelMemberId" UUID NOT NULL,
    "view" TEXT NOT NULL,

    CONSTRAINT "EnquiryOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewSummaryAnswer" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "question" "FourQuestion" NOT NULL,
    "answer" TEXT NOT NULL,

    CONSTRAINT "ReviewSummaryAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "findingId" UUID,
    "what" TEXT NOT NULL,
    "plainWhat" TEXT,
    "howWeWillKnow" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "dueOn" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "completedOn" DATE,
    "notDoneReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionUpdate" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT NOT NULL,
    "statusAfter" "ActionStatus",

    CONSTRAINT "ActionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" UUID NOT NULL,
    "reviewId" UUID,
    "personId" UUID NOT NULL,
    "findingId" UUID,
    "route" "EscalationRoute" NOT NULL,
    "concern" TEXT NOT NULL,
    "reference" TEXT,
    "raisedOn" DATE NOT NULL,
    "raisedById" UUID NOT NULL,
    "personInformedOn" DATE,
    "outcome" TEXT,
    "closedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "progressContactId" UUID,
    "body" TEXT NOT NULL,
    "easyReadBody" TEXT,
    "translations" JSONB NOT NULL DEFAULT '{}',
    "draftedAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportDistribution" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "recipientId" UUID,
    "recipientName" TEXT,
    "recipientRole" TEXT NOT NULL,
    "format" "PreferredFormat" NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReportDistribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DischargePlan" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "admissionEventId" UUID,
    "facilitatorId" UUID,
    "plannedDischargeOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DischargePlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DischargePlanStep" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "stepNumber" SMALLINT NOT NULL,
    "whoWillHelp" TEXT,
    "notes" TEXT,

    CONSTRAINT "DischargePlanStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DischargePlanItem" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "itemId" TEXT NOT NULL,
    "stepNumber" SMALLINT NOT NULL,
    "staffStatus" "DischargeItemStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "familyStatus" "DischargeItemStatus",
    "familyNote" TEXT,
    "dueOn" DATE,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DischargePlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DischargePlanStandard" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "standardNumber" SMALLINT NOT NULL,
    "status" "StandardStatus" NOT NULL DEFAULT 'UNKNOWN',
    "evidence" TEXT,

    CONSTRAINT "DischargePlanStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlannerDocument" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "kind" "PlannerKind" NOT NULL,
    "reviewId" UUID,
    "version" INTEGER NOT NULL,
    "status" "PlannerStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMPTZ(3),
    "openDraft" BOOLEAN DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlannerDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlannerAnswer" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "questionKey" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "writtenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlannerAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmergencyProtocolMeeting" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "convenedById" UUID NOT NULL,
    "heldAt" TIMESTAMPTZ(3) NOT NULL,
    "attendees" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "situation" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "admissionAvoided" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmergencyProtocolMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RestrictedPatientMonitoring" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "reviewId" UUID,
    "reference" TEXT NOT NULL,
    "reviewDate" DATE NOT NULL,
    "outcome" TEXT NOT NULL,
    "providerId" UUID NOT NULL,
    "responsibleClinician" TEXT NOT NULL,
    "referredToMojOn" DATE,
    "requestType" "MojRequestType",
    "mojResponseOn" DATE,
    "narrative" TEXT,
    "escalation" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RestrictedPatientMonitoring_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorKind" "ActorKind" NOT NULL,
    "actorId" UUID,
    "actorRef" TEXT,
    "actingAs" TEXT NOT NULL,
    "personId" UUID,
    "operation" TEXT NOT NULL,
    "outcome" "AuditOutcome" NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "requestId" TEXT,
    "detail" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_odsCode_key" ON "Organisation"("odsCode");

-- CreateIndex
CREATE INDEX "Organisation_kind_name_idx" ON "Organisation"("kind", "name");

-- CreateIndex
CREATE INDEX "Membership_organisationId_role_idx" ON "Membership"("organisationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organisationId_role_key" ON "Membership"("userId", "organisationId", "role");

-- CreateIndex
CREATE INDEX "CaseloadAssignment_organisationId_endedOn_personId_idx" ON "CaseloadAssignment"("organisationId", "endedOn", "personId");

-- CreateIndex
CREATE INDEX "CaseloadAssignment_personId_idx" ON "CaseloadAssignment"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseloadAssignment_personId_organisationId_responsibility_s_key" ON "CaseloadAssignment"("personId", "organisationId", "responsibility", "startedOn");

-- CreateIndex
CREATE INDEX "Relationship_userId_endedOn_idx" ON "Relationship"("userId", "endedOn");

-- CreateIndex
CREATE INDEX "Relationship_personId_kind_idx" ON "Relationship"("personId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Relationship_personId_userId_kind_key" ON "Relationship"("personId", "userId", "kind");

-- CreateIndex
CREATE INDEX "RegisterEntry_organisationId_removedOn_rating_idx" ON "RegisterEntry"("organisationId", "removedOn", "rating");

-- CreateIndex
CREATE INDEX "RegisterEntry_organisationId_nextReviewOn_idx" ON "RegisterEntry"("organisationId", "nextReviewOn");

-- CreateIndex
CREATE INDEX "RegisterEntry_personId_idx" ON "RegisterEntry"("personId");

-- CreateIndex
CREATE INDEX "RegisterRatingChange_registerEntryId_ratedOn_idx" ON "RegisterRatingChange"("registerEntryId", "ratedOn");

-- CreateIndex
CREATE UNIQUE INDEX "RegisterRiskFactor_registerEntryId_factor_key" ON "RegisterRiskFactor"("registerEntryId", "factor");

-- CreateIndex
CREATE INDEX "SettingEvent_personId_occurredOn_idx" ON "SettingEvent"("personId", "occurredOn");

-- CreateIndex
CREATE INDEX "SettingEvent_providerId_kind_occurredOn_idx" ON "SettingEvent"("providerId", "kind", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRequest_reviewId_key" ON "ReviewRequest"("reviewId");

-- CreateIndex
CREATE INDEX "ReviewRequest_stage_receivedOn_idx" ON "ReviewRequest"("stage", "receivedOn");

-- CreateIndex
CREATE INDEX "ReviewRequest_personId_receivedOn_idx" ON "ReviewRequest"("personId", "receivedOn");

-- CreateIndex
CREATE INDEX "ReviewRequestStageChange_requestId_at_idx" ON "ReviewRequestStageChange"("requestId", "at");

-- CreateIndex
CREATE INDEX "Review_status_dueOn_idx" ON "Review"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Review_commissioningOrganisationId_status_dueOn_idx" ON "Review"("commissioningOrganisationId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Review_personId_createdAt_idx" ON "Review"("personId", "createdAt");

-- CreateIndex
CREATE INDEX "Review_status_reportDueOn_idx" ON "Review"("status", "reportDueOn");

-- CreateIndex
CREATE UNIQUE INDEX "Review_id_personId_key" ON "Review"("id", "personId");

-- CreateIndex
CREATE INDEX "PanelMember_userId_idx" ON "PanelMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelMember_reviewId_role_key" ON "PanelMember"("reviewId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "PanelMember_reviewId_userId_key" ON "PanelMember"("reviewId", "userId");

-- CreateIndex
CREATE INDEX "Invitation_reviewId_invitee_idx" ON "Invitation"("reviewId", "invitee");

-- CreateIndex
CREATE INDEX "Invitation_userId_idx" ON "Invitation"("userId");

-- CreateIndex
CREATE INDEX "ConsentRecord_personId_purpose_withdrawnAt_idx" ON "ConsentRecord"("personId", "purpose", "withdrawnAt");

-- CreateIndex
CREATE INDEX "ConsentRecord_reviewId_purpose_idx" ON "ConsentRecord"("reviewId", "purpose");

-- CreateIndex
CREATE INDEX "ConsentRecord_sharedWithId_withdrawnAt_idx" ON "ConsentRecord"("sharedWithId", "withdrawnAt");

-- CreateIndex
CREATE UNIQUE INDEX "EnquiryFinding_reviewId_kloeId_key" ON "EnquiryFinding"("reviewId", "kloeId");

-- CreateIndex
CREATE INDEX "EnquiryQuote_findingId_idx" ON "EnquiryQuote"("findingId");

-- CreateIndex
CREATE UNIQUE INDEX "EnquiryOpinion_findingId_panelMemberId_key" ON "EnquiryOpinion"("findingId", "panelMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewSummaryAnswer_reviewId_question_key" ON "ReviewSummaryAnswer"("reviewId", "question");

-- CreateIndex
CREATE INDEX "Action_ownerId_status_dueOn_idx" ON "Action"("ownerId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Action_status_dueOn_idx" ON "Action"("status", "dueOn");

-- CreateIndex
CREATE INDEX "Action_personId_status_dueOn_idx" ON "Action"("personId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "Action_reviewId_idx" ON "Action"("reviewId");

-- CreateIndex
CREATE INDEX "ActionUpdate_actionId_at_idx" ON "ActionUpdate"("actionId", "at");

-- CreateIndex
CREATE INDEX "Escalation_closedOn_route_idx" ON "Escalation"("closedOn", "route");

-- CreateIndex
CREATE INDEX "Escalation_personId_raisedOn_idx" ON "Escalation"("personId", "raisedOn");

-- CreateIndex
CREATE INDEX "Escalation_reviewId_idx" ON "Escalation"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_reviewId_key" ON "Report"("reviewId");

-- CreateIndex
CREATE INDEX "Report_sentAt_idx" ON "Report"("sentAt");

-- CreateIndex
CREATE INDEX "ReportDistribution_reportId_sentAt_idx" ON "ReportDistribution"("reportId", "sentAt");

-- CreateIndex
CREATE INDEX "ReportDistribution_recipientId_idx" ON "ReportDistribution"("recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "DischargePlan_admissionEventId_key" ON "DischargePlan"("admissionEventId");

-- CreateIndex
CREATE INDEX "DischargePlan_personId_idx" ON "DischargePlan"("personId");

-- CreateIndex
CREATE INDEX "DischargePlan_plannedDischargeOn_idx" ON "DischargePlan"("plannedDischargeOn");

-- CreateIndex
CREATE UNIQUE INDEX "DischargePlanStep_planId_stepNumber_key" ON "DischargePlanStep"("planId", "stepNumber");

-- CreateIndex
CREATE INDEX "DischargePlanItem_planId_stepNumber_idx" ON "DischargePlanItem"("planId", "stepNumber");

-- CreateIndex
CREATE UNIQUE INDEX "DischargePlanItem_planId_itemId_key" ON "DischargePlanItem"("planId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "DischargePlanStandard_planId_standardNumber_key" ON "DischargePlanStandard"("planId", "standardNumber");

-- CreateIndex
CREATE INDEX "PlannerDocument_reviewId_idx" ON "PlannerDocument"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "PlannerDocument_personId_kind_version_key" ON "PlannerDocument"("personId", "kind", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PlannerDocument_personId_kind_openDraft_key" ON "PlannerDocument"("personId", "kind", "openDraft");

-- CreateIndex
CREATE UNIQUE INDEX "PlannerAnswer_documentId_questionKey_key" ON "PlannerAnswer"("documentId", "questionKey");

-- CreateIndex
CREATE INDEX "EmergencyProtocolMeeting_personId_heldAt_idx" ON "EmergencyProtocolMeeting"("personId", "heldAt");

-- CreateIndex
CREATE INDEX "EmergencyProtocolMeeting_organisationId_heldAt_idx" ON "EmergencyProtocolMeeting"("organisationId", "heldAt");

-- CreateIndex
CREATE UNIQUE INDEX "RestrictedPatientMonitoring_reviewId_key" ON "RestrictedPatientMonitoring"("reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "RestrictedPatientMonitoring_reference_key" ON "RestrictedPatientMonitoring"("reference");

-- CreateIndex
CREATE INDEX "RestrictedPatientMonitoring_providerId_reviewDate_idx" ON "RestrictedPatientMonitoring"("providerId", "reviewDate");

-- CreateIndex
CREATE INDEX "RestrictedPatientMonitoring_personId_reviewDate_idx" ON "RestrictedPatientMonitoring"("personId", "reviewDate");

-- CreateIndex
CREATE INDEX "AuditEvent_personId_at_idx" ON "AuditEvent"("personId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseloadAssignment" ADD CONSTRAINT "CaseloadAssignment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseloadAssignment" ADD CONSTRAINT "CaseloadAssignment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relationship" ADD CONSTRAINT "Relationship_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterEntry" ADD CONSTRAINT "RegisterEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterEntry" ADD CONSTRAINT "RegisterEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterRatingChange" ADD CONSTRAINT "RegisterRatingChange_registerEntryId_fkey" FOREIGN KEY ("registerEntryId") REFERENCES "RegisterEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterRatingChange" ADD CONSTRAINT "RegisterRatingChange_ratedById_fkey" FOREIGN KEY ("ratedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegisterRiskFactor" ADD CONSTRAINT "RegisterRiskFactor_registerEntryId_fkey" FOREIGN KEY ("registerEntryId") REFERENCES "RegisterEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SettingEvent" ADD CONSTRAINT "SettingEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SettingEvent" ADD CONSTRAINT "SettingEvent_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequest" ADD CONSTRAINT "ReviewRequest_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequestStageChange" ADD CONSTRAINT "ReviewRequestStageChange_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ReviewRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRequestStageChange" ADD CONSTRAINT "ReviewRequestStageChange_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_commissioningOrganisationId_fkey" FOREIGN KEY ("commissioningOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_triggerEventId_fkey" FOREIGN KEY ("triggerEventId") REFERENCES "SettingEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_sharedWithId_fkey" FOREIGN KEY ("sharedWithId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnquiryFinding" ADD CONSTRAINT "EnquiryFinding_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnquiryQuote" ADD CONSTRAINT "EnquiryQuote_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "EnquiryFinding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnquiryOpinion" ADD CONSTRAINT "EnquiryOpinion_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "EnquiryFinding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnquiryOpinion" ADD CONSTRAINT "EnquiryOpinion_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewSummaryAnswer" ADD CONSTRAINT "ReviewSummaryAnswer_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_reviewId_personId_fkey" FOREIGN KEY ("reviewId", "personId") REFERENCES "Review"("id", "personId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "EnquiryFinding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionUpdate" ADD CONSTRAINT "ActionUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "EnquiryFinding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_progressContactId_fkey" FOREIGN KEY ("progressContactId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportDistribution" ADD CONSTRAINT "ReportDistribution_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportDistribution" ADD CONSTRAINT "ReportDistribution_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DischargePlan" ADD CONSTRAINT "DischargePlan_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DischargePlan" ADD CONSTRAINT "DischargePlan_admissionEventId_fkey" FOREIGN KEY ("admissionEventId") REFERENCES "SettingEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DischargePlan" ADD CONSTRAINT "DischargePlan_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DischargePlanStep" ADD CONSTRAINT "DischargePlanStep_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DischargePlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DischargePlanItem" ADD CONSTRAINT "DischargePlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DischargePlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DischargePlanStandard" ADD CONSTRAINT "DischargePlanStandard_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DischargePlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannerDocument" ADD CONSTRAINT "PlannerDocument_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannerDocument" ADD CONSTRAINT "PlannerDocument_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannerAnswer" ADD CONSTRAINT "PlannerAnswer_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PlannerDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannerAnswer" ADD CONSTRAINT "PlannerAnswer_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyProtocolMeeting" ADD CONSTRAINT "EmergencyProtocolMeeting_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyProtocolMeeting" ADD CONSTRAINT "EmergencyProtocolMeeting_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyProtocolMeeting" ADD CONSTRAINT "EmergencyProtocolMeeting_convenedById_fkey" FOREIGN KEY ("convenedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestrictedPatientMonitoring" ADD CONSTRAINT "RestrictedPatientMonitoring_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestrictedPatientMonitoring" ADD CONSTRAINT "RestrictedPatientMonitoring_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RestrictedPatientMonitoring" ADD CONSTRAINT "RestrictedPatientMonitoring_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ───────────── Hand-written: not expressible in schema.prisma ─────────────

-- PlannerDocument.openDraft is true exactly while the document is a DRAFT, so
-- the unique (personId, kind, openDraft) allows one open draft per person and
-- kind, while submitted versions (openDraft null) accumulate.
ALTER TABLE "PlannerDocument" ADD CONSTRAINT "PlannerDocument_openDraft_check"
  CHECK (("status" = 'DRAFT' AND "openDraft" IS TRUE) OR ("status" = 'SUBMITTED' AND "openDraft" IS NULL));

-- The audit trail is append-only (issue 4): rows can be inserted and read,
-- never changed or removed, whoever asks.
-- The body is an E'' string with \x3B for each semicolon because
-- `prisma migrate deploy` through @prisma/adapter-pg splits scripts on every
-- semicolon, dollar quotes included.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS E'BEGIN RAISE EXCEPTION ''AuditEvent is append-only: % is not allowed'', TG_OP USING ERRCODE = ''insufficient_privilege''\x3B END';

CREATE TRIGGER "AuditEvent_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
