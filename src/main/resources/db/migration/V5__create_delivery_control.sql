-- The kill switch: one row; while paused, no submission is sent (acknowledgements are still read).
CREATE TABLE delivery_control (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    paused     BOOLEAN     NOT NULL,
    reason     TEXT,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
INSERT INTO delivery_control (id, paused, reason, changed_by, changed_at)
VALUES (1, FALSE, NULL, 'installation', now());

-- A submission whose key the national system had seen with another body is resent under a new
-- key (the server never processed this body); the count stops that from repeating forever.
ALTER TABLE submission ADD COLUMN key_rotations INTEGER NOT NULL DEFAULT 0;
