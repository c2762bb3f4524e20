-- Users of the operator API and console, with bcrypt hashes ({bcrypt}…, Spring's delegating
-- encoder) and one role each: VIEWER reads, OPERATOR also replays and pauses, ADMIN also changes
-- mappings and users. An empty table is seeded from nq57.security.* at start-up.
CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('VIEWER', 'OPERATOR', 'ADMIN')),
    enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_by    TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- Who did what, when: replays, pauses, mapping changes, user changes, failed logins. Append-only:
-- the trigger below refuses every UPDATE, DELETE and TRUNCATE, whoever asks.
CREATE TABLE audit_entry (
    id      BIGSERIAL PRIMARY KEY,
    at      TIMESTAMPTZ NOT NULL,
    actor   TEXT        NOT NULL,
    action  TEXT        NOT NULL,
    subject TEXT,
    detail  TEXT
);
CREATE INDEX audit_entry_at ON audit_entry (at);
CREATE INDEX audit_entry_actor_action ON audit_entry (actor, action);

CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

-- A replay job: which submissions an operator asked to send again, how (RESEND: same key and
-- body; REMAP: re-mapped, new revision and key), why, and how far it got.
CREATE TABLE replay_job (
    id           BIGSERIAL PRIMARY KEY,
    mode         TEXT        NOT NULL CHECK (mode IN ('RESEND', 'REMAP')),
    state        TEXT        NOT NULL CHECK (state IN ('RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED')),
    requested_by TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    selection    TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ
);

-- One submission of a job, in the order they are re-queued (oldest first, so a task's revisions
-- keep their order). WAITING until re-queued, then QUEUED; SKIPPED when it could not be replayed
-- any more by then, CANCELLED when the job was cancelled first.
CREATE TABLE replay_job_entry (
    id             BIGSERIAL PRIMARY KEY,
    job_id         BIGINT      NOT NULL REFERENCES replay_job (id),
    submission_id  BIGINT      NOT NULL,
    state          TEXT        NOT NULL CHECK (state IN ('WAITING', 'QUEUED', 'SKIPPED', 'CANCELLED')),
    produced       TEXT,
    message        TEXT,
    done_at        TIMESTAMPTZ
);
CREATE INDEX replay_job_entry_job ON replay_job_entry (job_id, id);

-- A FAILED submission re-mapped by a replay job is SUPERSEDED by the submission(s) that carry its
-- tasks now; it is no longer FAILED (alerts) and can no longer be replayed.
ALTER TABLE submission DROP CONSTRAINT submission_state_check;
ALTER TABLE submission ADD CONSTRAINT submission_state_check
    CHECK (state IN ('PENDING', 'SENT', 'COMPLETED', 'FAILED', 'SUPERSEDED'));
ALTER TABLE submission ADD COLUMN superseded_by TEXT;
