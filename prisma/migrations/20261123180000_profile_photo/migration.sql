-- CreateTable
CREATE TABLE "ProfilePhoto" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "altText" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProfilePhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProfilePhoto_documentId_key" ON "ProfilePhoto"("documentId");

-- AddForeignKey
ALTER TABLE "ProfilePhoto" ADD CONSTRAINT "ProfilePhoto_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "PlannerDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfilePhoto" ADD CONSTRAINT "ProfilePhoto_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The API checks these too (ADR 0022); the database refuses what slips past it.
ALTER TABLE "ProfilePhoto" ADD CONSTRAINT "ProfilePhoto_contentType_check" CHECK ("contentType" IN ('image/jpeg', 'image/png'));
ALTER TABLE "ProfilePhoto" ADD CONSTRAINT "ProfilePhoto_size_check" CHECK ("size" = octet_length("bytes") AND "size" BETWEEN 1 AND 1048576);
ALTER TABLE "ProfilePhoto" ADD CONSTRAINT "ProfilePhoto_altText_check" CHECK (char_length("altText") BETWEEN 1 AND 150);
