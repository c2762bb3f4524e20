package vn.nq57.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TaskJudgeTest {

  private static final String TASK = "NQ57.KL.PL1.01";
  private static final TaskCatalogue catalogue = new TaskCatalogue();

  private final RevisionLedger ledger = new RevisionLedger("51");
  private final TaskJudge judge = new TaskJudge(catalogue, ledger, "51");

  @Test
  void acceptsValidItemWithReceiptNumberOfUnitAndYear() {
    ItemResult result = judgeOne(Reports.item(TASK, 1));

    assertThat(result.result()).isEqualTo("ACCEPTED");
    assertThat(result.receiptNo()).isEqualTo("R-51-2025-000001");
    assertThat(result.taskCode()).isEqualTo(TASK);
    assertThat(result.localRef()).isEqualTo("KH-" + TASK);
    assertThat(result.revision()).isEqualTo(1);
    assertThat(result.errors()).isNull();
  }

  @Test
  void rejectsTaskCodeMissingFromTheCatalogue() {
    assertRejected(judgeOne(Reports.item("NQ57.KHONG.CO", 1)), "taskCode", "UNKNOWN_TASK_CODE");
  }

  @Test
  void rejectsTaskAssignedToAnotherUnit() {
    assertRejected(judgeOne(Reports.item("NQ57.KL.PL1.21", 1)), "taskCode", "NOT_ASSIGNED_TO_UNIT");
  }

  @Test
  void rejectsCompletedWithoutCompletedOn() {
    ObjectNode item = Reports.item(TASK, 1).put("status", "COMPLETED");

    assertRejected(judgeOne(item), "completedOn", "FIELD_REQUIRED");
  }

  @Test
  void rejectsCompletedOnWithAnotherStatus() {
    ObjectNode item = Reports.item(TASK, 1).put("completedOn", "2025-11-01");

    assertRejected(judgeOne(item), "completedOn", "INVALID_VALUE");
  }

  @Test
  void rejectsCompletedOnAfterTodayInVietnam() {
    ObjectNode item = Reports.item(TASK, 1).put("status", "COMPLETED");

    assertRejected(judgeOne(item.put("completedOn", "2025-11-22")), "completedOn", "INVALID_DATE");
  }

  @Test
  void acceptsCompletedOnTodayInVietnamThoughItIsStillYesterdayInUtc() {
    ObjectNode item = Reports.item(TASK, 1).put("status", "COMPLETED");
    item.put("completedOn", "2025-11-21");

    List<ItemResult> results =
        judge.judge(Reports.batch(item).get("items"), Instant.parse("2025-11-20T17:30:00Z"));

    assertThat(results.get(0).result()).isEqualTo("ACCEPTED");
  }

  @Test
  void rejectsOverdueWithoutPastDueOn() {
    assertRejected(
        judgeOne(Reports.item(TASK, 1).put("status", "OVERDUE")), "status", "INVALID_VALUE");
    ObjectNode dueToday = Reports.item(TASK, 1).put("status", "OVERDUE").put("dueOn", "2025-11-21");
    assertRejected(judgeOne(dueToday), "status", "INVALID_VALUE");
  }

  @Test
  void acceptsOverdueWithPastDueOn() {
    ObjectNode item = Reports.item(TASK, 1).put("status", "OVERDUE").put("dueOn", "2025-08-31");

    assertThat(judgeOne(item).result()).isEqualTo("ACCEPTED");
  }

  @Test
  void rejectsEvidenceLinkThatIsNotHttps() {
    ObjectNode item = Reports.item(TASK, 1);
    ((ObjectNode) item.get("evidence").get(0)).put("url", "http://vanban.example/1827");

    assertRejected(judgeOne(item), "evidence[0].url", "INVALID_URL");
  }

  @Test
  void judgesItemsOneByOneSoOneBadItemDoesNotRejectTheOthers() {
    JsonNode items =
        Reports.batch(Reports.item("NQ57.KHONG.CO", 1), Reports.item(TASK, 1)).get("items");

    List<ItemResult> results = judge.judge(items, Reports.NOW);

    assertThat(results).extracting(ItemResult::result).containsExactly("REJECTED", "ACCEPTED");
    assertThat(results.get(0).errors())
        .extracting(FieldError::field)
        .containsExactly("items[0].taskCode");
  }

  @Test
  void rejectsRevisionLowerThanTheLastAcceptedAsStale() {
    judgeOne(Reports.item(TASK, 3));

    assertRejected(judgeOne(Reports.item(TASK, 2)), "revision", "STALE_REVISION");
  }

  @Test
  void reacceptsSameRevisionAndContentWithSameReceiptWithoutStoringADuplicate() {
    String first = judgeOne(Reports.item(TASK, 2)).receiptNo();

    ItemResult again = judgeOne(Reports.item(TASK, 2));

    assertThat(again.result()).isEqualTo("ACCEPTED");
    assertThat(again.receiptNo()).isEqualTo(first);
    assertThat(ledger.storedCount()).isEqualTo(1);
  }

  @Test
  void treatsNullAndAbsentFieldsAsTheSameContent() {
    String first = judgeOne(Reports.item(TASK, 2)).receiptNo();
    ObjectNode sameWithoutNulls = Reports.item(TASK, 2);
    sameWithoutNulls.remove(List.of("dueOn", "completedOn", "difficulties"));

    assertThat(judgeOne(sameWithoutNulls).receiptNo()).isEqualTo(first);
  }

  @Test
  void rejectsSameRevisionWithDifferentContentAsStale() {
    judgeOne(Reports.item(TASK, 2));

    ObjectNode changed = Reports.item(TASK, 2).put("progressPercent", 80);

    assertRejected(judgeOne(changed), "revision", "STALE_REVISION");
    assertThat(ledger.storedCount()).isEqualTo(1);
  }

  @Test
  void acceptsHigherRevisionWithANewReceipt() {
    String first = judgeOne(Reports.item(TASK, 1)).receiptNo();

    ItemResult next = judgeOne(Reports.item(TASK, 2).put("progressPercent", 80));

    assertThat(next.receiptNo()).isNotEqualTo(first).isEqualTo("R-51-2025-000002");
    assertThat(ledger.snapshot().get(TASK))
        .extracting(SandboxApi.AcceptedRevision::revision)
        .containsExactly(1, 2);
  }

  private ItemResult judgeOne(JsonNode item) {
    return judge.judge(Reports.batch(item).get("items"), Reports.NOW).get(0);
  }

  private static void assertRejected(ItemResult result, String field, String code) {
    assertThat(result.result()).isEqualTo("REJECTED");
    assertThat(result.receiptNo()).isNull();
    assertThat(result.errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("items[0]." + field, code));
  }
}
