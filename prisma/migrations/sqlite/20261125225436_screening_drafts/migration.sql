-- CreateTable
CREATE TABLE "ScreeningDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorId" TEXT NOT NULL,
    "patientId" TEXT,
    "submissionId" TEXT NOT NULL,
    "formState" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScreeningDraft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ScreeningDraft_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ScreeningDraft_submissionId_key" ON "ScreeningDraft"("submissionId");

-- CreateIndex
CREATE INDEX "ScreeningDraft_authorId_updatedAt_idx" ON "ScreeningDraft"("authorId", "updatedAt");
