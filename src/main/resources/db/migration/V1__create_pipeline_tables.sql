-- The pipeline's own tables: pull -> map -> push -> acknowledge -> record.
-- Every state column is an enum of the Java code, pinned by a CHECK constraint.

CREATE TABLE sync_run (
    id            BIGSERIAL PRIMARY KEY,
    trigger_kind  TEXT        NOT NULL CHECK (trigger_kind IN ('SCHEDULE', 'MANUAL', 'FILE_DROP', 'CATCH_UP')),
    period_type   TEXT        NOT NULL CHECK (period_type IN ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')),
    period_id     TEXT        NOT NULL,
    state         TEXT        NOT NULL CHECK (state IN ('RUNNING', 'QUEUED', 'COMPLETED', 'FAILED')),
    source_label  TEXT,
    pulled        INTEGER     NOT NULL DEFAULT 0,
    mapped        INTEGER     NOT NULL DEFAULT 0,
    unchanged     INTEGER     NOT NULL DEFAULT 0,
    parked        INTEGER     NOT NULL DEFAULT 0,
    error         TEXT,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ
);

-- Every spreadsheet file received, by content, so the same file is never read twice.
CREATE TABLE source_file (
    id             BIGSERIAL PRIMARY KEY,
    source_id      TEXT        NOT NULL,
    file_name      TEXT        NOT NULL,
    content_sha256 TEXT        NOT NULL,
    state          TEXT        NOT NULL CHECK (state IN ('READ', 'DUPLICATE', 'FAILED')),
    run_id         BIGINT REFERENCES sync_run (id),
    rows_read      INTEGER     NOT NULL DEFAULT 0,
    error          TEXT,
    received_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX source_file_read_once ON source_file (source_id, content_sha256) WHERE state = 'READ';

-- The latest known content of each task at its source, with a content hash for change detection.
CREATE TABLE source_record (
    id            BIGSERIAL PRIMARY KEY,
    source_id     TEXT        NOT NULL,
    record_key    TEXT        NOT NULL,
    content_hash  TEXT        NOT NULL,
    payload       JSONB       NOT NULL,
    location      TEXT        NOT NULL,
    first_seen_at TIMESTAMPTZ NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    pulled_at     TIMESTAMPTZ NOT NULL,
    pulled_in_run BIGINT REFERENCES sync_run (id),
    UNIQUE (source_id, record_key)
);
CREATE INDEX source_record_pulled_in_run ON source_record (pulled_in_run);

-- A record that could not be mapped (or keyed) in a run, with the reason a person can act on.
CREATE TABLE parked_record (
    id          BIGSERIAL PRIMARY KEY,
    run_id      BIGINT      NOT NULL REFERENCES sync_run (id),
    source_id   TEXT        NOT NULL,
    record_key  TEXT,
    location    TEXT        NOT NULL,
    reason_code TEXT        NOT NULL,
    reason      TEXT        NOT NULL,
    parked_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX parked_record_run ON parked_record (run_id);

-- The transactional outbox: a submission and its items are written in one transaction before sending.
CREATE TABLE submission (
    id                     BIGSERIAL PRIMARY KEY,
    run_id                 BIGINT      NOT NULL REFERENCES sync_run (id),
    kind                   TEXT        NOT NULL CHECK (kind IN ('TASK_REPORT', 'INDICATOR_REPORT')),
    period_type            TEXT        NOT NULL,
    period_id              TEXT        NOT NULL,
    idempotency_key        TEXT        NOT NULL UNIQUE,
    body                   TEXT        NOT NULL,
    state                  TEXT        NOT NULL CHECK (state IN ('PENDING', 'SENT', 'COMPLETED', 'FAILED')),
    attempts               INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at        TIMESTAMPTZ NOT NULL,
    national_submission_id TEXT,
    last_http_status       INTEGER,
    last_error             TEXT,
    created_at             TIMESTAMPTZ NOT NULL,
    sent_at                TIMESTAMPTZ,
    completed_at           TIMESTAMPTZ,
    updated_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX submission_due ON submission (state, next_attempt_at);

CREATE TABLE submission_item (
    id               BIGSERIAL PRIMARY KEY,
    submission_id    BIGINT      NOT NULL REFERENCES submission (id),
    position         INTEGER     NOT NULL,
    source_record_id BIGINT      NOT NULL REFERENCES source_record (id),
    local_ref        TEXT        NOT NULL,
    task_code        TEXT        NOT NULL,
    revision         INTEGER     NOT NULL,
    item_hash        TEXT        NOT NULL,
    state            TEXT        NOT NULL CHECK (state IN ('PENDING', 'ACCEPTED', 'REJECTED', 'FAILED')),
    receipt_no       TEXT,
    errors           JSONB,
    acknowledged_at  TIMESTAMPTZ,
    UNIQUE (submission_id, position)
);
CREATE INDEX submission_item_local_ref ON submission_item (local_ref);

-- Per task, the revision last put into the outbox and the hash of that content: revisions only grow.
CREATE TABLE reported_task (
    local_ref  TEXT PRIMARY KEY,
    task_code  TEXT        NOT NULL,
    revision   INTEGER     NOT NULL CHECK (revision >= 1),
    item_hash  TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
