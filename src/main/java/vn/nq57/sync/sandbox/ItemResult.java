package vn.nq57.sync.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The acknowledgement of one submitted item: a receipt number or the reasons for rejection. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ItemResult(
    String taskCode,
    String indicatorCode,
    String localRef,
    Integer revision,
    String result,
    String receiptNo,
    List<FieldError> errors) {

  static final String ACCEPTED = "ACCEPTED";
  static final String REJECTED = "REJECTED";

  boolean accepted() {
    return ACCEPTED.equals(result);
  }
}
