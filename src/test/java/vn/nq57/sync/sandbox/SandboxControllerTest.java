package vn.nq57.sync.sandbox;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.node.ObjectNode;
import vn.nq57.sync.support.MutableClock;

class SandboxControllerTest {

  private static final String BASE = SandboxController.BASE_PATH;

  private final MutableClock clock = new MutableClock(Reports.NOW);
  private final SandboxApi api = new SandboxApi(Reports.properties(), clock);
  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new SandboxController(api))
          .setControllerAdvice(new SandboxProblemAdvice())
          .build();
  private String bearer;

  @BeforeEach
  void fetchToken() throws Exception {
    String body =
        token(Reports.CLIENT_SECRET)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.token_type").value("Bearer"))
            .andExpect(jsonPath("$.expires_in").value(300))
            .andExpect(header().string("Cache-Control", "no-store"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    bearer = "Bearer " + SandboxJson.MAPPER.readTree(body).path("access_token").asString();
  }

  @Test
  void answersWrongClientSecretWithInvalidClientProblem() throws Exception {
    token("wrong")
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("INVALID_CLIENT"))
        .andExpect(jsonPath("$.status").value(401))
        .andExpect(jsonPath("$.title").value("Invalid client"))
        .andExpect(jsonPath("$.type", startsWith("https://")));
  }

  @Test
  void answersTokenExpiredOnceTheTokenHasLivedItsTtl() throws Exception {
    clock.advance(Duration.ofSeconds(300));

    mvc.perform(get(BASE + "/api/v1/units/51/tasks").header("Authorization", bearer))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", "Bearer"))
        .andExpect(jsonPath("$.code").value("TOKEN_EXPIRED"));
  }

  @Test
  void acceptsReportWith202AndReplaysItWithIdempotentReplayedHeader() throws Exception {
    ObjectNode batch = Reports.batch(Reports.item("NQ57.KL.PL1.01", 1));

    report("k-1", Reports.bytes(batch))
        .andExpect(status().isAccepted())
        .andExpect(header().doesNotExist("Idempotent-Replayed"))
        .andExpect(jsonPath("$.submissionId").value("S-2025-000001"))
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.receivedAt").value("2025-11-21T10:00:00+07:00"))
        .andExpect(jsonPath("$.itemCount").value(1));
    report("k-1", Reports.bytes(batch))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Idempotent-Replayed", "true"))
        .andExpect(jsonPath("$.submissionId").value("S-2025-000001"));
    report("k-1", Reports.bytes(Reports.batch(Reports.item("NQ57.KL.PL1.02", 1))))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
  }

  @Test
  void answersSchemaViolationWithFieldErrors() throws Exception {
    ObjectNode item = Reports.item("NQ57.KL.PL1.01", 1).put("resultSummary", "x".repeat(8001));

    report("k-1", Reports.bytes(Reports.batch(item)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("SCHEMA_VIOLATION"))
        .andExpect(jsonPath("$.errors[0].field").value("items[0].resultSummary"))
        .andExpect(jsonPath("$.errors[0].code").value("FIELD_TOO_LONG"))
        .andExpect(jsonPath("$.errors[0].message").isString());
  }

  @Test
  void answersPayloadTooLargeForBodyOverOneMebibyte() throws Exception {
    report("k-1", new byte[ReportIntake.MAX_BYTES + 1])
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
  }

  @Test
  void answersMaintenanceWith503AndRetryAfter() throws Exception {
    api.setMaintenance(Duration.ofSeconds(90));

    mvc.perform(get(BASE + "/api/v1/submissions/S-2025-000001").header("Authorization", bearer))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "90"))
        .andExpect(jsonPath("$.code").value("MAINTENANCE"));
  }

  @Test
  void answersRateLimitedWith429AndRetryAfter() throws Exception {
    for (int i = 0; i < 60; i++) {
      mvc.perform(get(BASE + "/api/v1/units/51/tasks").header("Authorization", bearer));
    }
    clock.advance(Duration.ofSeconds(15));

    mvc.perform(get(BASE + "/api/v1/units/51/tasks").header("Authorization", bearer))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "45"))
        .andExpect(jsonPath("$.code").value("RATE_LIMITED"));
  }

  @Test
  void showsItemResultsOnlyOnceTheSubmissionIsCompleted() throws Exception {
    report("k-1", Reports.bytes(Reports.batch(Reports.item("NQ57.KL.PL1.01", 1))));
    String path = BASE + "/api/v1/submissions/S-2025-000001";

    mvc.perform(get(path).header("Authorization", bearer))
        .andExpect(jsonPath("$.status").value("RECEIVED"))
        .andExpect(jsonPath("$.items").doesNotExist());
    clock.advance(Duration.ofSeconds(1));
    mvc.perform(get(path).header("Authorization", bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("COMPLETED"))
        .andExpect(jsonPath("$.completedAt").value("2025-11-21T10:00:01+07:00"))
        .andExpect(jsonPath("$.items[0].result").value("ACCEPTED"))
        .andExpect(jsonPath("$.items[0].receiptNo").value("R-51-2025-000001"))
        .andExpect(jsonPath("$.items[0].errors").doesNotExist());
    mvc.perform(get(BASE + "/api/v1/submissions/S-1").header("Authorization", bearer))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("SUBMISSION_NOT_FOUND"));
  }

  @Test
  void servesTheCatalogueOfTheUnitPageByPage() throws Exception {
    mvc.perform(get(BASE + "/api/v1/units/51/tasks?page=1&size=10").header("Authorization", bearer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.totalPages").value(5))
        .andExpect(jsonPath("$.items.length()").value(10))
        .andExpect(jsonPath("$.items[0].taskCode").value("NQ57.KL.PL1.11"));
  }

  private ResultActions token(String secret) throws Exception {
    return mvc.perform(
        post(BASE + "/oauth2/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .param("grant_type", "client_credentials")
            .param("client_id", Reports.CLIENT_ID)
            .param("client_secret", secret)
            .param("scope", "report.write catalog.read"));
  }

  private ResultActions report(String key, byte[] body) throws Exception {
    return mvc.perform(
        post(BASE + "/api/v1/task-reports")
            .header("Authorization", bearer)
            .header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
