package vn.nq57.sync.submission;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.national.NationalApiProperties;

/** Opens writers that put mapped items into the outbox for one run and reporting period. */
@Component
public class Outbox {

  private final OutboxRepository repository;
  private final TransactionTemplate transactions;
  private final ObjectMapper json;
  private final NationalApiProperties national;
  private final Clock clock;

  Outbox(
      OutboxRepository repository,
      TransactionTemplate transactions,
      ObjectMapper json,
      NationalApiProperties national,
      Clock clock) {
    this.repository = repository;
    this.transactions = transactions;
    this.json = json;
    this.national = national;
    this.clock = clock;
  }

  /**
   * The national system holds a newer revision of this task than the one sent (STALE_REVISION): the
   * next run sends its current content again under a higher revision.
   */
  public void resendWithHigherRevision(String localRef) {
    repository.forgetContent(localRef);
  }

  /** The tasks whose content was forgotten by {@link #resendWithHigherRevision}, by localRef. */
  public List<String> forgottenTasks() {
    return repository.forgotten();
  }

  /**
   * A writer for one run. With {@code onlyChanged}, an item whose content equals what was last
   * queued for its task is counted as unchanged and not sent again.
   */
  public OutboxWriter writer(long runId, String periodType, String periodId, boolean onlyChanged) {
    return writer(ReportKind.TASK_REPORT, runId, periodType, periodId, onlyChanged);
  }

  /**
   * A writer of indicator values for one run and period. A value queued before for the same period
   * with the same content is counted as unchanged and not sent again; any other value goes out
   * under the indicator's next revision.
   */
  public OutboxWriter indicatorWriter(long runId, String periodType, String periodId) {
    return writer(ReportKind.INDICATOR_REPORT, runId, periodType, periodId, true);
  }

  private OutboxWriter writer(
      ReportKind kind, long runId, String periodType, String periodId, boolean onlyChanged) {
    return new OutboxWriter(
        new OutboxWriter.Target(runId, kind, periodType, periodId, national.reportingUnitCode()),
        onlyChanged,
        repository,
        transactions,
        new ItemHasher(json),
        json,
        clock);
  }
}
