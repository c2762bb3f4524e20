-- Rows as release 0.1.0 (schema V1..V6) left them in a province's database: three runs, the
-- records they pulled, a parked row, and one submission in every state with its items. The
-- upgrade test loads this onto a 0.1.0 schema and starts the current release on it. Mapping
-- versions, schedule registrations and Quartz triggers are added by the test (they are built from
-- the mappings/ files and the schedules' cron expressions).

INSERT INTO sync_run (id, trigger_kind, period_type, period_id, state, source_label, pulled, mapped,
                      unchanged, parked, error, started_at, finished_at)
VALUES (1, 'FILE_DROP', 'DAY', '2025-11-20', 'COMPLETED', 'spreadsheet-inbox', 5, 4, 0, 1, NULL,
        '2025-11-20 08:10:00+07', '2025-11-20 08:10:04+07'),
       (2, 'SCHEDULE', 'DAY', '2025-11-21', 'QUEUED', 'spreadsheet-inbox', 5, 2, 3, 0, NULL,
        '2025-11-21 15:00:00+07', '2025-11-21 15:00:02+07'),
       (3, 'MANUAL', 'WEEK', '2025-W47', 'QUEUED', 'spreadsheet-inbox', 5, 2, 3, 0, NULL,
        '2025-11-21 16:30:00+07', '2025-11-21 16:30:01+07');
SELECT setval('sync_run_id_seq', 3);

INSERT INTO source_file (id, source_id, file_name, content_sha256, state, run_id, rows_read, received_at)
VALUES (1, 'spreadsheet-inbox', 'bao-cao-phu-luc-I.csv',
        'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00', 'READ', 1, 5,
        '2025-11-20 08:09:58+07');
SELECT setval('source_file_id_seq', 1);

INSERT INTO source_record (id, source_id, record_key, content_hash, payload, location, first_seen_at,
                           changed_at, pulled_at, pulled_in_run)
SELECT n, 'spreadsheet-inbox', ref, 'hash-' || n,
       jsonb_build_object('TT', n::text, 'Tên nhiệm vụ', 'Nhiệm vụ ' || n, 'Kết quả', 'Đang thực hiện'),
       'bao-cao-phu-luc-I.csv row ' || (n + 1), '2025-11-20 08:10:01+07', '2025-11-20 08:10:01+07',
       '2025-11-21 15:00:01+07', 2
FROM (VALUES (1, 'PL1:4488504281948109'), (2, 'PL1:bc75824cd3f4e73d'), (3, 'PL1:38d0713886a448cd'),
             (4, 'PL1:6bc58d02a3b8f00b'), (5, 'PL1:a49c53b6a11de8a8'), (6, 'PL1:ad1e962cafff407f'),
             (7, 'PL1:0000000000000007'), (8, 'PL1:0000000000000008')) AS r (n, ref);
SELECT setval('source_record_id_seq', 8);

INSERT INTO parked_record (run_id, source_id, record_key, location, reason_code, reason, parked_at)
VALUES (1, 'spreadsheet-inbox', 'PL1:0000000000000009', 'bao-cao-phu-luc-I.csv row 24',
        'DATE_UNRECOGNISED', 'Field ''Ngày hoàn thành thực tế'' has the value ''22/6-2025''',
        '2025-11-20 08:10:02+07');

-- 1 COMPLETED: acknowledged (one item accepted, one rejected); must never be sent again.
-- 2 FAILED: gave up after 8 attempts; stays FAILED until an operator replays it.
-- 3 SENT: posted and received by the national system, acknowledgement not read yet.
-- 4 PENDING: queued, never sent.
-- 5 PENDING: sent twice without an answer (503), waiting for its next attempt.
INSERT INTO submission (id, run_id, kind, period_type, period_id, idempotency_key, body, state, attempts,
                        next_attempt_at, national_submission_id, last_http_status, last_error,
                        created_at, sent_at, completed_at, updated_at, key_rotations)
SELECT id, run_id, 'TASK_REPORT', period_type, period_id, 'nq57-51-0.1.0-' || id,
       jsonb_build_object(
         'reportingUnitCode', '51',
         'period', jsonb_build_object('type', period_type, 'id', period_id),
         'generatedAt', '2025-11-21T15:00:02+07:00',
         'items', (SELECT jsonb_agg(jsonb_build_object('taskCode', i.code, 'localRef', i.ref,
                                                         'revision', i.revision, 'status', 'IN_PROGRESS',
                                                         'progressPercent', 50, 'recurring', false,
                                                         'updatedAt', '2025-11-20T08:10:01+07:00')
                                      ORDER BY i.position)
                   FROM (VALUES (1, 1, 'NQ57.KL.PL1.01', 'PL1:4488504281948109', 1),
                                (1, 2, 'NQ57.KL.PL1.21', 'PL1:0000000000000007', 1),
                                (2, 1, 'NQ57.KL.PL1.02', 'PL1:bc75824cd3f4e73d', 1),
                                (3, 1, 'NQ57.KL.PL1.03', 'PL1:38d0713886a448cd', 1),
                                (3, 2, 'NQ57.KL.PL1.22', 'PL1:0000000000000008', 1),
                                (4, 1, 'NQ57.KL.PL1.04', 'PL1:6bc58d02a3b8f00b', 1),
                                (4, 2, 'NQ57.KL.PL1.01', 'PL1:4488504281948109', 2),
                                (5, 1, 'NQ57.KL.PL1.05', 'PL1:a49c53b6a11de8a8', 1),
                                (5, 2, 'NQ57.KL.PL1.06', 'PL1:ad1e962cafff407f', 1))
                        AS i (submission, position, code, ref, revision)
                   WHERE i.submission = s.id))::text,
       state, attempts, next_attempt_at, national_submission_id, last_http_status, last_error,
       created_at, sent_at, completed_at, created_at + interval '5 seconds', 0
FROM (VALUES
  (1, 1, 'DAY', '2025-11-20', 'COMPLETED', 1, TIMESTAMPTZ '2025-11-20 08:10:04+07', 'S-0-1-0-000001', 202,
   NULL, TIMESTAMPTZ '2025-11-20 08:10:04+07', TIMESTAMPTZ '2025-11-20 08:10:04+07', TIMESTAMPTZ '2025-11-20 08:10:09+07'),
  (2, 1, 'DAY', '2025-11-20', 'FAILED', 8, TIMESTAMPTZ '2025-11-20 09:40:00+07', NULL, 503,
   'HTTP 503 SERVICE_UNAVAILABLE after 8 attempts', TIMESTAMPTZ '2025-11-20 08:10:04+07', NULL, NULL),
  (3, 2, 'DAY', '2025-11-21', 'SENT', 1, TIMESTAMPTZ '2025-11-21 15:00:07+07', 'S-0-1-0-000003', 202,
   NULL, TIMESTAMPTZ '2025-11-21 15:00:02+07', TIMESTAMPTZ '2025-11-21 15:00:02+07', NULL),
  (4, 2, 'DAY', '2025-11-21', 'PENDING', 0, TIMESTAMPTZ '2025-11-21 15:00:02+07', NULL, NULL,
   NULL, TIMESTAMPTZ '2025-11-21 15:00:02+07', NULL, NULL),
  (5, 3, 'WEEK', '2025-W47', 'PENDING', 2, TIMESTAMPTZ '2025-11-21 16:30:31+07', NULL, 503,
   'HTTP 503 SERVICE_UNAVAILABLE', TIMESTAMPTZ '2025-11-21 16:30:01+07', NULL, NULL))
  AS s (id, run_id, period_type, period_id, state, attempts, next_attempt_at, national_submission_id,
        last_http_status, last_error, created_at, sent_at, completed_at);
SELECT setval('submission_id_seq', 5);

INSERT INTO submission_item (submission_id, position, source_record_id, local_ref, task_code, revision,
                             item_hash, state, receipt_no, errors, acknowledged_at, mapping_version_id)
VALUES (1, 1, 1, 'PL1:4488504281948109', 'NQ57.KL.PL1.01', 1, 'item-1-1', 'ACCEPTED',
        'R-51-2025-000001', NULL, '2025-11-20 08:10:09+07', NULL),
       (1, 2, 7, 'PL1:0000000000000007', 'NQ57.KL.PL1.21', 1, 'item-1-2', 'REJECTED', NULL,
        '[{"field": "leadUnit.code", "code": "NOT_ASSIGNED_TO_UNIT", "message": "assigned to another unit"}]',
        '2025-11-20 08:10:09+07', NULL),
       (2, 1, 2, 'PL1:bc75824cd3f4e73d', 'NQ57.KL.PL1.02', 1, 'item-2-1', 'FAILED', NULL, NULL, NULL, NULL),
       (3, 1, 3, 'PL1:38d0713886a448cd', 'NQ57.KL.PL1.03', 1, 'item-3-1', 'PENDING', NULL, NULL, NULL, NULL),
       (3, 2, 8, 'PL1:0000000000000008', 'NQ57.KL.PL1.22', 1, 'item-3-2', 'PENDING', NULL, NULL, NULL, NULL),
       (4, 1, 4, 'PL1:6bc58d02a3b8f00b', 'NQ57.KL.PL1.04', 1, 'item-4-1', 'PENDING', NULL, NULL, NULL, NULL),
       (4, 2, 1, 'PL1:4488504281948109', 'NQ57.KL.PL1.01', 2, 'item-4-2', 'PENDING', NULL, NULL, NULL, NULL),
       (5, 1, 5, 'PL1:a49c53b6a11de8a8', 'NQ57.KL.PL1.05', 1, 'item-5-1', 'PENDING', NULL, NULL, NULL, NULL),
       (5, 2, 6, 'PL1:ad1e962cafff407f', 'NQ57.KL.PL1.06', 1, 'item-5-2', 'PENDING', NULL, NULL, NULL, NULL);

INSERT INTO reported_task (local_ref, task_code, revision, item_hash, updated_at)
SELECT DISTINCT ON (local_ref) local_ref, task_code, revision, item_hash, '2025-11-21 15:00:02+07'
FROM submission_item ORDER BY local_ref, revision DESC;

INSERT INTO schedule_claim (schedule, period_type, period_id, trigger_kind, run_id, claimed_at)
VALUES ('DAILY', 'DAY', '2025-11-21', 'SCHEDULE', 2, '2025-11-21 15:00:00+07');

UPDATE delivery_control SET changed_by = 'installation', changed_at = '2025-11-19 10:00:00+07';

-- Every item was mapped with the mapping version active at the time.
UPDATE submission_item
SET mapping_version_id = (SELECT id FROM mapping_version
                          WHERE mapping_id = 'bao-cao-phu-luc-I' AND state = 'ACTIVE');
