package vn.nq57.sync.national;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One item of a TaskReportBatch, exactly as the national contract defines it. The mapping fills
 * everything but {@code revision} and {@code updatedAt}, which the outbox assigns.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskReport(
    String taskCode,
    String localRef,
    Integer revision,
    TaskStatus status,
    Integer progressPercent,
    LocalDate dueOn,
    String dueText,
    boolean recurring,
    LocalDate completedOn,
    Unit leadUnit,
    String resultSummary,
    String difficulties,
    String proposals,
    List<Evidence> evidence,
    OffsetDateTime updatedAt) {

  public TaskReport {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** The same report with the outbox's revision and source change time. */
  public TaskReport withRevision(int newRevision, OffsetDateTime changedAt) {
    return new TaskReport(
        taskCode,
        localRef,
        newRevision,
        status,
        progressPercent,
        dueOn,
        dueText,
        recurring,
        completedOn,
        leadUnit,
        resultSummary,
        difficulties,
        proposals,
        evidence,
        changedAt);
  }

  /** A reporting unit (agency) as the contract names it. */
  public record Unit(String code, String name) {}

  /** A document cited as evidence of a task's result. */
  public record Evidence(String documentNo, LocalDate issuedOn, String title, String url) {}
}
