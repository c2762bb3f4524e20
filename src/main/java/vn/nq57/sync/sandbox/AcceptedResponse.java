package vn.nq57.sync.sandbox;

/** The 202 answer to a submission: {@code S-<year>-<seq>}, RECEIVED, when, how many items. */
record AcceptedResponse(String submissionId, String status, String receivedAt, int itemCount) {}
