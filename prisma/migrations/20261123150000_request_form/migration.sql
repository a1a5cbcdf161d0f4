-- The public request form (issue 6 item 4, ADR 0011): requests sent without an account, waiting
-- for the chosen area's staff to match them to a person and triage them into a ReviewRequest.

-- CreateEnum
CREATE TYPE "RequestFormAsker" AS ENUM ('SELF', 'PARENT_CARER', 'ADVOCATE', 'PROFESSIONAL');

-- CreateEnum
CREATE TYPE "RequestWorry" AS ENUM ('CARE_NOT_WORKING', 'HOME_OR_PLACEMENT_AT_RISK', 'SAFETY', 'BEHAVIOUR_OR_DISTRESS', 'MEDICATION', 'NOT_LISTENED_TO', 'LEAVING_HOSPITAL', 'SCHOOL_OR_COLLEGE', 'OTHER');

-- CreateEnum
CREATE TYPE "RequestHospitalStatus" AS ENUM ('IN_HOSPITAL', 'AT_RISK', 'NO', 'NOT_SURE');

-- CreateEnum
CREATE TYPE "ContactMethod" AS ENUM ('EMAIL', 'PHONE');

-- CreateTable
CREATE TABLE "IncomingReviewRequest" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "organisationId" UUID NOT NULL,
    "asker" "RequestFormAsker" NOT NULL,
    "askerName" TEXT,
    "askerRole" TEXT,
    "askerOrganisation" TEXT,
    "aboutName" TEXT NOT NULL,
    "aboutDateOfBirth" DATE NOT NULL,
    "aboutNhsNumber" TEXT,
    "aboutWhereTheyLive" TEXT,
    "worries" "RequestWorry"[],
    "worryDetail" TEXT,
    "hospitalStatus" "RequestHospitalStatus" NOT NULL,
    "consentToShare" BOOLEAN NOT NULL,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "preferredContact" "ContactMethod" NOT NULL,
    "communicationNeeds" TEXT,
    "requestedById" UUID,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "reviewRequestId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncomingReviewRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IncomingReviewRequest_reference_key" ON "IncomingReviewRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "IncomingReviewRequest_reviewRequestId_key" ON "IncomingReviewRequest"("reviewRequestId");

-- CreateIndex
CREATE INDEX "IncomingReviewRequest_organisationId_receivedAt_idx" ON "IncomingReviewRequest"("organisationId", "receivedAt");

-- AddForeignKey
ALTER TABLE "IncomingReviewRequest" ADD CONSTRAINT "IncomingReviewRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingReviewRequest" ADD CONSTRAINT "IncomingReviewRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncomingReviewRequest" ADD CONSTRAINT "IncomingReviewRequest_reviewRequestId_fkey" FOREIGN KEY ("reviewRequestId") REFERENCES "ReviewRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
