package vn.nq57.sync.national;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;

/** The acknowledgement of a submission; items are present once status is COMPLETED. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionStatus(
    String submissionId, String status, OffsetDateTime completedAt, List<ItemResult> items) {

  public SubmissionStatus {
    items = items == null ? List.of() : List.copyOf(items);
  }

  public boolean isCompleted() {
    return "COMPLETED".equals(status);
  }

  /** One item's judgement: ACCEPTED with a receipt number, or REJECTED with its errors. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ItemResult(
      String taskCode,
      String indicatorCode,
      String localRef,
      Integer revision,
      String result,
      String receiptNo,
      List<FieldError> errors) {

    public ItemResult {
      errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean accepted() {
      return "ACCEPTED".equals(result);
    }
  }

  /** A national error about one field of one item. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FieldError(String field, String code, String message) {}
}
