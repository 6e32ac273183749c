-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitType" AS ENUM ('ADMINISTRATIVE', 'CIVIL_SERVICE_INSTITUTION', 'OTHER_INSTITUTION');

-- CreateEnum
CREATE TYPE "GovEconCategory" AS ENUM ('ORGAN', 'INSTITUTION');

-- CreateEnum
CREATE TYPE "SpendingKind" AS ENUM ('BASIC', 'PROJECT');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('GENERAL_PUBLIC', 'GOV_FUND', 'STATE_CAPITAL', 'SPECIAL_ACCOUNT', 'UNIT_FUNDS');

-- CreateEnum
CREATE TYPE "ProjectAttribute" AS ENUM ('ONE_OFF', 'RECURRING');

-- CreateEnum
CREATE TYPE "IndicatorScope" AS ENUM ('PERIOD', 'ANNUAL');

-- CreateEnum
CREATE TYPE "ProcurementCategory" AS ENUM ('GOODS', 'WORKS', 'SERVICES');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('UNIT_ACCOUNTANT', 'DEPT_LEADER', 'FINANCE_REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "UnitSubmissionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "DepartmentSubmissionStatus" AS ENUM ('PENDING', 'SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "FiscalYearStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "FiscalYear" (
    "year" INTEGER NOT NULL,
    "status" "FiscalYearStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FiscalYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "UnitType" NOT NULL,
    "govEconCategory" "GovEconCategory" NOT NULL,
    "staffingQuota" INTEGER,
    "actualStaff" INTEGER,
    "vehicles" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FunctionalCode" (
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentCode" TEXT,

    CONSTRAINT "FunctionalCode_pkey" PRIMARY KEY ("year","code")
);

-- CreateTable
CREATE TABLE "DeptEconCode" (
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentCode" TEXT,

    CONSTRAINT "DeptEconCode_pkey" PRIMARY KEY ("year","code")
);

-- CreateTable
CREATE TABLE "GovEconCode" (
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentCode" TEXT,

    CONSTRAINT "GovEconCode_pkey" PRIMARY KEY ("year","code")
);

-- CreateTable
CREATE TABLE "EconMapping" (
    "year" INTEGER NOT NULL,
    "deptEconCode" TEXT NOT NULL,
    "category" "GovEconCategory" NOT NULL,
    "govEconCode" TEXT NOT NULL,

    CONSTRAINT "EconMapping_pkey" PRIMARY KEY ("year","deptEconCode","category")
);

-- CreateTable
CREATE TABLE "BudgetLine" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "functionalCode" TEXT NOT NULL,
    "deptEconCode" TEXT NOT NULL,
    "govEconOverride" TEXT,
    "kind" "SpendingKind" NOT NULL,
    "projectId" TEXT,
    "fundingSource" "FundingSource" NOT NULL,
    "carryover" BOOLEAN NOT NULL DEFAULT false,
    "amountYuan" DECIMAL(18,2) NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "updatedById" TEXT,

    CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "attribute" "ProjectAttribute" NOT NULL,
    "periodYears" INTEGER NOT NULL DEFAULT 1,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformanceForm" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "periodTotal" DECIMAL(18,2) NOT NULL,
    "periodCentral" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "periodProvincial" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "periodCityCounty" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "periodSelfRaised" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "periodOther" DECIMAL(18,2),
    "annualTotal" DECIMAL(18,2) NOT NULL,
    "annualCentral" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "annualProvincial" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "annualCityCounty" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "annualSelfRaised" DECIMAL(18,2) NOT NULL DEFAULT 0,
    "annualOther" DECIMAL(18,2),
    "overview" TEXT NOT NULL DEFAULT '',
    "basis" TEXT NOT NULL DEFAULT '',
    "necessity" TEXT NOT NULL DEFAULT '',
    "safeguards" TEXT NOT NULL DEFAULT '',
    "plan" TEXT NOT NULL DEFAULT '',
    "goalPeriod" TEXT NOT NULL DEFAULT '',
    "goalAnnual" TEXT NOT NULL DEFAULT '',
    "contactPerson" TEXT,
    "contactPhone" TEXT,
    "filledAt" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PerformanceForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformanceIndicator" (
    "id" TEXT NOT NULL,
    "formId" TEXT NOT NULL,
    "scope" "IndicatorScope" NOT NULL,
    "level1" TEXT NOT NULL,
    "level2" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "operator" TEXT,
    "value" DECIMAL(18,4),
    "measureUnit" TEXT,
    "text" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PerformanceIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcurementEntry" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "unitId" TEXT NOT NULL,
    "projectId" TEXT,
    "category" "ProcurementCategory" NOT NULL,
    "itemName" TEXT NOT NULL,
    "amountYuan" DECIMAL(18,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcurementEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorYearFigures" (
    "departmentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "totalIncome" DECIMAL(18,2),
    "totalExpenditure" DECIMAL(18,2),
    "generalPublicCurrent" DECIMAL(18,2),
    "abroad" DECIMAL(18,2),
    "reception" DECIMAL(18,2),
    "vehiclePurchase" DECIMAL(18,2),
    "vehicleOperation" DECIMAL(18,2),
    "organOperating" DECIMAL(18,2),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PriorYearFigures_pkey" PRIMARY KEY ("departmentId","year")
);

