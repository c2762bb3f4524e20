package vn.nq57.sync.operations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import vn.nq57.sync.submission.ItemState;
import vn.nq57.sync.support.RefuseUnknownFields;

/**
 * A replay: which submissions (exactly one of {@code submissionIds}, {@code filter}, {@code
 * runId}), how ({@code mode}), why ({@code reason}, required), and whether only to show what would
 * be sent ({@code dryRun}). Unknown fields are refused.
 *
 * @param submissionIds these submissions (at most 1,000)
 * @param filter the FAILED submissions this filter selects (at most 10,000)
 * @param runId the FAILED submissions of this run
 * @param mode RESEND or REMAP
 * @param dryRun true: answer what would be sent, send and change nothing
 * @param reason why, kept in the audit log and each submission's history
 */
@RefuseUnknownFields
public record ReplayRequest(
    @Size(max = 1000) List<@NotNull @Positive Long> submissionIds,
    @Valid Filter filter,
    @Positive Long runId,
    @NotNull ReplayMode mode,
    boolean dryRun,
    @NotBlank @Size(max = 500) String reason) {

  /** The most submissions a filter or run selects for one job. */
  public static final int MAX_SELECTED = 10_000;

  @AssertTrue(message = "give exactly one of submissionIds, filter and runId")
  public boolean isOneSelection() {
    return Stream.of(
                submissionIds == null || submissionIds.isEmpty() ? null : submissionIds,
                filter,
                runId)
            .filter(java.util.Objects::nonNull)
            .count()
        == 1;
  }

  /**
   * Which submissions to replay; every member is optional. Only FAILED submissions are selected
   * (the others could not be replayed anyway).
   *
   * @param periodType DAY, WEEK, MONTH, QUARTER or YEAR
   * @param periodId e.g. 2025-W47
   * @param source a configured source id: submissions with an item mapped from it
   * @param nationalCode a national error code of an attempt or an item
   * @param task a national task code or a local reference
   * @param itemState submissions with an item in this state
   * @param from created on or after this day (Vietnam time)
   * @param to created on or before this day (Vietnam time)
   */
  @RefuseUnknownFields
  public record Filter(
      @Size(max = 10) String periodType,
      @Size(max = 20) String periodId,
      @Size(max = 64) String source,
      @Size(max = 64) String nationalCode,
      @Size(max = 200) String task,
      ItemState itemState,
      LocalDate from,
      LocalDate to) {}
}
