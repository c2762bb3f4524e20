-- Schedules: when each was first registered (catch-up never reaches back before it), one claim per
-- schedule and period (so a period is run once by its schedule, across instances and restarts),
-- and the overdue warnings already raised (so each is logged once).

CREATE TABLE schedule_registration (
    schedule      TEXT PRIMARY KEY
                  CHECK (schedule IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    registered_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE schedule_claim (
    id           BIGSERIAL PRIMARY KEY,
    schedule     TEXT        NOT NULL
                 CHECK (schedule IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    period_type  TEXT        NOT NULL CHECK (period_type IN ('DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')),
    period_id    TEXT        NOT NULL,
    trigger_kind TEXT        NOT NULL CHECK (trigger_kind IN ('SCHEDULE', 'CATCH_UP')),
    run_id       BIGINT REFERENCES sync_run (id),
    claimed_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (schedule, period_id)
);

CREATE TABLE schedule_overdue_warning (
    schedule    TEXT        NOT NULL
                CHECK (schedule IN ('DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    period_id   TEXT        NOT NULL,
    due_at      TIMESTAMPTZ NOT NULL,
    warned_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (schedule, period_id)
);
