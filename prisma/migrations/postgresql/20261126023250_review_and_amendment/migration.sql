-- AlterTable
ALTER TABLE "Screening" ADD COLUMN     "amendmentReason" TEXT,
ADD COLUMN     "amendsId" TEXT,
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "signedAt" TIMESTAMP(3),
ADD COLUMN     "signedById" TEXT,
ADD COLUMN     "signerName" TEXT,
ADD COLUMN     "signerRole" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Flag" ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedById" TEXT,
ADD COLUMN     "decision" TEXT,
ADD COLUMN     "decisionNote" TEXT,
ADD COLUMN     "discussedAt" TIMESTAMP(3),
ADD COLUMN     "discussedById" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Screening_amendsId_key" ON "Screening"("amendsId");

-- CreateIndex
CREATE INDEX "Screening_signedById_createdAt_id_idx" ON "Screening"("signedById", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Screening" ADD CONSTRAINT "Screening_amendsId_fkey" FOREIGN KEY ("amendsId") REFERENCES "Screening"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_discussedById_fkey" FOREIGN KEY ("discussedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
