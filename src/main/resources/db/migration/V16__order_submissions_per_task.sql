-- The push claims a submission only when no older PENDING submission holds an item of one of its
-- tasks or indicators (revisions go out in order with several push workers): indexes that find a
-- task's or an indicator's items from the oldest PENDING submission on.
CREATE INDEX submission_item_task_order ON submission_item (task_code, submission_id);
CREATE INDEX submission_item_indicator_order ON submission_item (indicator_code, submission_id);
