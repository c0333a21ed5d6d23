-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Patient" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fullName" TEXT NOT NULL,
    "dateOfBirth" TEXT NOT NULL,
    "medicalRecordNumber" TEXT,
    "sexAtBirth" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Patient" ("createdAt", "dateOfBirth", "fullName", "id", "medicalRecordNumber", "sexAtBirth", "updatedAt") SELECT "createdAt", "dateOfBirth", "fullName", "id", "medicalRecordNumber", "sexAtBirth", "updatedAt" FROM "Patient";
DROP TABLE "Patient";
ALTER TABLE "new_Patient" RENAME TO "Patient";
CREATE UNIQUE INDEX "Patient_medicalRecordNumber_key" ON "Patient"("medicalRecordNumber");
CREATE INDEX "Patient_fullName_idx" ON "Patient"("fullName");
CREATE INDEX "Patient_id_searchText_idx" ON "Patient"("id", "searchText");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
