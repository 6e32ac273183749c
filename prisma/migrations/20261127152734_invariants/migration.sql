-- Invariants Prisma's schema language cannot express. Hand-written; the datamodel is unchanged.
-- Every object here is named inv_*: the drift test (tests/db/migrations.db.test.ts) leaves
-- inv_* objects out when it compares this history with the schema.prisma diff, and checks
-- them separately.
--
-- Amounts are numeric(18,2): PostgreSQL would silently round a third decimal. lib/schemas
-- refuses more than 2 decimals before anything reaches the database, so no CHECK here.

-- Money is never negative.
ALTER TABLE "BudgetLine" ADD CONSTRAINT "inv_budget_line_amount_nonneg" CHECK ("amountYuan" >= 0);
ALTER TABLE "ProcurementEntry" ADD CONSTRAINT "inv_procurement_amount_nonneg" CHECK ("amountYuan" >= 0);

-- A line is classified at 功能 项 (7 digits) and 部门经济 款 (5 digits) level.
ALTER TABLE "BudgetLine" ADD CONSTRAINT "inv_budget_line_functional_code" CHECK ("functionalCode" ~ '^[0-9]{7}$');
ALTER TABLE "BudgetLine" ADD CONSTRAINT "inv_budget_line_dept_econ_code" CHECK ("deptEconCode" ~ '^[0-9]{5}$');
ALTER TABLE "BudgetLine" ADD CONSTRAINT "inv_budget_line_gov_econ_override" CHECK ("govEconOverride" IS NULL OR "govEconOverride" ~ '^[0-9]{5}$');

-- 项目支出 lines belong to a project, 基本支出 lines never do.
ALTER TABLE "BudgetLine" ADD CONSTRAINT "inv_budget_line_project_iff_project_kind" CHECK (("kind" = 'PROJECT') = ("projectId" IS NOT NULL));

-- 基本支出 is 人员经费 (301, 303) or 公用经费 (302, 310).
ALTER TABLE "BudgetLine" ADD CONSTRAINT "inv_budget_line_basic_econ_class" CHECK ("kind" <> 'BASIC' OR left("deptEconCode", 3) IN ('301', '302', '303', '310'));

-- A line's (or procurement entry's) project belongs to the same unit and year.
ALTER TABLE "Project" ADD CONSTRAINT "inv_project_id_unit_year_key" UNIQUE ("id", "unitId", "year");
ALTER TABLE "BudgetLine" ADD CONSTRAINT "inv_budget_line_project_same_unit_year"
  FOREIGN KEY ("projectId", "unitId", "year") REFERENCES "Project" ("id", "unitId", "year");
ALTER TABLE "ProcurementEntry" ADD CONSTRAINT "inv_procurement_project_same_unit_year"
  FOREIGN KEY ("projectId", "unitId", "year") REFERENCES "Project" ("id", "unitId", "year");

-- Department codes are 3 digits (e.g. 045).
ALTER TABLE "Department" ADD CONSTRAINT "inv_department_code" CHECK ("code" ~ '^[0-9]{3}$');

-- Reference codes: 类 3 digits without parent; 款 5 and 项 7 digits whose parent is their prefix.
ALTER TABLE "FunctionalCode" ADD CONSTRAINT "inv_functional_code_hierarchy" CHECK (
  ("code" ~ '^[0-9]{3}$' AND "parentCode" IS NULL)
  OR ("code" ~ '^[0-9]{5}$' AND "parentCode" = left("code", 3))
  OR ("code" ~ '^[0-9]{7}$' AND "parentCode" = left("code", 5)));
ALTER TABLE "DeptEconCode" ADD CONSTRAINT "inv_dept_econ_code_hierarchy" CHECK (
  ("code" ~ '^[0-9]{3}$' AND "parentCode" IS NULL)
  OR ("code" ~ '^[0-9]{5}$' AND "parentCode" = left("code", 3)));
ALTER TABLE "GovEconCode" ADD CONSTRAINT "inv_gov_econ_code_hierarchy" CHECK (
  ("code" ~ '^[0-9]{3}$' AND "parentCode" IS NULL)
  OR ("code" ~ '^[0-9]{5}$' AND "parentCode" = left("code", 3)));

-- The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION "inv_audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'audit entries are never changed or removed';
END;
$$;
CREATE TRIGGER "inv_audit_log_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "inv_audit_log_append_only"();
CREATE TRIGGER "inv_audit_log_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "inv_audit_log_append_only"();
