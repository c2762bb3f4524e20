-- Agency maps and indicator mappings are versioned like task mappings: the same table, told apart
-- by kind (a mapping id keeps its kind for all its versions).
ALTER TABLE mapping_version ADD COLUMN kind TEXT NOT NULL DEFAULT 'TASK'
    CHECK (kind IN ('TASK', 'AGENCY_MAP', 'INDICATOR'));

-- Which versions a run used: the task mapping, the crosswalk stored with it, the agency map and the
-- indicator mapping (a crosswalk row points at the task mapping version that holds it).
CREATE TABLE run_mapping_version (
    run_id     BIGINT  NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('TASK', 'CROSSWALK', 'AGENCY_MAP', 'INDICATOR')),
    mapping_id TEXT    NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    version_id BIGINT  NOT NULL REFERENCES mapping_version (id),
    PRIMARY KEY (run_id, kind, mapping_id)
);

-- A task no longer listed by the latest file of a source that declares full snapshots: set when a
-- file without it is read, cleared when a file lists it again. Such a record is not reported.
ALTER TABLE source_record ADD COLUMN missing_since TIMESTAMPTZ;
