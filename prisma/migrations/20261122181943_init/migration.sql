-- CreateEnum
CREATE TYPE "Neurodevelopmental" AS ENUM ('LEARNING_DISABILITY', 'AUTISM', 'BOTH');

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "preferredName" TEXT,
    "dateOfBirth" DATE NOT NULL,
    "nhsNumber" CHAR(10) NOT NULL,
    "diagnosis" "Neurodevelopmental" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_nhsNumber_key" ON "Person"("nhsNumber");

-- CreateIndex
CREATE INDEX "Person_name_id_idx" ON "Person"("name", "id");
