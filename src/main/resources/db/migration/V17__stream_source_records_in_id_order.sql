-- Runs read a source's records (or a run's) in pages by id: indexes that give each page directly,
-- so reading 100,000 records costs 100 short index ranges and not 100 scans of the table.
DROP INDEX source_record_pulled_in_run;
CREATE INDEX source_record_run_order ON source_record (pulled_in_run, id);
CREATE INDEX source_record_source_order ON source_record (source_id, id);

-- pulled_in_run names the run that stored the record a moment before, in the same code path, and
-- runs are never deleted: the per-row foreign-key check cost more than a tenth of a large intake.
ALTER TABLE source_record DROP CONSTRAINT source_record_pulled_in_run_fkey;

-- A task's items never have an indicator code and an indicator's never a task code: index only
-- the rows that have one, so a task item does not pay for the indicator index.
DROP INDEX submission_item_task_order;
CREATE INDEX submission_item_task_order ON submission_item (task_code, submission_id)
    WHERE task_code IS NOT NULL;
DROP INDEX submission_item_indicator_order;
CREATE INDEX submission_item_indicator_order ON submission_item (indicator_code, submission_id)
    WHERE indicator_code IS NOT NULL;

-- What a record's item in the outbox was made from (V11) moves to a narrow table of its own:
-- marking 100,000 records mapped then writes 100,000 short rows, not a new version of every wide
-- record row with all its index entries. No mark: the record must be mapped again. No foreign key
-- (its check would lock every record row again); source records are never deleted.
CREATE TABLE source_record_mark (
    record_id      BIGINT PRIMARY KEY,
    mapped_hash    TEXT   NOT NULL,
    mapped_version BIGINT NOT NULL,
    mapped_until   DATE
);
INSERT INTO source_record_mark (record_id, mapped_hash, mapped_version, mapped_until)
SELECT id, mapped_hash, mapped_version, mapped_until FROM source_record
WHERE mapped_hash IS NOT NULL AND mapped_version IS NOT NULL;
ALTER TABLE source_record DROP COLUMN mapped_hash, DROP COLUMN mapped_version,
    DROP COLUMN mapped_until;

-- The push claims the oldest due PENDING submission that no older one holds back: candidates in
-- claim order straight from an index, so the check runs for the first few only.
CREATE INDEX submission_pending_order ON submission (next_attempt_at, id) WHERE state = 'PENDING';
