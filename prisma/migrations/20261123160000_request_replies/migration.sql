-- CreateTable
CREATE TABLE "RequestReply" (
    "id" UUID NOT NULL,
    "incomingId" UUID NOT NULL,
    "channel" "ContactMethod" NOT NULL,
    "body" TEXT NOT NULL,
    "sentById" UUID NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RequestReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RequestReply_incomingId_sentAt_idx" ON "RequestReply"("incomingId", "sentAt");

-- AddForeignKey
ALTER TABLE "RequestReply" ADD CONSTRAINT "RequestReply_incomingId_fkey" FOREIGN KEY ("incomingId") REFERENCES "IncomingReviewRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestReply" ADD CONSTRAINT "RequestReply_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
