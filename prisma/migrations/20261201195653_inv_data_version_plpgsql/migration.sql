-- Hand-written migration: the datamodel is unchanged.
-- The data-version triggers' two helpers (…_inv_data_version) become PL/pgSQL with the same
-- signatures and results. As LANGUAGE sql functions with a SET clause they could not be inlined,
-- and PostgreSQL (before 18) plans a non-inlined SQL function's query on every call: every line
-- save planned a four-way UNION and an upsert inside its trigger (≈ 3 ms of a save's time on a
-- loaded machine, pgbench; docs/benchmarks.md "Fourth round"). PL/pgSQL keeps each plan for the session.

CREATE OR REPLACE FUNCTION "inv_data_version_departments"(kind text, keys text[]) RETURNS text[]
  LANGUAGE plpgsql STABLE AS $$
DECLARE
  found text[];
BEGIN
  IF kind = 'department' THEN
    SELECT coalesce(array_agg(DISTINCT k ORDER BY k), '{}') INTO found FROM unnest(keys) k WHERE k IS NOT NULL;
  ELSIF kind = 'unit' THEN
    SELECT coalesce(array_agg(DISTINCT u."departmentId" ORDER BY u."departmentId"), '{}') INTO found
      FROM "Unit" u WHERE u.id = ANY (keys);
  ELSIF kind = 'project' THEN
    SELECT coalesce(array_agg(DISTINCT u."departmentId" ORDER BY u."departmentId"), '{}') INTO found
      FROM "Project" p JOIN "Unit" u ON u.id = p."unitId" WHERE p.id = ANY (keys);
  ELSIF kind = 'form' THEN
    SELECT coalesce(array_agg(DISTINCT u."departmentId" ORDER BY u."departmentId"), '{}') INTO found
      FROM "PerformanceForm" f JOIN "Project" p ON p.id = f."projectId" JOIN "Unit" u ON u.id = p."unitId"
      WHERE f.id = ANY (keys);
  ELSE
    found := '{}';
  END IF;
  RETURN found;
END;
$$;

CREATE OR REPLACE FUNCTION "inv_data_version_bump"(scopes text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DataVersion" AS v (scope, version)
  SELECT s, 1 FROM unnest(scopes) s ORDER BY s
  ON CONFLICT (scope) DO UPDATE SET version = v.version + 1;
END;
$$;

-- CREATE OR REPLACE dropped the pinned search_path: pin it again (this schema, pg_temp last).
DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY['"inv_data_version_departments"(text, text[])', '"inv_data_version_bump"(text[])']
  LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
END;
$$;