-- CreateTable
CREATE TABLE "NarrativeSection" (
    "departmentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "NarrativeSection_pkey" PRIMARY KEY ("departmentId","year","key")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "departmentId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserUnitScope" (
    "userId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "UserUnitScope_pkey" PRIMARY KEY ("userId","unitId")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "ip" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitSubmission" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "UnitSubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "UnitSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentSubmission" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "DepartmentSubmissionStatus" NOT NULL DEFAULT 'PENDING',
    "returnReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "DepartmentSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedReport" (
    "id" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublishedReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorName" TEXT,
    "kind" TEXT NOT NULL,
    "entity" TEXT,
    "entityId" TEXT,
    "departmentId" TEXT,
    "unitId" TEXT,
    "year" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "ip" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_departmentId_code_key" ON "Unit"("departmentId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_departmentId_name_key" ON "Unit"("departmentId", "name");

-- CreateIndex
CREATE INDEX "BudgetLine_year_unitId_idx" ON "BudgetLine"("year", "unitId");

-- CreateIndex
CREATE INDEX "BudgetLine_projectId_idx" ON "BudgetLine"("projectId");

-- CreateIndex
CREATE INDEX "Project_year_unitId_idx" ON "Project"("year", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "PerformanceForm_projectId_key" ON "PerformanceForm"("projectId");

-- CreateIndex
CREATE INDEX "PerformanceIndicator_formId_idx" ON "PerformanceIndicator"("formId");

-- CreateIndex
CREATE INDEX "ProcurementEntry_year_unitId_idx" ON "ProcurementEntry"("year", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");

-- CreateIndex
CREATE INDEX "LoginAttempt_username_at_idx" ON "LoginAttempt"("username", "at");

-- CreateIndex
CREATE UNIQUE INDEX "UnitSubmission_unitId_year_key" ON "UnitSubmission"("unitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "DepartmentSubmission_departmentId_year_key" ON "DepartmentSubmission"("departmentId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedReport_departmentId_year_key" ON "PublishedReport"("departmentId", "year");

-- CreateIndex
CREATE INDEX "AuditLog_departmentId_at_idx" ON "AuditLog"("departmentId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_unitId_at_idx" ON "AuditLog"("unitId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_kind_at_idx" ON "AuditLog"("kind", "at");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionalCode" ADD CONSTRAINT "FunctionalCode_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FunctionalCode" ADD CONSTRAINT "FunctionalCode_year_parentCode_fkey" FOREIGN KEY ("year", "parentCode") REFERENCES "FunctionalCode"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeptEconCode" ADD CONSTRAINT "DeptEconCode_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeptEconCode" ADD CONSTRAINT "DeptEconCode_year_parentCode_fkey" FOREIGN KEY ("year", "parentCode") REFERENCES "DeptEconCode"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovEconCode" ADD CONSTRAINT "GovEconCode_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GovEconCode" ADD CONSTRAINT "GovEconCode_year_parentCode_fkey" FOREIGN KEY ("year", "parentCode") REFERENCES "GovEconCode"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EconMapping" ADD CONSTRAINT "EconMapping_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EconMapping" ADD CONSTRAINT "EconMapping_year_deptEconCode_fkey" FOREIGN KEY ("year", "deptEconCode") REFERENCES "DeptEconCode"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EconMapping" ADD CONSTRAINT "EconMapping_year_govEconCode_fkey" FOREIGN KEY ("year", "govEconCode") REFERENCES "GovEconCode"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_year_functionalCode_fkey" FOREIGN KEY ("year", "functionalCode") REFERENCES "FunctionalCode"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_year_deptEconCode_fkey" FOREIGN KEY ("year", "deptEconCode") REFERENCES "DeptEconCode"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_year_govEconOverride_fkey" FOREIGN KEY ("year", "govEconOverride") REFERENCES "GovEconCode"("year", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceForm" ADD CONSTRAINT "PerformanceForm_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformanceIndicator" ADD CONSTRAINT "PerformanceIndicator_formId_fkey" FOREIGN KEY ("formId") REFERENCES "PerformanceForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementEntry" ADD CONSTRAINT "ProcurementEntry_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementEntry" ADD CONSTRAINT "ProcurementEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcurementEntry" ADD CONSTRAINT "ProcurementEntry_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorYearFigures" ADD CONSTRAINT "PriorYearFigures_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorYearFigures" ADD CONSTRAINT "PriorYearFigures_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NarrativeSection" ADD CONSTRAINT "NarrativeSection_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NarrativeSection" ADD CONSTRAINT "NarrativeSection_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserUnitScope" ADD CONSTRAINT "UserUnitScope_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserUnitScope" ADD CONSTRAINT "UserUnitScope_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSubmission" ADD CONSTRAINT "UnitSubmission_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSubmission" ADD CONSTRAINT "UnitSubmission_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentSubmission" ADD CONSTRAINT "DepartmentSubmission_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartmentSubmission" ADD CONSTRAINT "DepartmentSubmission_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedReport" ADD CONSTRAINT "PublishedReport_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedReport" ADD CONSTRAINT "PublishedReport_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;
