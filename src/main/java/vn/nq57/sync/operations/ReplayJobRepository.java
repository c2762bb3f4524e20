package vn.nq57.sync.operations;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.nq57.sync.operations.ReplayJobView.EntryState;
import vn.nq57.sync.operations.ReplayJobView.JobState;

/** Replay jobs and their entries. */
@Repository
class ReplayJobRepository {

  private final JdbcClient jdbc;

  ReplayJobRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(ReplayMode mode, String by, String reason, String selection, OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO replay_job (mode, state, requested_by, reason, selection, created_at,
                                    updated_at)
            VALUES (:mode, 'RUNNING', :by, :reason, :selection, :now, :now) RETURNING id
            """)
        .param("mode", mode.name())
        .param("by", by)
        .param("reason", reason)
        .param("selection", selection)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  void addEntry(long job, long submissionId, EntryState state, String message, OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO replay_job_entry (job_id, submission_id, state, message, done_at)
            VALUES (:job, :id, :state, :message, :at)
            """)
        .param("job", job)
        .param("id", submissionId)
        .param("state", state.name())
        .param("message", message)
        .param("at", state == EntryState.WAITING ? null : at)
        .update();
  }

  void finishEntry(
      long job,
      long submissionId,
      EntryState state,
      String produced,
      String message,
      OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE replay_job_entry SET state = :state, produced = :produced, message = :message,
                done_at = :now
            WHERE job_id = :job AND submission_id = :id AND state = 'WAITING'
            """)
        .param("state", state.name())
        .param("produced", produced)
        .param("message", message)
        .param("now", now)
        .param("job", job)
        .param("id", submissionId)
        .update();
  }

  /** Sets the state of a job that is in one of the given states; false when it was not. */
  boolean setState(long job, JobState to, List<JobState> from, OffsetDateTime now) {
    boolean finished = to == JobState.COMPLETED || to == JobState.CANCELLED;
    return jdbc.sql(
                """
                UPDATE replay_job SET state = :to, updated_at = :now,
                    finished_at = CASE WHEN :finished THEN CAST(:now AS TIMESTAMPTZ) END
                WHERE id = :job AND state IN (:from)
                """)
            .param("to", to.name())
            .param("now", now)
            .param("finished", finished)
            .param("job", job)
            .param("from", from.stream().map(Enum::name).toList())
            .update()
        == 1;
  }

  void cancelWaiting(long job, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE replay_job_entry SET state = 'CANCELLED', done_at = :now"
                + " WHERE job_id = :job AND state = 'WAITING'")
        .param("now", now)
        .param("job", job)
        .update();
  }

  /**
   * The running jobs, oldest first, each locked for this transaction; others' locks are skipped.
   */
  List<Long> lockRunning() {
    return jdbc.sql(
            "SELECT id FROM replay_job WHERE state = 'RUNNING' ORDER BY id FOR UPDATE SKIP LOCKED")
        .query(Long.class)
        .list();
  }

  List<Long> waiting(long job, int limit) {
    return jdbc.sql(
            "SELECT submission_id FROM replay_job_entry WHERE job_id = :job AND state = 'WAITING'"
                + " ORDER BY id LIMIT :limit")
        .param("job", job)
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** The submissions a job's queued entries produced, as the produced column lists them. */
  List<String> produced(long job) {
    return jdbc.sql(
            "SELECT produced FROM replay_job_entry WHERE job_id = :job AND state = 'QUEUED'")
        .param("job", job)
        .query(String.class)
        .list();
  }

  Optional<ReplayJobView> find(long job) {
    return jdbc.sql("SELECT * FROM replay_job WHERE id = :job")
        .param("job", job)
        .query(
            (rs, n) ->
                new ReplayJobView(
                    rs.getLong("id"),
                    ReplayMode.valueOf(rs.getString("mode")),
                    JobState.valueOf(rs.getString("state")),
                    rs.getString("requested_by"),
                    rs.getString("reason"),
                    rs.getString("selection"),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("updated_at", OffsetDateTime.class),
                    rs.getObject("finished_at", OffsetDateTime.class),
                    null,
                    List.of()))
        .optional()
        .map(this::withEntries);
  }

  List<Long> recent(int limit, long offset) {
    return jdbc.sql("SELECT id FROM replay_job ORDER BY id DESC LIMIT :limit OFFSET :offset")
        .param("limit", limit)
        .param("offset", offset)
        .query(Long.class)
        .list();
  }

  long count() {
    return jdbc.sql("SELECT count(*) FROM replay_job").query(Long.class).single();
  }

  private ReplayJobView withEntries(ReplayJobView job) {
    List<ReplayJobView.Entry> entries =
        jdbc.sql("SELECT * FROM replay_job_entry WHERE job_id = :job ORDER BY id")
            .param("job", job.id())
            .query(
                (rs, n) ->
                    new ReplayJobView.Entry(
                        rs.getLong("submission_id"),
                        EntryState.valueOf(rs.getString("state")),
                        rs.getString("produced"),
                        rs.getString("message"),
                        rs.getObject("done_at", OffsetDateTime.class)))
            .list();
    int[] counts = new int[EntryState.values().length];
    entries.forEach(e -> counts[e.state().ordinal()]++);
    ReplayJobView.Progress progress =
        new ReplayJobView.Progress(
            entries.size(),
            counts[EntryState.WAITING.ordinal()],
            counts[EntryState.QUEUED.ordinal()],
            counts[EntryState.SKIPPED.ordinal()],
            counts[EntryState.CANCELLED.ordinal()]);
    return new ReplayJobView(
        job.id(),
        job.mode(),
        job.state(),
        job.requestedBy(),
        job.reason(),
        job.selection(),
        job.createdAt(),
        job.updatedAt(),
        job.finishedAt(),
        progress,
        entries);
  }
}
