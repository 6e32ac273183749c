-- The county key (docs/scaling.md §3): every county-owned row carries the "countyId" of its owner,
-- set here by triggers so that the application never has to pass it. Hand-written (see
-- prisma/README.md); every object is inv_*. The columns, the County table, the foreign keys and the
-- indexes come from the generated migration before this one (…_county); the NOT NULL from the one
-- after it (…_county_required), once this one has filled every row.
--
-- Rules, enforced on every INSERT and UPDATE whoever asks:
-- * a row takes its owner's county when it gives none: Unit ← Department; BudgetLine, Project,
--   ProcurementEntry, UnitSubmission, FindingAcknowledgement, UserUnitScope ← Unit;
--   PerformanceForm ← Project; PerformanceIndicator ← PerformanceForm; PriorYearFigures,
--   NarrativeSection, ChangeReason, DepartmentSubmission, PublishedReport ← Department;
-- * a row that gives another county than its owner's is refused (check_violation,
--   constraint inv_county_fill, the triggers' name): a row never sits in another county than its owner;
-- * an UPDATE never moves a row to another county (neither by setting "countyId" nor by
--   changing its owner to one of another county);
-- * roots: a Department takes the county it is given, else the only county (refused when there
--   are several or none); a User takes its department's county, else the one it is given, else
--   the only county;
-- * AuditLog, LoginAttempt and DataVersion keep a nullable "countyId", filled when it can be
--   known: the audit row's department, unit or actor, the attempted username's account, the
--   DataVersion scope's department (scope '*', the reference data, has no county), else the only
--   county. NULL therefore only happens in a database with several counties, for a sign-in
--   attempt with an unknown username or an audit row naming no department, unit or actor.

ALTER TABLE "County" ADD CONSTRAINT "inv_county_code" CHECK ("code" ~ '^[0-9]{6}$');

-- ------------------------------------------------------------ backfill of an existing database

-- One county per distinct Department.region (an empty region → 未命名县). 柳林县 gets its
-- 行政区划代码; any other name a placeholder code 000001, 000002, … for the operator to correct
-- (UPDATE "County" SET code = … — nothing refers to the code).
INSERT INTO "County" (id, code, name)
SELECT gen_random_uuid()::text,
       coalesce(k.code, lpad((row_number() OVER (PARTITION BY k.code IS NULL ORDER BY r.name))::text, 6, '0')),
       r.name
  FROM (SELECT DISTINCT coalesce(nullif(btrim(region), ''), '未命名县') AS name FROM "Department") r
  LEFT JOIN (VALUES ('柳林县', '141125')) AS k(name, code) ON k.name = r.name;
-- Users but no department at all: one county for them.
INSERT INTO "County" (id, code, name)
SELECT gen_random_uuid()::text, '000001', '未命名县'
 WHERE NOT EXISTS (SELECT FROM "County") AND EXISTS (SELECT FROM "User");

-- The backfill rewrites rows of accepted (frozen) department-years, of the append-only AuditLog
-- and PublishedReport, and would bump every DataVersion: the tables' own triggers are off for it.
ALTER TABLE "Department" DISABLE TRIGGER USER;
ALTER TABLE "Unit" DISABLE TRIGGER USER;
ALTER TABLE "BudgetLine" DISABLE TRIGGER USER;
ALTER TABLE "Project" DISABLE TRIGGER USER;
ALTER TABLE "PerformanceForm" DISABLE TRIGGER USER;
ALTER TABLE "PerformanceIndicator" DISABLE TRIGGER USER;
ALTER TABLE "ProcurementEntry" DISABLE TRIGGER USER;
ALTER TABLE "PriorYearFigures" DISABLE TRIGGER USER;
ALTER TABLE "NarrativeSection" DISABLE TRIGGER USER;
ALTER TABLE "ChangeReason" DISABLE TRIGGER USER;
ALTER TABLE "UnitSubmission" DISABLE TRIGGER USER;
ALTER TABLE "DepartmentSubmission" DISABLE TRIGGER USER;
ALTER TABLE "PublishedReport" DISABLE TRIGGER USER;
ALTER TABLE "AuditLog" DISABLE TRIGGER USER;

