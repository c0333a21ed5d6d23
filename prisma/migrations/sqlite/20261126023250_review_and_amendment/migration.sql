-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Screening" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "patientId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "systolic" INTEGER NOT NULL,
    "diastolic" INTEGER NOT NULL,
    "heartRate" INTEGER NOT NULL,
    "course" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'awaiting-review',
    "highestSeverity" TEXT,
    "rulesVersion" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "outcome" TEXT,
    "signedById" TEXT,
    "signedAt" DATETIME,
    "signerName" TEXT,
    "signerRole" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "amendsId" TEXT,
    "amendmentReason" TEXT,
    CONSTRAINT "Screening_patientId_fkey" FOREIGN KEY ("patientId") REFERENCES "Patient" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Screening_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Screening_signedById_fkey" FOREIGN KEY ("signedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Screening_amendsId_fkey" FOREIGN KEY ("amendsId") REFERENCES "Screening" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Screening" ("course", "createdAt", "createdById", "diastolic", "heartRate", "highestSeverity", "id", "input", "patientId", "rulesVersion", "status", "submissionId", "systolic", "updatedAt") SELECT "course", "createdAt", "createdById", "diastolic", "heartRate", "highestSeverity", "id", "input", "patientId", "rulesVersion", "status", "submissionId", "systolic", "updatedAt" FROM "Screening";
DROP TABLE "Screening";
ALTER TABLE "new_Screening" RENAME TO "Screening";
CREATE UNIQUE INDEX "Screening_submissionId_key" ON "Screening"("submissionId");
CREATE UNIQUE INDEX "Screening_amendsId_key" ON "Screening"("amendsId");
CREATE INDEX "Screening_createdAt_id_idx" ON "Screening"("createdAt", "id");
CREATE INDEX "Screening_patientId_createdAt_id_idx" ON "Screening"("patientId", "createdAt", "id");
CREATE INDEX "Screening_status_createdAt_id_idx" ON "Screening"("status", "createdAt", "id");
CREATE INDEX "Screening_highestSeverity_createdAt_id_idx" ON "Screening"("highestSeverity", "createdAt", "id");
CREATE INDEX "Screening_signedById_createdAt_id_idx" ON "Screening"("signedById", "createdAt", "id");
CREATE TABLE "new_Flag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "screeningId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "ruleId" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    "source" JSONB NOT NULL,
    "decision" TEXT,
    "decisionNote" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "discussedAt" DATETIME,
    "discussedById" TEXT,
    CONSTRAINT "Flag_screeningId_fkey" FOREIGN KEY ("screeningId") REFERENCES "Screening" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Flag_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Flag_discussedById_fkey" FOREIGN KEY ("discussedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Flag" ("id", "position", "reasons", "ruleId", "screeningId", "severity", "source", "summary") SELECT "id", "position", "reasons", "ruleId", "screeningId", "severity", "source", "summary" FROM "Flag";
DROP TABLE "Flag";
ALTER TABLE "new_Flag" RENAME TO "Flag";
CREATE UNIQUE INDEX "Flag_screeningId_ruleId_key" ON "Flag"("screeningId", "ruleId");
CREATE UNIQUE INDEX "Flag_screeningId_position_key" ON "Flag"("screeningId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
