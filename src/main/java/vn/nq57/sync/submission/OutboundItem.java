package vn.nq57.sync.submission;

import java.time.OffsetDateTime;
import vn.nq57.sync.national.TaskReport;

/**
 * A mapped task on its way to the outbox.
 *
 * @param sourceRecordId the source record it was mapped from
 * @param report the mapped report, without revision and updatedAt
 * @param changedAt when the task last changed at its source
 * @param mappingVersionId the mapping version that produced the report
 */
public record OutboundItem(
    long sourceRecordId, TaskReport report, OffsetDateTime changedAt, Long mappingVersionId)
    implements Outbound {

  @Override
  public String localRef() {
    return report.localRef();
  }

  @Override
  public String taskCode() {
    return report.taskCode();
  }

  @Override
  public String indicatorCode() {
    return null;
  }
}
