-- AlterTable
ALTER TABLE "Department" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "BudgetLine" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "PerformanceForm" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "PerformanceIndicator" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "ProcurementEntry" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "PriorYearFigures" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "NarrativeSection" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "ChangeReason" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "UserUnitScope" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "UnitSubmission" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "DepartmentSubmission" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "PublishedReport" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "FindingAcknowledgement" ADD COLUMN     "countyId" TEXT;

-- AlterTable
ALTER TABLE "DataVersion" ADD COLUMN     "countyId" TEXT;

-- CreateTable
CREATE TABLE "County" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "County_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "County_code_key" ON "County"("code");

-- CreateIndex
CREATE UNIQUE INDEX "County_name_key" ON "County"("name");

-- CreateIndex
CREATE INDEX "Department_countyId_code_idx" ON "Department"("countyId", "code");

-- CreateIndex
CREATE INDEX "Unit_countyId_code_idx" ON "Unit"("countyId", "code");

-- CreateIndex
CREATE INDEX "BudgetLine_countyId_year_idx" ON "BudgetLine"("countyId", "year");

-- CreateIndex
CREATE INDEX "Project_countyId_year_idx" ON "Project"("countyId", "year");

-- CreateIndex
CREATE INDEX "PerformanceForm_countyId_idx" ON "PerformanceForm"("countyId");

-- CreateIndex
CREATE INDEX "PerformanceIndicator_countyId_idx" ON "PerformanceIndicator"("countyId");

-- CreateIndex
CREATE INDEX "ProcurementEntry_countyId_year_idx" ON "ProcurementEntry"("countyId", "year");

-- CreateIndex
CREATE INDEX "PriorYearFigures_countyId_year_idx" ON "PriorYearFigures"("countyId", "year");

-- CreateIndex
CREATE INDEX "NarrativeSection_countyId_year_idx" ON "NarrativeSection"("countyId", "year");

-- CreateIndex
CREATE INDEX "ChangeReason_countyId_year_idx" ON "ChangeReason"("countyId", "year");

-- CreateIndex
CREATE INDEX "User_countyId_role_idx" ON "User"("countyId", "role");

-- CreateIndex
CREATE INDEX "UserUnitScope_countyId_unitId_idx" ON "UserUnitScope"("countyId", "unitId");

-- CreateIndex
CREATE INDEX "LoginAttempt_countyId_at_idx" ON "LoginAttempt"("countyId", "at");

-- CreateIndex
CREATE INDEX "UnitSubmission_countyId_year_idx" ON "UnitSubmission"("countyId", "year");

-- CreateIndex
CREATE INDEX "DepartmentSubmission_countyId_year_idx" ON "DepartmentSubmission"("countyId", "year");

-- CreateIndex
CREATE INDEX "PublishedReport_countyId_year_idx" ON "PublishedReport"("countyId", "year");

-- CreateIndex
CREATE INDEX "AuditLog_countyId_at_idx" ON "AuditLog"("countyId", "at");

-- CreateIndex
CREATE INDEX "FindingAcknowledgement_countyId_year_idx" ON "FindingAcknowledgement"("countyId", "year");

-- CreateIndex
CREATE INDEX "DataVersion_countyId_idx" ON "DataVersion"("countyId");

-- AddForeignKey
ALTER TABLE "Department" ADD CONSTRAINT "Department_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceForm" ADD CONSTRAINT "PerformanceForm_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceIndicator" ADD CONSTRAINT "PerformanceIndicator_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementEntry" ADD CONSTRAINT "ProcurementEntry_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorYearFigures" ADD CONSTRAINT "PriorYearFigures_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NarrativeSection" ADD CONSTRAINT "NarrativeSection_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeReason" ADD CONSTRAINT "ChangeReason_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserUnitScope" ADD CONSTRAINT "UserUnitScope_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoginAttempt" ADD CONSTRAINT "LoginAttempt_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSubmission" ADD CONSTRAINT "UnitSubmission_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentSubmission" ADD CONSTRAINT "DepartmentSubmission_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedReport" ADD CONSTRAINT "PublishedReport_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingAcknowledgement" ADD CONSTRAINT "FindingAcknowledgement_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DataVersion" ADD CONSTRAINT "DataVersion_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
