-- Every version of every field mapping, as admins and the mappings/ folder wrote it, with who, when,
-- why and a diff against the version before. One version is ACTIVE per mapping.
CREATE TABLE mapping_version (
    id             BIGSERIAL PRIMARY KEY,
    mapping_id     TEXT        NOT NULL,
    version        INTEGER     NOT NULL CHECK (version >= 1),
    state          TEXT        NOT NULL CHECK (state IN ('DRAFT', 'ACTIVE', 'RETIRED')),
    mapping_yaml   TEXT        NOT NULL,
    -- The crosswalk the mapping names (taskCode.crosswalk), stored with it: a version is both.
    crosswalk_name TEXT,
    crosswalk_yaml TEXT,
    content_hash   TEXT        NOT NULL,
    valid          BOOLEAN     NOT NULL,
    errors         JSONB       NOT NULL DEFAULT '[]',
    author         TEXT        NOT NULL,
    reason         TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    activated_at   TIMESTAMPTZ,
    diff           TEXT        NOT NULL DEFAULT '',
    UNIQUE (mapping_id, version),
    CHECK (valid OR state = 'DRAFT')
);
CREATE UNIQUE INDEX mapping_version_one_active ON mapping_version (mapping_id) WHERE state = 'ACTIVE';
CREATE INDEX mapping_version_hash ON mapping_version (mapping_id, content_hash);

-- Who activated which version, when and why (activate, roll back, file import, work queue).
CREATE TABLE mapping_activation (
    id           BIGSERIAL PRIMARY KEY,
    mapping_id   TEXT        NOT NULL,
    version_id   BIGINT      NOT NULL REFERENCES mapping_version (id),
    action       TEXT        NOT NULL CHECK (action IN ('IMPORT', 'ACTIVATE', 'ROLLBACK', 'RESOLVE')),
    actor        TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    activated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX mapping_activation_mapping ON mapping_activation (mapping_id, id);

-- Source values a mapping could not map (a new status spelling, a new agency name), until an admin
-- adds them to the mapping's value map.
CREATE TABLE unmapped_value (
    id               BIGSERIAL PRIMARY KEY,
    mapping_id       TEXT        NOT NULL,
    field            TEXT        NOT NULL,
    normalised_value TEXT        NOT NULL,
    raw_example      TEXT        NOT NULL,
    source_location  TEXT,
    first_seen_at    TIMESTAMPTZ NOT NULL,
    last_seen_at     TIMESTAMPTZ NOT NULL,
    seen_count       INTEGER     NOT NULL DEFAULT 1 CHECK (seen_count >= 1),
    state            TEXT        NOT NULL CHECK (state IN ('OPEN', 'RESOLVED')),
    target_value     TEXT,
    resolved_by      TEXT,
    resolved_at      TIMESTAMPTZ,
    resolution       TEXT,
    resolved_in_version_id BIGINT REFERENCES mapping_version (id)
);
CREATE UNIQUE INDEX unmapped_value_open ON unmapped_value (mapping_id, field, normalised_value)
    WHERE state = 'OPEN';

-- The mapping version that produced each outbound item (filled by the outbox writer).
ALTER TABLE submission_item ADD COLUMN mapping_version_id BIGINT REFERENCES mapping_version (id);
