package vn.nq57.sync.sandbox;

/** A 202 answer, and whether it replays an earlier one for the same Idempotency-Key. */
record Receipt(AcceptedResponse response, boolean replayed) {}
