-- The national task catalogue of the reporting unit (GET /api/v1/units/{unitCode}/tasks), as last
-- read whole: a refresh replaces every row in one transaction, so a failed refresh keeps the
-- catalogue before it. One row records the last refresh and the last attempt.
CREATE TABLE catalogue_task (
    task_code           VARCHAR(64)  PRIMARY KEY,
    title               TEXT         NOT NULL,
    source_document     TEXT,
    due_on              DATE,
    due_text            TEXT,
    assigned_unit_code  VARCHAR(32)  NOT NULL
);

CREATE TABLE catalogue_refresh (
    id               INTEGER      PRIMARY KEY CHECK (id = 1),
    unit_code        VARCHAR(32),
    refreshed_at     TIMESTAMPTZ,
    task_count       INTEGER      NOT NULL DEFAULT 0,
    requests         INTEGER      NOT NULL DEFAULT 0,
    attempted_at     TIMESTAMPTZ,
    last_error       TEXT
);
INSERT INTO catalogue_refresh (id) VALUES (1);
