-- The national rate limit is per client, so every instance on this database shares one budget:
-- each request sent in the last minute is a row, and one row holds the pause the national side
-- asked for (429/503 Retry-After) until it ends.
CREATE TABLE national_request (
    id  BIGSERIAL PRIMARY KEY,
    at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX national_request_at ON national_request (at);

CREATE TABLE national_pause (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    until  TIMESTAMPTZ NOT NULL
);
INSERT INTO national_pause (id, until) VALUES (1, '-infinity');
