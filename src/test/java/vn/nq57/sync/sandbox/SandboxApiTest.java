package vn.nq57.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.nq57.sync.sandbox.TokenServiceTest.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.nq57.sync.support.MutableClock;

class SandboxApiTest {

  private static final String TASK = "NQ57.KL.PL1.01";

  private final MutableClock clock = new MutableClock(Reports.NOW);
  private final SandboxApi api = new SandboxApi(Reports.properties(), clock);
  private final String bearer =
      "Bearer "
          + api.issueToken("client_credentials", Reports.CLIENT_ID, Reports.CLIENT_SECRET)
              .accessToken();

  @Test
  void acceptsReportWithSubmissionIdAndVietnamTime() {
    Receipt receipt = submit("k-1", Reports.batch(Reports.item(TASK, 1)));

    assertThat(receipt.replayed()).isFalse();
    assertThat(receipt.response())
        .isEqualTo(
            new AcceptedResponse("S-2025-000001", "RECEIVED", "2025-11-21T10:00:00+07:00", 1));
  }

  @Test
  void replaysTheFirstAnswerForSameKeyAndSameBodyWithoutProcessingAgain() {
    ObjectNode batch = Reports.batch(Reports.item(TASK, 1));
    Receipt first = submit("k-1", batch);
    clock.advance(Duration.ofMinutes(4));

    byte[] samePrettyPrinted = batch.toPrettyString().getBytes(StandardCharsets.UTF_8);
    Receipt again = api.submitTasks(bearer, "k-1", samePrettyPrinted);

    assertThat(again.replayed()).isTrue();
    assertThat(again.response()).isEqualTo(first.response());
    assertThat(api.processedPostCount("k-1")).isEqualTo(1);
  }

  @Test
  void refusesSameKeyWithDifferentBody() {
    submit("k-1", Reports.batch(Reports.item(TASK, 1)));

    assertProblem(
        () -> submit("k-1", Reports.batch(Reports.item(TASK, 2))),
        ProblemCode.IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  void refusesMissingOrMalformedIdempotencyKey() {
    ObjectNode batch = Reports.batch(Reports.item(TASK, 1));
    for (String key : new String[] {null, "", "có dấu", "a/b", "k".repeat(65)}) {
      assertProblem(() -> submit(key, batch), ProblemCode.MISSING_IDEMPOTENCY_KEY);
    }
    assertThat(submit("Run-2025.W47:tasks-1", batch).replayed()).isFalse();
  }

  @Test
  void refusesBodyThatIsNotJson() {
    assertProblem(
        () -> api.submitTasks(bearer, "k", "{\"items\": [".getBytes()), ProblemCode.MALFORMED_JSON);
    assertProblem(() -> api.submitTasks(bearer, "k", new byte[0]), ProblemCode.MALFORMED_JSON);
    assertProblem(() -> api.submitTasks(bearer, "k", null), ProblemCode.MALFORMED_JSON);
  }

  @Test
  void refusesSchemaViolationWithFieldErrors() {
    ObjectNode item = Reports.item(TASK, 1);
    item.remove("localRef");

    assertThatThrownBy(() -> submit("k", Reports.batch(item)))
        .isInstanceOfSatisfying(
            SandboxException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ProblemCode.SCHEMA_VIOLATION);
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly("items[0].localRef");
            });
  }

  @Test
  void refusesReportOfAnotherUnit() {
    ObjectNode batch = Reports.batch(Reports.item(TASK, 1)).put("reportingUnitCode", "01");

    assertProblem(() -> submit("k", batch), ProblemCode.UNIT_NOT_ALLOWED);
  }

  @Test
  void acceptsHundredItemsButRefusesHundredAndOne() {
    var items = IntStream.range(0, 101).mapToObj(i -> Reports.item(TASK, i + 1)).toList();

    assertThat(submit("k-100", Reports.batch(items.subList(0, 100))).response().itemCount())
        .isEqualTo(100);
    assertProblem(() -> submit("k-101", Reports.batch(items)), ProblemCode.TOO_MANY_ITEMS);
  }

  @Test
  void acceptsBodyOfExactlyOneMebibyteButRefusesOneByteMore() {
    byte[] json = Reports.bytes(Reports.batch(Reports.item(TASK, 1)));
    byte[] padded = Arrays.copyOf(json, ReportIntake.MAX_BYTES);
    Arrays.fill(padded, json.length, padded.length, (byte) ' ');

    assertThat(api.submitTasks(bearer, "k-1", padded).replayed()).isFalse();
    byte[] tooLarge = Arrays.copyOf(padded, padded.length + 1);
    tooLarge[padded.length] = ' ';
    assertProblem(() -> api.submitTasks(bearer, "k-2", tooLarge), ProblemCode.PAYLOAD_TOO_LARGE);
  }

  @Test
  void answersMaintenanceWithRetryAfterUntilCleared() {
    api.setMaintenance(Duration.ofMinutes(2));

    assertThatThrownBy(() -> api.tasks(bearer, "51", null, null))
        .isInstanceOfSatisfying(
            SandboxException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ProblemCode.MAINTENANCE);
              assertThat(e.retryAfterSeconds()).isEqualTo(120);
            });

    api.clearMaintenance();
    assertThat(api.tasks(bearer, "51", null, null).items()).isNotEmpty();
  }

  @Test
  void rateLimitsTheClientPastSixtyRequestsAMinute() {
    for (int i = 0; i < 60; i++) {
      api.tasks(bearer, "51", null, null);
    }

    assertProblem(() -> api.tasks(bearer, "51", null, null), ProblemCode.RATE_LIMITED);
    clock.advance(Duration.ofMinutes(1));
    assertThat(api.tasks(bearer, "51", null, null).page()).isZero();
  }

  @Test
  void pagesTheCatalogueOfTheUnitOnly() {
    TaskPage last = api.tasks(bearer, "51", "2", "20");

    assertThat(last.totalPages()).isEqualTo(3);
    assertThat(last.items()).hasSize(9);
    assertThat(last.items()).allMatch(t -> t.path("assignedUnitCode").asString().equals("51"));
    assertProblem(() -> api.tasks(bearer, "01", null, null), ProblemCode.UNIT_NOT_ALLOWED);
    assertProblem(() -> api.tasks(bearer, "51", "0", "501"), ProblemCode.SCHEMA_VIOLATION);
  }

  private Receipt submit(String key, ObjectNode batch) {
    return api.submitTasks(bearer, key, Reports.bytes(batch));
  }
}
