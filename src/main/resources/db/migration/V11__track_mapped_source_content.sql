-- What a record's item in the outbox was made from: the content hash and mapping version that were
-- mapped and queued (or found unchanged), and the day from which that mapping may differ (a due
-- date that turns an open task OVERDUE). A DAY run maps only records where these no longer hold.
ALTER TABLE source_record ADD COLUMN mapped_hash TEXT;
ALTER TABLE source_record ADD COLUMN mapped_version BIGINT;
ALTER TABLE source_record ADD COLUMN mapped_until DATE;
