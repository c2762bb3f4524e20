package vn.nq57.sync.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.nq57.sync.support.IntegrationTestSupport;
import vn.nq57.sync.support.NationalApiStub;

/**
 * Replays through /api/replays: a dry run shows what would be sent and sends nothing; RESEND
 * re-queues the same body under the same key, REMAP re-maps into a new submission with the next
 * revision and a new key; refusals carry their reason; a job can be paused, resumed and cancelled;
 * everything is audited. The job's timer is stopped: the test moves jobs with {@link
 * ReplayWorker#step()} itself.
 */
class ReplayApiTest extends IntegrationTestSupport {

  private static final String TIMER = "operations-replay-timer";

  @Autowired private TestRestTemplate rest;
  @Autowired private ObjectMapper json;
  @Autowired private CamelContext camel;
  @Autowired private ReplayWorker worker;
  private long auditBefore;

  @BeforeEach
  void stopTheTimer() throws Exception {
    camel.getRouteController().stopRoute(TIMER);
    auditBefore =
        jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
  }

  @AfterEach
  void startTheTimer() throws Exception {
    camel.getRouteController().startRoute(TIMER);
  }

  @Test
  void aDryRunShowsWhatWouldBeSentAndSendsNothing() {
    long failed = failedSubmission();
    String key = key(failed);

    JsonNode resend =
        replay(
            "{\"submissionIds\":["
                + failed
                + ",999999],\"mode\":\"RESEND\",\"dryRun\":true,"
                + "\"reason\":\"try\"}",
            200);
    assertThat(resend.path("replayable").asInt()).isEqualTo(1);
    JsonNode plan = resend.path("submissions").get(0);
    assertThat(plan.path("idempotencyKey").asString()).isEqualTo(key);
    assertThat(plan.path("items")).hasSize(43);
    assertThat(plan.path("items").get(0).path("payload").path("taskCode").asString())
        .startsWith("NQ57");
    assertThat(plan.path("items").get(0).path("nextRevision").asInt()).isEqualTo(1);
    assertThat(resend.path("refused").get(0).path("code").asString()).isEqualTo("UNKNOWN");

    JsonNode remap =
        replay(
            "{\"runId\":"
                + runOf(failed)
                + ",\"mode\":\"REMAP\",\"dryRun\":true,\"reason\":\"try\"}",
            200);
    JsonNode item = remap.path("submissions").get(0).path("items").get(0);
    assertThat(remap.path("submissions").get(0).path("idempotencyKey").isNull()).isTrue();
    assertThat(item.path("nextRevision").asInt()).isEqualTo(2);
    assertThat(item.path("payload").path("revision").asInt()).isEqualTo(2);

    worker.step();
    assertThat(state(failed)).isEqualTo("FAILED");
    assertThat(NationalApiStub.reportPosts()).isEmpty();
    assertThat(jdbc.sql("SELECT count(*) FROM replay_job").query(Long.class).single()).isZero();
    assertThat(audit())
        .anyMatch(line -> line.startsWith("operator REPLAY_REQUESTED dry run RESEND"));
  }

  @Test
  void refusesUnknownFieldsAMissingReasonAndAmbiguousSelections() {
    assertProblem(
        post("{\"submissionIds\":[1],\"mode\":\"RESEND\",\"dryrun\":true,\"reason\":\"x\"}"),
        400,
        "bad-request",
        "'dryrun'");
    assertProblem(
        post("{\"filter\":{\"sauce\":\"x\"},\"mode\":\"RESEND\",\"reason\":\"x\"}"),
        400,
        "bad-request",
        "'filter.sauce'");
    assertProblem(post("{\"submissionIds\":[1],\"mode\":\"RESEND\"}"), 400, "validation", "reason");
    assertProblem(
        post("{\"submissionIds\":[1],\"runId\":1,\"mode\":\"RESEND\",\"reason\":\"x\"}"),
        400,
        "validation",
        "exactly one");
    assertProblem(
        post("{\"submissionIds\":[424242],\"mode\":\"RESEND\",\"reason\":\"x\"}"),
        422,
        "nothing-to-replay",
        "UNKNOWN");
  }

  @Test
  void resendRequeuesTheSameBodyUnderTheSameKeyAndRecordsWhoAndWhy() {
    long failed = failedSubmission();
    String key = key(failed);

    JsonNode job =
        replay(
            "{\"submissionIds\":["
                + failed
                + "],\"mode\":\"RESEND\",\"reason\":\"secret renewed\"}",
            201);
    assertThat(job.path("state").asString()).isEqualTo("RUNNING");
    assertThat(job.path("progress").path("waiting").asInt()).isEqualTo(1);

    worker.step();
    await().atMost(Duration.ofSeconds(30)).until(() -> !state(failed).equals("PENDING"));
    assertThat(state(failed)).isIn("SENT", "COMPLETED");
    assertThat(NationalApiStub.reportPosts())
        .allMatch(post -> key.equals(post.getHeader("Idempotency-Key")))
        .isNotEmpty();
    worker.step();
    JsonNode done = get("/api/replays/" + job.path("id").asLong());
    assertThat(done.path("state").asString()).isEqualTo("COMPLETED");
    assertThat(done.path("entries").get(0).path("state").asString()).isEqualTo("QUEUED");
    assertThat(history(failed))
        .anyMatch(h -> h.contains("REPLAYED operator secret renewed (replay job"));
    assertThat(audit())
        .anyMatch(
            l -> l.startsWith("operator REPLAY_REQUESTED replay job " + job.path("id").asLong()))
        .anyMatch(l -> l.startsWith("operator SUBMISSION_REPLAYED submission " + failed));

    assertProblem(
        post("{\"submissionIds\":[" + failed + "],\"mode\":\"RESEND\",\"reason\":\"again\"}"),
        422,
        "nothing-to-replay",
        "NOT_FAILED");
  }