UPDATE "Department" d SET "countyId" = c.id FROM "County" c
 WHERE c.name = coalesce(nullif(btrim(d.region), ''), '未命名县');
UPDATE "Unit" x SET "countyId" = d."countyId" FROM "Department" d WHERE d.id = x."departmentId";
UPDATE "BudgetLine" x SET "countyId" = u."countyId" FROM "Unit" u WHERE u.id = x."unitId";
UPDATE "Project" x SET "countyId" = u."countyId" FROM "Unit" u WHERE u.id = x."unitId";
UPDATE "ProcurementEntry" x SET "countyId" = u."countyId" FROM "Unit" u WHERE u.id = x."unitId";
UPDATE "UnitSubmission" x SET "countyId" = u."countyId" FROM "Unit" u WHERE u.id = x."unitId";
UPDATE "FindingAcknowledgement" x SET "countyId" = u."countyId" FROM "Unit" u WHERE u.id = x."unitId";
UPDATE "UserUnitScope" x SET "countyId" = u."countyId" FROM "Unit" u WHERE u.id = x."unitId";
UPDATE "PerformanceForm" x SET "countyId" = p."countyId" FROM "Project" p WHERE p.id = x."projectId";
UPDATE "PerformanceIndicator" x SET "countyId" = f."countyId" FROM "PerformanceForm" f WHERE f.id = x."formId";
UPDATE "PriorYearFigures" x SET "countyId" = d."countyId" FROM "Department" d WHERE d.id = x."departmentId";
UPDATE "NarrativeSection" x SET "countyId" = d."countyId" FROM "Department" d WHERE d.id = x."departmentId";
UPDATE "ChangeReason" x SET "countyId" = d."countyId" FROM "Department" d WHERE d.id = x."departmentId";
UPDATE "DepartmentSubmission" x SET "countyId" = d."countyId" FROM "Department" d WHERE d.id = x."departmentId";
UPDATE "PublishedReport" x SET "countyId" = d."countyId" FROM "Department" d WHERE d.id = x."departmentId";
UPDATE "User" x SET "countyId" = d."countyId" FROM "Department" d WHERE d.id = x."departmentId";
UPDATE "DataVersion" x SET "countyId" = d."countyId" FROM "Department" d WHERE d.id = x.scope;
-- Rows without an owner (users without a department: 系统管理员, 财政局审核; acknowledgements
-- of a unit that is gone): the county with the most departments (the only one, in practice).
WITH main AS (
  SELECT c.id FROM "County" c LEFT JOIN "Department" d ON d."countyId" = c.id
   GROUP BY c.id, c.code ORDER BY count(d.id) DESC, c.code LIMIT 1)
UPDATE "User" SET "countyId" = (SELECT id FROM main) WHERE "countyId" IS NULL;
WITH main AS (
  SELECT c.id FROM "County" c LEFT JOIN "Department" d ON d."countyId" = c.id
   GROUP BY c.id, c.code ORDER BY count(d.id) DESC, c.code LIMIT 1)
UPDATE "FindingAcknowledgement" SET "countyId" = (SELECT id FROM main) WHERE "countyId" IS NULL;
UPDATE "AuditLog" a SET "countyId" = coalesce(
    (SELECT d."countyId" FROM "Department" d WHERE d.id = a."departmentId"),
    (SELECT u."countyId" FROM "Unit" u WHERE u.id = a."unitId"),
    (SELECT s."countyId" FROM "User" s WHERE s.id = a."actorId"),
    (SELECT CASE WHEN count(*) = 1 THEN min(id) END FROM "County"));
UPDATE "LoginAttempt" a SET "countyId" = coalesce(
    (SELECT s."countyId" FROM "User" s WHERE lower(s.username) = lower(a.username)),
    (SELECT CASE WHEN count(*) = 1 THEN min(id) END FROM "County"));

