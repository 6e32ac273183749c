-- 数据版本 (DataVersion): bumped in the same transaction as every write that a department's
-- report is derived from, so a cache keyed on it (lib/services/report-cache.ts) can never serve
-- data older than the last commit. Hand-written (see prisma/README.md); every object is inv_*.
--
-- Statement-level AFTER triggers with transition tables: one bump per statement and department,
-- however many rows it touched (a 1,000,000-line bulk load costs one UPDATE per department, not
-- one per row). Departments are bumped in id order, so two transactions never wait on each other
-- in opposite orders. Reference data (codes, 对照表, years) and TRUNCATE bump scope '*', which
-- every cached report depends on.

-- The departments of the rows in `keys` (the rows' `kind` key: a department id, a unit id, a
-- project id or a 绩效目标申报表 id), sorted; rows whose owner is gone are left out (their
-- parent's own delete bumped it).
CREATE FUNCTION "inv_data_version_departments"(kind text, keys text[]) RETURNS text[]
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(DISTINCT d ORDER BY d), '{}') FROM (
    SELECT k AS d FROM unnest(keys) k WHERE kind = 'department'
    UNION ALL SELECT u."departmentId" FROM "Unit" u WHERE kind = 'unit' AND u.id = ANY (keys)
    UNION ALL SELECT u."departmentId" FROM "Project" p JOIN "Unit" u ON u.id = p."unitId"
      WHERE kind = 'project' AND p.id = ANY (keys)
    UNION ALL SELECT u."departmentId" FROM "PerformanceForm" f JOIN "Project" p ON p.id = f."projectId"
      JOIN "Unit" u ON u.id = p."unitId" WHERE kind = 'form' AND f.id = ANY (keys)
  ) owners WHERE d IS NOT NULL
$$;

CREATE FUNCTION "inv_data_version_bump"(scopes text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DataVersion" AS v (scope, version)
  SELECT s, 1 FROM unnest(scopes) s ORDER BY s
  ON CONFLICT (scope) DO UPDATE SET version = v.version + 1
$$;

-- Statement trigger of a data table: TG_ARGV[0] is the kind, TG_ARGV[1] the key column.
CREATE FUNCTION "inv_data_version_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    keys := keys || ARRAY(SELECT DISTINCT to_jsonb(n) ->> TG_ARGV[1] FROM inv_new n);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    keys := keys || ARRAY(SELECT DISTINCT to_jsonb(o) ->> TG_ARGV[1] FROM inv_old o);
  END IF;
  PERFORM "inv_data_version_bump"("inv_data_version_departments"(TG_ARGV[0], keys));
  RETURN NULL;
END;
$$;

-- Statement trigger of TRUNCATE anywhere: every report may change.
CREATE FUNCTION "inv_data_version_all"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "inv_data_version_bump"(ARRAY['*']);
  RETURN NULL;
END;
$$;

-- Statement trigger of reference data: every report may change, if a row did (a statement that
-- touched no row, such as the seed's INSERT … ON CONFLICT DO NOTHING on a re-run, bumps nothing).
CREATE FUNCTION "inv_data_version_reference"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  touched boolean;
BEGIN
  -- One query per branch: a statement naming a transition table the trigger lacks fails to plan.
  IF TG_OP = 'DELETE' THEN
    touched := EXISTS (SELECT FROM inv_old);
  ELSE
    touched := EXISTS (SELECT FROM inv_new);
  END IF;
  IF touched THEN
    PERFORM "inv_data_version_bump"(ARRAY['*']);
  END IF;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('BudgetLine', 'unit', 'unitId'),
    ('Project', 'unit', 'unitId'),
    ('ProcurementEntry', 'unit', 'unitId'),
    ('UnitSubmission', 'unit', 'unitId'),
    ('PerformanceForm', 'project', 'projectId'),
    ('PerformanceIndicator', 'form', 'formId'),
    ('NarrativeSection', 'department', 'departmentId'),
    ('PriorYearFigures', 'department', 'departmentId'),
    ('DepartmentSubmission', 'department', 'departmentId'),
    ('PublishedReport', 'department', 'departmentId'),
    ('Unit', 'department', 'departmentId'),
    ('Department', 'department', 'id')) AS x(tbl, kind, col)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS inv_new FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_rows"(%L, %L)',
      'inv_data_version_ins', t.tbl, t.kind, t.col);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS inv_old NEW TABLE AS inv_new FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_rows"(%L, %L)',
      'inv_data_version_upd', t.tbl, t.kind, t.col);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS inv_old FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_rows"(%L, %L)',
      'inv_data_version_del', t.tbl, t.kind, t.col);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_all"()',
      'inv_data_version_trunc', t.tbl);
  END LOOP;
  FOR t IN SELECT * FROM (VALUES ('FunctionalCode'), ('DeptEconCode'), ('GovEconCode'), ('EconMapping'), ('FiscalYear')) AS x(tbl)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS inv_new FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_reference"()',
      'inv_data_version_ins', t.tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS inv_old NEW TABLE AS inv_new FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_reference"()',
      'inv_data_version_upd', t.tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS inv_old FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_reference"()',
      'inv_data_version_del', t.tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_all"()',
      'inv_data_version_trunc', t.tbl);
  END LOOP;
END;
$$;

-- Pin every function's search_path to this schema, pg_temp last.
DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY[
    '"inv_data_version_departments"(text, text[])', '"inv_data_version_bump"(text[])',
    '"inv_data_version_rows"()', '"inv_data_version_all"()', '"inv_data_version_reference"()']
  LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
END;
$$;
