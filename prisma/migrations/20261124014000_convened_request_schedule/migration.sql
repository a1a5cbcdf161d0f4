-- A request for a review that the commissioner convenes makes a review due until one is held
-- (§14; §25, Figure 9). The scheduler now reads convened requests, so, like setting events, any
-- change to a request moves the person's schedule version, whoever makes it (ADR 0030, ADR 0039).

-- Inserted or deleted requests: one UPDATE per statement, as for setting events.
CREATE TRIGGER "ReviewRequest_schedule_insert" AFTER INSERT ON "ReviewRequest"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();
CREATE TRIGGER "ReviewRequest_schedule_delete" AFTER DELETE ON "ReviewRequest"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();

-- Row level with a WHEN, as for reviews: only the stage, the dates the scheduler reads and the
-- person matter; a note or a linked review does not.
CREATE TRIGGER "ReviewRequest_schedule_update" AFTER UPDATE ON "ReviewRequest" FOR EACH ROW
  WHEN (OLD."stage" IS DISTINCT FROM NEW."stage" OR OLD."decidedOn" IS DISTINCT FROM NEW."decidedOn"
        OR OLD."receivedOn" IS DISTINCT FROM NEW."receivedOn"
        OR OLD."personId" IS DISTINCT FROM NEW."personId")
  EXECUTE FUNCTION "cetr_review_schedule_changed"();

-- The schedules stored before this change left convened requests out: work those people out again.
UPDATE "Person" SET "scheduleVersion" = "scheduleVersion" + 1
 WHERE "id" IN (SELECT "personId" FROM "ReviewRequest" WHERE "stage" = 'CONVENED');
