-- Appendix 4's questions and preference list on the emergency protocol meeting record.

-- AlterTable
ALTER TABLE "EmergencyProtocolMeeting" ADD COLUMN "answers" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN "supportAgreed" TEXT,
ADD COLUMN "supportReason" TEXT;

ALTER TABLE "EmergencyProtocolMeeting" ADD CONSTRAINT "EmergencyProtocolMeeting_supportAgreed_check"
  CHECK ("supportAgreed" IN ('AT_HOME', 'LOCAL_NON_INPATIENT', 'LOCAL_INPATIENT', 'OUT_OF_AREA'));

-- A meeting before an admission changes what the scheduler says is due (§45.2.3), so it moves
-- the person's schedule version like setting events do (ADR 0030).
CREATE TRIGGER "EmergencyProtocolMeeting_schedule_insert" AFTER INSERT ON "EmergencyProtocolMeeting"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();
CREATE TRIGGER "EmergencyProtocolMeeting_schedule_update" AFTER UPDATE ON "EmergencyProtocolMeeting"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();
CREATE TRIGGER "EmergencyProtocolMeeting_schedule_delete" AFTER DELETE ON "EmergencyProtocolMeeting"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();
