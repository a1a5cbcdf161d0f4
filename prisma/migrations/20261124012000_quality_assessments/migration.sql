-- CreateTable
CREATE TABLE "QualityAssessment" (
    "id" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "standardId" TEXT NOT NULL,
    "met" BOOLEAN NOT NULL,
    "evidence" TEXT NOT NULL,
    "followUp" TEXT,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "QualityAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QualityAssessment_recordedById_idx" ON "QualityAssessment"("recordedById");

-- CreateIndex
CREATE UNIQUE INDEX "QualityAssessment_reviewId_standardId_key" ON "QualityAssessment"("reviewId", "standardId");

-- AddForeignKey
ALTER TABLE "QualityAssessment" ADD CONSTRAINT "QualityAssessment_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualityAssessment" ADD CONSTRAINT "QualityAssessment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
