package vn.nq57.sync.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** GET /submissions/{id}: the status, and the item results once COMPLETED. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SubmissionView(
    String submissionId, String status, String completedAt, List<ItemResult> items) {}
