package vn.nq57.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.nq57.sync.sandbox.TokenServiceTest.assertProblem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.nq57.sync.support.MutableClock;

class SubmissionLifecycleTest {

  private static final String TASK = "NQ57.KL.PL1.01";

  private final MutableClock clock = new MutableClock(Reports.NOW);
  private final SandboxApi api = new SandboxApi(Reports.properties(), clock);
  private final String bearer =
      "Bearer "
          + api.issueToken("client_credentials", Reports.CLIENT_ID, Reports.CLIENT_SECRET)
              .accessToken();

  @Test
  void submissionGoesFromReceivedThroughProcessingToCompletedAsTheClockPasses() {
    String id = submit("k", Reports.batch(Reports.item(TASK, 1))).response().submissionId();
    assertThat(api.submission(bearer, id).status()).isEqualTo("RECEIVED");
    assertThat(api.submission(bearer, id).items()).isNull();

    clock.advance(Duration.ofMillis(500));
    assertThat(api.submission(bearer, id).status()).isEqualTo("PROCESSING");

    clock.advance(Duration.ofMillis(500));
    SubmissionView done = api.submission(bearer, id);
    assertThat(done.status()).isEqualTo("COMPLETED");
    assertThat(done.completedAt()).isEqualTo("2025-11-21T10:00:01+07:00");
    assertThat(done.items()).extracting(ItemResult::receiptNo).containsExactly("R-51-2025-000001");
  }

  @Test
  void judgesSubmissionsInTheOrderReceivedWhateverOrderTheyAreRead() {
    String newer = submit("k-1", Reports.batch(Reports.item(TASK, 2))).response().submissionId();
    String older = submit("k-2", Reports.batch(Reports.item(TASK, 1))).response().submissionId();
    clock.advance(Duration.ofSeconds(1));

    assertThat(api.submission(bearer, older).items().get(0).errors())
        .extracting(FieldError::code)
        .containsExactly("STALE_REVISION");
    assertThat(api.submission(bearer, newer).items().get(0).result()).isEqualTo("ACCEPTED");
  }

  @Test
  void exposesAcceptedRevisionsOnceSubmissionsComplete() {
    submit("k-1", Reports.batch(Reports.item(TASK, 1)));
    submit("k-2", Reports.batch(Reports.item(TASK, 1)));
    assertThat(api.acceptedTaskItemCount()).isZero();

    clock.advance(Duration.ofSeconds(1));

    assertThat(api.acceptedTaskItemCount()).isEqualTo(1);
    assertThat(api.acceptedRevisions())
        .containsExactly(
            Map.entry(TASK, List.of(new SandboxApi.AcceptedRevision(1, "R-51-2025-000001"))));
    assertThat(api.processedPostCount("k-2")).isEqualTo(1);
    assertThat(api.processedPostCount("never")).isZero();
  }

  @Test
  void answersSubmissionNotFoundForUnknownId() {
    assertProblem(() -> api.submission(bearer, "S-2025-999999"), ProblemCode.SUBMISSION_NOT_FOUND);
  }

  @Test
  void judgesIndicatorCodesAgainstTheBuiltInList() {
    ObjectNode batch = Reports.indicatorBatch("CDS.TTHC.SO_HOA_HO_SO", "CDS.KHONG.CO");
    String id = api.submitIndicators(bearer, "i-1", Reports.bytes(batch)).response().submissionId();
    clock.advance(Duration.ofSeconds(1));

    SubmissionView view = api.submission(bearer, id);

    assertThat(view.items()).extracting(ItemResult::result).containsExactly("ACCEPTED", "REJECTED");
    assertThat(view.items().get(1).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("items[1].indicatorCode", "UNKNOWN_INDICATOR"));
  }

  @Test
  void refusesALowerIndicatorRevisionAndAcceptsTheSameOneAgainWithItsReceipt() {
    ObjectNode second = Reports.indicatorBatch("CDS.TTHC.SO_HOA_HO_SO");
    ((ObjectNode) second.path("items").get(0)).put("revision", 2);
    String first = judgedReceipt("i-2", second);

    ObjectNode lower = Reports.indicatorBatch("CDS.TTHC.SO_HOA_HO_SO");
    String id = api.submitIndicators(bearer, "i-3", Reports.bytes(lower)).response().submissionId();
    clock.advance(Duration.ofSeconds(1));
    assertThat(api.submission(bearer, id).items().get(0).errors())
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("items[0].revision", "STALE_REVISION"));

    assertThat(judgedReceipt("i-4", second)).isEqualTo(first);
    assertThat(api.acceptedTaskItemCount()).isZero();
  }

  private String judgedReceipt(String key, ObjectNode batch) {
    String id = api.submitIndicators(bearer, key, Reports.bytes(batch)).response().submissionId();
    clock.advance(Duration.ofSeconds(1));
    ItemResult item = api.submission(bearer, id).items().get(0);
    assertThat(item.result()).isEqualTo("ACCEPTED");
    return item.receiptNo();
  }

  private Receipt submit(String key, ObjectNode batch) {
    return api.submitTasks(bearer, key, Reports.bytes(batch));
  }
}