ALTER TABLE "Department" ENABLE TRIGGER USER;
ALTER TABLE "Unit" ENABLE TRIGGER USER;
ALTER TABLE "BudgetLine" ENABLE TRIGGER USER;
ALTER TABLE "Project" ENABLE TRIGGER USER;
ALTER TABLE "PerformanceForm" ENABLE TRIGGER USER;
ALTER TABLE "PerformanceIndicator" ENABLE TRIGGER USER;
ALTER TABLE "ProcurementEntry" ENABLE TRIGGER USER;
ALTER TABLE "PriorYearFigures" ENABLE TRIGGER USER;
ALTER TABLE "NarrativeSection" ENABLE TRIGGER USER;
ALTER TABLE "ChangeReason" ENABLE TRIGGER USER;
ALTER TABLE "UnitSubmission" ENABLE TRIGGER USER;
ALTER TABLE "DepartmentSubmission" ENABLE TRIGGER USER;
ALTER TABLE "PublishedReport" ENABLE TRIGGER USER;
ALTER TABLE "AuditLog" ENABLE TRIGGER USER;

-- ------------------------------------------------------------ triggers

-- The county a row gets, from the one it gives ("given"), the one it had ("previous", UPDATE) and
-- its owner's ("owner"; NULL when the owner row does not exist: then the row is refused with the
-- foreign key "fk" it violates, as the foreign key itself would have at the end of the statement).
CREATE FUNCTION "inv_county_resolve"(op text, tbl text, fk text, given text, previous text, owner text) RETURNS text
  LANGUAGE plpgsql AS $$
BEGIN
  IF op = 'UPDATE' THEN
    IF given IS DISTINCT FROM previous OR (owner IS NOT NULL AND owner <> previous) THEN
      RAISE EXCEPTION 'a row of % never moves to another county', tbl
        USING ERRCODE = 'check_violation', CONSTRAINT = 'inv_county_fill', TABLE = tbl;
    END IF;
    RETURN previous;
  END IF;
  IF owner IS NULL THEN
    IF fk IS NOT NULL THEN
      RAISE EXCEPTION 'insert or update on table "%" violates foreign key constraint "%"', tbl, fk
        USING ERRCODE = 'foreign_key_violation', CONSTRAINT = fk, TABLE = tbl;
    END IF;
    RETURN given;
  END IF;
  IF given IS NOT NULL AND given <> owner THEN
    RAISE EXCEPTION 'a row of % must be in the county of its owner', tbl
      USING ERRCODE = 'check_violation', CONSTRAINT = 'inv_county_fill', TABLE = tbl;
  END IF;
  RETURN owner;
END;
$$;

-- The only county, or NULL when there are several or none.
CREATE FUNCTION "inv_county_only"() RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN count(*) = 1 THEN min(id) END FROM "County"
$$;

-- Row triggers of the tables owned by a unit / department / project / 申报表; TG_ARGV[0] is the
-- foreign key to the owner (absent for FindingAcknowledgement, which has none).
CREATE FUNCTION "inv_county_from_unit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."countyId" := "inv_county_resolve"(TG_OP, TG_TABLE_NAME, TG_ARGV[0], NEW."countyId",
    CASE WHEN TG_OP = 'UPDATE' THEN OLD."countyId" END, (SELECT u."countyId" FROM "Unit" u WHERE u.id = NEW."unitId"));
  RETURN NEW;
END;
$$;

CREATE FUNCTION "inv_county_from_department"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."countyId" := "inv_county_resolve"(TG_OP, TG_TABLE_NAME, TG_ARGV[0], NEW."countyId",
    CASE WHEN TG_OP = 'UPDATE' THEN OLD."countyId" END, (SELECT d."countyId" FROM "Department" d WHERE d.id = NEW."departmentId"));
  RETURN NEW;
END;
$$;

CREATE FUNCTION "inv_county_from_project"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."countyId" := "inv_county_resolve"(TG_OP, TG_TABLE_NAME, TG_ARGV[0], NEW."countyId",
    CASE WHEN TG_OP = 'UPDATE' THEN OLD."countyId" END, (SELECT p."countyId" FROM "Project" p WHERE p.id = NEW."projectId"));
  RETURN NEW;
