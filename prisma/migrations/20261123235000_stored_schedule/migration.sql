-- The scheduler's due reviews, stored for the console's work list (ADR 0030).

-- AlterTable
ALTER TABLE "Person" ADD COLUMN "scheduleVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "scheduleComputedVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ScheduledReview" (
    "personId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "dueOn" DATE,
    "dueCondition" TEXT NOT NULL,

    CONSTRAINT "ScheduledReview_pkey" PRIMARY KEY ("personId","position")
);

-- CreateIndex
CREATE INDEX "ScheduledReview_dueOn_idx" ON "ScheduledReview"("dueOn");

-- AddForeignKey
ALTER TABLE "ScheduledReview" ADD CONSTRAINT "ScheduledReview_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Finds the few people whose stored schedule is behind, without reading everyone's row.
CREATE INDEX "Person_schedule_stale_idx" ON "Person"("id") WHERE "scheduleVersion" <> "scheduleComputedVersion";

-- What the scheduler reads is a person's date of birth, setting events and reviews held. Every
-- change to them moves the person's scheduleVersion, whoever makes it (the API, the seed, an
-- operator with psql), so a stored schedule can never be silently out of date (ADR 0030).
CREATE FUNCTION "cetr_schedule_changed_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- One UPDATE per statement: bulk loads touch each person once, not once per row.
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Person" SET "scheduleVersion" = "scheduleVersion" + 1
     WHERE "id" IN (SELECT "personId" FROM old_rows);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "Person" SET "scheduleVersion" = "scheduleVersion" + 1
     WHERE "id" IN (SELECT "personId" FROM new_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "SettingEvent_schedule_insert" AFTER INSERT ON "SettingEvent"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();
CREATE TRIGGER "SettingEvent_schedule_update" AFTER UPDATE ON "SettingEvent"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();
CREATE TRIGGER "SettingEvent_schedule_delete" AFTER DELETE ON "SettingEvent"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();

-- Reviews: only a review held counts, so a new one (never held yet) matters only if created held.
CREATE TRIGGER "Review_schedule_insert" AFTER INSERT ON "Review"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();
CREATE TRIGGER "Review_schedule_delete" AFTER DELETE ON "Review"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cetr_schedule_changed_rows"();

CREATE FUNCTION "cetr_review_schedule_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Person" SET "scheduleVersion" = "scheduleVersion" + 1
   WHERE "id" IN (OLD."personId", NEW."personId");
  RETURN NULL;
END $$;

-- Row level with a WHEN: transition tables cannot be combined with a column list, and most review
-- updates (venue, panel notes) do not concern the scheduler at all.
CREATE TRIGGER "Review_schedule_update" AFTER UPDATE ON "Review" FOR EACH ROW
  WHEN (OLD."heldOn" IS DISTINCT FROM NEW."heldOn" OR OLD."status" IS DISTINCT FROM NEW."status"
        OR OLD."kind" IS DISTINCT FROM NEW."kind" OR OLD."outcome" IS DISTINCT FROM NEW."outcome"
        OR OLD."personId" IS DISTINCT FROM NEW."personId")
  EXECUTE FUNCTION "cetr_review_schedule_changed"();

CREATE FUNCTION "cetr_person_schedule_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."scheduleVersion" := OLD."scheduleVersion" + 1;
  RETURN NEW;
END $$;

CREATE TRIGGER "Person_schedule_dob" BEFORE UPDATE OF "dateOfBirth" ON "Person" FOR EACH ROW
  WHEN (OLD."dateOfBirth" IS DISTINCT FROM NEW."dateOfBirth")
  EXECUTE FUNCTION "cetr_person_schedule_changed"();
