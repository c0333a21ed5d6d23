-- CreateTable
CREATE TABLE "ScreeningDraft" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "patientId" TEXT,
    "submissionId" TEXT NOT NULL,
    "formState" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScreeningDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScreeningDraft_submissionId_key" ON "ScreeningDraft"("submissionId");

-- CreateIndex
CREATE INDEX "ScreeningDraft_authorId_updatedAt_idx" ON "ScreeningDraft"("authorId", "updatedAt");

-- AddForeignKey
ALTER TABLE "ScreeningDraft" ADD CONSTRAINT "ScreeningDraft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScreeningDraft" ADD CONSTRAINT "ScreeningDraft_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient"("id") ON DELETE SET NULL ON UPDATE CASCADE;
