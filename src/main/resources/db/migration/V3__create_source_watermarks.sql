-- Incremental sources (REST trackers, SQL views): how far each has been read, saved only after
-- the records read are stored. The watermark is the source's own text (a date-time or a number).
CREATE TABLE source_watermark (
    source_id  TEXT PRIMARY KEY,
    watermark  TEXT        NOT NULL,
    run_id     BIGINT REFERENCES sync_run (id),
    updated_at TIMESTAMPTZ NOT NULL
);

-- What a run did with each source: PULLED (read now), STORED (its stored records were mapped
-- without reading it, e.g. a spreadsheet inbox in a scheduled run) or FAILED (could not be read;
-- its stored records were kept and nothing was reported as removed).
CREATE TABLE run_source (
    id          BIGSERIAL PRIMARY KEY,
    run_id      BIGINT      NOT NULL REFERENCES sync_run (id),
    source_id   TEXT        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('SPREADSHEET', 'REST', 'SQL')),
    outcome     TEXT        NOT NULL CHECK (outcome IN ('PULLED', 'STORED', 'FAILED')),
    pulled      INTEGER     NOT NULL DEFAULT 0,
    parked      INTEGER     NOT NULL DEFAULT 0,
    error_code  TEXT,
    error       TEXT,
    finished_at TIMESTAMPTZ NOT NULL,
    UNIQUE (run_id, source_id)
);
CREATE INDEX run_source_source ON run_source (source_id, run_id);
CREATE INDEX parked_record_source ON parked_record (source_id, run_id);
