package vn.nq57.sync.operations;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.access.Audit;
import vn.nq57.sync.access.AuditAction;
import vn.nq57.sync.operations.ReplayJobView.EntryState;
import vn.nq57.sync.operations.ReplayJobView.JobState;
import vn.nq57.sync.submission.ReplayCandidate;
import vn.nq57.sync.submission.ReplayRefusal;
import vn.nq57.sync.submission.SubmissionReplay;
import vn.nq57.sync.support.NotFoundException;
import vn.nq57.sync.support.OperatorRefusalException;
import vn.nq57.sync.support.OperatorRefusalException.Kind;
import vn.nq57.sync.support.ResultPage;
import vn.nq57.sync.support.VietnamTime;

/**
 * Replays as jobs: a dry run shows what would be sent; a job re-queues the selected FAILED
 * submissions a few at a time ({@link ReplayWorker}), can be paused, resumed and cancelled, and
 * lists each refused submission with the reason. Who, when and why go into the audit log; each
 * replayed submission's history says what it became. {@code by} is the acting user's name.
 */
@Service
public class ReplayJobs {

  private final ReplaySelection selection;
  private final SubmissionReplay replay;
  private final Remapper remapper;
  private final ReplayJobRepository jobs;
  private final Audit audit;
  private final ObjectMapper json;
  private final Clock clock;

  ReplayJobs(
      ReplaySelection selection,
      SubmissionReplay replay,
      Remapper remapper,
      ReplayJobRepository jobs,
      Audit audit,
      ObjectMapper json,
      Clock clock) {
    this.selection = selection;
    this.replay = replay;
    this.remapper = remapper;
    this.jobs = jobs;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** What the request would send, submission by submission and item by item; sends nothing. */
  @Transactional(readOnly = false)
  public ReplayPreview dryRun(ReplayRequest request, String by) {
    List<Long> ids = selection.ids(request);
    List<ReplayRefusal> refused = replay.refusals(ids, request.mode() == ReplayMode.RESEND);
    List<Long> allowed = allowed(ids, refused);
    List<ReplayPreview.SubmissionPlan> plans = new ArrayList<>();
    for (long id : allowed.subList(0, Math.min(allowed.size(), ReplayPreview.SHOWN))) {
      replay.candidate(id).ifPresent(c -> plans.add(plan(c, request.mode())));
    }
    audit.record(
        by,
        AuditAction.REPLAY_REQUESTED,
        "dry run",
        request.mode()
            + ", "
            + allowed.size()
            + " replayable, "
            + refused.size()
            + " refused: "
            + request.reason());
    return new ReplayPreview(request.mode(), allowed.size(), plans, refused);
  }

  /**
   * Starts a job for the replayable submissions the request selects; 422 nothing-to-replay (with
   * every refusal) when there is none.
   */
  @Transactional
  public ReplayJobView start(ReplayRequest request, String by) {
    List<Long> ids = selection.ids(request);
    List<ReplayRefusal> refused = replay.refusals(ids, request.mode() == ReplayMode.RESEND);
    List<Long> allowed = allowed(ids, refused);
    if (allowed.isEmpty()) {
      throw new OperatorRefusalException(
          Kind.NOTHING_TO_REPLAY,
          ids.isEmpty()
              ? "The request selects no FAILED submission."
              : "None of the " + ids.size() + " selected submissions can be replayed.",
          Map.of("refused", refused));
    }
    OffsetDateTime now = VietnamTime.now(clock);
    long job = jobs.insert(request.mode(), by, request.reason(), selectionJson(request), now);
    allowed.forEach(id -> jobs.addEntry(job, id, EntryState.WAITING, null, now));
    refused.forEach(
        r ->
            jobs.addEntry(
                job, r.submissionId(), EntryState.SKIPPED, r.code() + ": " + r.reason(), now));
    audit.record(
        by,
        AuditAction.REPLAY_REQUESTED,
        "replay job " + job,
        request.mode()
            + ", "
            + allowed.size()
            + " submissions, "
            + refused.size()
            + " refused: "
            + request.reason());
    return get(job);
  }

  public ReplayJobView get(long job) {
    return jobs.find(job).orElseThrow(() -> new NotFoundException("replay job", job));
  }

  /** Jobs, newest first. */
  public ResultPage<ReplayJobView> list(int page, int size) {
    int limit = ResultPage.clampSize(size);
    List<ReplayJobView> views =
        jobs.recent(limit, ResultPage.offset(page, limit)).stream().map(this::get).toList();
    return new ResultPage<>(views, Math.max(page, 0), limit, jobs.count());
  }

  /** Stops re-queueing until resumed (what is queued already goes on); 409 unless RUNNING. */
  @Transactional
  public ReplayJobView pause(long job, String by, String reason) {
    return change(
        job, JobState.PAUSED, List.of(JobState.RUNNING), AuditAction.REPLAY_PAUSED, by, reason);
  }

  /** Goes on re-queueing; 409 unless PAUSED. */
  @Transactional
  public ReplayJobView resume(long job, String by, String reason) {
    return change(
        job, JobState.RUNNING, List.of(JobState.PAUSED), AuditAction.REPLAY_RESUMED, by, reason);
  }

  /**
   * Ends the job: what is still waiting is not replayed (CANCELLED); what was re-queued already
   * stays in the outbox. 409 when the job has ended.
   */
  @Transactional
  public ReplayJobView cancel(long job, String by, String reason) {
    ReplayJobView view =
        change(
            job,
            JobState.CANCELLED,
            List.of(JobState.RUNNING, JobState.PAUSED),
            AuditAction.REPLAY_CANCELLED,
            by,
            reason);
    jobs.cancelWaiting(job, VietnamTime.now(clock));
    return get(view.id());
  }

  private ReplayJobView change(
      long job, JobState to, List<JobState> from, AuditAction action, String by, String reason) {
    ReplayJobView before = get(job);
    if (!jobs.setState(job, to, from, VietnamTime.now(clock))) {
      throw new OperatorRefusalException(
          Kind.REPLAY_JOB_STATE,
          "Replay job " + job + " is " + before.state() + "; it must be " + from + " for this.");
    }
    audit.record(by, action, "replay job " + job, reason);
    return get(job);
  }

  private ReplayPreview.SubmissionPlan plan(ReplayCandidate c, ReplayMode mode) {
    if (mode == ReplayMode.RESEND) {
      return new ReplayPreview.SubmissionPlan(
          c.submissionId(),
          c.idempotencyKey(),
          c.items().stream()
              .map(
                  i ->
                      new ReplayPreview.ItemPlan(
                          i.localRef(),
                          i.taskCode(),
                          i.revision(),
                          i.revision(),
                          i.payload(),
                          null))
              .toList());
    }
    return new ReplayPreview.SubmissionPlan(
        c.submissionId(), null, remapper.plan(c).stream().map(remapper::preview).toList());
  }

  private static List<Long> allowed(List<Long> ids, List<ReplayRefusal> refused) {
    Set<Long> out = refused.stream().map(ReplayRefusal::submissionId).collect(Collectors.toSet());
    return ids.stream().filter(id -> !out.contains(id)).toList();
  }

  private String selectionJson(ReplayRequest request) {
    Map<String, Object> selected = new LinkedHashMap<>();
    if (request.submissionIds() != null && !request.submissionIds().isEmpty()) {
      selected.put("submissionIds", request.submissionIds());
    }
    if (request.filter() != null) {
      selected.put("filter", request.filter());
    }
    if (request.runId() != null) {
      selected.put("runId", request.runId());
    }
    return json.writeValueAsString(selected);
  }
}
