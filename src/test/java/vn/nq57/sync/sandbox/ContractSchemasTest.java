package vn.nq57.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.nq57.sync.sandbox.ContractSchemas.INDICATOR_REPORT_BATCH;
import static vn.nq57.sync.sandbox.ContractSchemas.TASK_REPORT_BATCH;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class ContractSchemasTest {

  private static final ContractSchemas schemas = new ContractSchemas();

  @Test
  void acceptsValidBatchWithNullableFieldsSetToNull() {
    ObjectNode item = Reports.item("NQ57.KL.PL1.01", 1);
    item.putNull("progressPercent").putNull("leadUnit").putNull("dueText");

    assertThat(schemas.validate(TASK_REPORT_BATCH, Reports.batch(item))).isEmpty();
  }

  @Test
  void namesMissingRequiredFieldWithItsPath() {
    ObjectNode item = Reports.item("NQ57.KL.PL1.01", 1);
    item.remove("updatedAt");

    assertThat(schemas.validate(TASK_REPORT_BATCH, Reports.batch(Reports.item("X", 1), item)))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("items[1].updatedAt", "FIELD_REQUIRED"));
  }

  @Test
  void reportsTooLongTextAsFieldTooLong() {
    ObjectNode item = Reports.item("NQ57.KL.PL1.01", 1);
    item.put("difficulties", "x".repeat(4001));

    assertThat(schemas.validate(TASK_REPORT_BATCH, Reports.batch(item)))
        .singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("items[0].difficulties"))
        .satisfies(e -> assertThat(e.code()).isEqualTo("FIELD_TOO_LONG"));
  }

  @Test
  void reportsMalformedDateAsInvalidDate() {
    ObjectNode item = Reports.item("NQ57.KL.PL1.01", 1);
    item.put("status", "COMPLETED").put("completedOn", "21/11/2025");

    assertThat(schemas.validate(TASK_REPORT_BATCH, Reports.batch(item)))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("items[0].completedOn", "INVALID_DATE"));
  }

  @Test
  void refusesUpdatedAtWithoutOffset() {
    ObjectNode item = Reports.item("NQ57.KL.PL1.01", 1);
    item.put("updatedAt", "2025-11-20T08:00:00");

    assertThat(schemas.validate(TASK_REPORT_BATCH, Reports.batch(item)))
        .extracting(FieldError::field)
        .containsExactly("items[0].updatedAt");
  }

  @Test
  void reportsUnknownStatusAndBadEnumsAsInvalidValue() {
    ObjectNode batch = Reports.batch(Reports.item("NQ57.KL.PL1.01", 0).put("status", "DONE"));

    assertThat(schemas.validate(TASK_REPORT_BATCH, batch))
        .extracting(FieldError::field, FieldError::code)
        .containsExactlyInAnyOrder(
            tuple("items[0].status", "INVALID_VALUE"), tuple("items[0].revision", "INVALID_VALUE"));
  }

  @Test
  void refusesEmptyItemList() {
    assertThat(schemas.validate(TASK_REPORT_BATCH, Reports.batch()))
        .extracting(FieldError::field)
        .containsExactly("items");
  }

  @Test
  void validatesIndicatorBatchesAgainstTheirOwnSchema() {
    ObjectNode batch = Reports.indicatorBatch("CDS.TTHC.SO_HOA_HO_SO");
    assertThat(schemas.validate(INDICATOR_REPORT_BATCH, batch)).isEmpty();

    ((ObjectNode) batch.get("items").get(0)).put("value", "87,5");
    assertThat(schemas.validate(INDICATOR_REPORT_BATCH, batch))
        .extracting(FieldError::field)
        .containsExactly("items[0].value");
  }
}