END;
$$;

CREATE FUNCTION "inv_county_from_form"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."countyId" := "inv_county_resolve"(TG_OP, TG_TABLE_NAME, TG_ARGV[0], NEW."countyId",
    CASE WHEN TG_OP = 'UPDATE' THEN OLD."countyId" END, (SELECT f."countyId" FROM "PerformanceForm" f WHERE f.id = NEW."formId"));
  RETURN NEW;
END;
$$;

-- UserUnitScope: the unit's county, which must also be the user's.
CREATE FUNCTION "inv_county_user_unit_scope"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  user_county text := (SELECT s."countyId" FROM "User" s WHERE s.id = NEW."userId");
BEGIN
  NEW."countyId" := "inv_county_resolve"(TG_OP, TG_TABLE_NAME, 'UserUnitScope_unitId_fkey', NEW."countyId",
    CASE WHEN TG_OP = 'UPDATE' THEN OLD."countyId" END, (SELECT u."countyId" FROM "Unit" u WHERE u.id = NEW."unitId"));
  IF user_county IS NOT NULL AND user_county <> NEW."countyId" THEN
    RAISE EXCEPTION 'a unit of another county cannot be given to this user'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'inv_county_fill', TABLE = TG_TABLE_NAME;
  END IF;
  RETURN NEW;
END;
$$;

-- Department (a root): the county given, else the only one.
CREATE FUNCTION "inv_county_department"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    NEW."countyId" := "inv_county_resolve"(TG_OP, TG_TABLE_NAME, NULL, NEW."countyId", OLD."countyId", NULL);
  ELSIF NEW."countyId" IS NULL THEN
    NEW."countyId" := "inv_county_only"();
    IF NEW."countyId" IS NULL THEN
      RAISE EXCEPTION 'a new department needs its county: there are several counties, or none'
        USING ERRCODE = 'not_null_violation', TABLE = TG_TABLE_NAME, COLUMN = 'countyId';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

-- User: its department's county; without a department the county given, else the only one.
CREATE FUNCTION "inv_county_user"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  owner text := (SELECT d."countyId" FROM "Department" d WHERE d.id = NEW."departmentId");
BEGIN
  IF TG_OP = 'UPDATE' THEN
    NEW."countyId" := "inv_county_resolve"(TG_OP, TG_TABLE_NAME, NULL, NEW."countyId", OLD."countyId", owner);
  ELSIF NEW."departmentId" IS NOT NULL THEN
    NEW."countyId" := "inv_county_resolve"(TG_OP, TG_TABLE_NAME, 'User_departmentId_fkey', NEW."countyId", NULL, owner);
  ELSIF NEW."countyId" IS NULL THEN
    NEW."countyId" := "inv_county_only"();
    IF NEW."countyId" IS NULL THEN
      RAISE EXCEPTION 'a new user without a department needs its county: there are several counties, or none'
        USING ERRCODE = 'not_null_violation', TABLE = TG_TABLE_NAME, COLUMN = 'countyId';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

-- AuditLog (append-only, so INSERT only): the county of its department, else of its unit, else of
-- its actor, else the only county; an explicit one must match the department's or unit's.
CREATE FUNCTION "inv_county_audit_log"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  owner text := coalesce(
    (SELECT d."countyId" FROM "Department" d WHERE d.id = NEW."departmentId"),
    (SELECT u."countyId" FROM "Unit" u WHERE u.id = NEW."unitId"));
BEGIN
  IF owner IS NOT NULL THEN
    NEW."countyId" := "inv_county_resolve"(TG_OP, TG_TABLE_NAME, NULL, NEW."countyId", NULL, owner);
  ELSIF NEW."countyId" IS NULL THEN
    NEW."countyId" := coalesce((SELECT s."countyId" FROM "User" s WHERE s.id = NEW."actorId"), "inv_county_only"());
  END IF;
  RETURN NEW;
END;
$$;

