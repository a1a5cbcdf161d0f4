-- CreateTable
CREATE TABLE "PendingJob" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "key" TEXT,
    "runAt" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingJob_key_idx" ON "PendingJob"("key");

-- A key names one waiting job; a job a runner has taken ("lockedUntil" set) no
-- longer holds it, so a change made while it runs queues a fresh job.
CREATE UNIQUE INDEX "PendingJob_waiting_key" ON "PendingJob"("key") WHERE "lockedUntil" IS NULL;

-- CreateIndex
CREATE INDEX "PendingJob_runAt_idx" ON "PendingJob"("runAt");
