-- Every attempt of every submission, and every replay, kept: the submission row says only how it
-- stands now. outcome: SENT (202), RETRY (a transient failure, counted), WAITED (the national side
-- asked to wait: 429, 503, Retry-After; not counted), FAILED (permanent, or given up),
-- KEY_ROTATED, REPLAYED (by a person: who and why).
CREATE TABLE submission_attempt (
    id             BIGSERIAL PRIMARY KEY,
    submission_id  BIGINT      NOT NULL REFERENCES submission (id),
    at             TIMESTAMPTZ NOT NULL,
    outcome        TEXT        NOT NULL CHECK (outcome IN ('SENT', 'RETRY', 'WAITED', 'FAILED',
                                                          'KEY_ROTATED', 'REPLAYED')),
    http_status    INTEGER,
    national_code  TEXT,
    message        TEXT,
    next_at        TIMESTAMPTZ,
    by_whom        TEXT
);
CREATE INDEX submission_attempt_submission ON submission_attempt (submission_id, id);

-- Give-up is decided by elapsed time: a submission is retried until this moment (set when it is
-- written and again when a person replays it), however many attempts that takes.
ALTER TABLE submission ADD COLUMN give_up_at TIMESTAMPTZ;
