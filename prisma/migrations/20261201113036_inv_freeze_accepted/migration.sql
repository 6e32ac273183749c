-- 已批复 means frozen, in the database. Hand-written (see prisma/README.md); every object is inv_*.
--
-- 1. While a department-year's DepartmentSubmission is ACCEPTED (已批复), its budget lines,
--    projects, 绩效目标申报表 (+ indicators), 政府采购, 情况说明 sections and 上年数 refuse
--    INSERT, UPDATE and DELETE, whoever asks (the owner included; only ALTER TABLE … DISABLE
--    TRIGGER or session_replication_role = replica get past a trigger, and the app's role may do
--    neither: it does not own the tables and is not a superuser, see lib/db/app-role.ts).
-- 2. PublishedReport (公开快照) is append-only, like AuditLog.
-- 3. An ACCEPTED DepartmentSubmission is never deleted and leaves ACCEPTED only for RETURNED, and
--    only in a transaction that also writes the 撤销批复 audit row (checked at commit).
--
-- The functions pin their search_path to the schema they are created in, pg_temp last, so a
-- temporary table named like ours cannot stand in for it.

-- The department-year a row of `kind` belongs to: 'unit' rows carry unitId + year, 'department'
-- rows departmentId + year, 'project' rows (绩效目标申报表) projectId, 'form' rows (indicators) formId.
CREATE FUNCTION "inv_frozen_owner"(kind text, r jsonb, OUT department text, OUT budget_year integer)
  LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF kind = 'department' THEN
    department := r->>'departmentId';
    budget_year := (r->>'year')::integer;
  ELSIF kind = 'unit' THEN
    SELECT u."departmentId", (r->>'year')::integer INTO department, budget_year FROM "Unit" u WHERE u.id = r->>'unitId';
  ELSIF kind = 'project' THEN
    SELECT u."departmentId", p.year INTO department, budget_year
      FROM "Project" p JOIN "Unit" u ON u.id = p."unitId" WHERE p.id = r->>'projectId';
  ELSIF kind = 'form' THEN
    SELECT u."departmentId", p.year INTO department, budget_year
      FROM "PerformanceForm" f JOIN "Project" p ON p.id = f."projectId" JOIN "Unit" u ON u.id = p."unitId"
      WHERE f.id = r->>'formId';
  ELSE
    RAISE EXCEPTION 'inv_frozen_owner: unknown kind %', kind;
  END IF;
END;
$$;

CREATE FUNCTION "inv_department_year_accepted"(department text, budget_year integer) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "DepartmentSubmission"
                 WHERE "departmentId" = department AND year = budget_year AND status = 'ACCEPTED')
$$;

-- Row trigger: refuses the change when the old or the new row belongs to an accepted department-year.
CREATE FUNCTION "inv_frozen_when_accepted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r jsonb;
  owner record;
BEGIN
  FOREACH r IN ARRAY ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
    CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END]
  LOOP
    CONTINUE WHEN r IS NULL;
    owner := "inv_frozen_owner"(TG_ARGV[0], r);
    IF owner.department IS NOT NULL AND "inv_department_year_accepted"(owner.department, owner.budget_year) THEN
      RAISE EXCEPTION '部门预算已批复，数据已冻结：不能修改（% %）', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'check_violation', CONSTRAINT = 'inv_frozen_when_accepted',
              HINT = '如需修改，须由财政局审核撤销批复';
    END IF;
  END LOOP;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;

CREATE TRIGGER "inv_budget_line_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "BudgetLine"
  FOR EACH ROW EXECUTE FUNCTION "inv_frozen_when_accepted"('unit');
CREATE TRIGGER "inv_project_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "Project"
  FOR EACH ROW EXECUTE FUNCTION "inv_frozen_when_accepted"('unit');
CREATE TRIGGER "inv_procurement_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "ProcurementEntry"
  FOR EACH ROW EXECUTE FUNCTION "inv_frozen_when_accepted"('unit');
CREATE TRIGGER "inv_performance_form_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "PerformanceForm"
  FOR EACH ROW EXECUTE FUNCTION "inv_frozen_when_accepted"('project');
CREATE TRIGGER "inv_performance_indicator_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "PerformanceIndicator"
  FOR EACH ROW EXECUTE FUNCTION "inv_frozen_when_accepted"('form');
CREATE TRIGGER "inv_narrative_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "NarrativeSection"
  FOR EACH ROW EXECUTE FUNCTION "inv_frozen_when_accepted"('department');
CREATE TRIGGER "inv_prior_year_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "PriorYearFigures"
  FOR EACH ROW EXECUTE FUNCTION "inv_frozen_when_accepted"('department');

-- 公开快照 are append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION "inv_published_report_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'PublishedReport is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege', HINT = 'a snapshot is never changed; a new 批复 adds the next version';
END;
$$;
CREATE TRIGGER "inv_published_report_no_update_delete" BEFORE UPDATE OR DELETE ON "PublishedReport"
  FOR EACH ROW EXECUTE FUNCTION "inv_published_report_append_only"();
CREATE TRIGGER "inv_published_report_no_truncate" BEFORE TRUNCATE ON "PublishedReport"
  FOR EACH STATEMENT EXECUTE FUNCTION "inv_published_report_append_only"();

-- An accepted DepartmentSubmission: never deleted; changed only by 撤销批复 (→ RETURNED).
CREATE FUNCTION "inv_accepted_submission_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'ACCEPTED' AND (TG_OP = 'DELETE' OR NEW.status <> 'RETURNED') THEN
    RAISE EXCEPTION '部门预算已批复，数据已冻结：不能修改（% %）', TG_TABLE_NAME, TG_OP
      USING ERRCODE = 'check_violation', CONSTRAINT = 'inv_frozen_when_accepted',
            HINT = '如需修改，须由财政局审核撤销批复';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER "inv_department_submission_accepted" BEFORE UPDATE OR DELETE ON "DepartmentSubmission"
  FOR EACH ROW EXECUTE FUNCTION "inv_accepted_submission_guard"();

-- ACCEPTED → RETURNED commits only with its 撤销批复 audit row (WORKFLOW, action reopen, a
-- reason) written by the same transaction: checked at commit, after the service appended it.
CREATE FUNCTION "inv_reopen_audited"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'ACCEPTED' AND NEW.status <> 'ACCEPTED' AND NOT EXISTS (
    SELECT 1 FROM "AuditLog" a
    WHERE a."departmentId" = OLD."departmentId" AND a.xmin = pg_current_xact_id()::xid
      AND a.kind = 'WORKFLOW' AND a.entity = 'DepartmentSubmission' AND a.year = OLD.year
      AND a.after->>'action' = 'reopen' AND coalesce(a.reason, '') <> '')
  THEN
    RAISE EXCEPTION '撤销批复须经审计：部门预算已批复，不能修改（%）', TG_TABLE_NAME
      USING ERRCODE = 'check_violation', CONSTRAINT = 'inv_frozen_when_accepted',
            HINT = '撤销批复只能通过系统的撤销批复操作（写入审计日志）';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER "inv_department_submission_reopen_audited" AFTER UPDATE ON "DepartmentSubmission"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "inv_reopen_audited"();

-- Pin every function's search_path to this schema, pg_temp last.
DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY[
    '"inv_frozen_owner"(text, jsonb)', '"inv_department_year_accepted"(text, integer)',
    '"inv_frozen_when_accepted"()', '"inv_published_report_append_only"()',
    '"inv_accepted_submission_guard"()', '"inv_reopen_audited"()', '"inv_audit_log_append_only"()']
  LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
END;
$$;
