package vn.nq57.sync.console;

import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.nq57.sync.operations.ReplayJobView;
import vn.nq57.sync.operations.ReplayJobs;
import vn.nq57.sync.operations.ReplayMode;
import vn.nq57.sync.operations.ReplayPreview;
import vn.nq57.sync.operations.ReplayRequest;

/**
 * Replay as the console offers it, through the replay jobs of operations: a dry run that shows per
 * selected submission what would be sent or why it cannot be replayed, then a job with the
 * operator's reason. Both are written to the audit log by the jobs themselves.
 */
@Component
class ReplayDesk {

  /** At most this many submissions in one replay, as the API allows. */
  static final int MAX_IDS = 1000;

  /** The reason the audit log gives a dry run, which the operator has not written yet. */
  static final String DRY_RUN_REASON = "dry run in the console";

  private final ReplayJobs jobs;

  ReplayDesk(ReplayJobs jobs) {
    this.jobs = jobs;
  }

  /** What a replay of these ids in this mode would send; nothing is sent or changed. */
  ReplayPreview dryRun(List<Long> ids, ReplayMode mode, String user) {
    return jobs.dryRun(request(ids, mode, true, DRY_RUN_REASON), user);
  }

  /** Starts the replay job; its worker re-queues the submissions a few at a time. */
  ReplayJobView replay(List<Long> ids, ReplayMode mode, String reason, String user) {
    return jobs.start(request(ids, mode, false, reason), user);
  }

  private static ReplayRequest request(
      List<Long> ids, ReplayMode mode, boolean dryRun, String reason) {
    List<Long> distinct = new LinkedHashSet<>(ids).stream().limit(MAX_IDS).toList();
    return new ReplayRequest(distinct, null, null, mode, dryRun, reason);
  }
}
