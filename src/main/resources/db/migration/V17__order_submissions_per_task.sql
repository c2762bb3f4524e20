-- The push claims a submission only when no older PENDING submission holds an item of one of its
-- tasks (revisions go out in order with several push workers): an index that finds a task's items
-- from the oldest PENDING submission on.
CREATE INDEX submission_item_task_order ON submission_item (task_code, submission_id);
