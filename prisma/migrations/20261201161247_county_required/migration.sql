-- AlterTable
ALTER TABLE "Department" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Unit" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "BudgetLine" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Project" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "PerformanceForm" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "PerformanceIndicator" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "ProcurementEntry" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "PriorYearFigures" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "NarrativeSection" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "ChangeReason" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "UserUnitScope" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "UnitSubmission" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "DepartmentSubmission" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "PublishedReport" ALTER COLUMN "countyId" SET NOT NULL;

-- AlterTable
ALTER TABLE "FindingAcknowledgement" ALTER COLUMN "countyId" SET NOT NULL;
