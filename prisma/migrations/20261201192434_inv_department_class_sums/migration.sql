-- The county sums (lib/db/consolidation-repository.ts departmentClassSums): the lines of `years`
-- summed per department × 功能 款 × kind × source × 结转, for the departments given (null: all).
-- Hand-written (see prisma/README.md); docs/benchmarks.md "Fourth round" has the measurements.
--
-- One row per department-year; `sums` holds its sums as "<款> <kind> <source> <0|1 结转> <元>"
-- items separated by ",": the codes are digits, kind and source enum labels and the amount the
-- NUMERIC's own text, so no item can hold a separator. At 10× the county that is 1,000 rows
-- instead of 70,000, which the application reads for a fraction of the per-row cost.
--
-- A function so that the GROUP BY runs with its own work_mem in ONE round trip (the previous
-- transaction — BEGIN, SET LOCAL work_mem, the query, COMMIT — cost four). PostgreSQL cannot
-- estimate these groups (at 10× it expects one per line) and with the default work_mem sorts
-- instead of hashing (2× slower); work_mem is a ceiling, the hash table holds only the groups.
-- EXECUTE plans each call with its arguments, as the query sent by itself was: a few named
-- departments still read through the (year, unitId) index.
CREATE FUNCTION "inv_department_class_sums"(years integer[], department_ids text[])
  RETURNS TABLE ("departmentId" text, year integer, sums text)
  LANGUAGE plpgsql STABLE
  SET work_mem = '256MB'
AS $$
BEGIN
  -- The arguments go in as quoted literals (format %L), so each call is planned with its values.
  RETURN QUERY EXECUTE format(
    'SELECT s."departmentId", s.year,
            string_agg(concat_ws('' '', s.class, s.kind, s.source, CASE WHEN s.carryover THEN 1 ELSE 0 END, s.amount), '','')
     FROM (SELECT u."departmentId", l.year, left(l."functionalCode", 5) AS class, l.kind, l."fundingSource" AS source,
                  l.carryover, sum(l."amountYuan") AS amount
           FROM "BudgetLine" l JOIN "Unit" u ON u.id = l."unitId"
           WHERE l.year = ANY (%L::integer[]) %s
           GROUP BY u."departmentId", l.year, left(l."functionalCode", 5), l.kind, l."fundingSource", l.carryover) s
     GROUP BY s."departmentId", s.year',
    years,
    CASE WHEN department_ids IS NULL THEN '' ELSE format('AND u."departmentId" = ANY (%L::text[])', department_ids) END);
END;
$$;
