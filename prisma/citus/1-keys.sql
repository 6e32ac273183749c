-- Cut-over to Citus, part 1 of 2: the keys (docs/scaling.md §3, "What the cut-over does").
-- NOT a migration: prisma/migrations never applies it. Plain PostgreSQL (≥ 15: ON DELETE SET NULL
-- with a column list); tests/db/county.db.test.ts runs it on a copy of the demo database.
--
-- What it assumes (already true after the migrations …_county, …_inv_county, …_county_required):
-- every county-owned table has "countyId", NOT NULL except AuditLog, LoginAttempt and DataVersion,
-- and every row is in its owner's county (the inv_county_fill triggers saw to it).
--
-- What it does not do: the schema.prisma side. Run it as the body of the cut-over's migration,
-- with schema.prisma changed to match (@@id([countyId, id]) and @@unique([countyId, …]) as below,
-- relations with fields: [countyId, xId], references: [countyId, id]), and the application's
-- queries carrying countyId (docs/scaling.md, step 4): Prisma's upserts name their conflict
-- target (e.g. UnitSubmission (unitId, year)), which these keys replace.
BEGIN;

-- 0. No NULL distribution column. Rows of no county (sign-in attempts for unknown usernames and
--    audit rows naming no department, unit or actor, in a database with several counties; the
--    reference data's DataVersion scope '*') go to the pseudo-county 000000 (省级), as province-level
--    accounts will.
INSERT INTO "County" (id, code, name) VALUES (gen_random_uuid()::text, '000000', '省级') ON CONFLICT (code) DO NOTHING;
ALTER TABLE "AuditLog" DISABLE TRIGGER "inv_audit_log_no_update_delete"; -- a one-off fill of the new key
UPDATE "AuditLog" SET "countyId" = (SELECT id FROM "County" WHERE code = '000000') WHERE "countyId" IS NULL;
ALTER TABLE "AuditLog" ENABLE TRIGGER "inv_audit_log_no_update_delete";
UPDATE "LoginAttempt" SET "countyId" = (SELECT id FROM "County" WHERE code = '000000') WHERE "countyId" IS NULL;
UPDATE "DataVersion" SET "countyId" = (SELECT id FROM "County" WHERE code = '000000') WHERE "countyId" IS NULL;
ALTER TABLE "AuditLog" ALTER COLUMN "countyId" SET NOT NULL;
ALTER TABLE "LoginAttempt" ALTER COLUMN "countyId" SET NOT NULL;
ALTER TABLE "DataVersion" ALTER COLUMN "countyId" SET NOT NULL;

-- 1. Drop the foreign keys between county tables (they come back with countyId in step 3).
ALTER TABLE "Unit" DROP CONSTRAINT "Unit_departmentId_fkey";
ALTER TABLE "User" DROP CONSTRAINT "User_departmentId_fkey";
ALTER TABLE "Project" DROP CONSTRAINT "Project_unitId_fkey";
ALTER TABLE "PerformanceForm" DROP CONSTRAINT "PerformanceForm_projectId_fkey";
ALTER TABLE "PerformanceIndicator" DROP CONSTRAINT "PerformanceIndicator_formId_fkey";
ALTER TABLE "BudgetLine" DROP CONSTRAINT "BudgetLine_unitId_fkey";
ALTER TABLE "BudgetLine" DROP CONSTRAINT "BudgetLine_projectId_fkey";
ALTER TABLE "BudgetLine" DROP CONSTRAINT "inv_budget_line_project_same_unit_year";
ALTER TABLE "ProcurementEntry" DROP CONSTRAINT "ProcurementEntry_unitId_fkey";
ALTER TABLE "ProcurementEntry" DROP CONSTRAINT "ProcurementEntry_projectId_fkey";
ALTER TABLE "ProcurementEntry" DROP CONSTRAINT "inv_procurement_project_same_unit_year";
ALTER TABLE "PriorYearFigures" DROP CONSTRAINT "PriorYearFigures_departmentId_fkey";
ALTER TABLE "NarrativeSection" DROP CONSTRAINT "NarrativeSection_departmentId_fkey";
ALTER TABLE "ChangeReason" DROP CONSTRAINT "ChangeReason_departmentId_fkey";
ALTER TABLE "UnitSubmission" DROP CONSTRAINT "UnitSubmission_unitId_fkey";
ALTER TABLE "DepartmentSubmission" DROP CONSTRAINT "DepartmentSubmission_departmentId_fkey";
ALTER TABLE "PublishedReport" DROP CONSTRAINT "PublishedReport_departmentId_fkey";
ALTER TABLE "UserUnitScope" DROP CONSTRAINT "UserUnitScope_unitId_fkey";
ALTER TABLE "UserUnitScope" DROP CONSTRAINT "UserUnitScope_userId_fkey";

-- 2. Primary keys and unique constraints with countyId first: Citus requires the distribution
--    column in each of them. The uuids stay unique on their own; the pair is for Citus. Codes
--    become unique per county (two counties both have a department 045); usernames too, and a
--    province-wide directory keeps them unique across counties and routes the sign-in (step 4).
ALTER TABLE "Department" DROP CONSTRAINT "Department_pkey", ADD CONSTRAINT "Department_pkey" PRIMARY KEY ("countyId", "id");
DROP INDEX "Department_code_key"; CREATE UNIQUE INDEX "Department_code_key" ON "Department" ("countyId", "code");
ALTER TABLE "Unit" DROP CONSTRAINT "Unit_pkey", ADD CONSTRAINT "Unit_pkey" PRIMARY KEY ("countyId", "id");
DROP INDEX "Unit_departmentId_code_key"; CREATE UNIQUE INDEX "Unit_departmentId_code_key" ON "Unit" ("countyId", "departmentId", "code");
DROP INDEX "Unit_departmentId_name_key"; CREATE UNIQUE INDEX "Unit_departmentId_name_key" ON "Unit" ("countyId", "departmentId", "name");
ALTER TABLE "User" DROP CONSTRAINT "User_pkey", ADD CONSTRAINT "User_pkey" PRIMARY KEY ("countyId", "id");
DROP INDEX "User_username_key"; CREATE UNIQUE INDEX "User_username_key" ON "User" ("countyId", "username");
ALTER TABLE "Project" DROP CONSTRAINT "Project_pkey", ADD CONSTRAINT "Project_pkey" PRIMARY KEY ("countyId", "id");
ALTER TABLE "Project" DROP CONSTRAINT "inv_project_id_unit_year_key", ADD CONSTRAINT "inv_project_id_unit_year_key" UNIQUE ("countyId", "id", "unitId", "year");
ALTER TABLE "PerformanceForm" DROP CONSTRAINT "PerformanceForm_pkey", ADD CONSTRAINT "PerformanceForm_pkey" PRIMARY KEY ("countyId", "id");
DROP INDEX "PerformanceForm_projectId_key"; CREATE UNIQUE INDEX "PerformanceForm_projectId_key" ON "PerformanceForm" ("countyId", "projectId");
ALTER TABLE "PerformanceIndicator" DROP CONSTRAINT "PerformanceIndicator_pkey", ADD CONSTRAINT "PerformanceIndicator_pkey" PRIMARY KEY ("countyId", "id");
ALTER TABLE "BudgetLine" DROP CONSTRAINT "BudgetLine_pkey", ADD CONSTRAINT "BudgetLine_pkey" PRIMARY KEY ("countyId", "id");
ALTER TABLE "ProcurementEntry" DROP CONSTRAINT "ProcurementEntry_pkey", ADD CONSTRAINT "ProcurementEntry_pkey" PRIMARY KEY ("countyId", "id");
ALTER TABLE "PriorYearFigures" DROP CONSTRAINT "PriorYearFigures_pkey", ADD CONSTRAINT "PriorYearFigures_pkey" PRIMARY KEY ("countyId", "departmentId", "year");
ALTER TABLE "NarrativeSection" DROP CONSTRAINT "NarrativeSection_pkey", ADD CONSTRAINT "NarrativeSection_pkey" PRIMARY KEY ("countyId", "departmentId", "year", "key");
ALTER TABLE "ChangeReason" DROP CONSTRAINT "ChangeReason_pkey", ADD CONSTRAINT "ChangeReason_pkey" PRIMARY KEY ("countyId", "departmentId", "year", "subject");
ALTER TABLE "UnitSubmission" DROP CONSTRAINT "UnitSubmission_pkey", ADD CONSTRAINT "UnitSubmission_pkey" PRIMARY KEY ("countyId", "id");
DROP INDEX "UnitSubmission_unitId_year_key"; CREATE UNIQUE INDEX "UnitSubmission_unitId_year_key" ON "UnitSubmission" ("countyId", "unitId", "year");
ALTER TABLE "DepartmentSubmission" DROP CONSTRAINT "DepartmentSubmission_pkey", ADD CONSTRAINT "DepartmentSubmission_pkey" PRIMARY KEY ("countyId", "id");
DROP INDEX "DepartmentSubmission_departmentId_year_key"; CREATE UNIQUE INDEX "DepartmentSubmission_departmentId_year_key" ON "DepartmentSubmission" ("countyId", "departmentId", "year");
ALTER TABLE "PublishedReport" DROP CONSTRAINT "PublishedReport_pkey", ADD CONSTRAINT "PublishedReport_pkey" PRIMARY KEY ("countyId", "id");
DROP INDEX "PublishedReport_departmentId_year_version_key"; CREATE UNIQUE INDEX "PublishedReport_departmentId_year_version_key" ON "PublishedReport" ("countyId", "departmentId", "year", "version");
ALTER TABLE "FindingAcknowledgement" DROP CONSTRAINT "FindingAcknowledgement_pkey", ADD CONSTRAINT "FindingAcknowledgement_pkey" PRIMARY KEY ("countyId", "id");
DROP INDEX "FindingAcknowledgement_unitId_year_ruleId_findingKey_key"; CREATE UNIQUE INDEX "FindingAcknowledgement_unitId_year_ruleId_findingKey_key" ON "FindingAcknowledgement" ("countyId", "unitId", "year", "ruleId", "findingKey");
ALTER TABLE "UserUnitScope" DROP CONSTRAINT "UserUnitScope_pkey", ADD CONSTRAINT "UserUnitScope_pkey" PRIMARY KEY ("countyId", "userId", "unitId");
ALTER TABLE "AuditLog" DROP CONSTRAINT "AuditLog_pkey", ADD CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("countyId", "id");
ALTER TABLE "LoginAttempt" DROP CONSTRAINT "LoginAttempt_pkey", ADD CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("countyId", "id");
ALTER TABLE "DataVersion" DROP CONSTRAINT "DataVersion_pkey", ADD CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("countyId", "scope");

DROP INDEX "inv_user_username_lower"; CREATE UNIQUE INDEX "inv_user_username_lower" ON "User" ("countyId", lower("username"));
CREATE TABLE "UsernameDirectory" (
  "username" text PRIMARY KEY, -- lower(User.username)
  "countyId" text NOT NULL REFERENCES "County" (id),
  "userId" text NOT NULL
);
INSERT INTO "UsernameDirectory" (username, "countyId", "userId") SELECT lower(username), "countyId", id FROM "User";

-- 3. Foreign keys between county tables carry countyId on both sides (co-located shards).
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_departmentId_fkey" FOREIGN KEY ("countyId", "departmentId") REFERENCES "Department" ("countyId", "id");
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("countyId", "departmentId") REFERENCES "Department" ("countyId", "id") ON DELETE SET NULL ("departmentId");
ALTER TABLE "Project" ADD CONSTRAINT "Project_unitId_fkey" FOREIGN KEY ("countyId", "unitId") REFERENCES "Unit" ("countyId", "id");
ALTER TABLE "PerformanceForm" ADD CONSTRAINT "PerformanceForm_projectId_fkey" FOREIGN KEY ("countyId", "projectId") REFERENCES "Project" ("countyId", "id") ON DELETE CASCADE;
ALTER TABLE "PerformanceIndicator" ADD CONSTRAINT "PerformanceIndicator_formId_fkey" FOREIGN KEY ("countyId", "formId") REFERENCES "PerformanceForm" ("countyId", "id") ON DELETE CASCADE;
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_unitId_fkey" FOREIGN KEY ("countyId", "unitId") REFERENCES "Unit" ("countyId", "id");
ALTER TABLE "BudgetLine" ADD CONSTRAINT "BudgetLine_projectId_fkey" FOREIGN KEY ("countyId", "projectId") REFERENCES "Project" ("countyId", "id") ON DELETE SET NULL ("projectId");
ALTER TABLE "BudgetLine" ADD CONSTRAINT "inv_budget_line_project_same_unit_year" FOREIGN KEY ("countyId", "projectId", "unitId", "year") REFERENCES "Project" ("countyId", "id", "unitId", "year");
ALTER TABLE "ProcurementEntry" ADD CONSTRAINT "ProcurementEntry_unitId_fkey" FOREIGN KEY ("countyId", "unitId") REFERENCES "Unit" ("countyId", "id");
ALTER TABLE "ProcurementEntry" ADD CONSTRAINT "ProcurementEntry_projectId_fkey" FOREIGN KEY ("countyId", "projectId") REFERENCES "Project" ("countyId", "id") ON DELETE SET NULL ("projectId");
ALTER TABLE "ProcurementEntry" ADD CONSTRAINT "inv_procurement_project_same_unit_year" FOREIGN KEY ("countyId", "projectId", "unitId", "year") REFERENCES "Project" ("countyId", "id", "unitId", "year");
ALTER TABLE "PriorYearFigures" ADD CONSTRAINT "PriorYearFigures_departmentId_fkey" FOREIGN KEY ("countyId", "departmentId") REFERENCES "Department" ("countyId", "id");
ALTER TABLE "NarrativeSection" ADD CONSTRAINT "NarrativeSection_departmentId_fkey" FOREIGN KEY ("countyId", "departmentId") REFERENCES "Department" ("countyId", "id");
ALTER TABLE "ChangeReason" ADD CONSTRAINT "ChangeReason_departmentId_fkey" FOREIGN KEY ("countyId", "departmentId") REFERENCES "Department" ("countyId", "id");
ALTER TABLE "UnitSubmission" ADD CONSTRAINT "UnitSubmission_unitId_fkey" FOREIGN KEY ("countyId", "unitId") REFERENCES "Unit" ("countyId", "id");
ALTER TABLE "DepartmentSubmission" ADD CONSTRAINT "DepartmentSubmission_departmentId_fkey" FOREIGN KEY ("countyId", "departmentId") REFERENCES "Department" ("countyId", "id");
ALTER TABLE "PublishedReport" ADD CONSTRAINT "PublishedReport_departmentId_fkey" FOREIGN KEY ("countyId", "departmentId") REFERENCES "Department" ("countyId", "id");
ALTER TABLE "FindingAcknowledgement" ADD CONSTRAINT "FindingAcknowledgement_unitId_fkey" FOREIGN KEY ("countyId", "unitId") REFERENCES "Unit" ("countyId", "id");
ALTER TABLE "UserUnitScope" ADD CONSTRAINT "UserUnitScope_unitId_fkey" FOREIGN KEY ("countyId", "unitId") REFERENCES "Unit" ("countyId", "id");
ALTER TABLE "UserUnitScope" ADD CONSTRAINT "UserUnitScope_userId_fkey" FOREIGN KEY ("countyId", "userId") REFERENCES "User" ("countyId", "id") ON DELETE CASCADE;

-- 4. The data-version bump names the county itself (its conflict target becomes (countyId, scope)).
CREATE OR REPLACE FUNCTION "inv_data_version_bump"(scopes text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DataVersion" AS v ("countyId", scope, version)
  SELECT coalesce((SELECT d."countyId" FROM "Department" d WHERE d.id = s), (SELECT c.id FROM "County" c WHERE c.code = '000000')), s, 1
    FROM unnest(scopes) s ORDER BY s
  ON CONFLICT ("countyId", scope) DO UPDATE SET version = v.version + 1
$$;
DO $$
BEGIN
  EXECUTE format('ALTER FUNCTION "inv_data_version_bump"(text[]) SET search_path = %I, pg_temp', current_schema());
END;
$$;

COMMIT;
