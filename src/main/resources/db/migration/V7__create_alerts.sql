-- Alerts: one row per occurrence of a cause (raised, later cleared); a cause has at most one open
-- row. Each message (raised or cleared, per channel) is recorded once it was delivered, so every
-- instance and every restart sends it once.
CREATE TABLE alert (
    id          BIGSERIAL PRIMARY KEY,
    cause_key   TEXT        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('CREDENTIALS_REJECTED', 'NATIONAL_UNREACHABLE',
                                                     'SUBMISSION_FAILED', 'PERIOD_OVERDUE',
                                                     'SOURCE_FAILING', 'DELIVERY_PAUSED')),
    subject     TEXT        NOT NULL,
    detail      TEXT        NOT NULL,
    raised_at   TIMESTAMPTZ NOT NULL,
    cleared_at  TIMESTAMPTZ
);
CREATE UNIQUE INDEX alert_open_once ON alert (cause_key) WHERE cleared_at IS NULL;

CREATE TABLE alert_message (
    alert_id  BIGINT      NOT NULL REFERENCES alert (id),
    event     TEXT        NOT NULL CHECK (event IN ('RAISED', 'CLEARED')),
    channel   TEXT        NOT NULL CHECK (channel IN ('MAIL', 'WEBHOOK')),
    sent_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (alert_id, event, channel)
);
