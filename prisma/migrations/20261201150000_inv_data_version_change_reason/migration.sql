-- 增减变动原因 (ChangeReason) feed the 情况说明 sentences (docs/domain.md §11.1), so a reason's
-- write moves its department's data version like every other write a report derives from
-- (…_inv_data_version; the table came in a migration of its own, alongside).
CREATE TRIGGER "inv_data_version_ins" AFTER INSERT ON "ChangeReason" REFERENCING NEW TABLE AS inv_new
  FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_rows"('department', 'departmentId');
CREATE TRIGGER "inv_data_version_upd" AFTER UPDATE ON "ChangeReason" REFERENCING OLD TABLE AS inv_old NEW TABLE AS inv_new
  FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_rows"('department', 'departmentId');
CREATE TRIGGER "inv_data_version_del" AFTER DELETE ON "ChangeReason" REFERENCING OLD TABLE AS inv_old
  FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_rows"('department', 'departmentId');
CREATE TRIGGER "inv_data_version_trunc" AFTER TRUNCATE ON "ChangeReason"
  FOR EACH STATEMENT EXECUTE FUNCTION "inv_data_version_all"();
