-- Cut-over to Citus, part 2 of 2: distribution (docs/scaling.md §3). NOT a migration, and not
-- tested here (no Citus server in this environment): run on the Citus coordinator (Citus ≥ 12,
-- PostgreSQL ≥ 15) after 1-keys.sql, in a maintenance window (create_distributed_table copies
-- the rows into the shards).
--
-- Before it, the application must pass "countyId" on every INSERT (docs/scaling.md step 4): the
-- coordinator routes a row by its distribution column before any trigger runs, so the
-- inv_county_fill triggers cannot fill it there. The composite foreign keys of 1-keys.sql refuse a
-- row whose county differs from its owner's, which was the triggers' other job; they go.
DROP TRIGGER "inv_county_fill" ON "Department";
DROP TRIGGER "inv_county_fill" ON "User";
DROP TRIGGER "inv_county_fill" ON "UserUnitScope";
DROP TRIGGER "inv_county_fill" ON "AuditLog";
DROP TRIGGER "inv_county_fill" ON "LoginAttempt";
DROP TRIGGER "inv_county_fill" ON "DataVersion";
DROP TRIGGER "inv_county_fill" ON "PerformanceForm";
DROP TRIGGER "inv_county_fill" ON "PerformanceIndicator";
DROP TRIGGER "inv_county_fill" ON "FindingAcknowledgement";
DROP TRIGGER "inv_county_fill" ON "Unit";
DROP TRIGGER "inv_county_fill" ON "BudgetLine";
DROP TRIGGER "inv_county_fill" ON "Project";
DROP TRIGGER "inv_county_fill" ON "ProcurementEntry";
DROP TRIGGER "inv_county_fill" ON "UnitSubmission";
DROP TRIGGER "inv_county_fill" ON "PriorYearFigures";
DROP TRIGGER "inv_county_fill" ON "NarrativeSection";
DROP TRIGGER "inv_county_fill" ON "ChangeReason";
DROP TRIGGER "inv_county_fill" ON "DepartmentSubmission";
DROP TRIGGER "inv_county_fill" ON "PublishedReport";

-- The other triggers (freeze of accepted years inv_frozen_when_accepted, the data-version bumps
-- inv_data_version_*, append-only AuditLog/PublishedReport) stay. Citus runs triggers of a
-- distributed table on its shards only when allowed to; they are safe here because each looks
-- only at rows of the same county, which the co-location puts on the same node. The freeze and
-- data-version lookups go by id alone today (Unit, Project, DepartmentSubmission): before the
-- cut-over add "countyId" = NEW."countyId" to each lookup, so each stays on its shard.
SET citus.enable_unsafe_triggers = on;

-- Reference tables: replicated to every node (province-wide, small, rarely written).
SELECT create_reference_table('"County"');
SELECT create_reference_table('"FiscalYear"');
SELECT create_reference_table('"FunctionalCode"');
SELECT create_reference_table('"DeptEconCode"');
SELECT create_reference_table('"GovEconCode"');
SELECT create_reference_table('"EconMapping"');
SELECT create_reference_table('"RuleSetting"'); -- rules set province-wide; per county → distribute it too
SELECT create_reference_table('"UsernameDirectory"');

-- County tables: all distributed by "countyId" and co-located with Department, parents first
-- (a foreign key may only point at a table already distributed, or a reference table).
SELECT create_distributed_table('"Department"', 'countyId');
SELECT create_distributed_table('"Unit"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"User"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"UserUnitScope"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"Project"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"PerformanceForm"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"PerformanceIndicator"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"BudgetLine"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"ProcurementEntry"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"PriorYearFigures"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"NarrativeSection"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"ChangeReason"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"UnitSubmission"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"DepartmentSubmission"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"PublishedReport"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"FindingAcknowledgement"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"AuditLog"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"LoginAttempt"', 'countyId', colocate_with => '"Department"');
SELECT create_distributed_table('"DataVersion"', 'countyId', colocate_with => '"Department"');
-- AuditLog.id and LoginAttempt.id stay bigserial: Citus hands each node its own range of the
-- sequence, so ids are unique but only ordered per node (the pages order by "at").
