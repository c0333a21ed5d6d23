-- DropIndex
DROP INDEX "Screening_createdAt_idx";

-- DropIndex
DROP INDEX "Screening_patientId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Screening_createdAt_id_idx" ON "Screening"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Screening_patientId_createdAt_id_idx" ON "Screening"("patientId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Screening_status_createdAt_id_idx" ON "Screening"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Screening_highestSeverity_createdAt_id_idx" ON "Screening"("highestSeverity", "createdAt", "id");
