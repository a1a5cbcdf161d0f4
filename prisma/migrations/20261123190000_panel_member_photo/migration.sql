-- CreateTable
CREATE TABLE "PanelMemberPhoto" (
    "id" UUID NOT NULL,
    "panelMemberId" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "altText" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PanelMemberPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PanelMemberPhoto_panelMemberId_key" ON "PanelMemberPhoto"("panelMemberId");

-- AddForeignKey
ALTER TABLE "PanelMemberPhoto" ADD CONSTRAINT "PanelMemberPhoto_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMemberPhoto" ADD CONSTRAINT "PanelMemberPhoto_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The API checks these too (ADR 0022, ADR 0023); the database refuses what slips past it.
ALTER TABLE "PanelMemberPhoto" ADD CONSTRAINT "PanelMemberPhoto_contentType_check" CHECK ("contentType" IN ('image/jpeg', 'image/png'));
ALTER TABLE "PanelMemberPhoto" ADD CONSTRAINT "PanelMemberPhoto_size_check" CHECK ("size" = octet_length("bytes") AND "size" BETWEEN 1 AND 1048576);
ALTER TABLE "PanelMemberPhoto" ADD CONSTRAINT "PanelMemberPhoto_altText_check" CHECK (char_length("altText") BETWEEN 1 AND 150);
