-- CreateTable
CREATE TABLE "RuleSetting" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "ruleId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "severity" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "RuleSetting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingAcknowledgement" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "ruleId" TEXT NOT NULL,
    "findingKey" TEXT NOT NULL,
    "note" TEXT,
    "userId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RuleSetting_year_ruleId_key" ON "RuleSetting"("year", "ruleId");

-- CreateIndex
CREATE INDEX "FindingAcknowledgement_unitId_year_idx" ON "FindingAcknowledgement"("unitId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "FindingAcknowledgement_unitId_year_ruleId_findingKey_key" ON "FindingAcknowledgement"("unitId", "year", "ruleId", "findingKey");
