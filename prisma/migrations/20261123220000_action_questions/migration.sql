-- CreateTable
CREATE TABLE "ActionQuestion" (
    "id" UUID NOT NULL,
    "actionId" UUID NOT NULL,
    "askedById" UUID NOT NULL,
    "askedAt" TIMESTAMPTZ(3) NOT NULL,
    "question" TEXT NOT NULL,
    "answeredAt" TIMESTAMPTZ(3),
    "answeredById" UUID,
    "answer" TEXT,

    CONSTRAINT "ActionQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ActionQuestion_actionId_askedAt_idx" ON "ActionQuestion"("actionId", "askedAt");

-- CreateIndex
CREATE INDEX "ActionQuestion_answeredAt_askedAt_idx" ON "ActionQuestion"("answeredAt", "askedAt");

-- AddForeignKey
ALTER TABLE "ActionQuestion" ADD CONSTRAINT "ActionQuestion_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "Action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionQuestion" ADD CONSTRAINT "ActionQuestion_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionQuestion" ADD CONSTRAINT "ActionQuestion_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An answer has a time and an author, or neither.
ALTER TABLE "ActionQuestion" ADD CONSTRAINT "ActionQuestion_answered_check"
  CHECK (("answeredAt" IS NULL) = ("answeredById" IS NULL) AND ("answer" IS NULL OR "answeredAt" IS NOT NULL));
