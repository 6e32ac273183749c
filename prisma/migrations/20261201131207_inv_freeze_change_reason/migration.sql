-- Hand-written (see prisma/README.md); every object is inv_*.
--
-- 增减变动原因 (ChangeReason) belong to the department-year like its 情况说明 sections: frozen
-- while the department-year is ACCEPTED (已批复), by the trigger function of
-- 20261201113036_inv_freeze_accepted; and a subject is a 7-digit 功能 项 or one of the four 三公 items.

CREATE TRIGGER "inv_change_reason_frozen" BEFORE INSERT OR UPDATE OR DELETE ON "ChangeReason"
  FOR EACH ROW EXECUTE FUNCTION "inv_frozen_when_accepted"('department');

ALTER TABLE "ChangeReason" ADD CONSTRAINT "inv_change_reason_subject"
  CHECK (subject ~ '^(functional:[0-9]{7}|threePublic:(abroad|reception|vehiclePurchase|vehicleOperation))$');
ALTER TABLE "ChangeReason" ADD CONSTRAINT "inv_change_reason_text" CHECK (length(btrim(text)) > 0);
