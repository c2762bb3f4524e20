-- Indicator reports (POST /api/v1/indicator-reports) go through the same outbox as task reports.
-- A run says which report it made; an item names either a task or an indicator. An indicator's
-- revisions grow in reported_task under the key 'IND:<indicator code>', with its code in task_code.

ALTER TABLE sync_run
    ADD COLUMN kind TEXT NOT NULL DEFAULT 'TASK_REPORT'
        CHECK (kind IN ('TASK_REPORT', 'INDICATOR_REPORT'));

ALTER TABLE submission_item ALTER COLUMN task_code DROP NOT NULL;
ALTER TABLE submission_item ADD COLUMN indicator_code TEXT;
ALTER TABLE submission_item
    ADD CONSTRAINT submission_item_task_or_indicator
        CHECK ((task_code IS NULL) <> (indicator_code IS NULL));

-- The indicator schedules claim their periods like the task schedules.
ALTER TABLE schedule_registration DROP CONSTRAINT schedule_registration_schedule_check;
ALTER TABLE schedule_registration ADD CONSTRAINT schedule_registration_schedule_check
    CHECK (schedule IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY',
                        'INDICATORS_MONTHLY', 'INDICATORS_QUARTERLY'));
ALTER TABLE schedule_claim DROP CONSTRAINT schedule_claim_schedule_check;
ALTER TABLE schedule_claim ADD CONSTRAINT schedule_claim_schedule_check
    CHECK (schedule IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY',
                        'INDICATORS_MONTHLY', 'INDICATORS_QUARTERLY'));
ALTER TABLE schedule_overdue_warning DROP CONSTRAINT schedule_overdue_warning_schedule_check;
ALTER TABLE schedule_overdue_warning ADD CONSTRAINT schedule_overdue_warning_schedule_check
    CHECK (schedule IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY',
                        'INDICATORS_MONTHLY', 'INDICATORS_QUARTERLY'));
