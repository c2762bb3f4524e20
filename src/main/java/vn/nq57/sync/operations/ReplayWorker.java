package vn.nq57.sync.operations;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.nq57.sync.operations.ReplayJobView.EntryState;
import vn.nq57.sync.operations.ReplayJobView.JobState;
import vn.nq57.sync.submission.ReplayCandidate;
import vn.nq57.sync.submission.ReplayRefusal;
import vn.nq57.sync.submission.SubmissionReplay;
import vn.nq57.sync.support.VietnamTime;

/**
 * Moves running replay jobs on (routes/operations-replay): per job and step, at most {@code batch}
 * submissions, and only while fewer than {@code maxInFlight} of the job's re-queued submissions
 * still wait to be sent, oldest first. Each is checked again when its turn comes (another replay or
 * a run may have changed it) and skipped with the reason if it can no longer be replayed. A job is
 * locked while it moves, so two instances never replay the same submission.
 */
@Component("replayWorker")
class ReplayWorker {

  private static final Logger log = LoggerFactory.getLogger(ReplayWorker.class);

  private final ReplayJobRepository jobs;
  private final SubmissionReplay replay;
  private final Remapper remapper;
  private final ReplayProperties properties;
  private final Clock clock;

  ReplayWorker(
      ReplayJobRepository jobs,
      SubmissionReplay replay,
      Remapper remapper,
      ReplayProperties properties,
      Clock clock) {
    this.jobs = jobs;
    this.replay = replay;
    this.remapper = remapper;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  public void step() {
    for (long job : jobs.lockRunning()) {
      jobs.find(job).ifPresent(this::step);
    }
  }

  private void step(ReplayJobView job) {
    int inFlight = replay.pending(produced(job.id()));
    int room = Math.min(properties.batch(), properties.maxInFlight() - inFlight);
    if (room <= 0) {
      return;
    }
    List<Long> next = jobs.waiting(job.id(), room);
    if (next.isEmpty()) {
      jobs.setState(job.id(), JobState.COMPLETED, List.of(JobState.RUNNING), now());
      log.info("Replay job {} completed", job.id());
      return;
    }
    next.forEach(id -> replayOne(job, id));
  }

  private void replayOne(ReplayJobView job, long id) {
    boolean resend = job.mode() == ReplayMode.RESEND;
    Optional<ReplayRefusal> refused = replay.refusals(List.of(id), resend).stream().findFirst();
    if (refused.isPresent()) {
      skip(job, id, refused.get().code() + ": " + refused.get().reason());
      return;
    }
    String why = job.reason() + " (replay job " + job.id() + ", " + job.mode() + ")";
    if (resend) {
      replay.resend(id, job.requestedBy(), why);
      jobs.finishEntry(job.id(), id, EntryState.QUEUED, Long.toString(id), null, now());
      return;
    }
    ReplayCandidate candidate = replay.candidate(id).orElseThrow();
    List<Remapper.Remapped> plans = remapper.plan(candidate);
    String leftOut =
        plans.stream()
            .filter(p -> p.leftOut() != null)
            .map(p -> p.item().localRef() + ": " + p.leftOut())
            .collect(Collectors.joining("; "));
    List<Long> produced = remapper.queue(candidate, plans);
    if (produced.isEmpty()) {
      skip(job, id, "No task could be re-mapped: " + leftOut);
      return;
    }
    replay.supersede(id, produced, job.requestedBy(), why);
    jobs.finishEntry(
        job.id(),
        id,
        EntryState.QUEUED,
        produced.stream().map(String::valueOf).collect(Collectors.joining(",")),
        leftOut.isEmpty() ? null : "Left out: " + leftOut,
        now());
  }

  private void skip(ReplayJobView job, long id, String why) {
    jobs.finishEntry(job.id(), id, EntryState.SKIPPED, null, why, now());
  }

  private List<Long> produced(long job) {
    return jobs.produced(job).stream()
        .flatMap(p -> Arrays.stream(p.split(",")))
        .map(Long::valueOf)
        .toList();
  }

  private java.time.OffsetDateTime now() {
    return VietnamTime.now(clock);
  }
}