-- LoginAttempt: the county of the account of that username (any letter case), else the only one.
CREATE FUNCTION "inv_county_login_attempt"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."countyId" IS NULL THEN
    NEW."countyId" := coalesce((SELECT s."countyId" FROM "User" s WHERE lower(s.username) = lower(NEW.username)), "inv_county_only"());
  END IF;
  RETURN NEW;
END;
$$;

-- DataVersion: the county of the department a scope names; NULL for '*' (the reference data).
CREATE FUNCTION "inv_county_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."countyId" IS NULL THEN
    NEW."countyId" := (SELECT d."countyId" FROM "Department" d WHERE d.id = NEW.scope);
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "inv_county_fill" BEFORE INSERT OR UPDATE OF "countyId" ON "Department"
  FOR EACH ROW EXECUTE FUNCTION "inv_county_department"();
CREATE TRIGGER "inv_county_fill" BEFORE INSERT OR UPDATE OF "countyId", "departmentId" ON "User"
  FOR EACH ROW EXECUTE FUNCTION "inv_county_user"();
CREATE TRIGGER "inv_county_fill" BEFORE INSERT OR UPDATE OF "countyId", "unitId", "userId" ON "UserUnitScope"
  FOR EACH ROW EXECUTE FUNCTION "inv_county_user_unit_scope"();
CREATE TRIGGER "inv_county_fill" BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "inv_county_audit_log"();
CREATE TRIGGER "inv_county_fill" BEFORE INSERT ON "LoginAttempt"
  FOR EACH ROW EXECUTE FUNCTION "inv_county_login_attempt"();
CREATE TRIGGER "inv_county_fill" BEFORE INSERT ON "DataVersion"
  FOR EACH ROW EXECUTE FUNCTION "inv_county_data_version"();
CREATE TRIGGER "inv_county_fill" BEFORE INSERT OR UPDATE OF "countyId", "projectId" ON "PerformanceForm"
  FOR EACH ROW EXECUTE FUNCTION "inv_county_from_project"('PerformanceForm_projectId_fkey');
CREATE TRIGGER "inv_county_fill" BEFORE INSERT OR UPDATE OF "countyId", "formId" ON "PerformanceIndicator"
  FOR EACH ROW EXECUTE FUNCTION "inv_county_from_form"('PerformanceIndicator_formId_fkey');
CREATE TRIGGER "inv_county_fill" BEFORE INSERT OR UPDATE OF "countyId", "unitId" ON "FindingAcknowledgement"
  FOR EACH ROW EXECUTE FUNCTION "inv_county_from_unit"();
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('Unit', 'inv_county_from_department', 'departmentId'),
    ('BudgetLine', 'inv_county_from_unit', 'unitId'),
    ('Project', 'inv_county_from_unit', 'unitId'),
    ('ProcurementEntry', 'inv_county_from_unit', 'unitId'),
    ('UnitSubmission', 'inv_county_from_unit', 'unitId'),
    ('PriorYearFigures', 'inv_county_from_department', 'departmentId'),
    ('NarrativeSection', 'inv_county_from_department', 'departmentId'),
    ('ChangeReason', 'inv_county_from_department', 'departmentId'),
    ('DepartmentSubmission', 'inv_county_from_department', 'departmentId'),
    ('PublishedReport', 'inv_county_from_department', 'departmentId')) AS x(tbl, fn, col)
  LOOP
    EXECUTE format('CREATE TRIGGER "inv_county_fill" BEFORE INSERT OR UPDATE OF "countyId", %I ON %I FOR EACH ROW EXECUTE FUNCTION %I(%L)',
      t.col, t.tbl, t.fn, t.tbl || '_' || t.col || '_fkey');
  END LOOP;
END;
$$;

-- Pin the search_path of every function that reads a table to this schema, pg_temp last.
DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY[
    '"inv_county_only"()', '"inv_county_from_unit"()', '"inv_county_from_department"()',
    '"inv_county_from_project"()', '"inv_county_from_form"()', '"inv_county_user_unit_scope"()',
    '"inv_county_department"()', '"inv_county_user"()', '"inv_county_audit_log"()',
    '"inv_county_login_attempt"()', '"inv_county_data_version"()']
  LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
END;
$$;
