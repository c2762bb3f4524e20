package vn.nq57.sync.console;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.nq57.sync.access.Audit;
import vn.nq57.sync.access.AuditAction;
import vn.nq57.sync.submission.SubmissionQueries;
import vn.nq57.sync.submission.SubmissionReplay;
import vn.nq57.sync.submission.SubmissionState;
import vn.nq57.sync.submission.SubmissionView;

/**
 * Replay as the console offers it: a dry run that says, per selected submission, what a replay
 * would do or why it cannot be replayed; then the replay itself, with the reason and the user.
 * RESEND puts a FAILED submission back unchanged (same key, same body); REMAP (map the stored
 * source records again under a new revision) is offered once the delivery side provides it.
 */
@Component
class ReplayDesk {

  /** At most this many submissions in one replay, as the API allows. */
  static final int MAX_IDS = 1000;

  private final SubmissionQueries submissions;
  private final SubmissionReplay replay;
  private final Audit audit;

  ReplayDesk(SubmissionQueries submissions, SubmissionReplay replay, Audit audit) {
    this.submissions = submissions;
    this.replay = replay;
    this.audit = audit;
  }

  /** What a replay of these ids in this mode would do; nothing is changed. */
  Plan dryRun(List<Long> ids, Mode mode) {
    List<Line> lines =
        new LinkedHashSet<>(ids)
            .stream().limit(MAX_IDS).map(id -> line(id, submissions.find(id), mode)).toList();
    return new Plan(mode, lines);
  }

  /**
   * Replays those of the ids that can be; answers the ids put back into the outbox. The request and
   * each replayed submission are written to the audit log in the same transaction.
   */
  @Transactional
  List<Long> replay(List<Long> ids, Mode mode, String reason, String user) {
    List<Long> replayable =
        dryRun(ids, mode).lines().stream().filter(Line::replayable).map(Line::id).toList();
    List<Long> replayed =
        mode != Mode.RESEND || replayable.isEmpty()
            ? List.of()
            : replay.resubmit(
                new SubmissionReplay.ReplayOptions(replayable, false, null, reason), user);
    audit.record(
        user,
        AuditAction.REPLAY_REQUESTED,
        "console " + mode,
        "asked " + ids + ", replayed " + replayed + ": " + reason);
    replayed.forEach(
        id ->
            audit.record(
                user,
                AuditAction.SUBMISSION_REPLAYED,
                "submission " + id,
                mode + " (same key, same body): " + reason));
    return replayed;
  }

  private static Line line(long id, Optional<SubmissionView> found, Mode mode) {
    if (found.isEmpty()) {
      return new Line(id, null, false, "replay.refused.unknown", 0);
    }
    SubmissionView s = found.get();
    if (s.state() != SubmissionState.FAILED) {
      return new Line(id, s, false, "replay.refused.state", s.items().size());
    }
    if (mode == Mode.REMAP) {
      return new Line(id, s, false, "replay.refused.remap", s.items().size());
    }
    return new Line(id, s, true, "replay.would.resend", s.items().size());
  }

  /** How to replay: the stored payload again, or mapped again from the source records. */
  enum Mode {
    RESEND,
    REMAP
  }

  /** A dry run: one line per selected id. */
  record Plan(Mode mode, List<Line> lines) {
    public long replayable() {
      return lines.stream().filter(Line::replayable).count();
    }
  }

  /**
   * One submission of a dry run: whether it would be replayed, and the message key saying what
   * would happen or why not.
   */
  record Line(
      long id, SubmissionView submission, boolean replayable, String messageKey, int items) {}
}