  @Test
  void remapQueuesANewSubmissionWithTheNextRevisionAndSupersedesTheFailedOne() {
    long failed = failedSubmission();
    String key = key(failed);

    JsonNode job =
        replay(
            "{\"runId\":" + runOf(failed) + ",\"mode\":\"REMAP\",\"reason\":\"mapping fixed\"}",
            201);
    worker.step();

    assertThat(state(failed)).isEqualTo("SUPERSEDED");
    JsonNode entry = get("/api/replays/" + job.path("id").asLong()).path("entries").get(0);
    long produced = Long.parseLong(entry.path("produced").asString());
    assertThat(key(produced)).isNotEqualTo(key);
    assertThat(
            jdbc.sql("SELECT DISTINCT revision FROM submission_item WHERE submission_id = :id")
                .param("id", produced)
                .query(Integer.class)
                .list())
        .containsExactly(2);
    assertThat(history(failed))
        .anyMatch(h -> h.contains("re-mapped into submission(s) " + produced));
    assertProblem(
        post("{\"submissionIds\":[" + failed + "],\"mode\":\"REMAP\",\"reason\":\"again\"}"),
        422,
        "nothing-to-replay",
        "SUPERSEDED");
  }

  @Test
  void aJobCanBePausedResumedAndCancelledAndSaysWhenItCannot() {
    long failed = failedSubmission();
    long job =
        replay("{\"submissionIds\":[" + failed + "],\"mode\":\"RESEND\",\"reason\":\"r\"}", 201)
            .path("id")
            .asLong();

    assertThat(control(job, "pause").path("state").asString()).isEqualTo("PAUSED");
    worker.step();
    assertThat(state(failed)).isEqualTo("FAILED");
    assertProblem(action(job, "pause"), 409, "replay-job-state", "PAUSED");
    assertThat(control(job, "resume").path("state").asString()).isEqualTo("RUNNING");
    JsonNode cancelled = control(job, "cancel");
    assertThat(cancelled.path("state").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.path("progress").path("cancelled").asInt()).isEqualTo(1);
    worker.step();
    assertThat(state(failed)).isEqualTo("FAILED");
    assertProblem(action(job, "resume"), 409, "replay-job-state", "CANCELLED");
    assertThat(audit())
        .anyMatch(l -> l.startsWith("operator REPLAY_PAUSED replay job " + job))
        .anyMatch(l -> l.startsWith("operator REPLAY_CANCELLED replay job " + job));
  }

  /** The sample report, refused for good by the national side (403): one FAILED submission. */
  private long failedSubmission() {
    NationalApiStub.stubPost(NationalApiStub.problem(403, "FORBIDDEN"));
    drop(sampleReport(), "bao-cao.csv");
    await().atMost(Duration.ofSeconds(120)).until(() -> failedIds().size() == 1);
    NationalApiStub.reset();
    return failedIds().get(0);
  }

  private List<Long> failedIds() {
    return jdbc.sql("SELECT id FROM submission WHERE state = 'FAILED'").query(Long.class).list();
  }

  private String state(long id) {
    return jdbc.sql("SELECT state FROM submission WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private String key(long id) {
    return jdbc.sql("SELECT idempotency_key FROM submission WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private long runOf(long id) {
    return jdbc.sql("SELECT run_id FROM submission WHERE id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private List<String> history(long id) {
    return jdbc.sql(
            "SELECT outcome || ' ' || coalesce(by_whom, '') || ' ' || message FROM submission_attempt WHERE submission_id = :id ORDER BY id")
        .param("id", id)
        .query(String.class)
        .list();
  }

  private List<String> audit() {
    return jdbc.sql(
            "SELECT actor || ' ' || action || ' ' || coalesce(subject, '') || ' ' || coalesce(detail, '') FROM audit_entry WHERE id > :id ORDER BY id")
        .param("id", auditBefore)
        .query(String.class)
        .list();
  }

  private JsonNode replay(String body, int status) {
    ResponseEntity<String> answer = post(body);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    return json.readTree(answer.getBody());
  }

  private JsonNode control(long job, String action) {
    ResponseEntity<String> answer = action(job, action);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private ResponseEntity<String> action(long job, String action) {
    return operator()
        .exchange(RequestEntity.post("/api/replays/" + job + "/" + action).build(), String.class);
  }

  private JsonNode get(String path) {
    return json.readTree(operator().getForEntity(path, String.class).getBody());
  }

  private ResponseEntity<String> post(String body) {
    return operator()
        .exchange(
            RequestEntity.post("/api/replays").contentType(MediaType.APPLICATION_JSON).body(body),
            String.class);
  }

  private static void assertProblem(
      ResponseEntity<String> answer, int status, String type, String mentions) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody())
        .contains("https://nq57-sync.local/problems/" + type)
        .contains(mentions);
  }

  private TestRestTemplate operator() {
    return rest.withBasicAuth("operator", "operator-test");
  }
}
